/**
 * `explain --log` against the prediction (issue 17, item 4): a log's codes next to what the model predicts for
 * the agent that wrote it, with a verdict per code, and what the log tells of the environment the
 * configuration cannot (the firewall idle timeout, the aservers the dispatchers supply). Pure.
 */
import type { CodeSummary } from '../logs/analysis.js';
import type { AgentFiles } from '../report/report.js';
import { describeDuration, describeInterval } from '../model/duration.js';
import {
  predictPool,
  round,
  type CodePrediction,
  type PoolInputs,
  type PoolPrediction,
  type PredictionEnvironment,
  type Quantity,
} from '../model/prediction.js';

export type Verdict = 'consistent' | 'more than predicted' | 'not periodic' | 'predicted but absent';

export interface ObservedRate {
  readonly count: number;
  /** Lines less than a minute apart are one burst (see logs/analysis.ts). */
  readonly events: number;
  readonly perBurst: number;
  readonly medianIntervalSeconds?: number;
  readonly periodic: boolean;
  /** Lines an hour at the observed rhythm; absent with a single burst. */
  readonly perHour?: number;
  /** The `server#N` seen (without address). */
  readonly servers: readonly string[];
}

export interface PredictedRate {
  readonly perRefresh: Quantity;
  /** The refresh; absent when nothing is predicted, or the agent's pools refresh at different intervals. */
  readonly periodSeconds?: number;
  readonly perHour: Quantity;
  readonly perConnectionPerDay?: number;
  readonly servers: readonly string[];
}

export interface CodeComparison {
  readonly code: string;
  readonly observed?: ObservedRate;
  readonly predicted: PredictedRate;
  readonly verdict: Verdict;
  readonly reason: string;
  /** What the log tells of the environment. */
  readonly bounds: readonly string[];
}

/** How a log was found to be an agent's (issue 17, item 5). */
export type Attribution = 'named on the command line' | "in the agent's directory" | 'the only agent given';

/** One log, the agent that wrote it, and its codes against that agent's prediction. */
export interface LogComparison {
  readonly file: string;
  readonly agent?: string;
  readonly attribution?: Attribution;
  /** Why the log could not be given to an agent; undefined when it was. */
  readonly unattributed?: string;
  readonly comparisons: readonly CodeComparison[];
}

/** The codes the idle-connection mechanism writes; CT_SERVER_TIMED_OUT_ERROR can stand in for a dropped socket. */
const MECHANISM_CODES = ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR'] as const;
type MechanismCode = (typeof MECHANISM_CODES)[number];

const OTHER_CAUSES =
  'RSA KB 000025051 names other causes: a network disruption drops connections in use (CT_SOCKET_ERROR), and an aserver under load answers too late (CT_SERVER_TIMED_OUT_ERROR)';

/** Within 10% (at least a minute): the tolerance of a rhythm in logs/analysis.ts. */
function near(seconds: number, expected: number): boolean {
  return Math.abs(seconds - expected) <= Math.max(60, expected * 0.1);
}

export function compareWithPrediction(observed: readonly CodeSummary[], pools: readonly PoolInputs[], environment: PredictionEnvironment): CodeComparison[] {
  const predictions = pools.map((pool) => predictPool(pool, environment));
  const span = logSpan(observed);
  return MECHANISM_CODES.flatMap((code) => {
    const seen = observed.find((summary) => summary.id === code);
    const predicted = aggregate(predictions, code);
    if (!seen && predicted.perHour.max === 0) return [];
    return [compareCode(code, seen ? observedRate(seen) : undefined, predicted, { pools, predictions, environment, span })];
  });
}

interface Context {
  readonly pools: readonly PoolInputs[];
  readonly predictions: readonly PoolPrediction[];
  readonly environment: PredictionEnvironment;
  /** Seconds between the first and the last timed code line of the log; undefined without any. */
  readonly span: number | undefined;
}

