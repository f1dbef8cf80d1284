/** The prediction model (issue 17) on pools read by the real reader: exact counts, periods, servers, reasons. */
import { describe, expect, it } from 'vitest';
import { buildClearTrustAgent } from '../../src/model/cleartrust.js';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../src/model/environment.js';
import { applyLever, poolInputsOf, predictPool, settingOverride, withOverrides, type PoolInputs } from '../../src/model/prediction.js';
import { parseClearTrustConf } from '../../src/parse/cleartrust-conf.js';
import { SourceFile } from '../../src/parse/source.js';

function pool(lines: readonly string[]): PoolInputs {
  const text = `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\n${lines.map((line) => `cleartrust.agent.${line}\n`).join('')}</Pool>\n`;
  const inputs = poolInputsOf(buildClearTrustAgent('web01', parseClearTrustConf(new SourceFile('web01/webagent.conf', text))));
  return inputs[0] as PoolInputs;
}

const cmd = { kind: 'command line', flag: '--set' } as const;
const env = (changes: Partial<Environment> = {}): Environment => ({ ...DEFAULT_ENVIRONMENT, ...changes });
const THREE = 'auth_server_list=az1:5615,az2:5615,az3:5615';

describe('predictPool', () => {
  it("the seed's situation: STANDARD, three aservers, one-hour refresh and firewall: 2 CT_SOCKET_ERROR an hour from server#2 and server#3", () => {
    const p = predictPool(pool([THREE, 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=1 Hrs']), env());
    const [socket, timedOut] = p.codes;
    expect(socket).toMatchObject({
      code: 'CT_SOCKET_ERROR',
      perRefresh: { min: 2, max: 2 },
      periodSeconds: 3600,
      perHour: { min: 2, max: 2 },
      perDay: { min: 48, max: 48 },
      perConnectionPerDay: 24,
      servers: ['server#2', 'server#3'],
      sources: ['KB25051'],
    });
    expect(timedOut).toMatchObject({
      code: 'CT_SERVER_TIMED_OUT',
      perDay: { min: 0, max: 0 },
      why: 'dispatcher_list and auth_server_list are not both set: no duplicate connections (RSA KB 000023587)',
    });
    expect(p.assumptions.map((a) => `${a.subject}: ${a.basis} @ ${a.source}`)).toEqual([
      'aservers: configuration @ web01/webagent.conf:5',
      'active connections: inferred @ RSA KB 000025051 (fail-over "to a secondary aserver in STANDARD mode")',
      'connection limit: inferred @ web01/webagent.conf',
      'pool refresh: configuration @ web01/webagent.conf:7',
      'firewall idle timeout: inferred @ RSA KB 000025051 (typical value)',
      'mechanism: documented @ RSA KB 000025051',
      'lines: inferred @ RSA KB 000025051',
      'equal timeouts: documented @ RSA KB 000025051',
      'active traffic: inferred @ RSA KB 000025051',
    ]);
  });

  it('a refresh slightly below the firewall timeout keeps the idle connections alive: none, with the reason', () => {
    const socket = predictPool(pool([THREE, 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=55 Mins']), env()).codes[0];
    expect(socket).toMatchObject({ perRefresh: { min: 0, max: 0 }, perDay: { min: 0, max: 0 }, servers: [] });
    expect(socket?.periodSeconds).toBeUndefined();
    expect(socket?.why).toBe(
      'the pool refresh (55 minutes) is shorter than the firewall idle timeout (1 hour): it validates idle connections before the firewall drops them',
    );
  });

  it.each([
    [
      'max_open_connections equal to the active connections',
      [THREE, 'auth_server_mode=STANDARD', 'max_open_connections=1'],
      'max_open_connections=1 is not above the 1 active connection: no connection to a fail-over aserver stays open (RSA KB 000025051, remedy 2)',
    ],
    ['DISTRIBUTED mode without location classes', [THREE, 'auth_server_mode=DISTRIBUTED'], 'every connection carries requests: none stays idle'],
    ['no server list', ['auth_server_mode=STANDARD'], 'the pool has no aservers to connect to'],
    [
      'a refresh of 0',
      [THREE, 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=0'],
      'auth_server_pool_refresh is 0, read as no refresh: idle connections are never validated (inferred)',
    ],
  ])('none with %s', (_, lines, why) => {
    const socket = predictPool(pool(lines), env()).codes[0];
    expect({ perDay: socket?.perDay, why: socket?.why }).toEqual({ perDay: { min: 0, max: 0 }, why });
  });

  it('a limit between the active and all connections keeps limit − active idle, from the first fail-over aservers', () => {
    const socket = predictPool(
      pool(['auth_server_list=a:1,b:1,c:1,d:1,e:1', 'auth_server_mode=STANDARD', 'max_open_connections=3', 'auth_server_pool_refresh=2 Hrs']),
      env(),
    ).codes[0];
    expect(socket).toMatchObject({
      perRefresh: { min: 2, max: 2 },
      periodSeconds: 7200,
      perHour: { min: 1, max: 1 },
      perDay: { min: 24, max: 24 },
      servers: ['server#2', 'server#3'],
    });
  });

  it('rates that are not whole numbers keep two decimals', () => {
    const socket = predictPool(
      pool([THREE, 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=90 Mins']),
      env({ firewallIdleTimeout: { value: 3600, origin: cmd } }),
    ).codes[0];
    expect(socket).toMatchObject({ perHour: { min: 1.33, max: 1.33 }, perDay: { min: 32, max: 32 }, perConnectionPerDay: 16 });
  });

  it('dispatchers only: per idle connection, unless the environment gives their aservers (per dispatcher group first)', () => {
    const inputs = pool(['dispatcher_list=Disp2:5608, disp1:5608', 'auth_server_mode=STANDARD']);
    expect(predictPool(inputs, env()).codes[0]).toMatchObject({
      perRefresh: { min: 0, max: null },
      perDay: { min: 0, max: null },
      perConnectionPerDay: 24,
      servers: [],
    });
    const counted = env({
      authServers: [
        { count: { value: 2, origin: cmd } },
        { dispatchers: 'disp1:5608,disp2:5608', count: { value: 4, origin: { kind: 'config', where: '.webagent-lint.yaml:3:5' } } },
      ],
    });
    const p = predictPool(inputs, counted);
    expect(p.codes[0]).toMatchObject({ perRefresh: { min: 3, max: 3 }, servers: ['server#2', 'server#3', 'server#4'] });
    expect(p.assumptions[0]).toEqual({ subject: 'aservers', text: '4 from the dispatchers', basis: 'environment', source: '.webagent-lint.yaml:3:5' });
  });

  it('auth_server_mode not set, or a word no source names: a range from STANDARD to DISTRIBUTED; the active aservers given narrow it', () => {
    expect(predictPool(pool([THREE]), env()).codes[0]).toMatchObject({ perRefresh: { min: 0, max: 2 }, perDay: { min: 0, max: 48 } });
    const fast = predictPool(pool([THREE, 'auth_server_mode=FAST']), env());
    expect(fast.codes[0]?.perRefresh).toEqual({ min: 0, max: 2 });
    expect(fast.assumptions.find((a) => a.subject === 'active connections')?.text).toBe(
      'not known: auth_server_mode=FAST is a word no source names and the default mode is not documented: from 1 (STANDARD) to all (DISTRIBUTED); give their number with environment.activeAuthServers',
    );
    // KB 000025333's sub-modes of DISTRIBUTED.
    expect(predictPool(pool([THREE, 'auth_server_mode=ROUNDROBIN']), env())).toMatchObject({
      mode: 'DISTRIBUTED',
      codes: [{ perDay: { min: 0, max: 0 } }, {}],
    });
    expect(
      predictPool(pool([THREE, 'location_class_priority=east,west', 'auth_server_mode=DISTRIBUTED']), env({ activeAuthServers: { value: 2, origin: cmd } }))
        .codes[0],
    ).toMatchObject({
      perRefresh: { min: 1, max: 1 },
      servers: ['server#3'],
    });
  });

  it('KB 000023587: both lists in STANDARD mode: the idle duplicates time out at every refresh', () => {
    const p = predictPool(
      pool(['dispatcher_list=d1:5608', 'auth_server_list=az1:5615,az2:5615', 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=30 Mins']),
      env({ firewallIdleTimeout: { value: 1800, origin: cmd } }),
    );
    expect(p).toMatchObject({ aservers: { min: 2, max: 2 }, duplicates: 2 });
    expect(p.codes.map((c) => [c.code, c.perRefresh, c.perDay])).toEqual([
      ['CT_SOCKET_ERROR', { min: 1, max: 1 }, { min: 48, max: 48 }],
      ['CT_SERVER_TIMED_OUT', { min: 2, max: 2 }, { min: 96, max: 96 }],
    ]);
    expect(
      predictPool(pool(['dispatcher_list=d1:5608', 'auth_server_list=az1:5615,az2:5615', 'auth_server_mode=DISTRIBUTED']), env()).codes[1]?.perDay,
    ).toEqual({ min: 0, max: 0 });
  });
});

describe('what-if', () => {
  const seed = pool([THREE, 'auth_server_mode=STANDARD', 'auth_server_pool_refresh=1 Hrs', 'max_open_connections=0']);

  it('--set replaces a setting and says so; a value the agent would not read is refused', () => {
    const override = settingOverride('cleartrust.agent.auth_server_pool_refresh', '"55 Mins"');
    expect(override).toEqual({ name: 'auth_server_pool_refresh', text: '55 Mins' });
    const p = predictPool(withOverrides(seed, [override as { name: 'auth_server_pool_refresh'; text: string }]), env());
    expect(p.codes[0]?.perDay).toEqual({ min: 0, max: 0 });
    expect(p.assumptions.find((a) => a.subject === 'pool refresh')?.source).toBe('--set cleartrust.agent.auth_server_pool_refresh');
    expect(settingOverride('cleartrust.agent.auth_server_pool_refresh', '55')).toEqual({
      error: 'cleartrust.agent.auth_server_pool_refresh: "55" is not valid (expected a duration with a unit, such as 55 Mins)',
    });
    expect(settingOverride('cleartrust.agent.max_open_connections', 'two')).toEqual({
      error: 'cleartrust.agent.max_open_connections: "two" is not valid (expected a whole number)',
    });
    expect('error' in settingOverride('cleartrust.agent.cookie_name', 'x')).toBe(true);
  });

  it('the levers of the remedies: refresh slightly below the firewall, limit to the active connections, dispatcher list alone', () => {
    expect(applyLever(seed, env(), 'refresh-below-firewall')).toMatchObject({ setting: 'auth_server_pool_refresh', from: '1 Hrs', to: '55 Mins' });
    expect(applyLever(seed, env(), 'limit-to-active')).toMatchObject({ setting: 'max_open_connections', from: '0', to: '1' });
    expect(applyLever(pool([THREE, 'auth_server_mode=DISTRIBUTED', 'location_class_priority=east']), env(), 'limit-to-active')).toEqual({
      unknown: 'the number of active connections is not known (give environment.activeAuthServers)',
    });
    const both = pool(['dispatcher_list=d1:5608', 'auth_server_list=az1:5615,az2:5615', 'auth_server_mode=STANDARD']);
    const alone = applyLever(both, env(), 'dispatcher-list-alone');
    if ('unknown' in alone) throw new Error(alone.unknown);
    const after = predictPool(alone.inputs, env());
    expect(after).toMatchObject({ aservers: { min: 2, max: 2 }, duplicates: 0 });
    expect(after.codes.map((c) => c.perDay)).toEqual([
      { min: 24, max: 24 },
      { min: 0, max: 0 },
    ]);
  });
});
