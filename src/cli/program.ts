/**
 * The command-line program (design contract §3.1). Parses arguments, dispatches, and returns the exit code;
 * a user mistake is one line on stderr and exit code 2, an internal error never exits 0.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { existsSync } from 'node:fs';
import { ArgumentError, parseProgram, type CommandSpec, type OptionSpec, type OptionValues } from './options.js';
import { CONFIG_FILE_NAMES } from '../config/names.js';
import type { ExplainOptions } from '../run/explain.js';
import type { PredictOptions, SetOption } from '../run/predict.js';
import { ENVIRONMENT_KEYS } from '../config/environment.js';
import { settingOverride } from '../model/prediction.js';
import type { Severity, SeveritySetting } from '../engine/rule-api.js';
import { VERSION } from '../platform/meta.js';
import { EXPLAIN_FORMATS, FORMATS, isFormat, PREDICT_FORMATS } from '../report/formats.js';
import { renderRuleMarkdown } from '../report/rule-docs.js';
import { runRuleList, type RuleListOptions } from '../run/rules.js';
import { closestName } from '../text/edit-distance.js';
import {
  COMPARE_FORMATS,
  DEFAULT_MAX_FILE_SIZE,
  parseSize,
  runCompare,
  runLint,
  UsageError,
  type CompareOptions,
  type Io,
  type LintOptions,
  type ReportTarget,
  type RuleSeverity,
} from '../run/run.js';

const PROGRAM = 'webagent-lint';
const DESCRIPTION = 'Lint RSA ClearTrust and Cafésoft Cams web agent configurations, predict the log errors they cause, compare fleets and explain log codes.';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What lint's options parse to (the names are those of the table, camel-cased, see options.ts). */
type LintCommandOptions = Omit<LintOptions, 'paths' | 'reports' | 'stdin'> & {
  readonly report: ReportTarget[];
  readonly sarifFile?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly printConfig?: string;
};

interface Command extends CommandSpec {
  /** `options` has the shape the command's table gives it: the parser checked the choices and filled the defaults. */
  run(operands: readonly string[], options: OptionValues, io: Io, given: boolean): Promise<number> | number;
}

const formatOption = (choices: readonly string[], description = 'output format'): OptionSpec => ({
  name: 'format',
  short: 'f',
  value: 'format',
  description,
  choices,
  default: 'text',
});

/** Shared by every command that reads the config file. */
const CONFIG_OPTION: OptionSpec = { name: 'config', short: 'c', value: 'file', description: 'use this config file instead of the nearest .webagent-lint.yaml' };

/** Where the report goes and what shapes the findings: shared by lint, compare and explain (which lints with --log). */
const INPUT_OPTIONS: readonly OptionSpec[] = [
  { name: 'output', short: 'o', value: 'file', description: 'write the report to a file instead of stdout' },
  CONFIG_OPTION,
  { name: 'no-color', description: 'never colour the output (NO_COLOR is honoured too)' },
  {
    name: 'firewall-idle-timeout',
    value: 'duration',
    description: 'idle timeout of firewalls between agents and servers, e.g. 55m, 1h (default: 1 hour, RSA KB 000025051)',
  },
  { name: 'active-auth-servers', value: 'count', description: 'number of aservers actually in use per pool' },
  { name: 'max-file-size', value: 'size', description: 'skip configuration files larger than this, with a finding', default: DEFAULT_MAX_FILE_SIZE },
];

/** What decides the exit code of a gate: shared by lint and compare. */
const GATE_OPTIONS: readonly OptionSpec[] = [
  { name: 'fail-on', value: 'severity', description: 'lowest severity that makes the run fail (exit 1)', choices: SEVERITIES, default: 'error' },
  { name: 'no-fail', description: 'report only: exit 0 whatever is found (exit 2 still means the run itself failed)' },
  { name: 'no-inline-waivers', description: 'ignore every inline waiver (central policy)' },
  {
    name: 'rule',
    value: 'id=severity',
    description: 'severity of a rule for this run, over the config file: error, warning, info or off (repeatable)',
    repeatable: true,
    parse: parseRuleSeverity,
  },
];