function compareCode(code: MechanismCode, o: ObservedRate | undefined, p: PredictedRate, context: Context): CodeComparison {
  const result = (verdict: Verdict, reason: string, bounds: readonly string[] = []): CodeComparison => ({
    code,
    ...(o ? { observed: o } : {}),
    predicted: p,
    verdict,
    reason,
    bounds,
  });
  const refresh = p.periodSeconds;
  if (!o) {
    const covers =
      refresh === undefined || context.span === undefined
        ? `if the log covers more than a refresh, the firewall drops idle connections later than the refresh, or no connection stays idle`
        : context.span >= (refresh ?? 0)
          ? `the log covers more than a refresh: the firewall idle timeout is longer than the refresh (${describeDuration(refresh)}), or there is no such firewall, or no connection stays idle`
          : `the log covers less than a refresh (${describeDuration(refresh)}): too short to tell`;
    return result('predicted but absent', 'predicted from idle connections, but not in this log', [covers]);
  }
  if (o.medianIntervalSeconds !== undefined && o.events >= 4 && !o.periodic) {
    return result(
      'not periodic',
      `${o.events} bursts at irregular intervals (median ${describeInterval(o.medianIntervalSeconds)}): not the idle-connection pattern, which recurs at every refresh; ${OTHER_CAUSES}`,
    );
  }
  if (p.perHour.max === 0) return unpredicted(code, o, context, result);

  if (o.medianIntervalSeconds !== undefined && refresh !== undefined && !near(o.medianIntervalSeconds, refresh)) {
    return result(
      'more than predicted',
      `recurs about every ${describeInterval(o.medianIntervalSeconds)}, not at every refresh (${describeDuration(refresh)}): another cause adds to it; ${OTHER_CAUSES}`,
    );
  }
  const { min, max } = p.perRefresh;
  if (max !== null && o.perBurst > max) {
    return result(
      'more than predicted',
      `${o.perBurst} lines per burst, more than the ${max} idle connections predicted: another cause adds to them; ${OTHER_CAUSES}`,
    );
  }
  const busy = p.servers.length > 0 ? o.servers.filter((server) => !p.servers.includes(server)) : [];
  if (busy.length > 0) {
    return result(
      'more than predicted',
      `${busy.join(', ')} ${busy.length === 1 ? 'is' : 'are'} not among the idle connections predicted (${p.servers.join(', ')}): another cause adds to them; ${OTHER_CAUSES}`,
    );
  }
  const bounds: string[] = [];
  if (refresh !== undefined && o.medianIntervalSeconds !== undefined) {
    bounds.push(
      `${code} every ${describeInterval(o.medianIntervalSeconds)} with a ${describeDuration(refresh)} refresh: the firewall idle timeout is at most ${describeDuration(refresh)}`,
    );
  }
  if (max === null) bounds.push(idleConnectionsBound(o.perBurst, context.predictions));
  else if (o.perBurst < min)
    bounds.push(`fewer lines per burst (${o.perBurst}) than the ${min} idle connections predicted: fewer aservers, or more in use, than assumed`);
  const rhythm = o.events === 1 ? ' (one burst: too short to see the rhythm)' : '';
  return result('consistent', `the configuration explains it: idle connections the firewall dropped fail at every refresh (RSA KB 000025051)${rhythm}`, bounds);
}

/** A code the model does not predict with the environment as given. */
function unpredicted(
  code: MechanismCode,
  o: ObservedRate,
  context: Context,
  result: (verdict: Verdict, reason: string, bounds?: readonly string[]) => CodeComparison,
): CodeComparison {
  const median = o.medianIntervalSeconds;
  const socket = aggregate(context.predictions, 'CT_SOCKET_ERROR');
  if (code === 'CT_SERVER_TIMED_OUT_ERROR' && median !== undefined && socket.periodSeconds !== undefined && near(median, socket.periodSeconds)) {
    return result(
      'consistent',
      'at the refresh of a pool with idle connections the firewall drops: a dropped socket can be logged as a time-out (RSA KB 000025051)',
    );
  }
  // Errors at the rhythm of a refresh the firewall timeout was thought to outlast: the timeout is shorter.
  const firewall = context.environment.firewallIdleTimeout;
  const refresh =
    median === undefined
      ? undefined
      : context.predictions.map((p) => p.refreshSeconds).find((seconds) => seconds > 0 && seconds < firewall.value && near(median, seconds));
  if (median !== undefined && refresh !== undefined) {
    const bound = `${code} every ${describeInterval(median)} with a ${describeDuration(refresh)} refresh: the firewall idle timeout is at most ${describeDuration(refresh)}, not the ${describeDuration(firewall.value)} ${firewall.origin.kind === 'default' ? 'assumed' : 'given'}`;
    const shorter = { ...context.environment, firewallIdleTimeout: { value: refresh, origin: firewall.origin } };
    const again = aggregate(
      context.pools.map((pool) => predictPool(pool, shorter)),
      code,
    );
    const fits = again.perRefresh.max !== 0 && (again.perRefresh.max === null || o.perBurst <= again.perRefresh.max);
    if (fits && firewall.origin.kind === 'default') {
      return result(
        'consistent',
        `the configuration explains it if the firewall idle timeout is at most ${describeDuration(refresh)} (1 hour, the typical value of RSA KB 000025051, was assumed)`,
        [bound],
      );
    }
    return result(
      'more than predicted',
      fits
        ? `the configuration explains it only with a firewall idle timeout of at most ${describeDuration(refresh)}`
        : `none predicted from idle connections; ${OTHER_CAUSES}`,
      [bound],
    );
  }
  return result('more than predicted', `none predicted from idle connections: another cause adds them; ${OTHER_CAUSES}`);
}

