/**
 * The prediction model against the simulator (issue 17, item 3): a random deployment (mode, location classes,
 * server lists, connection limit, refresh, firewall timeout) is written as a webagent.conf and an environment,
 * read and predicted by the model, and simulated; the simulated ctagent.log goes through the real log reader
 * and analysis. Per code, the simulated lines per refresh must be what the model predicts (or within its
 * range), the period the refresh, the servers those it names. Run by test/predict/model-vs-simulator.test.ts
 * (fixed seed) and by `npm run fuzz`.
 */
import fc from 'fast-check';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis, type CodeSummary } from '../../src/logs/analysis.js';
import { messageMatchers } from '../../src/logs/line.js';
import { buildClearTrustAgent } from '../../src/model/cleartrust.js';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../src/model/environment.js';
import { poolInputsOf, predictPool, type CodePrediction, type PoolInputs } from '../../src/model/prediction.js';
import { ctagentLine, simulate } from '../../src/model/simulation.js';
import { parseClearTrustConf } from '../../src/parse/cleartrust-conf.js';
import { SourceFile } from '../../src/parse/source.js';
import type { FuzzReader } from './readers.js';

/** A deployment as it is, and how much of it the configuration and the environment tell. */
export interface Deployment {
  readonly mode: 'STANDARD' | 'DISTRIBUTED';
  /** Whether the file sets auth_server_mode (its default is not documented: the model then gives a range). */
  readonly modeWritten: boolean;
  readonly locationClasses: readonly number[];
  readonly lists: 'auth_server_list' | 'dispatcher_list' | 'both';
  /** Whether environment.authServers gives the dispatchers' aservers. */
  readonly countGiven: boolean;
  /** Whether environment.activeAuthServers gives the aservers in use. */
  readonly activeGiven: boolean;
  /** max_open_connections; 0 for none; undefined: not written. */
  readonly limit: number | undefined;
  /** auth_server_pool_refresh in minutes; undefined: not written (the typical hour). */
  readonly refreshMinutes: number | undefined;
  readonly firewallMinutes: number;
  readonly refreshes: number;
  readonly seed: number;
}