const PATHS = { name: 'paths', description: 'agent directories or configuration files', default: ['.'] };

const COMMANDS: readonly Command[] = [
  {
    name: 'lint',
    description: 'lint every agent found under the paths (the default command)',
    operands: PATHS,
    options: [
      formatOption(FORMATS),
      {
        name: 'report',
        value: 'format=file',
        description: 'also write a report in another format to a file (repeatable), e.g. --report sarif=out.sarif',
        repeatable: true,
        parse: parseReport,
      },
      { name: 'sarif-file', value: 'file', description: 'also write a SARIF report to a file (same as --report sarif=<file>)' },
      ...INPUT_OPTIONS,
      { name: 'max-warnings', value: 'count', description: 'fail when there are more warnings than this', parse: parseCount },
      { name: 'baseline', value: 'file', description: 'report only findings that are not in this baseline file' },
      { name: 'update-baseline', description: 'write all current findings to the --baseline file and report none' },
      { name: 'quiet', short: 'q', description: 'list errors only (the summary and the exit code still count every finding)' },
      {
        name: 'stdin',
        description: 'lint the text on standard input; paths, if given, are the fleet it is compared with (only its findings are reported)',
      },
      {
        name: 'stdin-filename',
        value: 'path',
        description: 'the file the standard input stands for: its name tells the format, its place the agent and the config file',
      },
      { name: 'fix', description: 'apply the fixes findings offer, re-linting up to 10 times, then report what remains' },
      { name: 'fix-dry-run', description: 'print the fixes as a unified diff on stdout (for git apply) and write nothing' },
      {
        name: 'print-config',
        value: 'path',
        description: 'print the configuration and environment that apply to the path (YAML; JSON with --format json) and lint nothing',
      },
      ...GATE_OPTIONS,
    ],
    run: async (paths, options, io, given) => {
      const { sarifFile, report, stdin, stdinFilename, printConfig, ...rest } = options as LintCommandOptions;
      if (printConfig !== undefined) {
        // Loaded on use: lint never needs the YAML writer.
        const { runPrintConfig } = await import('../run/print-config.js');
        return runPrintConfig(printConfig, rest, io);
      }
      const reports = sarifFile === undefined ? report : [...report, { format: 'sarif' as const, path: sarifFile }];
      if (!stdin) {
        if (stdinFilename !== undefined) throw new UsageError('--stdin-filename names the file the standard input stands for: give --stdin too');
        return runLint({ paths, ...rest, reports }, io);
      }
      if (rest.fix || rest.fixDryRun) throw new UsageError('--fix and --fix-dry-run write or diff files on disk: not with --stdin');
      if (io.readStdin === undefined) throw new UsageError('--stdin: no standard input to read');
      const bytes = await io.readStdin(parseSize(rest.maxFileSize));
      if (bytes === 'tooLarge') throw new UsageError(`--stdin: the standard input is larger than --max-file-size ${rest.maxFileSize}`);
      // Without paths, the standard input is linted alone (not with the current directory's agents).
      return runLint({ paths: given ? paths : [], ...rest, reports, stdin: { filename: stdinFilename, bytes } }, io);
    },
  },
  {
    name: 'compare',
    description: 'show the settings that differ between the agents of each cluster, and check what must agree',
    operands: PATHS,
    options: [formatOption(COMPARE_FORMATS), { name: 'all', description: 'show settings that are equal everywhere too' }, ...INPUT_OPTIONS, ...GATE_OPTIONS],
    run: (paths, options, io) => runCompare({ paths, ...(options as Omit<CompareOptions, 'paths'>) }, io),
  },
  {
    name: 'explain',
    description: 'what log codes mean, what configuration causes them, which rules predict them; with --log, trace real logs to the configuration',
    operands: {
      name: 'args',
      description: 'codes (CT_SOCKET_ERROR, CAMS-5005, 5005, "access reason 13", 7); with --log: log files and configuration paths, told apart by content',
    },
    options: [
      formatOption(EXPLAIN_FORMATS, 'output format (html with --log only)'),
      {
        name: 'log',
        short: 'l',
        description:
          'read the arguments as log files (ctagent.log, Cams authentication/access control logs, cams-webagent.log) and agent configuration paths to lint',
      },
      ...INPUT_OPTIONS,
    ],
    run: async (args, options, io) => {
      // Loaded on use: explain --log brings in the log readers and node:readline, which lint never needs.
      const { runExplain } = await import('../run/explain.js');
      return runExplain(args, options as ExplainOptions, io);
    },
  },
  {
    name: 'predict',
    description:
      'predict the ctagent.log codes of each ClearTrust agent and pool: rate, period, servers, what each number rests on, and the log after each remedy',
    operands: PATHS,
    options: [
      formatOption(PREDICT_FORMATS),
      {
        name: 'set',
        value: 'key=value',
        description:
          'what if: a pool setting for every pool read (cleartrust.agent.auth_server_pool_refresh="55 Mins") or an environment value (environment.firewallIdleTimeout=30m, environment.activeAuthServers=1, environment.authServers=3); repeatable',
        repeatable: true,
        parse: parseSet,
      },
      ...INPUT_OPTIONS,
    ],
    run: async (paths, options, io) => {
      // Loaded on use, like explain: lint never needs the prediction's reports.
      const { runPredict } = await import('../run/predict.js');
      return runPredict({ paths, ...(options as Omit<PredictOptions, 'paths'>) }, io);
    },
  },
  {
    name: 'lsp',
    description: 'run the language server for editors: diagnostics as you type, hover on properties and log codes, waivers',
    options: [{ name: 'stdio', description: 'talk to the editor over standard input and output (the only transport)' }],
    run: async (_, options, io) => {
      if (!(options as { stdio: boolean }).stdio) throw new UsageError('lsp: give --stdio (the language server talks over standard input and output)');
      // Loaded on use: lint's cold start never pays for the language server library.
      const { runLanguageServer } = await import('../run/lsp.js');
      return runLanguageServer(io);
    },
  },
  {
    name: 'rules',
    description:
      'list the rules with id, default severity, the severity the config file gives them and predicted log codes; with rule ids, print their documentation',
    operands: { name: 'ids', description: 'rule ids whose documentation to print (offline: it ships in the package)' },
    options: [formatOption(['text', 'json']), CONFIG_OPTION],
    run: (ids, options, io) => {
      if (ids.length === 0) return runRuleList(options as RuleListOptions, io);
      const byId = new Map(rules.map((rule) => [rule.id, rule]));
      const chosen = ids.map((id) => {
        const rule = byId.get(id);
        if (rule !== undefined) return rule;
        const near = closestName(id, byId.keys());
        throw new UsageError(`no rule ${JSON.stringify(id)}${near !== undefined ? `; did you mean ${near}?` : ''} (webagent-lint rules lists them)`);
      });
      io.stdout(
        (options as { format: 'text' | 'json' }).format === 'json'
          ? `${JSON.stringify(
              chosen.map((rule) => ({ id: rule.id, markdown: renderRuleMarkdown(rule) })),
              null,
              2,
            )}\n`
          : chosen.map(renderRuleMarkdown).join('\n'),
      );
      return 0;
    },
  },
  {
    name: 'init',
    description: `write a starter ${CONFIG_FILE_NAMES[0]} in the current directory`,
    options: [],
    run: async (_, _options, io) => {
      const target = path.join(io.cwd, CONFIG_FILE_NAMES[0]);
      try {
        writeFileSync(target, STARTER_CONFIG, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${CONFIG_FILE_NAMES[0]} already exists; not overwritten`);
        throw error;
      }
      io.stderr(`webagent-lint: wrote ${CONFIG_FILE_NAMES[0]}\n`);
      return 0;
    },
  },
];

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    mistypedCommand(argv, io);
    let code = 0;
    const parsed = await parseProgram(
      { name: PROGRAM, version: VERSION, description: DESCRIPTION, defaultCommand: 'lint', commands: COMMANDS },
      argv,
      io,
      async (command, operands, options, given) => {
        code = await (command as Command).run(operands, options, io, given);
      },
    );
    return parsed ?? code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`${PROGRAM}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env['WEBAGENT_LINT_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

/**
 * A first word that names no command runs lint on it as a path. When it is no existing path either and is
 * a few letters from a command (`lnt`, `compre`), the user meant the command: a usage error with the suggestion,
 * rather than linting the current directory's missing `lnt`.
 */
function mistypedCommand(argv: readonly string[], io: Io): void {
  const names = COMMANDS.map((command) => command.name);
  const unknown = (name: string, near: string | undefined): UsageError =>
    new UsageError(`unknown command '${name}'${near === undefined ? '' : `\n(Did you mean ${near}?)`}`);
  const [first, second] = argv;
  // `help <command>`: the command must exist (commander would print the program's help as an error).
  if (first === 'help' && second !== undefined && !second.startsWith('-') && !names.includes(second)) throw unknown(second, closestName(second, names));
  if (first === undefined || first.startsWith('-') || /[\\/.]/.test(first)) return;
  if (first === 'help' || names.includes(first) || existsSync(path.resolve(io.cwd, first))) return;
  const near = closestName(first, [...names, 'help']);
  if (near !== undefined) throw unknown(first, near);
}

function parseReport(value: string): ReportTarget {
  const separator = value.indexOf('=');
  const format = value.slice(0, separator);
  if (separator < 1 || separator === value.length - 1 || !isFormat(format)) {
    throw new ArgumentError(`expected <format>=<file> with a format among ${FORMATS.join(', ')}`);
  }
  return { format, path: value.slice(separator + 1) };
}

/** `--rule <id>=<severity|off>`: a known rule id (the closest one suggested) and a severity. */
function parseRuleSeverity(value: string): RuleSeverity {
  const separator = value.lastIndexOf('=');
  const id = value.slice(0, separator).trim();
  const severity = value.slice(separator + 1).trim();
  if (separator < 1 || !(RULE_SEVERITIES as readonly string[]).includes(severity)) {
    throw new ArgumentError(`expected <rule id>=<severity> with a severity among ${RULE_SEVERITIES.join(', ')}`);
  }
  if (!rules.some((rule) => rule.id === id)) {
    const near = closestName(
      id,
      rules.map((rule) => rule.id),
    );
    throw new ArgumentError(`no rule ${JSON.stringify(id)}${near !== undefined ? `; did you mean ${near}?` : ''}`);
  }
  return { id, severity: severity as SeveritySetting };
}

const RULE_SEVERITIES = [...SEVERITIES, 'off'] as const;

/** `--set <key>=<value>`: a setting the prediction reads, or an environment value (checked when resolved). */
function parseSet(value: string): SetOption {
  const separator = value.indexOf('=');
  const key = value.slice(0, separator).trim();
  const text = value.slice(separator + 1);
  if (separator < 1) throw new ArgumentError('expected <key>=<value>, e.g. cleartrust.agent.auth_server_pool_refresh="55 Mins"');
  if (key.startsWith('environment.')) {
    const name = ENVIRONMENT_KEYS.find((candidate) => `environment.${candidate}` === key);
    if (name === undefined) throw new ArgumentError(`${key} is not an environment value (${ENVIRONMENT_KEYS.map((k) => `environment.${k}`).join(', ')})`);
    return { kind: 'environment', key: name, value: text };
  }
  const override = settingOverride(key, text);
  if ('error' in override) throw new ArgumentError(override.error);
  return { kind: 'setting', ...override };
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new ArgumentError('expected a whole number');
  return Number(value);
}

const STARTER_CONFIG = `# webagent-lint configuration (see the README for every setting)
environment:
  # Idle timeout of firewalls or NAT between the agents and their servers (RSA KB 000025051: typically 1 hour).
  firewallIdleTimeout: 1h
  # Number of aservers actually in use per pool; enables the max_open_connections check.
  # activeAuthServers: 2
  # Number of aservers the dispatchers supply to a pool; lets predict count the idle connections.
  # authServers: 3
# Per rule: error, warning, info or off. \`webagent-lint rules\` lists them.
rules:
  cleartrust/debug-logging: warning
ignore:
  - "**/archive/**"
`;
