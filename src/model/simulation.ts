/**
 * A small discrete-event simulation of the idle-connection mechanism that src/model/prediction.ts predicts
 * from (RSA KB 000025051, KB 000023587), written independently of it so that each keeps the other honest: a
 * property test compares their counts and periods over thousands of random pools. It also writes the bench's
 * and the examples' ctagent.log files.
 *
 * The simulated agent opens one connection per aserver, sorted by location class, then the duplicates a
 * second server list adds, up to the connection limit. Requests go to the primary aserver's connection
 * (STANDARD) or in turn to every connection of the first location class (DISTRIBUTED). A firewall drops a
 * connection once it has been idle for its timeout; using or validating a dropped connection fails, is logged
 * and the connection is opened again. Every refresh validates every open connection. Optional disruptions add
 * what the KB names as other causes: network breaks (all connections dropped at once) and aserver load (a
 * request answered too late). Pure: a generator of lines, in time order.
 */

export interface SimulatedPool {
  readonly mode: 'STANDARD' | 'DISTRIBUTED';
  /** Aservers per location class, in priority order: one class when location classes are not used. */
  readonly locationClasses: readonly number[];
  /** Connections a second server list adds again (KB 000023587): duplicates of the first aservers of the list. */
  readonly duplicates: number;
  /** max_open_connections; 0 for no limit. */
  readonly limit: number;
  /** 0 for no refresh. */
  readonly refreshSeconds: number;
}

export interface SimulationInput {
  readonly pool: SimulatedPool;
  readonly firewallIdleTimeoutSeconds: number;
  /** Start of the agent, milliseconds since the epoch (UTC). */
  readonly start: number;
  readonly durationSeconds: number;
  readonly seed: number;
  /** Longest time between two requests on an active connection. */
  readonly requestGapSeconds: number;
  /** Network breaks and aserver overloads at random times over the run (the KB's other causes). */
  readonly disruptions?: { readonly network: number; readonly load: number };
  /** Write a Debug line for every request (the bulk of a log at log_level=Debug). */
  readonly requestLines?: boolean;
}

