/**
 * One log line to one record: ClearTrust ctagent.log (domain note §3a), the Cams authentication and access
 * control logs (fields as the Cams seed lists them) and cams-webagent.log lines carrying a 5xxx error (a format
 * the sources do not show; see WEBAGENT_ERROR). Pure: the reading and streaming live in the command layer.
 */
import type { LogCode } from '../knowledge/codes.js';

export type LogFormat = 'ctagent' | 'cams-auth' | 'cams-access' | 'cams-webagent';

export interface LogRecord {
  readonly format: LogFormat;
  /**
   * Milliseconds since the epoch; undefined when the line's date is incomplete (a month-less ctagent line) or
   * cannot exist (Feb 30, 13:48 PM: never rolled over into another time), or when the line carries no code
   * (only code occurrences are timed, so the date is not read).
   */
  readonly time: number | undefined;
  /** The timestamp as written in the line. */
  readonly timeText: string;
  /** Code identifiers (design §3.4) the line carries; possibly none (an ordinary ctagent.log message). */
  readonly codes: readonly string[];
  /** ClearTrust: `server#N` with `ip:port` when logged; Cams logs: the requesting host. */
  readonly server?: string;
}

/** Text fragments identifying ClearTrust messages that have no CT_ token, from the catalog's `matches`. */
export type MessageMatchers = readonly (readonly [fragment: string, id: string])[];

export function messageMatchers(catalog: ReadonlyMap<string, LogCode>): MessageMatchers {
  return [...catalog.values()].flatMap((code) => (code.matches ?? []).map((fragment) => [fragment, code.id] as const));
}

export function parseLogLine(line: string, matchers: MessageMatchers): LogRecord | undefined {
  return parseClearTrust(line, matchers) ?? parseCamsAuth(line) ?? parseCamsAccess(line) ?? parseCamsWebAgent(line);
}

const MONTHS: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/**
 * Offsets of the zone abbreviations seen in ClearTrust logs (US zones, as in the KB samples). An abbreviation
 * not listed here is read as UTC: intervals inside one log stay right, absolute times may be off by the offset.
 */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  AKST: -9,
  AKDT: -8,
  HST: -10,
};

// `Feb 24, 2007 06:48:50 PM MST` (4.x/5.0; the KB also shows it without the month) or `2011-09-14 08:41:55 +0200` (AxM 4.8+).
const CT_TIME_US = String.raw`(?:(?<month>[A-Za-z]{3})[a-z]*\.?\s+)?(?<day>\d{1,2}),\s+(?<year>\d{4})\s+(?<hour>\d{1,2}):(?<minute>\d{2}):(?<second>\d{2})\s*(?<ampm>[AaPp][Mm])(?:\s+(?<zone>[A-Za-z]{1,5}))?`;
const CT_TIME_ISO = String.raw`(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})[ T](?<isoHour>\d{2}):(?<isoMinute>\d{2}):(?<isoSecond>\d{2})(?:\s*(?<isoOffset>[+-]\d{2}:?\d{2}|Z))?`;
// `<time> - [pid] - <Severity> - ` or `[pid/tid]`, optionally followed by a `[module] - ` field (log_format %n).
const CT_HEAD = String.raw`\s*(?<time>${CT_TIME_US}|${CT_TIME_ISO})\s+-\s+\[\d+(?:/\d+)?\]\s+-\s+<(?<severity>[A-Za-z]+)>\s+-\s+`;
const CT_LINE = new RegExp(String.raw`^${CT_HEAD}(?:\[[^\]]*\]\s+-\s+)?(?<message>.*)$`);
// The two documented places of a token: `server#N, [ip:port] CT_…` and `Critical error: CT_…`.
const CT_SERVER_TOKEN = /^server#(?<server>\d+),\s*(?:(?<address>[\w.-]+:\d+)\s+)?(?<token>CT_[A-Z][A-Z0-9_]*)\b/;
// `error:` in any case; the token itself upper case, as logged (a lower-case one is no code identifier).
const CT_ERROR_TOKEN = /\b[Ee][Rr][Rr][Oo][Rr]:\s*(?<token>CT_[A-Z][A-Z0-9_]*)\b/;

