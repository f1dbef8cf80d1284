/**
 * Reading the candidate files of a run: bytes, the size limit, the format of a file named on the command line,
 * reading a file back for the fleet findings that point into it, and the guard that stops a run before it
 * exhausts Node's heap.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { v8 } from '../platform/builtins.js';
import { describeFsError, NotARegularFile, ownerOf, type Candidate } from './discover.js';
import { decodeText } from '../parse/source.js';
import { recognise, type LoadedFile } from '../engine/units.js';

/** A user mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export type ProblemSink = (where: string, message: string) => void;

/** The bytes of each candidate, or a problem for one that cannot be read (it may be gone since discovery). */
export async function readCandidates(candidates: readonly Candidate[], maxFileSize: number, problem: ProblemSink, cwd: string): Promise<LoadedFile[]> {
  return candidates.flatMap((candidate) => readCandidate(candidate, maxFileSize, problem, cwd) ?? []);
}

/**
 * One candidate's bytes, or undefined after reporting a problem. Synchronous: files are read one after the
 * other anyway, and for thousands of small files the synchronous calls cost a fraction of the promise-based ones.
 */
/**
 * A buffer reused for files that are judged as soon as they are read (a ClearTrust configuration found by
 * name): the bytes are decoded before the next file is read, and a fleet of 100,000 files then allocates one
 * buffer instead of 100,000. Never for a file whose bytes are kept (Cams files, files recognised by content).
 */
export class ReadBuffer {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /**
   * The whole rest of the file `descriptor` (however its size changed since it was looked at); `size` is its
   * size when it was looked at. The buffer has room for one byte more: a first read that returns exactly `size`
   * bytes reached the end, which saves the read that would return 0 (one system call per file of a fleet).
   */
  read(descriptor: number, size: number): Uint8Array {
    if (this.buffer.length <= size) this.buffer = Buffer.allocUnsafe(Math.max(size + 1, this.buffer.length * 2));
    let length = 0;
    for (;;) {
      if (length === this.buffer.length) {
        const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(bigger, 0, 0, length);
        this.buffer = bigger;
      }
      const count = readSync(descriptor, this.buffer, length, this.buffer.length - length, null);
      if (count === 0 || (length === 0 && count === size)) return this.buffer.subarray(0, length + count);
      length += count;
    }
  }
}

/**
 * Opens a file for reading without ever blocking: a FIFO opened the usual way waits for a writer (a hang), and
 * a device such as /dev/zero never ends. Throws NotARegularFile for anything but a regular file.
 */
export function openRegularFile(absolutePath: string): { readonly descriptor: number; readonly size: number } {
  const descriptor = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = fstatSync(descriptor);
  if (info.isFile()) return { descriptor, size: info.size };
  closeSync(descriptor);
  throw new NotARegularFile(
    info.isDirectory()
      ? 'a directory'
      : info.isFIFO()
        ? 'a FIFO'
        : info.isSocket()
          ? 'a socket'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'a device'
            : 'a special file',
  );
}

/**
 * A whole regular file no larger than `maxBytes` (the config file, a baseline): its size is checked before a
 * byte is read, so neither a device nor a huge file can fill the memory. Throws UsageError saying what is wrong.
 */
export function readRegularFile(absolutePath: string, what: string, maxBytes: number): Buffer {
  let opened: { descriptor: number; size: number } | undefined;
  try {
    opened = openRegularFile(absolutePath);
    if (opened.size > maxBytes) throw new UsageError(`${what}: the file is ${opened.size} bytes, above the limit of ${maxBytes} bytes`);
    return readFileSync(opened.descriptor);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`${what}: ${describeFsError(error)}`);
  } finally {
    if (opened) closeSync(opened.descriptor);
  }
}

