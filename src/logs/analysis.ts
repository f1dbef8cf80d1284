/**
 * Per code seen in logs: how often, when first and last, on which servers, and whether it recurs at a steady
 * rhythm (RSA KB 000025051: CT_SOCKET_ERROR about every hour means firewall drops at pool refresh). Lines go
 * in one at a time and only bounded summaries are kept, so memory stays flat however long the logs are.
 * Pure: no I/O.
 */
import { parseLogLine, type LogFormat, type LogRecord, type MessageMatchers } from './line.js';

export interface FileSummary {
  readonly file: string;
  readonly lines: number;
  /** Recognised lines per format. */
  readonly recognised: Readonly<Partial<Record<LogFormat, number>>>;
  readonly unmatched: number;
  /** The first unmatched lines, so nothing is dropped silently. */
  readonly samples: readonly { readonly line: number; readonly text: string }[];
  /** Lines too long to keep whole (scan.ts MAX_LINE_BYTES): only their start was read. Absent when none. */
  readonly cut?: { readonly count: number; readonly firstLine: number };
}

export interface CodeSummary {
  readonly id: string;
  readonly count: number;
  /** Occurrences without a complete, valid date (counted, but not timed). */
  readonly untimed: number;
  readonly first?: { readonly time: number; readonly text: string };
  readonly last?: { readonly time: number; readonly text: string };
  readonly servers: readonly string[];
  /** Further distinct servers beyond those listed. */
  readonly moreServers: number;
  /** Occurrences grouped into events: lines less than BURST_GAP apart belong to one event. */
  readonly events: number;
  readonly medianIntervalSeconds?: number;
  readonly periodic: boolean;
  /** Timed occurrences per hour (UTC), in time order, for timelines; hours without any are left out. */
  readonly hourly: readonly HourCount[];
  /** Timed occurrences in hours beyond the first MAX_HOURS distinct ones: counted, but not in `hourly`. */
  readonly hourlyOmitted: number;
}

export interface HourCount {
  /** Start of the hour, milliseconds since the epoch (UTC). */
  readonly hour: number;
  readonly count: number;
}

export interface LogAnalysis {
  /** Feed one line of a file, in file order; `lineNumber` is 1-based; `cut`: only the line's start is given. */
  line(file: string, lineNumber: number, text: string, cut?: boolean): void;
  /**
   * Count `count` lines of a file, in file order after the lines fed before, that are recognised as `format`
   * and carry no code: what `line` would do with each, for a caller that told them apart without their text.
   */
  linesWithoutCodes(file: string, format: LogFormat, count: number): void;
  files(): FileSummary[];
  /** Codes by count, most frequent first. */
  codes(): CodeSummary[];
  /** The codes of one file alone, as `codes` gives them: a log compared with its own agent (explain --log). */
  codesOf(file: string): CodeSummary[];
}

/** One error often comes as a burst (one line per pooled connection); lines this close form one event. */
export const BURST_GAP_SECONDS = 60;
const MAX_SAMPLES = 5;
const MAX_SAMPLE_LENGTH = 200;
const MAX_SERVERS = 20;
/** Distinct hours kept per code: a year of hourly counts, so memory stays bounded whatever the timestamps say. */
export const MAX_HOURS = 24 * 366;
const HOUR = 3_600_000;
/** Periodic: at least this many intervals between events, and this share of them close to the median. */
const MIN_INTERVALS = 3;
const PERIODIC_SHARE = 0.8;

interface Sequence {
  eventStart: number;
  lastTime: number;
}

interface Tally {
  count: number;
  untimed: number;
  first?: { time: number; text: string };
  last?: { time: number; text: string };
  servers: Set<string>;
  moreServers: number;
  events: number;
  /** Interval between event starts, in whole seconds → how often it occurred. Bounded by the distinct values. */
  intervals: Map<number, number>;
  /** Per file: a log is a time sequence, several files (agents) are not one. */
  sequences: Map<string, Sequence>;
  /** Hour start → occurrences, at most MAX_HOURS keys. */
  hours: Map<number, number>;
  hoursOmitted: number;
}

interface FileTally {
  lines: number;
  recognised: Partial<Record<LogFormat, number>>;
  unmatched: number;
  samples: { line: number; text: string }[];
  cut?: { count: number; firstLine: number };
}

