/**
 * The lint and compare commands end to end, and the lint pipeline explain --log reuses. The shell of the run
 * layer: with the other files of src/run/ the only code that reads files and writes output. Returns the exit
 * code of design contract §3.2; never calls process.exit.
 */
// Synchronous file calls throughout: a run does one thing at a time, and node:fs/promises would load
// readline and the stream modules at every start.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { crypto } from '../platform/builtins.js';
import { buildComparison, fingerprint } from '../engine/fleet-comparison.js';
import type { ConfigFile, LoadedConfig } from '../config/config.js';
import { CONFIG_FILE_NAMES } from '../config/names.js';
import { progressOnTerminal } from './progress.js';
import { configDirectoryPaths } from '../config/config-directory.js';
import { lintChunk, lintChunks, type ChunkFile, type ChunkOptions, type ChunkResult } from './chunks.js';
import { describeFsError, discover, ownerOf, toDisplayPath, type Candidate } from './discover.js';
import { createBaseline, parseBaseline, type Baseline } from '../engine/baseline.js';
import {
  finish,
  fleetFindings,
  fleetPlaces,
  lintFleet,
  lintUnit,
  locatePlaces,
  createUnitResults,
  type Finding,
  type FleetReport,
  type LintContext,
  type LintResult,
  type LocatedPlace,
  type NotChecked,
  type PendingFinding,
} from '../engine/engine.js';
import type { Rule, Severity, SeveritySetting } from '../engine/rule-api.js';
import { VERSION } from '../platform/meta.js';
import { resolveEnvironment, type EnvironmentFlags } from '../config/environment.js';
import type { Fleet, Place } from '../model/fleet.js';
import type { Environment } from '../model/environment.js';
import type { PoolInputs } from '../model/prediction.js';
import { formatComparisonJson, formatComparisonText } from '../report/comparison.js';
import { formatComparisonHtml } from '../report/html.js';
import { render, type OutputFormat } from '../report/formats.js';
import { summarize, type AgentFiles, type Report, type RunFailure, type Summary } from '../report/report.js';
import { heapGuard, loadedFromBytes, readBack, readRegularFile, UsageError, type ProblemSink } from './read.js';
import { decodeText, SourceFile } from '../parse/source.js';
import { formatOfName, isDomainFormat, needsXmlReader, planUnits, type LoadedFile } from '../engine/units.js';
import { compareText } from '../text/compare-text.js';
import { fixDiff, fixInPasses, type FixedBytes, writeFixedFiles } from './fix.js';

export { readCandidates, UsageError } from './read.js';

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Progress is shown only on a terminal. */
  readonly stderrIsTTY?: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, or 'tooLarge' as soon as it passes `limit` bytes (--stdin); absent where there is none. */
  readStdin?(limit: number): Promise<Uint8Array | 'tooLarge'>;
}

export interface ReportTarget {
  readonly format: OutputFormat;
  readonly path: string;
}

export interface LintOptions extends InputOptions {
  /** The report on stdout (or in `output`). */
  readonly format: OutputFormat;
  readonly output?: string;
  /** Further reports written to files in the same run (--report, --sarif-file). */
  readonly reports: readonly ReportTarget[];
  /** false when --no-color was given. */
  readonly color: boolean;
  /** Lowest severity that fails the run (exit 1). */
  readonly failOn: Severity;
  /** More warnings than this fail the run. */
  readonly maxWarnings?: number;
  /** false for --no-fail: report only, exit 0 unless the run itself failed. */
  readonly fail: boolean;
  /** false for --no-inline-waivers. */
  readonly inlineWaivers: boolean;
  readonly baseline?: string;
  readonly updateBaseline: boolean;
  /** --quiet: list errors only; the summary still counts, and the exit code still weighs, every finding. */
  readonly quiet: boolean;
  /** --fix: apply the findings' fixes to the files, then report what remains. */
  readonly fix?: boolean;
  /** --fix-dry-run: print the fixes as a unified diff on stdout instead of the report, and write nothing. */
  readonly fixDryRun?: boolean;
}