export function readCandidate(candidate: Candidate, maxFileSize: number, problem: ProblemSink, cwd: string, reuse?: ReadBuffer): LoadedFile | undefined {
  let bytes: Uint8Array;
  let descriptor: number | undefined;
  try {
    const opened = openRegularFile(candidate.absolutePath);
    descriptor = opened.descriptor;
    const { size } = opened;
    if (size > maxFileSize) {
      // Not read, so not recognised: the format only matters to a reader, and no reader runs.
      const format = candidate.format ?? 'cleartrust-conf';
      return { path: candidate.displayPath, format, agent: candidate.agent, content: { kind: 'tooLarge', size, limit: maxFileSize } };
    }
    bytes = reuse && candidate.format === 'cleartrust-conf' ? reuse.read(descriptor, size) : readFileSync(descriptor);
  } catch (error) {
    problem(candidate.displayPath, describeFsError(error));
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  return loadedFromBytes(candidate, bytes, problem, cwd);
}

/**
 * A file whose bytes are at hand (read from disk, or given on standard input): a file named on the command line
 * recognised by its content first; undefined, with the problem reported, when it is no agent configuration.
 */
export function loadedFromBytes(candidate: Candidate, bytes: Uint8Array, problem: ProblemSink, cwd: string): LoadedFile | undefined {
  let { format, agent } = candidate;
  if (format === undefined) {
    // A file named on the command line: recognised by content. Undecodable bytes are reported by the reader.
    const decoded = decodeText(bytes);
    const recognised = decoded.ok ? recognise(decoded.text) : ({ kind: 'format', format: 'cleartrust-conf' } as const);
    if (recognised.kind === 'unknown') {
      problem(
        candidate.displayPath,
        'not recognised as an agent configuration (no cleartrust.* or cams.* keys, no <Global>/<Pool>/<VirtualHost> blocks) ' +
          'nor as a Cams security domain file (root element access-control-policy, login-config or security-domain)',
      );
      return undefined;
    }
    if (recognised.kind === 'prose') {
      problem(
        candidate.displayPath,
        `not an agent configuration: only ${recognised.settings} of its ${recognised.lines} lines (blank and comment lines aside) ` +
          'are settings or block tags; the rest reads as prose',
      );
      return undefined;
    }
    format = recognised.format;
    agent = ownerOf(cwd, candidate.absolutePath, format);
  }
  return { path: candidate.displayPath, format, agent, content: { kind: 'bytes', bytes } };
}

/**
 * The text of a file read again because a fleet finding points into it (its lint unit kept no text); undefined
 * when it is no longer the file that was linted (another size), since the finding's offsets would be wrong.
 */
export function readBack(absolutePath: string, size: number): string | undefined {
  let opened: { descriptor: number; size: number } | undefined;
  try {
    opened = openRegularFile(absolutePath);
    if (opened.size !== size) return undefined;
    const decoded = decodeText(readFileSync(opened.descriptor));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    // Gone, or no longer a regular file: the findings cannot be placed in it.
    return undefined;
  } finally {
    if (opened) closeSync(opened.descriptor);
  }
}

/**
 * A run keeps every finding, each agent's compact fleet facts and all Cams files, so a very large fleet can
 * still exhaust Node's heap, which would end the process with an abort trace. Stop before that with a message
 * that says what to do.
 */
export function heapGuard(total: number): () => void {
  let read = 0;
  return () => {
    // Checked every 16 files, so a run of a few files never loads node:v8. The limit includes the young
    // generation, which for a small heap is a large part of it: stop at 45% of it, not later.
    if (++read % 16 !== 0) return;
    const { heap_size_limit: limit, used_heap_size: used } = v8().getHeapStatistics();
    if (used < limit * 0.45) return;
    const suggestion = Math.ceil((limit * 2.5) / 2 ** 20 / 1024) * 1024;
    throw new UsageError(
      `the ${total} files do not fit in Node's heap of ${Math.round(limit / 2 ** 20)} MB (stopped after ${read}); ` +
        `lint fewer at a time, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${suggestion}`,
    );
  };
}
