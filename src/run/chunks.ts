/**
 * The per-file part of a lint run over ClearTrust agents, in shares ("chunks") that worker threads can take:
 * each file is read and linted as its own unit (engine.lintUnit), and only the unit's plain results and its
 * agents' compact fleet facts are kept. A chunk's result is plain data (structured clone), so the main thread
 * merges the chunks of its workers exactly as it merges its own. Large fleets use every core; small ones stay
 * on one thread.
 */
import type { Progress } from './progress.js';
import { rules as allRules } from '../../rules/index.js';
import { os, workerThreads } from '../platform/builtins.js';
import { createUnitResults, lintUnit, type LintContext, type MergedUnits } from '../engine/engine.js';
import type { SeveritySetting } from '../engine/rule-api.js';
import type { LoadedFile } from '../engine/units.js';
import type { Candidate } from './discover.js';
import type { Environment } from '../model/environment.js';
import { heapGuard, ReadBuffer, readCandidate, UsageError } from './read.js';

export interface ChunkOptions {
  /** Ids of the rules that run (rules cannot cross threads; their ids can). */
  readonly ruleIds: readonly string[];
  readonly environment: Environment;
  readonly severities: ReadonlyMap<string, SeveritySetting> | undefined;
  readonly maxFileSize: number;
  readonly cwd: string;
  /** Files in the whole run, for the heap guard's message. */
  readonly total: number;
  /** Also read each pool for the log prediction (see LintContext.poolInputs). */
  readonly poolInputs?: boolean;
}

/** A file a chunk read, with what is needed to read it back for a fleet finding. */
export interface ChunkFile {
  readonly path: string;
  readonly format: LoadedFile['format'];
  readonly agent: string;
  readonly absolutePath: string;
  /** Its size in bytes when it was linted (undefined when it was too large to read). */
  readonly size: number | undefined;
}

/** What the lint units of a chunk produced, merged (MergedUnits): plain data (structured clone). */
export interface ChunkResult extends MergedUnits {
  readonly files: readonly ChunkFile[];
  /** Files that could not be read, in order. */
  readonly problems: readonly { readonly where: string; readonly message: string }[];
}

/** The lint context of a chunk, rebuilt from its options (on a worker thread too). */
export function chunkContext(options: ChunkOptions): LintContext {
  const wanted = new Set(options.ruleIds);
  return {
    rules: allRules.filter((rule) => wanted.has(rule.id)),
    environment: options.environment,
    severities: options.severities,
    poolInputs: options.poolInputs,
  };
}

/**
 * Reads and lints `candidates` in order, each ClearTrust configuration as its own lint unit. Any other file (a
 * Cams file, or a file named on the command line that turns out not to be a ClearTrust one) is handed back in
 * `deferred`, because Cams agents are linted in units with their security domains.
 */
export function lintChunk(
  candidates: readonly Candidate[],
  options: ChunkOptions,
  progress?: Pick<Progress, 'counter'> & Partial<Pick<Progress, 'tick'>>,
): ChunkResult & { readonly deferred: readonly LoadedFile[] } {
  const context = chunkContext(options);
  const results = createUnitResults();
  const guard = heapGuard(options.total);
  const files: ChunkFile[] = [];
  const problems: { where: string; message: string }[] = [];
  const deferred: LoadedFile[] = [];
  const buffer = new ReadBuffer();
  for (const candidate of candidates) {
    const file = readCandidate(candidate, options.maxFileSize, (where, message) => problems.push({ where, message }), options.cwd, buffer);
    if (progress) {
      Atomics.add(progress.counter, 0, 1);
      progress.tick?.();
    }
    if (!file) continue;
    if (file.format !== 'cleartrust-conf') {
      deferred.push(file);
      continue;
    }
    guard();
    results.add(lintUnit({ files: [file] }, context));
    const size = file.content.kind === 'bytes' ? file.content.bytes.length : undefined;
    files.push({ path: file.path, format: file.format, agent: file.agent, absolutePath: candidate.absolutePath, size });
  }
  return {
    files,
    problems,
    ...results.merged(),
    deferred,
  };
}

/**
 * Below this many files one thread is faster: a worker starts in about 50 ms but then compiles and optimises
 * the same code again. Measured on 2 cores: 1,000 agents 1.2 s on one thread, 1.3 s on two; 3,000 agents 2.6 s
 * and 2.3 s.
 */
export const PARALLEL_THRESHOLD = 2000;

/** The argument that makes the bundle run as a chunk worker (see src/bin.ts). */
export const WORKER_FLAG = '--webagent-lint-chunk-worker';

/**
 * ClearTrust configurations found by name, split into contiguous shares: the first is done on this thread,
 * the others by worker threads running `bundle` (the built CLI; undefined when running from source, e.g. in
 * the tests, which then stay on one thread). Results come back in path order.
 */
export async function lintChunks(
  candidates: readonly Candidate[],
  options: ChunkOptions,
  bundle: string | undefined,
  progress?: Progress,
): Promise<ChunkResult[]> {
  const threads = bundle !== undefined && candidates.length >= PARALLEL_THRESHOLD ? Math.min(os().availableParallelism(), 8) : 1;
  const size = Math.ceil(candidates.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => candidates.slice(i * size, (i + 1) * size)).filter((share) => share.length > 0);
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<ChunkResult>((resolve, reject) => {
        const worker = new (workerThreads().Worker)(bundle as string, {
          argv: [WORKER_FLAG],
          workerData: { candidates: share, options, counter: progress?.counter },
        });
        worker.once('message', (message: WorkerMessage) => {
          if ('result' in message) resolve(message.result);
          else reject(message.usage ? new UsageError(message.error) : new Error(message.error));
        });
        worker.once('error', reject);
        // A worker that dies without a word (killed, out of memory) must not leave the run waiting forever.
        worker.once('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it returned its files`)));
      }),
  );
  // This thread's share while the workers do theirs; then the workers' count until they are done.
  const own = lintChunk(shares[0] ?? [], options, progress);
  const ticking = progress && workers.length > 0 ? setInterval(progress.tick, 100) : undefined;
  try {
    return [own, ...(await Promise.all(workers))];
  } finally {
    clearInterval(ticking);
  }
}

type WorkerMessage = { readonly result: ChunkResult } | { readonly error: string; readonly usage: boolean };

/** The worker side: one chunk, one message, then the thread ends. */
export function runChunkWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const { candidates, options, counter } = workerData as { candidates: Candidate[]; options: ChunkOptions; counter?: Int32Array };
  let message: WorkerMessage;
  try {
    const { deferred: _, ...result } = lintChunk(candidates, options, counter && { counter });
    message = { result };
  } catch (error) {
    message = {
      error: error instanceof Error ? (error instanceof UsageError ? error.message : (error.stack ?? error.message)) : String(error),
      usage: error instanceof UsageError,
    };
  }
  parentPort?.postMessage(
    message,
    'result' in message ? message.result.fleet.agents.flatMap((agent) => [agent.settings.buffer as ArrayBuffer, agent.blocks.buffer as ArrayBuffer]) : [],
  );
}