// The same line shape without captures: for lines that cannot carry a code, only whether they are ctagent lines matters.
const CT_LINE_SHAPE = new RegExp(CT_LINE.source.replace(/\(\?<[A-Za-z]+>/g, '(?:'));

/**
 * CT_HEAD without captures and with `\s` narrowed to the ASCII spaces a line holds, for the byte scanner, which
 * reads a chunk as latin1 (one character per byte, so positions are byte offsets): on that text `\s` would run
 * over a line break into the next line, and take a lone byte A0 for a no-break space. Every other class in
 * CT_HEAD is ASCII, so where this matches at a line's start, the decoded line starts with the same ASCII text
 * and CT_LINE matches it, unless the line holds U+2028 or U+2029, where `.` stops (the scanner looks for their
 * bytes). Where it does not match, CT_LINE still may (a BOM, a non-ASCII space): the scanner decodes the line.
 */
const CT_HEAD_ASCII = new RegExp(CT_HEAD.replace(/\(\?<[A-Za-z]+>/g, '(?:').replaceAll(String.raw`\s`, String.raw`[\t\v\f ]`), 'y');

/** Whether the line starting at `start` of latin1 text has a ctagent.log head (see CT_HEAD_ASCII). */
export function hasCtagentHead(latin1: string, start: number): boolean {
  CT_HEAD_ASCII.lastIndex = start;
  return CT_HEAD_ASCII.test(latin1);
}

function parseClearTrust(line: string, matchers: MessageMatchers): LogRecord | undefined {
  if (!line.includes('CT_') && !matchers.some(([fragment]) => line.includes(fragment))) {
    return CT_LINE_SHAPE.test(line) ? QUIET_CTAGENT_LINE : undefined;
  }
  const match = CT_LINE.exec(line);
  const groups = match?.groups;
  if (!groups) return undefined;
  const message = groups['message'] ?? '';
  const serverToken = CT_SERVER_TOKEN.exec(message)?.groups;
  const token = serverToken?.['token'] ?? CT_ERROR_TOKEN.exec(message)?.groups?.['token'];
  const codes = token !== undefined ? [token] : matchers.filter(([fragment]) => message.includes(fragment)).map(([, id]) => id);
  // Most lines of a real log carry no code: recognise them without reading their date or allocating a record.
  if (codes.length === 0) return QUIET_CTAGENT_LINE;
  const server = serverToken ? `server#${serverToken['server']}${serverToken['address'] ? ` ${serverToken['address']}` : ''}` : undefined;
  return {
    format: 'ctagent',
    time: clearTrustTime(groups),
    timeText: groups['time'] ?? '',
    codes: codes.length > 1 ? [...new Set(codes)] : codes,
    ...(server ? { server } : {}),
  };
}

const QUIET_CTAGENT_LINE: LogRecord = Object.freeze({ format: 'ctagent', time: undefined, timeText: '', codes: [] });

function clearTrustTime(g: Record<string, string | undefined>): number | undefined {
  if (g['isoYear'] !== undefined) {
    const local = utc(
      Number(g['isoYear']),
      Number(g['isoMonth']) - 1,
      Number(g['isoDay']),
      Number(g['isoHour']),
      Number(g['isoMinute']),
      Number(g['isoSecond']),
    );
    const offset = offsetMinutes(g['isoOffset']);
    return local === undefined || offset === undefined ? undefined : local - offset * 60_000;
  }
  const month = g['month'] !== undefined ? MONTHS[g['month'].toLowerCase()] : undefined;
  const hour12 = Number(g['hour']);
  // A 12-hour clock reads 1 to 12: 13:48 PM or 00:30 AM name no time.
  if (month === undefined || hour12 < 1 || hour12 > 12) return undefined;
  const hour = (hour12 % 12) + ((g['ampm'] ?? '').toUpperCase() === 'PM' ? 12 : 0);
  const local = utc(Number(g['year']), month, Number(g['day']), hour, Number(g['minute']), Number(g['second']));
  return local === undefined ? undefined : local - (ZONE_HOURS[(g['zone'] ?? 'UTC').toUpperCase()] ?? 0) * 3_600_000;
}

/**
 * The moment the fields name (month 0-based), read as UTC; undefined when they name none. Date.UTC would roll
 * Feb 30 over to Mar 2 and 10:60 to 11:00, and read years below 100 as 19xx: an impossible date would be timed,
 * silently, at another time.
 */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? date.getTime() : undefined;
}

/**
 * `+0200`, `-08:00`, `Z` or nothing (read as UTC) to minutes east of UTC; undefined for an offset no zone has
 * (beyond 14 hours, or 60 minutes or more).
 */
function offsetMinutes(text: string | undefined): number | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text ?? '');
  if (!match) return 0;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

