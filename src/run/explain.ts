/**
 * The explain command end to end: look codes up, or stream the bytes of log files into the analysis and trace
 * the codes to the findings of the lint pipeline. The only place of explain that reads files and writes output.
 */
import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { describeFsError, NotARegularFile, toDisplayPath } from './discover.js';
import { logCodes } from '../knowledge/codes.js';
import { createLogAnalysis, type CodeSummary, type LogAnalysis } from '../logs/analysis.js';
import { messageMatchers, parseLogLine, type MessageMatchers } from '../logs/line.js';
import { createLogScanner } from '../logs/scan.js';
import { VERSION } from '../platform/meta.js';
import type { EXPLAIN_FORMATS } from '../report/formats.js';
import { exitCodeOf, lintPaths, refuseToOverwrite, UsageError, useColor, writeReport, type InputOptions, type Io } from './run.js';
import { recognise } from '../engine/units.js';
import { explainCode, formatCodesJson, formatCodesText, type CodeExplanation } from '../explain/code-report.js';
import { formatLogHtml } from '../explain/log-html.js';
import { formatLogJson, formatLogText, traceCodes, type CodeScope } from '../explain/log-report.js';
import { attributeLog, compareWithPrediction, type LogComparison } from '../explain/log-prediction.js';
import { resolveQueries } from '../explain/lookup.js';
import { secretMasker } from '../engine/engine.js';

export interface ExplainOptions extends Omit<InputOptions, 'paths'> {
  /** html only with --log: the timelines are what a page adds to the text. */
  readonly format: (typeof EXPLAIN_FORMATS)[number];
  readonly output?: string;
  readonly color: boolean;
  /** Treat the arguments as log files (and configuration paths) instead of codes. */
  readonly log: boolean;
}

const TOOL = { name: 'webagent-lint', version: VERSION } as const;

export async function runExplain(args: readonly string[], options: ExplainOptions, io: Io): Promise<number> {
  return options.log ? explainLogs(args, options, io) : explainCodes(args, options, io);
}