export function createLogAnalysis(matchers: MessageMatchers): LogAnalysis {
  const files = new Map<string, FileTally>();
  const tallies = new Map<string, Tally>();
  /** The same per file: code lines are few, so counting them twice costs next to nothing. */
  const fileTallies = new Map<string, Map<string, Tally>>();

  const tallyOf = (map: Map<string, Tally>, id: string): Tally => {
    let tally = map.get(id);
    if (!tally) {
      tally = {
        count: 0,
        untimed: 0,
        servers: new Set(),
        moreServers: 0,
        events: 0,
        intervals: new Map(),
        sequences: new Map(),
        hours: new Map(),
        hoursOmitted: 0,
      };
      map.set(id, tally);
    }
    return tally;
  };
  const record = (file: string, entry: LogRecord, id: string): void => {
    let ofFile = fileTallies.get(file);
    if (!ofFile) fileTallies.set(file, (ofFile = new Map()));
    count(tallyOf(tallies, id), file, entry);
    count(tallyOf(ofFile, id), file, entry);
  };
  const count = (tally: Tally, file: string, entry: LogRecord): void => {
    tally.count++;
    if (entry.server !== undefined && !tally.servers.has(entry.server)) {
      if (tally.servers.size < MAX_SERVERS) tally.servers.add(entry.server);
      else tally.moreServers++;
    }
    if (entry.time === undefined) {
      tally.untimed++;
      return;
    }
    const time = entry.time;
    const hour = Math.floor(time / HOUR) * HOUR;
    const inHour = tally.hours.get(hour);
    if (inHour !== undefined) tally.hours.set(hour, inHour + 1);
    else if (tally.hours.size < MAX_HOURS) tally.hours.set(hour, 1);
    else tally.hoursOmitted++;
    if (!tally.first || time < tally.first.time) tally.first = { time, text: entry.timeText };
    if (!tally.last || time >= tally.last.time) tally.last = { time, text: entry.timeText };
    const sequence = tally.sequences.get(file);
    if (sequence && time >= sequence.lastTime && time - sequence.lastTime <= BURST_GAP_SECONDS * 1000) {
      sequence.lastTime = time;
      return;
    }
    tally.events++;
    // A line earlier than the one before (clock change, interleaved writers) starts a new sequence, no interval.
    if (sequence && time > sequence.lastTime) {
      const seconds = Math.round((time - sequence.eventStart) / 1000);
      tally.intervals.set(seconds, (tally.intervals.get(seconds) ?? 0) + 1);
    }
    tally.sequences.set(file, { eventStart: time, lastTime: time });
  };

  const summaryOf = (file: string): FileTally => {
    let summary = files.get(file);
    if (!summary) {
      summary = { lines: 0, recognised: {}, unmatched: 0, samples: [] };
      files.set(file, summary);
    }
    return summary;
  };

  return {
    line(file, lineNumber, text, cut = false) {
      const summary = summaryOf(file);
      summary.lines++;
      if (cut) summary.cut = summary.cut ? { ...summary.cut, count: summary.cut.count + 1 } : { count: 1, firstLine: lineNumber };
      const entry = parseLogLine(text, matchers);
      if (!entry) {
        if (text.trim() === '') return;
        summary.unmatched++;
        if (summary.samples.length < MAX_SAMPLES) summary.samples.push({ line: lineNumber, text: text.slice(0, MAX_SAMPLE_LENGTH) });
        return;
      }
      summary.recognised[entry.format] = (summary.recognised[entry.format] ?? 0) + 1;
      for (const id of entry.codes) record(file, entry, id);
    },
    linesWithoutCodes(file, format, count) {
      const summary = summaryOf(file);
      summary.lines += count;
      summary.recognised[format] = (summary.recognised[format] ?? 0) + count;
    },
    files() {
      return [...files].map(([file, t]) => ({
        file,
        lines: t.lines,
        recognised: { ...t.recognised },
        unmatched: t.unmatched,
        samples: [...t.samples],
        ...(t.cut ? { cut: t.cut } : {}),
      }));
    },
    codes() {
      return summaries(tallies);
    },
    codesOf(file) {
      return summaries(fileTallies.get(file) ?? new Map());
    },
  };
}

function summaries(tallies: ReadonlyMap<string, Tally>): CodeSummary[] {
  return [...tallies].map(([id, t]) => summarize(id, t)).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

function summarize(id: string, t: Tally): CodeSummary {
  const median = medianOf(t.intervals);
  return {
    id,
    count: t.count,
    untimed: t.untimed,
    ...(t.first ? { first: t.first } : {}),
    ...(t.last ? { last: t.last } : {}),
    servers: [...t.servers].sort(),
    moreServers: t.moreServers,
    events: t.events,
    ...(median !== undefined ? { medianIntervalSeconds: median } : {}),
    periodic: median !== undefined && isPeriodic(t.intervals, median),
    hourly: [...t.hours].sort(([a], [b]) => a - b).map(([hour, count]) => ({ hour, count })),
    hourlyOmitted: t.hoursOmitted,
  };
}

/** The median of a histogram of intervals (the mean of the two middle values for an even count). */
export function medianOf(histogram: ReadonlyMap<number, number>): number | undefined {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  const sorted = [...histogram].sort(([a], [b]) => a - b);
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    throw new Error('median index out of range');
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** Most intervals within 10% (at least a minute) of the median: a rhythm, not load or chance. */
function isPeriodic(histogram: ReadonlyMap<number, number>, median: number): boolean {
  const tolerance = Math.max(60, median * 0.1);
  let total = 0;
  let near = 0;
  for (const [value, n] of histogram) {
    total += n;
    if (Math.abs(value - median) <= tolerance) near += n;
  }
  return total >= MIN_INTERVALS && near / total >= PERIODIC_SHARE;
}