// Cams logs start with `[24/Mar/2005:10:43:58 -0800] <host>`.
const CAMS_HEAD = String.raw`^\s*\[(?<time>(?<day>\d{1,2})/(?<month>[A-Za-z]{3})/(?<year>\d{4}):(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\s+(?<offset>[+-]\d{4}))?)\]\s+(?<host>\S+)\s+`;
const STATUS_REASON = String.raw`(?<status>\d+|-)\s+(?<reason>\d+|-)`;
// Authentication log: time, host, "login config entry", status, reason, [session id], [user name].
const CAMS_AUTH = new RegExp(String.raw`${CAMS_HEAD}"[^"]*"\s+${STATUS_REASON}(?:\s+\S+){0,2}\s*$`);
// Access control log: time, host, [session id], [user], login config entry, resource, "action(s)", status, reason.
const CAMS_ACCESS = new RegExp(String.raw`${CAMS_HEAD}(?:\S+\s+){2,4}"[^"]*"\s+${STATUS_REASON}\s*$`);

function parseCamsAuth(line: string): LogRecord | undefined {
  const groups = CAMS_AUTH.exec(line)?.groups;
  return groups ? camsRecord('cams-auth', 'AUTH', groups) : undefined;
}

function parseCamsAccess(line: string): LogRecord | undefined {
  const groups = CAMS_ACCESS.exec(line)?.groups;
  return groups ? camsRecord('cams-access', 'ACCESS', groups) : undefined;
}

function camsRecord(format: LogFormat, kind: 'AUTH' | 'ACCESS', g: Record<string, string | undefined>): LogRecord {
  const codes: string[] = [];
  // `-` stands for "no value" (the seed's examples log a granted or successful answer with reason `-`).
  if (g['status'] !== '-') codes.push(`CAMS-${kind}-STATUS-${Number(g['status'])}`);
  if (g['reason'] !== '-') codes.push(`CAMS-${kind}-REASON-${Number(g['reason'])}`);
  return { format, time: camsTime(g), timeText: g['time'] ?? '', codes, server: g['host'] ?? '' };
}

function camsTime(g: Record<string, string | undefined>): number | undefined {
  const month = MONTHS[(g['month'] ?? '').toLowerCase()];
  if (month === undefined) return undefined;
  const local = utc(Number(g['year']), month, Number(g['day']), Number(g['hour']), Number(g['minute']), Number(g['second']));
  const offset = offsetMinutes(g['offset']);
  return local === undefined || offset === undefined ? undefined : local - offset * 60_000;
}

/**
 * ASSUMPTION (no source shows a cams-webagent.log line): a line is a web agent error when the word "error" or
 * "code" is followed, within a few characters, by a four-digit number from 5000 to 5999 that is not part of an
 * address (`host:5000`). The time is taken from a leading `YYYY-MM-DD HH:MM:SS` or `[dd/Mon/yyyy:HH:MM:SS zone]`.
 */
const WEBAGENT_ERROR = /\b(?:error|code)\b[^0-9\n]{0,20}?(?<![:.\d])(?<code>5\d{3})\b(?![:.]\d)/i;
const LEADING_ISO = new RegExp(String.raw`^\s*\[?(?<time>${CT_TIME_ISO})`);
const LEADING_CAMS = new RegExp(CAMS_HEAD.replace(String.raw`(?<host>\S+)\s+`, ''));

function parseCamsWebAgent(line: string): LogRecord | undefined {
  const code = WEBAGENT_ERROR.exec(line)?.groups?.['code'];
  if (code === undefined) return undefined;
  const iso = LEADING_ISO.exec(line)?.groups;
  const cams = iso ? undefined : LEADING_CAMS.exec(line)?.groups;
  const time = iso ? clearTrustTime(iso) : cams ? camsTime(cams) : undefined;
  return { format: 'cams-webagent', time, timeText: iso?.['time'] ?? cams?.['time'] ?? '', codes: [`CAMS-${code}`] };
}
