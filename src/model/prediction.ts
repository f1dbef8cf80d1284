/**
 * Predicting the log from the configuration (issue 17). For each pool of a ClearTrust agent: how many
 * CT_SOCKET_ERROR and CT_SERVER_TIMED_OUT lines the idle-connection mechanism writes, how often, from which
 * servers, or why none. The mechanism is the vendor's:
 *
 * - RSA KB 000025051: the agent holds a connection to every aserver it knows, sorted by location class; in
 *   STANDARD mode or with location classes only some of them carry requests and the rest stay idle; a firewall
 *   drops connections idle longer than its timeout (typically one hour); using or validating a dropped
 *   connection logs CT_SOCKET_ERROR; the pool refresh validates the pooled connections, so with a refresh no
 *   shorter than the firewall timeout the idle ones fail at every refresh, and a refresh slightly shorter keeps
 *   them alive; max_open_connections equal to the active connections keeps none idle.
 * - RSA KB 000023587: dispatcher_list and auth_server_list both set put every aserver in the pool twice, and in
 *   STANDARD mode the idle duplicates log "Critical error: CT_SERVER_TIMED_OUT" at the refresh interval.
 *
 * Everything the KBs leave open is an assumption, labelled `inferred` with what it rests on. Pure.
 */
import { PREFIX, propertyName, readSetting, type ClearTrustAgent } from './cleartrust.js';
import { describeDuration, slightlyBelow, toAgentSyntax } from './duration.js';
import { describeOrigin, type Environment, type Fact } from './environment.js';
import { dispatcherGroup } from './fleet.js';
import { unshared } from '../parse/source.js';

/** The pool settings the model reads, without the `cleartrust.agent.` prefix. */
export const MODEL_SETTINGS = [
  'dispatcher_list',
  'auth_server_list',
  'auth_server_mode',
  'location_class_priority',
  'max_open_connections',
  'auth_server_pool_refresh',
] as const;
export type ModelSetting = (typeof MODEL_SETTINGS)[number];

/** A setting's value as written, and where: `file:line`, or the `--set` option that replaced it. */
export interface WrittenSetting {
  readonly text: string;
  readonly where: string;
}

/** What the model needs of one pool: plain data, so that it crosses worker threads (the models do not). */
export interface PoolInputs {
  readonly agent: string;
  readonly file: string;
  readonly pool: string;
  readonly settings: Readonly<Partial<Record<ModelSetting, WrittenSetting>>>;
  /**
   * Aservers the dispatchers are taken to supply when the environment does not say: set by a what-if that
   * empties auth_server_list (KB 000023587: that list repeats the dispatchers' aservers).
   */
  readonly dispatcherServers?: { readonly count: number; readonly why: string };
}

/** The environment values the model uses. */
export type PredictionEnvironment = Pick<Environment, 'firewallIdleTimeout' | 'activeAuthServers' | 'authServers'>;

/**
 * Every pool the agent would open, with the pool settings as the model resolves them (wherever they are
 * written, as the pool rules judge them). Several scopes using one pool open it once: the first scope's view
 * of it (Global's, when Global uses it) is predicted.
 */
export function poolInputsOf(agent: ClearTrustAgent): PoolInputs[] {
  const seen = new Set<string>();
  const pools = agent.poolViews.filter((pool) => !seen.has(pool.id) && seen.add(pool.id));
  return pools.map((pool) => {
    const settings: Partial<Record<ModelSetting, WrittenSetting>> = {};
    for (const name of MODEL_SETTINGS) {
      const entry = pool.settings.get(propertyName(name));
      // Unshared: a slice of the value would keep the whole file's text alive as long as the inputs.
      if (entry) settings[name] = { text: unshared(entry.value.trim()), where: `${entry.source.path}:${entry.source.positionAt(entry.start).line}` };
    }
    return { agent: agent.id, file: agent.document.source.path, pool: pool.id, settings };
  });
}

// ----- what-if settings (predict --set) -----

/** A `--set cleartrust.agent.<name>=<value>`, checked: it replaces the setting in every pool read. */
export interface SettingOverride {
  readonly name: ModelSetting;
  readonly text: string;
}