// Above any real agent file, and above a 200,000-permission Cams policy (about 40 MB).
export const DEFAULT_MAX_FILE_SIZE = '64MB';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** What lint, compare and explain --log get from reading and linting their inputs. */
interface LintedInputs {
  readonly config: LoadedConfig | undefined;
  /** Every file the run read, as given or found (display paths): none may be overwritten by a report. */
  readonly inputs: readonly string[];
  /** The secret values of every file read, in every written form. */
  readonly secrets: readonly string[];
  /** Every file read (its bytes are not kept). */
  readonly files: readonly FileRecord[];
  readonly agentCount: number;
  readonly result: LintResult;
  readonly fleet: Fleet;
  /** Usage problems printed (missing paths, unreadable files, rules that failed): any of them makes the exit code 2. */
  readonly usageProblems: number;
  /** The same problems, for the report (a failed run must not look clean in any format). */
  readonly runFailures: readonly RunFailure[];
  /** With `poolInputs`: every pool of the ClearTrust agents read, in path order. */
  readonly pools: readonly PoolInputs[];
  readonly environment: Environment;
}

type FileRecord = Pick<LoadedFile, 'path' | 'format' | 'agent'>;

/** The paths to read and how; the environment flags (and predict's `--set environment.…`) as given. */
export interface InputOptions extends EnvironmentFlags {
  readonly paths: readonly string[];
  readonly config?: string;
  readonly maxFileSize: string;
  /** --rule: severities for this run, over the config file's. */
  readonly rule?: readonly RuleSeverity[];
  /** --stdin: a file's text given on standard input, linted in its place among the paths' files. */
  readonly stdin?: StdinInput;
}

export interface StdinInput {
  /** --stdin-filename: the path the text stands for (its name tells the format, its place the agent). */
  readonly filename?: string;
  readonly bytes: Uint8Array;
}

/** How findings name the standard input when no --stdin-filename says which file it stands for. */
const STDIN_NAME = '<stdin>';

export interface RuleSeverity {
  readonly id: string;
  readonly severity: SeveritySetting;
}

/**
 * The shell around the pure pipeline (engine.ts): config file, environment, discovery; every file read and
 * linted in its unit (a ClearTrust agent as soon as it is read, shared among worker threads for a large fleet;
 * the Cams files together at the end, since agents are linked to their security domains); then the fleet rules,
 * the files their findings point into read back in path order, and `finish`. Only the units' plain results and
 * compact fleet facts are kept, so memory does not grow with the fleet's bytes. Undefined when the config file
 * is invalid (exit 2).
 */