/** About how many connections fail at each refresh, and what that says of the dispatchers' aservers. */
function idleConnectionsBound(perBurst: number, predictions: readonly PoolPrediction[]): string {
  const active = predictions.length === 1 ? predictions[0]?.active : undefined;
  const known = active !== undefined && active.max !== null && active.min === active.max ? active.min : undefined;
  const idle = `about ${perBurst} idle connection${perBurst === 1 ? '' : 's'} at each refresh`;
  return known === undefined ? idle : `${idle}: with ${known} in use, the dispatchers supply about ${round(known + perBurst)} aservers`;
}

function observedRate(seen: CodeSummary): ObservedRate {
  const perBurst = seen.events > 0 ? round(seen.count / seen.events) : seen.count;
  const median = seen.medianIntervalSeconds;
  return {
    count: seen.count,
    events: seen.events,
    perBurst,
    ...(median !== undefined ? { medianIntervalSeconds: median, perHour: round((perBurst * 3600) / median) } : {}),
    periodic: seen.periodic,
    servers: [...new Set(seen.servers.map((server) => server.split(' ')[0] as string))],
  };
}

/** The agent's pools together: a code's lines per refresh summed; its period when all its pools share one. */
function aggregate(predictions: readonly PoolPrediction[], code: MechanismCode): PredictedRate {
  const codes = predictions.flatMap((p) => p.codes.filter((c) => c.code === code && c.perDay.max !== 0));
  const sum = (pick: (c: CodePrediction) => Quantity): Quantity => ({
    min: round(codes.reduce((n, c) => n + pick(c).min, 0)),
    max: codes.some((c) => pick(c).max === null) ? null : round(codes.reduce((n, c) => n + (pick(c).max ?? 0), 0)),
  });
  const periods = [...new Set(codes.map((c) => c.periodSeconds))];
  const perDay = codes.map((c) => c.perConnectionPerDay).find((value) => value !== undefined);
  return {
    perRefresh: sum((c) => c.perRefresh),
    ...(periods.length === 1 && periods[0] !== undefined ? { periodSeconds: periods[0] } : {}),
    perHour: sum((c) => c.perHour),
    ...(perDay !== undefined ? { perConnectionPerDay: perDay } : {}),
    servers: [...new Set(codes.flatMap((c) => c.servers))],
  };
}

function logSpan(observed: readonly CodeSummary[]): number | undefined {
  const firsts = observed.flatMap((summary) => (summary.first ? [summary.first.time] : []));
  const lasts = observed.flatMap((summary) => (summary.last ? [summary.last.time] : []));
  return firsts.length === 0 ? undefined : (Math.max(...lasts) - Math.min(...firsts)) / 1000;
}

/**
 * The agent that wrote a log (issue 17, item 5): the one named with `<agent path>=<log file>`, else the agent
 * whose directory holds the log (the deepest), else the only agent given. None of the log formats read names
 * its agent, so a log is never attributed by its content. Paths are display paths.
 */
export function attributeLog(
  log: { readonly file: string; readonly named?: string },
  agents: readonly AgentFiles[],
): { readonly agent: string; readonly attribution: Attribution } | { readonly unattributed: string } {
  const candidates = agents.filter((agent) => agent.kind === 'agent');
  if (log.named !== undefined) {
    const named = log.named;
    const exact = candidates.find((agent) => agent.id === named || agent.files.includes(named));
    const below = candidates.filter((agent) => isBelow(agent.id, named));
    const agent = exact ?? (below.length === 1 ? below[0] : undefined);
    if (agent) return { agent: agent.id, attribution: 'named on the command line' };
    return { unattributed: below.length === 0 ? `no agent was found at ${named}` : `${named} holds ${below.length} agents: name one of them` };
  }
  // An agent found by its directory has that directory as its id; one named as a file has no directory of its own.
  const holders = candidates.filter((agent) => !agent.files.includes(agent.id) && isBelow(log.file, agent.id));
  const holder = holders.sort((a, b) => b.id.length - a.id.length)[0];
  if (holder) return { agent: holder.id, attribution: "in the agent's directory" };
  if (candidates.length === 1) return { agent: (candidates[0] as AgentFiles).id, attribution: 'the only agent given' };
  return {
    unattributed:
      candidates.length === 0
        ? 'no agent configuration was given'
        : `it is in none of the directories of the ${candidates.length} agents given; name its agent with <agent path>=<log file>`,
  };
}

/** Whether display path `inner` lies inside the directory `outer` (`.` holds every path not starting with `..`). */
function isBelow(inner: string, outer: string): boolean {
  return outer === '.' ? !inner.startsWith('../') && inner !== '..' : inner.startsWith(`${outer}/`);
}