export interface SimulatedLine {
  /** Milliseconds since the epoch (UTC). */
  readonly time: number;
  readonly severity: 'Critical' | 'Debug';
  readonly message: string;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so that a seed always gives the same log. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Connection {
  /** Place of its aserver in the sorted list, from 1 (what the log calls server#N). */
  readonly server: number;
  readonly duplicate: boolean;
  readonly locationClass: number;
  /** Last time (ms) anything went over it; -Infinity once a network break dropped it. */
  lastUsed: number;
  /** Next request on it (ms); Infinity for a connection that carries none. */
  nextRequest: number;
}

/** Seconds between the lines of one refresh's failures: all well within the minute of the refresh. */
const FAILURE_SPACING = 1;
/** The aserver reply timeout (KB 000025051: 15 seconds by default): a line for an overloaded aserver comes this late. */
const REPLY_TIMEOUT = 15;

export function* simulate(input: SimulationInput): Generator<SimulatedLine> {
  const next = random(input.seed);
  const { pool } = input;
  const ms = (seconds: number): number => seconds * 1000;
  const end = input.start + ms(input.durationSeconds);
  const firewall = ms(input.firewallIdleTimeoutSeconds);

  const all: Connection[] = [];
  pool.locationClasses.forEach((size, locationClass) => {
    for (let i = 0; i < size; i++) all.push({ server: all.length + 1, duplicate: false, locationClass, lastUsed: input.start, nextRequest: Infinity });
  });
  const originals = all.length;
  for (let i = 0; i < Math.min(pool.duplicates, originals); i++) {
    const of = all[i] as Connection;
    all.push({ server: of.server, duplicate: true, locationClass: of.locationClass, lastUsed: input.start, nextRequest: Infinity });
  }
  const connections = pool.limit > 0 ? all.slice(0, pool.limit) : all;
  const active = pool.mode === 'STANDARD' ? connections.filter((c) => !c.duplicate).slice(0, 1) : connections.filter((c) => c.locationClass === 0);
  // Whole milliseconds, as log times are.
  const gap = (): number => Math.max(1, Math.round(ms(input.requestGapSeconds) * (0.05 + 0.95 * next())));
  for (const connection of active) connection.nextRequest = input.start + gap();

  const randomTimes = (count: number): number[] =>
    Array.from({ length: count }, () => input.start + Math.round(next() * ms(input.durationSeconds))).sort((a, b) => a - b);
  const breaks = randomTimes(input.disruptions?.network ?? 0);
  const overloads = randomTimes(input.disruptions?.load ?? 0);
  let requests = 0;
  let nextRefresh = pool.refreshSeconds > 0 ? input.start + ms(pool.refreshSeconds) : Infinity;
  const dropped = (connection: Connection, now: number): boolean => now - connection.lastUsed >= firewall;
  // Lines logged a little after their event (a refresh's later failures, a late reply), held back so that the
  // generator yields in time order.
  const pending: SimulatedLine[] = [];
  const later = (line: SimulatedLine): void => {
    let at = pending.length;
    while (at > 0 && (pending[at - 1] as SimulatedLine).time > line.time) at--;
    pending.splice(at, 0, line);
  };
  const failure = (connection: Connection, time: number): SimulatedLine => ({
    time,
    severity: 'Critical',
    message: connection.duplicate ? 'Critical error: CT_SERVER_TIMED_OUT' : `server#${connection.server}, ${address(connection.server)} CT_SOCKET_ERROR`,
  });

  for (;;) {
    let request: Connection | undefined;
    for (const connection of active) if (request === undefined || connection.nextRequest < request.nextRequest) request = connection;
    const now = Math.min(request?.nextRequest ?? Infinity, nextRefresh, breaks[0] ?? Infinity);
    while (pending.length > 0 && (pending[0] as SimulatedLine).time <= Math.min(now, end)) yield pending.shift() as SimulatedLine;
    if (now > end) return;
    if (now === breaks[0]) {
      breaks.shift();
      for (const connection of connections) connection.lastUsed = -Infinity;
    } else if (now === nextRefresh) {
      nextRefresh += ms(pool.refreshSeconds);
      let failed = 0;
      for (const connection of connections) {
        if (dropped(connection, now)) later(failure(connection, now + ms(FAILURE_SPACING * failed++)));
        connection.lastUsed = now;
      }
    } else if (request) {
      requests++;
      if (dropped(request, now)) {
        later(failure(request, now));
      } else if (overloads.length > 0 && (overloads[0] as number) <= now) {
        overloads.shift();
        later({
          time: now + ms(REPLY_TIMEOUT),
          severity: 'Critical',
          message: `server#${request.server}, ${address(request.server)} CT_SERVER_TIMED_OUT_ERROR`,
        });
      } else if (input.requestLines) {
        later({
          time: now,
          severity: 'Debug',
          message: `[AuthZ] request ${requests} for /app/resource/${Math.floor(next() * 1e5)} sent to server#${request.server}`,
        });
      }
      request.lastUsed = now;
      request.nextRequest = now + gap();
    }
  }
}

function address(server: number): string {
  return `10.10.1.${10 + server}:5615`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time zone as ctagent.log writes it: its abbreviation and its offset from UTC. */
export interface LogZone {
  readonly name: string;
  readonly hours: number;
}

/**
 * One line in the ClearTrust 4.x/5.0 format of the KB samples: `Feb 24, 2007 06:48:50 PM MST - [12] -
 * <Critical> - server#1, CT_SOCKET_ERROR`.
 */
export function ctagentLine(line: SimulatedLine, zone: LogZone, thread: number): string {
  const local = new Date(line.time + zone.hours * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const hours = local.getUTCHours();
  const stamp = `${MONTHS[local.getUTCMonth()]} ${two(local.getUTCDate())}, ${local.getUTCFullYear()} ${two(hours % 12 || 12)}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} ${zone.name}`;
  return `${stamp} - [${thread}] - <${line.severity}> - ${line.message}`;
}