async function lintInputs(
  options: InputOptions,
  selected: readonly Rule[],
  run: {
    readonly inlineWaivers: boolean;
    readonly baseline?: Baseline;
    readonly poolInputs?: boolean;
    /** Texts linted instead of the files' on disk, by display path (--fix passes). */
    readonly replaced?: FixedBytes;
  },
  io: Io,
): Promise<LintedInputs | undefined> {
  const config = await loadConfig(options.config, io);
  if (config === 'invalid') return undefined;
  const resolved = resolveEnvironment(options, config);
  if ('error' in resolved) throw new UsageError(resolved.error);
  const { environment } = resolved;
  const maxFileSize = parseSize(options.maxFileSize);
  const runFailures: RunFailure[] = [];
  const problem = (where: string, message: string): void => {
    runFailures.push({ where, message });
    io.stderr(`webagent-lint: ${where}: ${message}\n`);
  };
  // The command line wins over the config file, as for the environment.
  const severities = new Map([...(config?.severities ?? []), ...(options.rule ?? []).map(({ id, severity }) => [id, severity] as const)]);
  const context: LintContext = { rules: selected, environment, severities, poolInputs: run.poolInputs };
  const files: FileRecord[] = [];
  /** Where each file linted from disk lies and its size then: fleet findings read it back. */
  const onDisk = new Map<string, ChunkFile>();
  const results = createUnitResults();
  const merge = (chunk: ChunkResult): void => {
    for (const p of chunk.problems) problem(p.where, p.message);
    results.addMerged(chunk);
    for (const file of chunk.files) {
      files.push({ path: file.path, format: file.format, agent: file.agent });
      onDisk.set(file.path, file);
    }
  };

  const chunkOptions = {
    ruleIds: selected.map((rule) => rule.id),
    environment,
    severities,
    maxFileSize,
    cwd: io.cwd,
    poolInputs: run.poolInputs,
  };
  // Texts that stand in for files on disk: those --fix passes changed, and the standard input.
  const replacing = [...(run.replaced ?? []), ...(options.stdin ? [[options.stdin.filename ?? STDIN_NAME, options.stdin.bytes] as const] : [])].map(
    ([file, bytes]) => fileAt(file, bytes, io.cwd, problem),
  );
  // With --stdin the paths only give the fleet the standard input's agent is compared with; there may be none.
  const read =
    options.paths.length > 0 || !options.stdin
      ? await lintFiles(options.paths, config, chunkOptions, merge, problem, io, new Set(replacing.map((file) => file.absolutePath)))
      : { camsFiles: [], total: 0 };
  // The files whose bytes are at hand: the Cams files (linted together, agents with their security domains) and
  // the texts that stand in for files.
  const inMemory = [...read.camsFiles, ...replacing.flatMap((file) => file.loaded ?? [])];
  const stdin = options.stdin && replacing.at(-1);
  if (inMemory.length > 0) {
    const readXml = needsXmlReader(inMemory) ? (await import('../parse/xml.js')).parseXml : undefined;
    const guard = heapGuard(read.total);
    for (const unit of planUnits(inMemory, config?.cams.agentDomains)) {
      guard();
      results.add(lintUnit(unit, { ...context, readXml }));
    }
    for (const { path, format, agent } of inMemory) files.push({ path, format, agent });
  }
  const { findings, waiverComments, secrets, failures, pools, store } = results;
  const fleet = store.build(await clusterAssigner(config, io.cwd));
  const fleetRun = lintFleet(fleet, context);
  failures.push(...fleetRun.failures);
  findings.push(...locateInFiles(fleetRun.reports, inMemory, onDisk, secrets, context, problem));
  const finished = finish(
    { findings, waiverComments, secrets, inlineWaivers: run.inlineWaivers, baseline: run.baseline, notChecked: results.notChecked.list() },
    context,
  );
  // With --stdin, what is reported is the standard input's findings (as ESLint's --stdin does): the other files
  // were read for the fleet rules only.
  const onlyStdin = (finding: Finding): boolean => finding.file === stdin?.loaded?.path;
  const result = stdin ? { ...finished, findings: finished.findings.filter(onlyStdin), waived: finished.waived.filter(onlyStdin) } : finished;
  for (const failure of failures) problem('internal error', `rule ${failure.ruleId} failed on ${failure.file}: ${failure.error}`);
  files.sort((a, b) => compareText(a.path, b.path));
  const inputs = [...files.map((file) => file.path), ...(config ? [config.path] : [])];
  pools.sort((a, b) => compareText(a.file, b.file));
  return {
    config,
    inputs,
    secrets: [...new Set([...secrets.values()].flat())],
    files,
    agentCount: results.agents(),
    result,
    fleet,
    usageProblems: runFailures.length,
    runFailures,
    pools,
    environment,
  };
}

/**
 * The fleet reports located in the files they point into (each file read back once, in path order). A Cams
 * file's bytes are still at hand; a ClearTrust file is read again, and if it changed since it was linted its
 * findings cannot be placed: that is a usage problem (run again).
 */
function locateInFiles(
  reports: readonly FleetReport[],
  inMemory: readonly LoadedFile[],
  onDisk: ReadonlyMap<string, ChunkFile>,
  secrets: ReadonlyMap<string, readonly string[]>,
  context: LintContext,
  problem: ProblemSink,
): PendingFinding[] {
  const loaded = new Map(inMemory.map((file) => [file.path, file]));
  const located = new Map<Place, LocatedPlace>();
  for (const [path, places] of fleetPlaces(reports)) {
    const text = textOf(path, loaded, onDisk);
    if (text === undefined) problem(path, 'changed while it was being linted; run again');
    else locatePlaces(places, new SourceFile(path, text), secrets.get(path), located);
  }
  return fleetFindings(reports, located, secrets, context);
}