async function explainCodes(args: readonly string[], options: ExplainOptions, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('explain: name at least one code (e.g. CT_SOCKET_ERROR, 5005, "access reason 13"), or use --log <files…>');
  if (options.format === 'html') throw new UsageError('explain: --format html is for explain --log (log timelines); use text or json for codes');
  const queries = resolveQueries(args, logCodes);
  const explanations = new Map<string, CodeExplanation>();
  for (const id of queries.flatMap((query) => query.matches)) {
    const code = logCodes.get(id);
    if (code) explanations.set(id, explainCode(code, rules));
  }
  const text =
    options.format === 'json' ? formatCodesJson(queries, explanations, TOOL) : formatCodesText(queries, explanations, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  let unknown = 0;
  for (const query of queries.filter((q) => q.matches.length === 0)) {
    unknown++;
    io.stderr(`webagent-lint: unknown code "${query.text}"; closest: ${query.closest.join(', ')}\n`);
  }
  return unknown > 0 ? 2 : 0;
}

async function explainLogs(args: readonly string[], options: ExplainOptions, io: Io): Promise<number> {
  const matchers = messageMatchers(logCodes);
  let problems = 0;
  const logs: { absolute: string; display: string; named?: string; read?: boolean }[] = [];
  const configPaths: string[] = [];
  const addConfig = (arg: string): void => void (configPaths.includes(arg) || configPaths.push(arg));
  for (const arg of args) {
    const pair = agentLogPair(arg, io.cwd);
    if (pair) {
      // `<agent path>=<log file>`: the log is that agent's, and the agent is linted with the others.
      const absolute = path.resolve(io.cwd, pair.log);
      const display = toDisplayPath(io.cwd, absolute);
      const named = toDisplayPath(io.cwd, path.resolve(io.cwd, pair.agent));
      // A log is read once: named twice, it is the last agent's.
      const known = logs.find((log) => log.display === display);
      if (known) known.named = named;
      else logs.push({ absolute, display, named });
      addConfig(pair.agent);
      continue;
    }
    const absolute = path.resolve(io.cwd, arg);
    const kind = await classify(absolute, matchers).catch((error: unknown) => {
      problems++;
      io.stderr(`webagent-lint: ${arg}: ${describeFsError(error)}\n`);
      return undefined;
    });
    if (kind === 'log') logs.push({ absolute, display: toDisplayPath(io.cwd, absolute) });
    else if (kind === 'config') addConfig(arg);
  }
  if (logs.length === 0 && problems === 0)
    throw new UsageError('explain --log: name at least one log file (ctagent.log, a Cams authentication or access control log, cams-webagent.log)');
  // Nothing could be read: an empty report ("No log codes seen") would look like a clean log.
  if (logs.length === 0) return 2;

  const analysis = createLogAnalysis(matchers);
  for (const log of logs) {
    try {
      await readLog(log.absolute, log.display, analysis, matchers);
      log.read = true;
    } catch (error) {
      problems++;
      io.stderr(`webagent-lint: ${log.display}: ${describeFsError(error)}\n`);
    }
  }

  const lint = configPaths.length > 0 ? await lintPaths({ ...options, paths: configPaths }, io, { poolInputs: true }) : undefined;
  if (lint === 'invalid') return 2;
  if (options.output !== undefined) refuseToOverwrite([options.output], [...logs.map((log) => log.display), ...(lint?.inputs ?? [])], io);
  // Log lines are the users' own text: the secret values the configurations hold are masked in what is shown
  // of them (unmatched lines, server names), as everywhere else (design §3.8).
  const mask = secretMasker(lint?.secrets ?? []);
  const masked = (codes: readonly CodeSummary[]): CodeSummary[] => codes.map((code) => ({ ...code, servers: code.servers.map(mask) }));
  const files = analysis.files().map((file) => ({ ...file, samples: file.samples.map((sample) => ({ ...sample, text: mask(sample.text) })) }));

  // Each log with its agent, compared with that agent's prediction (a ClearTrust agent's pools).
  const compared = lint
    ? logs
        .filter((log) => log.read)
        .map((log): LogComparison & { readonly codes: readonly CodeSummary[] } => {
          const codes = masked(analysis.codesOf(log.display));
          const attributed = attributeLog({ file: log.display, ...(log.named !== undefined ? { named: log.named } : {}) }, lint.agents);
          if ('unattributed' in attributed) return { file: log.display, unattributed: attributed.unattributed, comparisons: [], codes };
          const pools = lint.pools.filter((pool) => pool.agent === attributed.agent);
          return { file: log.display, ...attributed, comparisons: compareWithPrediction(codes, pools, lint.environment), codes };
        })
    : [];
  // A code is explained only by the findings of the ClearTrust agents whose logs hold it. Cams findings are not
  // narrowed: a Cams agent's codes are also explained by its security domain's findings, whose links the run
  // does not hand back here.
  const cleartrust = new Set(lint?.cleartrustAgents.map((agent) => agent.id));
  const scope: CodeScope = (id) => {
    const holding = compared.filter((log) => log.codes.some((code) => code.id === id));
    const agents = new Set(holding.flatMap((log) => (log.agent !== undefined ? [log.agent] : [])));
    return {
      includes: (agent) => !cleartrust.has(agent) || agents.has(agent),
      unattributed: cleartrust.size > 0 && holding.some((log) => log.agent === undefined),
    };
  };
  const codes = traceCodes(masked(analysis.codes()), lint, logCodes, rules, lint ? scope : undefined);
  const explanation = { files, codes, logs: compared.map(({ codes: _, ...log }) => log), ...(lint ? { lint: lint.summary } : {}) };
  const text =
    options.format === 'json'
      ? formatLogJson(explanation, TOOL)
      : options.format === 'html'
        ? formatLogHtml(explanation, TOOL)
        : formatLogText(explanation, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  if (problems > 0) return 2;
  return lint ? exitCodeOf(lint) : 0;
}

/**
 * `<agent path>=<log file>`, when the argument is not itself an existing path: split at its first `=`. The
 * parts are checked where they are read (lint for the agent path, the log reader for the log).
 */
function agentLogPair(arg: string, cwd: string): { agent: string; log: string } | undefined {
  const separator = arg.indexOf('=');
  if (separator < 1 || separator === arg.length - 1 || existsSync(path.resolve(cwd, arg))) return undefined;
  return { agent: arg.slice(0, separator), log: arg.slice(separator + 1) };
}

/** How many leading lines decide whether a file is a log: one recognised log line among them is enough. */
const SNIFF_BYTES = 64 * 1024;

/**
 * A directory, or a file that holds no log line in its head but agent configuration content, is a
 * configuration path; any other file is a log (its unrecognised lines are then reported, never skipped).
 */
async function classify(absolute: string, matchers: MessageMatchers): Promise<'log' | 'config'> {
  const handle = await openLog(absolute);
  if (handle === 'directory') return 'config';
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const lines = head.split(/\r\n|\r|\n/);
    // The last line of the head may be cut off; judge the complete ones.
    if (bytesRead === SNIFF_BYTES) lines.pop();
    if (lines.some((line) => parseLogLine(line, matchers) !== undefined)) return 'log';
    return recognise(head).kind === 'format' ? 'config' : 'log';
  } finally {
    await handle.close();
  }
}

/** Bytes read at a time: few reads (each a round trip through libuv's thread pool), little memory. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Streams the file's bytes through the scanner: one chunk (and a line cut off by it) in memory, whatever its
 * size. `chunkBytes` is for tests, which cut lines at every place.
 */
export async function readLog(absolute: string, display: string, analysis: LogAnalysis, matchers: MessageMatchers, chunkBytes = CHUNK_BYTES): Promise<void> {
  const handle = await openLog(absolute);
  if (handle === 'directory') throw new NotARegularFile('a directory');
  try {
    const scanner = createLogScanner(analysis, display, matchers);
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scanner.push(buffer.subarray(0, bytesRead));
    }
    scanner.end();
  } finally {
    await handle.close();
  }
}

/**
 * A log file opened without ever blocking (a FIFO opened the usual way waits for a writer), or 'directory'.
 * Anything else that is no regular file (a FIFO, a socket, /dev/zero) is refused: it may never end.
 */
async function openLog(absolute: string): Promise<Awaited<ReturnType<typeof open>> | 'directory'> {
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = await handle.stat();
  if (info.isFile()) return handle;
  await handle.close();
  if (info.isDirectory()) return 'directory';
  throw new NotARegularFile(
    info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'a special file',
  );
}