/** The override, or what is wrong with it. `name` is the full property name. */
export function settingOverride(name: string, text: string): SettingOverride | { readonly error: string } {
  const short = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined;
  const setting = MODEL_SETTINGS.find((candidate) => candidate === short);
  if (setting === undefined) return { error: `${name} is not a setting the prediction reads (${MODEL_SETTINGS.map((s) => PREFIX + s).join(', ')})` };
  const value = text.trim().replace(/^"(.*)"$/s, '$1');
  const read = readSetting(name, value);
  if (!read.ok) {
    const expected = read.problem === 'invalid' ? read.expected : 'a duration with a unit, such as 55 Mins';
    return { error: `${name}: "${text}" is not valid (expected ${expected})` };
  }
  return { name: setting, text: value };
}

export function withOverrides(inputs: PoolInputs, overrides: readonly SettingOverride[]): PoolInputs {
  if (overrides.length === 0) return inputs;
  const settings = { ...inputs.settings };
  for (const { name, text } of overrides) settings[name] = { text, where: `--set ${PREFIX}${name}` };
  return { ...inputs, settings };
}

// ----- the prediction -----

/** A number the model knows exactly (min = max), within bounds, or from below only (max null: unknown). */
export interface Quantity {
  readonly min: number;
  readonly max: number | null;
}

export type Basis = 'configuration' | 'environment' | 'documented' | 'inferred';

/** One thing a number rests on. */
export interface Assumption {
  readonly subject: string;
  readonly text: string;
  readonly basis: Basis;
  /** A `file:line`, an option or config file place, or a source by its public identity (RSA KB number). */
  readonly source: string;
}

export type PredictedCode = 'CT_SOCKET_ERROR' | 'CT_SERVER_TIMED_OUT';

export interface CodePrediction {
  readonly code: PredictedCode;
  /** Connections that fail at each refresh, so lines per refresh. */
  readonly perRefresh: Quantity;
  /** Seconds between the bursts: the pool refresh. Absent when none are predicted. */
  readonly periodSeconds?: number;
  readonly perHour: Quantity;
  readonly perDay: Quantity;
  /** Lines a day for each failing connection: how to read an open-ended count. Absent when none are predicted. */
  readonly perConnectionPerDay?: number;
  /** The `server#N` the lines name, when the model knows them. */
  readonly servers: readonly string[];
  /** Which connections the lines come from, in words. */
  readonly from: string;
  /** The mechanism that writes them, or what keeps them away. */
  readonly why: string;
  /** Keys of the sources (src/knowledge/sources.json). */
  readonly sources: readonly string[];
}

export interface PoolPrediction {
  readonly agent: string;
  readonly file: string;
  readonly pool: string;
  readonly mode: 'STANDARD' | 'DISTRIBUTED' | 'not set';
  readonly locationClasses: boolean;
  /** Aservers of the pool (each once). */
  readonly aservers: Quantity;
  /** Connections auth_server_list adds a second time (KB 000023587). */
  readonly duplicates: number;
  /** Connections that carry requests. */
  readonly active: Quantity;
  /** max_open_connections; null for no limit. */
  readonly limit: number | null;
  readonly refreshSeconds: number;
  readonly firewallIdleTimeoutSeconds: number;
  readonly codes: readonly CodePrediction[];
  readonly assumptions: readonly Assumption[];
}

const KB25051 = 'RSA KB 000025051';
const KB23587 = 'RSA KB 000023587';
const HOUR = 3600;
const DAY = 86400;
/** KB 000025051: the pool refresh is "typically set to 1 hour". */
const TYPICAL_REFRESH = 3600;

const exact = (value: number): Quantity => ({ min: value, max: value });
const ZERO = exact(0);

/** How the pool's connections are used: a count of active ones, all of them, or not known. */
type ActiveRule = { readonly kind: 'count'; readonly count: number } | { readonly kind: 'all' } | { readonly kind: 'unknown' };