function textOf(path: string, loaded: ReadonlyMap<string, LoadedFile>, onDisk: ReadonlyMap<string, ChunkFile>): string | undefined {
  const file = loaded.get(path);
  if (file?.content.kind === 'bytes') {
    const decoded = decodeText(file.content.bytes);
    return decoded.ok ? decoded.text : undefined;
  }
  const record = onDisk.get(path);
  return record?.size === undefined ? undefined : readBack(record.absolutePath, record.size);
}

/**
 * Discovery, then every file that is not a Cams one read, linted and merged; the Cams files are handed back, with
 * the files --fix passes changed (their bytes are at hand too, and are linted as the Cams files are).
 * A function of its own so that the candidates and the chunk results, tens of megabytes for 100,000 agents,
 * are dropped as soon as they are merged.
 */
async function lintFiles(
  paths: readonly string[],
  config: LoadedConfig | undefined,
  options: Omit<ChunkOptions, 'total'>,
  merge: (chunk: ChunkResult) => void,
  problem: ProblemSink,
  io: Io,
  /** Absolute paths of files whose text is at hand (fixed, or on standard input): not read from disk. */
  replaced: ReadonlySet<string>,
): Promise<{ camsFiles: readonly LoadedFile[]; total: number }> {
  const discovery = await discover(paths, options.cwd, config);
  for (const { path, glob, config } of discovery.ignored)
    io.stderr(`webagent-lint: ${path} is ignored by ${config} (ignore: ${JSON.stringify(glob)}); not linted\n`);
  for (const p of discovery.problems) problem(p.path, p.message);
  const candidates = discovery.candidates.filter((candidate) => !replaced.has(candidate.absolutePath));
  const total = candidates.length;
  const chunkOptions: ChunkOptions = { ...options, total };
  const byName = candidates.filter((candidate) => candidate.format === 'cleartrust-conf');
  const progress = progressOnTerminal(byName.length, io);
  const chunks = await lintChunks(byName, chunkOptions, builtBundle(), progress);
  progress?.done();
  for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) merge(chunk);
  // Files named on the command line (recognised by content) and Cams files.
  const rest = lintChunk(
    candidates.filter((candidate) => candidate.format !== 'cleartrust-conf'),
    chunkOptions,
  );
  merge(rest);
  return { camsFiles: rest.deferred, total };
}

/**
 * Bytes that stand in for the file at `file` (a path as given, or `<stdin>`): its format from the name, as
 * discovery gives it, or from the content when the name is not one discovery knows. `loaded` is undefined
 * when the text is no agent configuration (the problem is reported).
 */
function fileAt(
  file: string,
  bytes: Uint8Array,
  cwd: string,
  problem: ProblemSink,
): { readonly absolutePath: string; readonly loaded: LoadedFile | undefined } {
  const absolutePath = path.resolve(cwd, file);
  const format = file === STDIN_NAME ? undefined : formatOfName(path.basename(absolutePath));
  const displayPath = file === STDIN_NAME ? STDIN_NAME : toDisplayPath(cwd, absolutePath);
  const candidate: Candidate = { absolutePath, displayPath, agent: format ? ownerOf(cwd, absolutePath, format) : displayPath, format };
  return { absolutePath, loaded: loadedFromBytes(candidate, bytes, problem, cwd) };
}

/**
 * The built CLI bundle, which worker threads run; undefined when running from source (the tests), where
 * everything stays on one thread.
 */
function builtBundle(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
}

