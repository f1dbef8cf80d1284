/**
 * The command-line program (design contract §3.1). Parses arguments, dispatches, and returns the exit code;
 * a user mistake is one line on stderr and exit code 2, an internal error never exits 0.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { rules } from '../rules/index.js';
import { CONFIG_FILE_NAMES } from './config/names.js';
import type { ExplainOptions } from './explain/run-explain.js';
import type { Severity } from './engine/rule-api.js';
import { VERSION } from './meta.js';
import { EXPLAIN_FORMATS, FORMATS, isFormat, type OutputFormat } from './report/formats.js';
import { formatRuleList } from './report/rule-list.js';
import { COMPARE_FORMATS, DEFAULT_MAX_FILE_SIZE, runCompare, runLint, UsageError, type CompareOptions, type Io, type ReportTarget } from './run.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface LintCommandOptions {
  format: OutputFormat;
  output?: string;
  report: ReportTarget[];
  sarifFile?: string;
  config?: string;
  color: boolean;
  firewallIdleTimeout?: string;
  activeAuthServers?: string;
  failOn: Severity;
  maxWarnings?: number;
  fail: boolean;
  inlineWaivers: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  maxFileSize: string;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('webagent-lint')
    .description('Lint RSA ClearTrust web agent configurations, predict the log errors they cause, compare fleets and explain log codes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .showSuggestionAfterError(true);

  withGateOptions(
    withInputOptions(
      program
        .command('lint', { isDefault: true })
        .description('lint every agent found under the paths (the default command)')
        .argument('[paths...]', 'agent directories or configuration files', ['.'])
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
        .option('--report <format=file>', 'also write a report in another format to a file (repeatable), e.g. --report sarif=out.sarif', collectReport, [])
        .option('--sarif-file <file>', 'also write a SARIF report to a file (same as --report sarif=<file>)'),
    )
      .option('--max-warnings <count>', 'fail when there are more warnings than this', parseCount)
      .option('--baseline <file>', 'report only findings that are not in this baseline file')
      .option('--update-baseline', 'write all current findings to the --baseline file and report none'),
  ).action(async (paths: string[], options: LintCommandOptions) => {
    const { sarifFile, report, ...rest } = options;
    const reports = sarifFile === undefined ? report : [...report, { format: 'sarif' as const, path: sarifFile }];
    exitCode = await runLint({ paths, ...rest, reports, updateBaseline: options.updateBaseline === true }, io);
  });

  withGateOptions(
    withInputOptions(
      program
        .command('compare')
        .description('show the settings that differ between the agents of each cluster, and check what must agree')
        .argument('[paths...]', 'agent directories or configuration files', ['.'])
        .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('text'))
        .option('--all', 'show settings that are equal everywhere too'),
    ),
  ).action(async (paths: string[], options: Omit<CompareOptions, 'paths' | 'all'> & { all?: boolean }) => {
    exitCode = await runCompare({ paths, ...options, all: options.all === true }, io);
  });

  withInputOptions(
    program
      .command('explain')
      .description('what log codes mean, what configuration causes them, which rules predict them; with --log, trace real logs to the configuration')
      .argument('[args...]', 'codes (CT_SOCKET_ERROR, CAMS-5005, 5005, "access reason 13", 7); with --log: log files and configuration paths, told apart by content')
      .addOption(new Option('-f, --format <format>', 'output format (html with --log only)').choices(EXPLAIN_FORMATS).default('text'))
      .option('-l, --log', 'read the arguments as log files (ctagent.log, Cams authentication/access control logs, cams-webagent.log) and agent configuration paths to lint'),
  ).action(async (args: string[], options: Omit<ExplainOptions, 'log'> & { log?: boolean }) => {
    // Loaded on use: explain --log brings in the log readers and node:readline, which lint never needs.
    const { runExplain } = await import('./explain/run-explain.js');
    exitCode = await runExplain(args, { ...options, log: options.log ?? false }, io);
  });

  program
    .command('rules')
    .description('list the rules with id, default severity and predicted log codes')
    .addOption(textOrJson())
    .action((options: { format: 'text' | 'json' }) => {
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

function collectReport(value: string, previous: ReportTarget[]): ReportTarget[] {
  const separator = value.indexOf('=');
  const format = value.slice(0, separator);
  if (separator < 1 || separator === value.length - 1 || !isFormat(format)) {
    throw new InvalidArgumentError(`expected <format>=<file> with a format among ${FORMATS.join(', ')}`);
  }
  return [...previous, { format, path: value.slice(separator + 1) }];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function textOrJson(): Option {
  return new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text');
}

/** Where the report goes and what shapes the findings: shared by lint, compare and explain (which lints with --log). */
function withInputOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of the nearest .webagent-lint.yaml')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--firewall-idle-timeout <duration>', 'idle timeout of firewalls between agents and servers, e.g. 55m, 1h (default: 1 hour, RSA KB 000025051)')
    .option('--active-auth-servers <count>', 'number of aservers actually in use per pool')
    .option('--max-file-size <size>', 'skip configuration files larger than this, with a finding', DEFAULT_MAX_FILE_SIZE);
}

/** What decides the exit code of a gate: shared by lint and compare. */
function withGateOptions(command: Command): Command {
  return command
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the run fail (exit 1)').choices(SEVERITIES).default('error'))
    .option('--no-fail', 'report only: exit 0 whatever is found (exit 2 still means the run itself failed)')
    .option('--no-inline-waivers', 'ignore every inline waiver (central policy)');
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
