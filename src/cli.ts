/**
 * The command-line program (design contract §3.1). Parses arguments, dispatches, and returns the exit code;
 * a user mistake is one line on stderr and exit code 2, an internal error never exits 0.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { rules } from '../rules/index.js';
import { CONFIG_FILE_NAMES } from './config/names.js';
import { runExplain } from './explain/run-explain.js';
import { formatRuleList } from './report/rule-list.js';
import { DEFAULT_MAX_FILE_SIZE, runLint, UsageError, VERSION, type Io, type OutputFormat } from './run.js';

const FORMATS: readonly OutputFormat[] = ['text', 'json'];

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('webagent-lint')
    .description('Lint RSA ClearTrust web agent configurations, predict the log errors they cause, and explain log codes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .showSuggestionAfterError(true);

  withLintOptions(
    program
      .command('lint', { isDefault: true })
      .description('lint every agent found under the paths (the default command)')
      .argument('[paths...]', 'agent directories or configuration files', ['.']),
  ).action(async (paths: string[], options: ReportOptions & LintInputFlags) => {
    exitCode = await runLint({ paths, ...options }, io);
  });

  withLintOptions(
    program
      .command('explain')
      .description('what log codes mean, what configuration causes them, which rules predict them; with --log, trace real logs to the configuration')
      .argument('[args...]', 'codes (CT_SOCKET_ERROR, CAMS-5005, 5005, "access reason 13", 7); with --log: log files and configuration paths, told apart by content')
      .option('-l, --log', 'read the arguments as log files (ctagent.log, Cams authentication/access control logs, cams-webagent.log) and agent configuration paths to lint'),
  ).action(async (args: string[], options: ReportOptions & LintInputFlags & { log?: boolean }) => {
    exitCode = await runExplain(args, { ...options, log: options.log ?? false }, io);
  });

  program
    .command('rules')
    .description('list the rules with id, default severity and predicted log codes')
    .addOption(formatOption())
    .action((options: { format: OutputFormat }) => {
      io.stdout(formatRuleList(rules, options.format));
    });

  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE_NAMES[0]} in the current directory`)
    .action(async () => {
      const target = path.join(io.cwd, CONFIG_FILE_NAMES[0]);
      try {
        await writeFile(target, STARTER_CONFIG, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${CONFIG_FILE_NAMES[0]} already exists; not overwritten`);
        throw error;
      }
      io.stderr(`webagent-lint: wrote ${CONFIG_FILE_NAMES[0]}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`webagent-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`webagent-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env['WEBAGENT_LINT_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

interface ReportOptions {
  readonly format: OutputFormat;
  readonly output?: string;
  readonly color: boolean;
}

interface LintInputFlags {
  readonly config?: string;
  readonly firewallIdleTimeout?: string;
  readonly activeAuthServers?: string;
  readonly maxFileSize: string;
}

/** The report options and the options that shape findings, shared by lint and explain (which lints with --log). */
function withLintOptions(command: Command): Command {
  return command
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of the nearest .webagent-lint.yaml')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--firewall-idle-timeout <duration>', 'idle timeout of firewalls between agents and servers, e.g. 55m, 1h (default: 1 hour, RSA KB 000025051)')
    .option('--active-auth-servers <count>', 'number of aservers actually in use per pool')
    .option('--max-file-size <size>', 'skip configuration files larger than this, with a finding', DEFAULT_MAX_FILE_SIZE);
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text');
}

const STARTER_CONFIG = `# webagent-lint configuration (see the README for every setting)
environment:
  # Idle timeout of firewalls or NAT between the agents and their servers (RSA KB 000025051: typically 1 hour).
  firewallIdleTimeout: 1h
  # Number of aservers actually in use per pool; enables the max_open_connections check.
  # activeAuthServers: 2
# Per rule: error, warning, info or off. \`webagent-lint rules\` lists them.
rules:
  cleartrust/debug-logging: warning
ignore:
  - "**/archive/**"
`;