export interface LintRun {
  /** The files read (display paths). */
  readonly inputs: readonly string[];
  /** Every secret value of the files read, in every written form (to mask them in what else is shown). */
  readonly secrets: readonly string[];
  readonly findings: readonly Finding[];
  readonly notChecked: readonly NotChecked[];
  readonly summary: Summary;
  /** Unreadable paths and rules that failed, already reported on stderr: the exit code must be 2. */
  readonly problems: number;
  /** Every agent (and Cams security domain) read, with its files, sorted by id. */
  readonly agents: readonly AgentFiles[];
  /** The ClearTrust agents read, with their file. */
  readonly cleartrustAgents: readonly { readonly id: string; readonly file: string }[];
  /** With `poolInputs`: the pools of the ClearTrust agents, in path order. */
  readonly pools: readonly PoolInputs[];
  readonly environment: Environment;
}

/**
 * The lint pipeline for explain --log and predict: every rule over the paths, and with `poolInputs` what the
 * prediction needs of every pool; 'invalid' when the config file is invalid.
 */
export async function lintPaths(options: InputOptions, io: Io, run: { readonly poolInputs?: boolean } = {}): Promise<LintRun | 'invalid'> {
  const inputs = await lintInputs(options, rules, { inlineWaivers: true, poolInputs: run.poolInputs }, io);
  if (!inputs) return 'invalid';
  const { result } = inputs;
  const summary = summarize(result.findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined: 0 });
  return {
    inputs: inputs.inputs,
    secrets: inputs.secrets,
    findings: result.findings,
    notChecked: result.notChecked,
    summary,
    problems: inputs.usageProblems,
    agents: agentFiles(inputs.files),
    cleartrustAgents: inputs.files.filter((file) => file.format === 'cleartrust-conf').map((file) => ({ id: file.agent, file: file.path })),
    pools: inputs.pools,
    environment: inputs.environment,
  };
}

/** Exit code of design §3.2 for a lint run with the default threshold. */
export function exitCodeOf(run: LintRun): number {
  if (run.problems > 0) return 2;
  return run.summary.errors > 0 ? 1 : 0;
}

/** Lint: every rule, then waivers, baseline and thresholds. */
export async function runLint(options: LintOptions, io: Io): Promise<number> {
  if (options.updateBaseline && options.baseline === undefined) throw new UsageError('--update-baseline needs --baseline <file> to know where to write');
  const baseline = options.baseline !== undefined && !options.updateBaseline ? await loadBaseline(options.baseline, io) : undefined;
  const fixing = options.fix === true || options.fixDryRun === true;
  // With --fix and --fix-dry-run each pass lints again: only the last lint's problems (those of the fixed
  // files) are printed, once, not one copy per pass.
  let problems: string[] = [];
  // No progress then: it would be replayed at the end rather than shown as it happens.
  const lintIo: Io = fixing ? { ...io, stderrIsTTY: false, stderr: (text) => void problems.push(text) } : io;
  const lint = (replaced?: FixedBytes) => {
    problems = [];
    return lintInputs(options, rules, { inlineWaivers: options.inlineWaivers, baseline, replaced }, lintIo);
  };
  let inputs = await lint();
  if (inputs && fixing) {
    const skipFix = (file: string, why: string) => io.stderr(`webagent-lint: not fixing ${file}: ${why}\n`);
    const relint = async (replaced: FixedBytes) => (inputs = await lint(replaced))?.result.findings;
    const fixed = await fixInPasses(inputs.result.findings, relint, io.cwd, skipFix);
    if (fixed && options.fixDryRun) io.stdout(fixDiff(fixed));
    else if (fixed) writeFixedFiles(fixed, io.cwd);
  }
  for (const text of problems) io.stderr(text);
  if (!inputs) return 2;
  const { result } = inputs;
  refuseToOverwrite(
    [
      ...(options.output !== undefined ? [options.output] : []),
      ...options.reports.map((target) => target.path),
      ...(options.updateBaseline && options.baseline !== undefined ? [options.baseline] : []),
    ],
    [...inputs.inputs, ...(baseline && options.baseline !== undefined ? [options.baseline] : [])],
    io,
  );

  let findings = result.findings;
  let baselined = result.baselined;
  let accepted = baseline;
  if (options.updateBaseline && options.baseline !== undefined) {
    accepted = createBaseline(findings);
    await writeReportFile(io.cwd, options.baseline, `${JSON.stringify(accepted, null, 2)}\n`, 'the baseline');
    io.stderr(`webagent-lint: wrote ${findings.length} findings to the baseline ${options.baseline}\n`);
    baselined = findings;
    findings = [];
  }

  const summary = summarize(findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined: baselined.length });
  const code = exitCode({ findings, summary }, inputs.usageProblems, options, io);
  const shown = (list: readonly Finding[]) => (options.quiet ? list.filter((finding) => finding.severity === 'error') : list);
  const report: Report = {
    tool: { name: 'webagent-lint', version: VERSION },
    findings: shown(findings),
    notChecked: result.notChecked,
    summary,
    files: inputs.files.map((file) => file.path),
    agents: agentFiles(inputs.files),
    rules,
    failures: inputs.runFailures,
    ...(inputs.config?.documentationUrl !== undefined ? { documentationUrl: inputs.config.documentationUrl } : {}),
    waived: shown(result.waived),
    ...(accepted ? { baseline: { hidden: shown(baselined), fingerprints: new Set(accepted.findings.map((entry) => entry.fingerprint)) } } : {}),
    verdict: {
      exitCode: code,
      ...(options.fail ? { failOn: options.failOn, maxWarnings: options.maxWarnings } : {}),
      options: runOptions(options, inputs.config?.path),
    },
  };
  // With --fix-dry-run stdout holds the diff alone, so that it can be piped to git apply.
  if (!options.fixDryRun || options.output !== undefined)
    await writeReport(render(options.format, report, { color: useColor(options, io) }), options.output, io);
  for (const target of options.reports) await writeReportFile(io.cwd, target.path, render(target.format, report, { color: false }));
  return code;
}