export function predictPool(inputs: PoolInputs, environment: PredictionEnvironment): PoolPrediction {
  const assumptions: Assumption[] = [];
  const assume = (subject: string, text: string, basis: Basis, source: string): void => void assumptions.push({ subject, text, basis, source });
  const { settings } = inputs;
  const list = (name: ModelSetting): string[] =>
    (settings[name]?.text ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  const dispatchers = list('dispatcher_list');
  const explicit = list('auth_server_list');

  // Mode and location classes: which connections carry requests.
  const modeText = (settings.auth_server_mode?.text ?? '').toUpperCase();
  // KB 000025333 names ADAPTIVE and ROUNDROBIN as the sub-modes of DISTRIBUTED; any other word is read as unset.
  const subMode = modeText === 'ADAPTIVE' || modeText === 'ROUNDROBIN';
  const mode = modeText === 'STANDARD' || modeText === 'DISTRIBUTED' ? modeText : subMode ? 'DISTRIBUTED' : 'not set';
  const locationClasses = list('location_class_priority').length > 0;
  const activeGiven = environment.activeAuthServers;
  let rule: ActiveRule;
  // Listed after the aservers, which it counts among.
  let activeNote: readonly [text: string, basis: Basis, source: string];
  if (activeGiven) {
    rule = { kind: 'count', count: activeGiven.value };
    activeNote = [`${activeGiven.value} (aservers in use per pool)`, 'environment', originText(activeGiven, 'environment.activeAuthServers')];
  } else if (mode === 'STANDARD') {
    rule = { kind: 'count', count: 1 };
    activeNote = [
      '1: STANDARD mode sends requests to its primary aserver and keeps the others for fail-over',
      'inferred',
      `${KB25051} (fail-over "to a secondary aserver in STANDARD mode")`,
    ];
  } else if (mode === 'DISTRIBUTED' && !locationClasses) {
    rule = { kind: 'all' };
    const reading = subMode ? ` (${modeText} read as a sub-mode of DISTRIBUTED, RSA KB 000025333)` : '';
    activeNote = [
      `all: DISTRIBUTED mode without location classes spreads requests over every aserver (the KB names STANDARD mode and location classes as the cases with idle connections)${reading}`,
      'inferred',
      KB25051,
    ];
  } else {
    rule = { kind: 'unknown' };
    const unset = modeText === '' ? 'auth_server_mode is not set' : `auth_server_mode=${settings.auth_server_mode?.text ?? ''} is a word no source names`;
    const why =
      mode === 'DISTRIBUTED'
        ? 'DISTRIBUTED mode with location classes uses the aservers of its first location class'
        : `${unset} and the default mode is not documented: from 1 (STANDARD) to all (DISTRIBUTED)`;
    activeNote = [`not known: ${why}; give their number with environment.activeAuthServers`, 'inferred', KB25051];
  }

  // Aservers, each once, and the duplicates of KB 000023587.
  const fromDispatchers = dispatcherCount(inputs, environment, dispatchers);
  let aservers: Quantity;
  let duplicates = 0;
  if (dispatchers.length === 0 && explicit.length === 0) {
    aservers = ZERO;
    assume('aservers', 'none: the pool sets neither dispatcher_list nor auth_server_list', 'configuration', inputs.file);
  } else if (dispatchers.length === 0) {
    aservers = exact(explicit.length);
    assume(
      'aservers',
      `${explicit.length}: the entries of auth_server_list (read as a comma-separated list)`,
      'configuration',
      settings.auth_server_list?.where ?? inputs.file,
    );
  } else if (explicit.length === 0) {
    aservers = fromDispatchers ? exact(fromDispatchers.count.value) : { min: rule.kind === 'count' ? rule.count : 1, max: null };
    if (fromDispatchers) assume('aservers', `${fromDispatchers.count.value} from the dispatchers`, fromDispatchers.basis, fromDispatchers.source);
    else
      assume(
        'aservers',
        'not known: the dispatchers supply them; give their number with environment.authServers (or --set environment.authServers=<n>)',
        'inferred',
        KB25051,
      );
  } else {
    duplicates = explicit.length;
    aservers = exact(fromDispatchers?.count.value ?? explicit.length);
    if (fromDispatchers) assume('aservers', `${fromDispatchers.count.value} from the dispatchers`, fromDispatchers.basis, fromDispatchers.source);
    else assume('aservers', `${explicit.length} from the dispatchers, taken to be the ones auth_server_list repeats`, 'inferred', KB23587);
    assume(
      'duplicate connections',
      `${explicit.length}: auth_server_list set with dispatcher_list adds its aservers to the pool a second time`,
      'documented',
      KB23587,
    );
  }

  assume('active connections', ...activeNote);

  // The connection limit, filled in the order of the sorted list.
  const limitSetting = settings.max_open_connections;
  const limitValue = limitSetting && /^\d+$/.test(limitSetting.text) ? Number(limitSetting.text) : undefined;
  const limit = limitValue !== undefined && limitValue > 0 ? limitValue : null;
  if (limit !== null) {
    assume(
      'connection limit',
      `${limit} (max_open_connections), filled in location-class order: the primary aservers first, then fail-over ones, then duplicates`,
      'inferred',
      limitSetting?.where ?? inputs.file,
    );
  } else if (limitValue === 0) {
    assume(
      'connection limit',
      'none: max_open_connections=0, read as "no limit" (the value real files use; no source states it)',
      'inferred',
      limitSetting?.where ?? inputs.file,
    );
  } else {
    assume('connection limit', 'none: max_open_connections is not set and no source states its default', 'inferred', inputs.file);
  }

  const refresh = refreshOf(inputs);
  assume('pool refresh', refresh.text, refresh.basis, refresh.source);
  const firewall = environment.firewallIdleTimeout;
  assume(
    'firewall idle timeout',
    describeDuration(firewall.value),
    firewall.origin.kind === 'default' ? 'inferred' : 'environment',
    originText(firewall, 'environment.firewallIdleTimeout'),
  );

  const idle = idleOriginals(aservers, rule, limit);
  const idleDuplicates = idleDuplicateConnections(aservers, duplicates, mode, locationClasses, limit);
  const active = activeConnections(aservers, rule, limit);

  // Timing: every refresh meets the idle connections after the firewall dropped them, or never.
  const R = refresh.seconds;
  const F = firewall.value;
  const late = R > 0 && R >= F;
  const timing =
    R === 0
      ? 'auth_server_pool_refresh is 0, read as no refresh: idle connections are never validated (inferred)'
      : late
        ? `the pool refresh (${describeDuration(R)}) is not shorter than the firewall idle timeout (${describeDuration(F)}): each refresh validates idle connections the firewall has dropped`
        : `the pool refresh (${describeDuration(R)}) is shorter than the firewall idle timeout (${describeDuration(F)}): it validates idle connections before the firewall drops them`;
  if (late && (idle.max !== 0 || idleDuplicates.max !== 0)) {
    assume('mechanism', 'each idle connection fails once at every refresh, and the agent opens it again', 'documented', KB25051);
    assume('lines', 'one line per failed connection, all within the minute of the refresh', 'inferred', KB25051);
    if (R === F)
      assume('equal timeouts', "a refresh equal to the firewall timeout is too late: the KB's 1 hour and 1 hour give hourly errors", 'documented', KB25051);
    assume(
      'active traffic',
      'active connections carry requests more often than the firewall timeout; quiet hours longer than it add errors on the active aservers',
      'inferred',
      KB25051,
    );
  }

  const socket = codePrediction('CT_SOCKET_ERROR', idle, late, R, ['KB25051'], {
    from: socketServers(aservers, rule, limit),
    servers: serverLabels(aservers, rule, limit),
    why:
      late && idle.max !== 0
        ? `${timing}; a dropped socket can also be logged as CT_SERVER_TIMED_OUT_ERROR (${KB25051}), not counted here`
        : noSocketErrors(idle, rule, limit, aservers, timing),
  });
  const timedOut = codePrediction('CT_SERVER_TIMED_OUT', idleDuplicates, late, R, ['KB23587'], {
    from: 'the idle duplicate connections ("Critical error: CT_SERVER_TIMED_OUT" names no server)',
    servers: [],
    why:
      duplicates === 0
        ? `dispatcher_list and auth_server_list are not both set: no duplicate connections (${KB23587})`
        : idleDuplicates.max === 0
          ? 'the duplicate connections carry requests (DISTRIBUTED mode) or are not opened (connection limit)'
          : late
            ? `${timing} (${KB23587})`
            : timing,
  });
  return {
    agent: inputs.agent,
    file: inputs.file,
    pool: inputs.pool,
    mode,
    locationClasses,
    aservers,
    duplicates,
    active,
    limit,
    refreshSeconds: R,
    firewallIdleTimeoutSeconds: F,
    codes: [socket, timedOut],
    assumptions,
  };
}

function codePrediction(
  code: PredictedCode,
  connections: Quantity,
  late: boolean,
  refreshSeconds: number,
  sourceKeys: readonly string[],
  text: { readonly from: string; readonly servers: readonly string[]; readonly why: string },
): CodePrediction {
  const failing = late ? connections : ZERO;
  const base = { code, perRefresh: failing, servers: failing.max === 0 ? [] : text.servers, from: text.from, why: text.why, sources: sourceKeys };
  if (failing.max === 0) return { ...base, perHour: ZERO, perDay: ZERO };
  return {
    ...base,
    periodSeconds: refreshSeconds,
    perHour: scale(failing, HOUR / refreshSeconds),
    perDay: scale(failing, DAY / refreshSeconds),
    perConnectionPerDay: round(DAY / refreshSeconds),
  };
}

function scale(quantity: Quantity, factor: number): Quantity {
  return { min: round(quantity.min * factor), max: quantity.max === null ? null : round(quantity.max * factor) };
}

/** Two decimals: rates such as 2 lines every 90 minutes (1.33 an hour). */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function dispatcherCount(
  inputs: PoolInputs,
  environment: PredictionEnvironment,
  dispatchers: readonly string[],
): { count: Fact<number>; basis: Basis; source: string } | undefined {
  if (dispatchers.length === 0) return undefined;
  const group = dispatcherGroup(dispatchers.join(','));
  const given =
    environment.authServers?.find((entry) => entry.dispatchers === group) ?? environment.authServers?.find((entry) => entry.dispatchers === undefined);
  if (given) return { count: given.count, basis: 'environment', source: originText(given.count, 'environment.authServers') };
  if (inputs.dispatcherServers)
    return {
      count: { value: inputs.dispatcherServers.count, origin: { kind: 'default', source: 'KB23587' } },
      basis: 'inferred',
      source: inputs.dispatcherServers.why,
    };
  return undefined;
}

function refreshOf(inputs: PoolInputs): { seconds: number; text: string; basis: Basis; source: string } {
  const setting = inputs.settings.auth_server_pool_refresh;
  const read = setting ? readSetting(`${PREFIX}auth_server_pool_refresh`, setting.text) : undefined;
  if (setting && read?.ok && read.value.kind === 'duration') {
    return {
      seconds: read.value.seconds,
      text: `${describeDuration(read.value.seconds)} (auth_server_pool_refresh=${setting.text})`,
      basis: 'configuration',
      source: setting.where,
    };
  }
  const why = setting ? `auth_server_pool_refresh=${setting.text} is not a duration the agent reads` : 'auth_server_pool_refresh is not set';
  return {
    seconds: TYPICAL_REFRESH,
    text: `${describeDuration(TYPICAL_REFRESH)}, the typical value, assumed because ${why}`,
    basis: 'inferred',
    source: KB25051,
  };
}

function originText(fact: Fact<number>, configKey: string): string {
  return fact.origin.kind === 'default' ? `${KB25051} (typical value)` : describeOrigin(fact.origin, configKey).replace(/^from /, '');
}

/** Connections the limit lets open among the first `count` of the sorted list. */
function open(count: number, limit: number | null): number {
  return limit === null ? count : Math.min(limit, count);
}

function upper(quantity: Quantity, f: (n: number) => number): number | null {
  return quantity.max === null ? null : f(quantity.max);
}

/**
 * The largest value of `f`, which grows with the aservers up to the limit: at the most aservers, or at the limit
 * when their number is open-ended (more aservers than the limit open no more connections).
 */
function largest(aservers: Quantity, limit: number | null, f: (n: number) => number): number | null {
  return aservers.max !== null ? f(aservers.max) : limit !== null ? f(limit) : null;
}

/** Open connections to aservers (not duplicates) that carry no request. */
function idleOriginals(aservers: Quantity, rule: ActiveRule, limit: number | null): Quantity {
  switch (rule.kind) {
    case 'all':
      return ZERO;
    case 'count': {
      const idle = (n: number): number => Math.max(0, open(n, limit) - rule.count);
      return { min: idle(aservers.min), max: largest(aservers, limit, idle) };
    }
    case 'unknown':
      return { min: 0, max: largest(aservers, limit, (n) => Math.max(0, open(n, limit) - 1)) };
  }
}

function activeConnections(aservers: Quantity, rule: ActiveRule, limit: number | null): Quantity {
  switch (rule.kind) {
    case 'all':
      return { min: open(aservers.min, limit), max: limit ?? aservers.max };
    case 'count': {
      const active = (n: number): number => Math.min(rule.count, open(n, limit));
      return { min: active(aservers.min), max: upper(aservers, active) ?? active(Number.MAX_SAFE_INTEGER) };
    }
    case 'unknown':
      return { min: Math.min(1, aservers.min), max: limit ?? aservers.max };
  }
}

/**
 * Duplicate connections that carry no request: all of them in STANDARD mode (KB 000023587); none in DISTRIBUTED
 * mode without location classes, which spreads requests over every connection (inferred); otherwise not known.
 * The limit opens them last.
 */
function idleDuplicateConnections(
  aservers: Quantity,
  duplicates: number,
  mode: PoolPrediction['mode'],
  locationClasses: boolean,
  limit: number | null,
): Quantity {
  if (duplicates === 0) return ZERO;
  const opened = (n: number): number => (limit === null ? duplicates : Math.min(duplicates, Math.max(0, limit - n)));
  const most = opened(aservers.min);
  const least = aservers.max === null ? 0 : opened(aservers.max);
  if (mode === 'STANDARD') return { min: least, max: most };
  if (mode === 'DISTRIBUTED' && !locationClasses) return ZERO;
  return { min: 0, max: most };
}

/** `server#N` of the idle connections when the model knows them: the aservers after the active ones (inferred numbering). */
function serverLabels(aservers: Quantity, rule: ActiveRule, limit: number | null): string[] {
  if (rule.kind !== 'count' || aservers.max === null || aservers.min !== aservers.max) return [];
  const last = open(aservers.max, limit);
  return Array.from({ length: Math.max(0, last - rule.count) }, (_, i) => `server#${rule.count + i + 1}`);
}

function socketServers(aservers: Quantity, rule: ActiveRule, limit: number | null): string {
  const labels = serverLabels(aservers, rule, limit);
  if (labels.length > 0) return `the idle connections to ${labels.join(', ')} (server#N read as the aserver's place in the sorted list, inferred)`;
  if (rule.kind === 'count') return `the idle connections to server#${rule.count + 1} and after (the aservers after the ${rule.count} in use)`;
  return 'the idle connections to the aservers not in use';
}

function noSocketErrors(idle: Quantity, rule: ActiveRule, limit: number | null, aservers: Quantity, timing: string): string {
  if (idle.max !== 0) return timing;
  if (aservers.max === 0) return 'the pool has no aservers to connect to';
  if (rule.kind === 'all') return 'every connection carries requests: none stays idle';
  if (limit !== null && rule.kind === 'count' && limit <= rule.count) {
    return `max_open_connections=${limit} is not above the ${rule.count} active connection${rule.count === 1 ? '' : 's'}: no connection to a fail-over aserver stays open (${KB25051}, remedy 2)`;
  }
  return 'every open connection carries requests: none stays idle';
}

// ----- what-if remedies -----

/**
 * The remedies of the rules that predict these codes, as changes the model can apply. A rule names the lever
 * of each of its messages (RuleMeta.levers); the model computes the value.
 *
 * - `refresh-below-firewall`: auth_server_pool_refresh slightly below the firewall idle timeout (KB 000025051, 1);
 * - `limit-to-active`: max_open_connections equal to the active connections (KB 000025051, 2);
 * - `dispatcher-list-alone`: auth_server_list emptied, dispatcher_list alone (KB 000023587).
 */
export type Lever = 'refresh-below-firewall' | 'limit-to-active' | 'dispatcher-list-alone';

export interface LeverChange {
  readonly setting: ModelSetting;
  /** The value before, as the pool has it (or what is assumed when it is not set). */
  readonly from: string;
  readonly to: string;
  readonly inputs: PoolInputs;
}

/** The pool's inputs after the remedy, or why the model cannot say what the remedy sets. */
export function applyLever(inputs: PoolInputs, environment: PredictionEnvironment, lever: Lever): LeverChange | { readonly unknown: string } {
  const set = (setting: ModelSetting, to: string, extra: Partial<PoolInputs> = {}): LeverChange => ({
    setting,
    from: inputs.settings[setting]?.text || '(not set)',
    to,
    inputs: { ...inputs, ...extra, settings: { ...inputs.settings, [setting]: { text: to, where: `remedy for ${PREFIX}${setting}` } } },
  });
  switch (lever) {
    case 'refresh-below-firewall':
      return set('auth_server_pool_refresh', toAgentSyntax(slightlyBelow(environment.firewallIdleTimeout.value)));
    case 'limit-to-active': {
      const active = predictPool(inputs, environment).active;
      if (active.max === null || active.min !== active.max)
        return { unknown: 'the number of active connections is not known (give environment.activeAuthServers)' };
      return set('max_open_connections', String(Math.max(1, active.min)));
    }
    case 'dispatcher-list-alone': {
      const listed = (inputs.settings.auth_server_list?.text ?? '').split(',').filter((item) => item.trim() !== '').length;
      return set('auth_server_list', '', {
        dispatcherServers: { count: listed, why: `${KB23587} (the emptied auth_server_list repeated the dispatchers' aservers)` },
      });
    }
  }
}