const deployment: fc.Arbitrary<Deployment> = fc.record({
  mode: fc.constantFrom('STANDARD' as const, 'DISTRIBUTED' as const),
  modeWritten: fc.boolean(),
  locationClasses: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
  lists: fc.constantFrom('auth_server_list' as const, 'dispatcher_list' as const, 'both' as const),
  countGiven: fc.boolean(),
  activeGiven: fc.boolean(),
  limit: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
  refreshMinutes: fc.option(fc.integer({ min: 5, max: 120 }), { nil: undefined }),
  firewallMinutes: fc.integer({ min: 5, max: 120 }),
  refreshes: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/** The deployment's webagent.conf. */
function configurationOf(d: Deployment): string {
  const servers = d.locationClasses.flatMap((size, c) => Array.from({ length: size }, (_, i) => `az${c}-${i}.example.org:5615`));
  const lines = [
    d.lists !== 'auth_server_list' ? 'dispatcher_list=disp1.example.org:5608' : '',
    d.lists !== 'dispatcher_list' ? `auth_server_list=${servers.join(',')}` : '',
    d.modeWritten ? `auth_server_mode=${d.mode}` : '',
    d.locationClasses.length > 1 ? `location_class_priority=${d.locationClasses.map((_, c) => `class${c}`).join(',')}` : '',
    d.limit !== undefined ? `max_open_connections=${d.limit}` : '',
    d.refreshMinutes !== undefined ? `auth_server_pool_refresh=${d.refreshMinutes} Mins` : '',
  ].filter((line) => line !== '');
  return `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\n${lines.map((line) => `cleartrust.agent.${line}\n`).join('')}</Pool>\n`;
}

const GIVEN = { kind: 'command line', flag: '--set' } as const;

function environmentOf(d: Deployment): Environment {
  const aservers = d.locationClasses.reduce((sum, size) => sum + size, 0);
  const inUse = d.mode === 'STANDARD' ? 1 : (d.locationClasses[0] as number);
  return {
    ...DEFAULT_ENVIRONMENT,
    firewallIdleTimeout: { value: d.firewallMinutes * 60, origin: GIVEN },
    ...(d.countGiven ? { authServers: [{ count: { value: aservers, origin: GIVEN } }] } : {}),
    ...(d.activeGiven ? { activeAuthServers: { value: inUse, origin: GIVEN } } : {}),
  };
}

const matchers = messageMatchers(logCodes);
const START = Date.UTC(2007, 1, 24, 7);

/** The simulated log of the deployment through the real reader and analysis: its codes. */
export function simulatedCodes(d: Deployment): CodeSummary[] {
  const refreshSeconds = (d.refreshMinutes ?? 60) * 60;
  const firewallSeconds = d.firewallMinutes * 60;
  const aservers = d.locationClasses.reduce((sum, size) => sum + size, 0);
  const analysis = createLogAnalysis(matchers);
  const lines = simulate({
    pool: { mode: d.mode, locationClasses: d.locationClasses, duplicates: d.lists === 'both' ? aservers : 0, limit: d.limit ?? 0, refreshSeconds },
    firewallIdleTimeoutSeconds: firewallSeconds,
    start: START,
    // Half a refresh after the last one: its lines are all in, the next refresh is not.
    durationSeconds: d.refreshes * refreshSeconds + refreshSeconds / 2,
    seed: d.seed,
    // Active connections stay busy: a request at least every 90% of the firewall timeout (the model's assumption).
    requestGapSeconds: firewallSeconds * 0.9,
  });
  let n = 0;
  for (const line of lines) analysis.line('ctagent.log', ++n, ctagentLine(line, { name: 'MST', hours: -7 }, 12));
  return analysis.codes();
}

function fail(message: string, detail: unknown): never {
  throw new Error(`${message}: ${JSON.stringify(detail)}`);
}

/** The model's prediction and the simulation agree on counts per refresh, period and servers. */
export function checkAgainstSimulation(d: Deployment): void {
  const inputs = poolInputsOf(buildClearTrustAgent('web01', parseClearTrustConf(new SourceFile('web01/webagent.conf', configurationOf(d)))))[0] as PoolInputs;
  const prediction = predictPool(inputs, environmentOf(d));
  const seen = simulatedCodes(d);
  for (const code of prediction.codes)
    compare(
      code,
      seen.find((summary) => summary.id === code.code),
      d,
    );
  const other = seen.filter((summary) => !prediction.codes.some((code) => code.code === summary.id));
  if (other.length > 0)
    fail(
      'the simulation wrote codes the model does not predict',
      other.map((s) => s.id),
    );
}

function compare(code: CodePrediction, seen: CodeSummary | undefined, d: Deployment): void {
  const count = seen?.count ?? 0;
  const perRefresh = count / d.refreshes;
  const { min, max } = code.perRefresh;
  const detail = { code: code.code, predicted: code.perRefresh, simulated: count, refreshes: d.refreshes };
  if (!Number.isInteger(perRefresh)) fail('the simulation wrote a different number of lines at different refreshes', detail);
  if (perRefresh < min || (max !== null && perRefresh > max)) fail('lines per refresh outside the prediction', detail);
  if (count === 0) return;
  const refreshSeconds = (d.refreshMinutes ?? 60) * 60;
  if (code.periodSeconds !== refreshSeconds) fail('predicted period is not the refresh', { ...detail, period: code.periodSeconds });
  if (seen && d.refreshes >= 2 && seen.medianIntervalSeconds !== refreshSeconds)
    fail('simulated period is not the refresh', { ...detail, median: seen.medianIntervalSeconds });
  if (seen && seen.events !== d.refreshes) fail('one burst per refresh expected', { ...detail, events: seen.events });
  if (seen && d.refreshes >= 4 && !seen.periodic) fail('a simulated burst at every refresh is not periodic', detail);
  // The analysis lists servers as text, sorted: compare them as sets.
  const servers = [...new Set(seen?.servers.map((server) => server.split(' ')[0]))].sort();
  if (code.servers.length > 0 && servers.join() !== [...code.servers].sort().join())
    fail('other servers than predicted', { ...detail, servers, predicted: code.servers });
}

/** The property, as the fuzz readers are: cases in npm test, and a run for the campaign. */
export function modelProperties(): readonly FuzzReader[] {
  return [
    {
      name: 'prediction model against the simulator (counts per refresh, period, servers)',
      runs: 2_000,
      run: (parameters) => fc.assert(fc.property(deployment, checkAgainstSimulation), parameters),
    },
  ];
}