/**
 * The options of a lint run that shaped its findings and verdict, as the words that would repeat it (the HTML
 * report shows them under the verdict). Report destinations and colour change nothing a reader judges.
 */
function runOptions(options: LintOptions, configPath: string | undefined): string[] {
  const given = (flag: string, value: string | number | undefined): string[] => (value === undefined ? [] : [`${flag} ${value}`]);
  return [
    configPath === undefined ? '(no config file)' : `--config ${configPath}`,
    ...(options.stdin ? [`--stdin${options.stdin.filename === undefined ? '' : ` --stdin-filename ${options.stdin.filename}`}`] : []),
    ...given('--firewall-idle-timeout', options.firewallIdleTimeout),
    ...given('--active-auth-servers', options.activeAuthServers),
    ...(options.fail ? [`--fail-on ${options.failOn}`, ...given('--max-warnings', options.maxWarnings)] : ['--no-fail']),
    ...(options.inlineWaivers ? [] : ['--no-inline-waivers']),
    ...given('--baseline', options.baseline),
    ...(options.updateBaseline ? ['--update-baseline'] : []),
    ...(options.rule ?? []).map((rule) => `--rule ${rule.id}=${rule.severity}`),
    ...(options.quiet ? ['--quiet'] : []),
    ...(options.maxFileSize !== DEFAULT_MAX_FILE_SIZE ? [`--max-file-size ${options.maxFileSize}`] : []),
    // A pre-commit hook passes every changed file: a few are enough to tell the run.
    ...options.paths.slice(0, SHOWN_PATHS),
    ...(options.paths.length > SHOWN_PATHS ? [`(and ${options.paths.length - SHOWN_PATHS} more paths)`] : []),
  ];
}

const SHOWN_PATHS = 5;

export const COMPARE_FORMATS = ['text', 'json', 'html'] as const;

export interface CompareOptions extends InputOptions {
  readonly format: (typeof COMPARE_FORMATS)[number];
  readonly output?: string;
  readonly color: boolean;
  /** Show settings that are equal everywhere too. */
  readonly all: boolean;
  readonly failOn: Severity;
  readonly fail: boolean;
  readonly inlineWaivers: boolean;
}

/** Compare: the settings that differ between the agents of each cluster, and the fleet rules' findings. */
export async function runCompare(options: CompareOptions, io: Io): Promise<number> {
  // Only the fleet and input rules run; the others are known but off, so that a waiver of one of them is neither
  // "not a webagent-lint rule" nor unused (as in lint with the rule turned off).
  const notRun = rules.filter((rule) => rule.scope !== 'fleet' && rule.scope !== 'input').map((rule) => ({ id: rule.id, severity: 'off' as const }));
  const inputs = await lintInputs({ ...options, rule: [...(options.rule ?? []), ...notRun] }, rules, { inlineWaivers: options.inlineWaivers }, io);
  if (!inputs) return 2;
  refuseToOverwrite(options.output !== undefined ? [options.output] : [], inputs.inputs, io);
  const { result, fleet } = inputs;
  // A key made for this run only: fingerprints tell same from different without being comparable across runs.
  const key = crypto().randomBytes(32);
  const comparison = buildComparison(fleet, { all: options.all, fingerprint: (text) => fingerprint(key, text) });
  const summary = summarize(result.findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined: 0 });
  const data = { tool: { name: 'webagent-lint' as const, version: VERSION }, comparison, findings: result.findings, summary, rules };
  const text =
    options.format === 'json'
      ? formatComparisonJson(data)
      : options.format === 'html'
        ? formatComparisonHtml(data)
        : formatComparisonText(data, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  return exitCode({ findings: result.findings, summary }, inputs.usageProblems, { ...options, maxWarnings: undefined }, io);
}

/** Every agent (and Cams security domain) with the files read for it, sorted by id. */
function agentFiles(files: readonly FileRecord[]): AgentFiles[] {
  const byAgent = new Map<string, FileRecord[]>();
  for (const file of files) {
    const list = byAgent.get(file.agent);
    if (list) list.push(file);
    else byAgent.set(file.agent, [file]);
  }
  return [...byAgent]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, list]) => ({
      id,
      kind: list.every((file) => isDomainFormat(file.format)) ? 'security domain' : 'agent',
      files: list.map((file) => file.path),
    }));
}

/**
 * Colour only on a terminal, unless --no-color, --output or a non-empty NO_COLOR (no-color.org: NO_COLOR wins).
 * FORCE_COLOR forces it on a pipe, as in Node and chalk, except FORCE_COLOR=0 or false, which turn it off.
 */
export function useColor(options: { readonly color: boolean; readonly output?: string }, io: Io): boolean {
  const force = io.env['FORCE_COLOR'];
  const noColor = io.env['NO_COLOR'];
  if (!options.color || options.output !== undefined || (noColor !== undefined && noColor !== '')) return false;
  if (force === '0' || force === 'false') return false;
  return io.stdoutIsTTY || force !== undefined;
}

function exitCode(
  report: Pick<Report, 'findings' | 'summary'>,
  usageProblems: number,
  options: { readonly fail: boolean; readonly failOn: Severity; readonly maxWarnings?: number },
  io: Io,
): number {
  if (usageProblems > 0) return 2;
  if (!options.fail) return 0;
  const failing = report.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[options.failOn]);
  const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`webagent-lint: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  return failing || tooManyWarnings ? 1 : 0;
}

/**
 * The config file's `clusters:` as a function from agent id (relative to `cwd`) to cluster name (first matching
 * pattern wins); the patterns match the agent's path relative to the config file's directory.
 */
export async function clusterAssigner(config: LoadedConfig | undefined, cwd: string): Promise<(agentId: string) => string | undefined> {
  if (!config || config.clusters.length === 0) return () => undefined;
  const [{ clusterAssignment }, { default: picomatch }] = await Promise.all([import('../config/config.js'), import('picomatch')]);
  const clusterOf = clusterAssignment(config.clusters, picomatch);
  const inDirectory = configDirectoryPaths(config.directory, cwd);
  return (agentId) => {
    const relative = inDirectory(agentId);
    return relative === undefined ? undefined : clusterOf(relative);
  };
}

/**
 * A report or baseline to be written over a file the run reads (a linted file, the config file, the baseline,
 * a log) would destroy it: refused before anything is written. Files are compared by identity (device and
 * inode), so another spelling of the same path or a link to it is caught too.
 */
export function refuseToOverwrite(targets: readonly string[], inputs: readonly string[], io: Io): void {
  const identity = (file: string): string | undefined => {
    try {
      const info = statSync(path.resolve(io.cwd, file));
      return `${info.dev}:${info.ino}`;
    } catch {
      return undefined;
    }
  };
  const existing = new Map<string, string>();
  for (const target of targets) {
    const id = identity(target);
    if (id !== undefined) existing.set(id, target);
  }
  if (existing.size === 0) return;
  for (const input of inputs) {
    const target = existing.get(identity(input) ?? '');
    if (target !== undefined) throw new UsageError(`refusing to write ${target}: it is ${input}, one of the files this run reads; write the report elsewhere`);
  }
}

/** The report to --output, or to stdout. */
export async function writeReport(text: string, output: string | undefined, io: Io): Promise<void> {
  if (output !== undefined) await writeReportFile(io.cwd, output, text);
  else io.stdout(text);
}

async function writeReportFile(cwd: string, file: string, text: string, what = 'the report'): Promise<void> {
  const target = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${what} ${file}: ${describeFsError(error)}`);
  }
}

/** A baseline larger than this is no baseline (100,000 findings take about 30 MB). */
const MAX_BASELINE_BYTES = 256 * 2 ** 20;

async function loadBaseline(file: string, io: Io) {
  const bytes = readRegularFile(path.resolve(io.cwd, file), `baseline ${file}`, MAX_BASELINE_BYTES);
  const baseline = parseBaseline(bytes.toString('utf8'));
  if (typeof baseline === 'string') throw new UsageError(`baseline ${file}: ${baseline}`);
  return baseline;
}

export async function loadConfig(explicit: string | undefined, io: Io): Promise<LoadedConfig | undefined | 'invalid'> {
  const location = explicit !== undefined ? path.resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (location === undefined) return undefined;
  const displayPath = toDisplayPath(io.cwd, location);
  // Loaded only when a config file exists: the YAML parser is the largest part of the bundle.
  const { parseConfig, MAX_CONFIG_LENGTH } = await import('../config/config.js');
  // Four bytes at most per character: a longer file cannot be valid, and is refused before it is read.
  const text = readRegularFile(location, `config file ${displayPath}`, MAX_CONFIG_LENGTH * 4).toString('utf8');
  const result = parseConfig(displayPath, text, new Set(rules.map((rule) => rule.id)));
  if (result.ok) return loaded(result.config, path.dirname(location), io.cwd);
  for (const error of result.errors) io.stderr(`${error.path}:${error.line}:${error.column}: ${error.message}\n`);
  io.stderr(`webagent-lint: invalid config file ${displayPath}; fix the errors above.\n`);
  return 'invalid';
}

/**
 * The config file rooted in its directory: `cams.agentDomains`, written relative to that directory, turned into
 * the paths relative to the working directory by which the run names agents and domains.
 */
function loaded(config: ConfigFile, directory: string, cwd: string): LoadedConfig {
  const fromDirectory = (written: string): string => toDisplayPath(cwd, path.resolve(directory, written));
  const agentDomains = new Map([...config.cams.agentDomains].map(([agent, link]) => [fromDirectory(agent), { ...link, domain: fromDirectory(link.domain) }]));
  return { ...config, directory, cams: { ...config.cams, agentDomains } };
}

/** Design §3.5: the nearest config file, walking up from the working directory. */
async function findConfig(cwd: string): Promise<string | undefined> {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here; keep walking up
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

export function parseSize(text: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const factor = match ? SIZE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new UsageError(`--max-file-size: "${text}" is not a size (write e.g. 32MB or 512KB)`);
  return Number(match[1]) * factor;
}
