/** `webagent-lint predict` as a user runs it: the acceptance of issue 17, items 1 and 2. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { SEED_AGENT } from './seed.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/predict.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const valid = (report: unknown): boolean => {
  if (!validate(report)) throw new Error(JSON.stringify(validate.errors, null, 2));
  return true;
};

describe('predict', () => {
  it("the seed's situation: 2 CT_SOCKET_ERROR an hour, every hour, from the two idle servers, and the log after each remedy", async () => {
    const cwd = tempTree({ 'web01/webagent.conf': SEED_AGENT });
    const { code, stdout, stderr } = await runCli(['predict', 'web01'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'web01  (web01/webagent.conf)',
      '  <Pool __default__>  STANDARD mode \u00b7 3 aservers, 1 active, no connection limit \u00b7 refresh 1 hour \u00b7 firewall idle timeout 1 hour',
      '    CT_SOCKET_ERROR      2 per refresh, every 1 hour: 2/hour, 48/day',
      "                         from the idle connections to server#2, server#3 (server#N read as the aserver's place in the sorted list, inferred)",
      '                         why: the pool refresh (1 hour) is not shorter than the firewall idle timeout (1 hour): each refresh validates idle connections the firewall has dropped; a dropped socket can also be logged as CT_SERVER_TIMED_OUT_ERROR (RSA KB 000025051), not counted here',
      '    CT_SERVER_TIMED_OUT  none: dispatcher_list and auth_server_list are not both set: no duplicate connections (RSA KB 000023587)',
    ]);
    expect(stdout).toContain(
      '      aservers               3: the entries of auth_server_list (read as a comma-separated list)  [configuration: web01/webagent.conf:5]\n',
    );
    expect(stdout).toContain('      firewall idle timeout  1 hour  [inferred: RSA KB 000025051 (typical value)]\n');
    expect(stdout).toContain(
      [
        '    after the remedy of each finding',
        '      web01/webagent.conf:7:1  cleartrust/pool-refresh-exceeds-firewall-idle',
        '        auth_server_pool_refresh 1 Hrs \u2192 55 Mins: CT_SOCKET_ERROR 48/day \u2192 0/day',
        '      web01/webagent.conf:8:1  cleartrust/idle-failover-connections',
        '        max_open_connections 0 \u2192 1: CT_SOCKET_ERROR 48/day \u2192 0/day',
      ].join('\n'),
    );
    expect(lines.at(-2)).toBe('1 ClearTrust agent, 1 pool; 1 expected to write CT_ codes from idle connections.');
  });

  it('--set asks "what if" without editing files: a 55-minute refresh predicts none', async () => {
    const cwd = tempTree({ 'web01/webagent.conf': SEED_AGENT });
    const { code, stdout } = await runCli(['predict', 'web01', '--set', 'cleartrust.agent.auth_server_pool_refresh="55 Mins"'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('What if (--set, every pool): cleartrust.agent.auth_server_pool_refresh=55 Mins\n');
    expect(stdout).toContain(
      '    CT_SOCKET_ERROR      none: the pool refresh (55 minutes) is shorter than the firewall idle timeout (1 hour): it validates idle connections before the firewall drops them\n',
    );
    expect(stdout).toContain(
      '      pool refresh           55 minutes (auth_server_pool_refresh=55 Mins)  [configuration: --set cleartrust.agent.auth_server_pool_refresh]\n',
    );
    // The remedy the --set already applies is not shown again; the other one still is.
    expect(stdout).not.toContain('cleartrust/pool-refresh-exceeds-firewall-idle');
    expect(stdout).toContain('        max_open_connections 0 \u2192 1: CT_SOCKET_ERROR 0/day \u2192 0/day\n');
  });

  it('JSON follows schemas/predict.schema.json; --set environment values reach the model and the rules alike', async () => {
    const cwd = tempTree({
      'web01/webagent.conf': SEED_AGENT,
      'web02/webagent.conf': SEED_AGENT.replace(/cleartrust\.agent\.auth_server_list=.*/, 'cleartrust.agent.dispatcher_list=disp1:5608'),
    });
    const { code, stdout } = await runCli(
      ['predict', '.', '--format', 'json', '--set', 'environment.authServers=4', '--set', 'environment.firewallIdleTimeout=2h'],
      { cwd },
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    expect(report.environment).toEqual({ firewallIdleTimeoutSeconds: 7200, authServers: [{ count: 4 }] });
    // With a two-hour firewall timeout the hourly refresh keeps everything alive, and the rule agrees (no finding).
    expect(
      report.agents.map((a: { agent: string; pools: { codes: { perDay: unknown }[]; remedies: { ruleId: string }[] }[] }) => [
        a.agent,
        a.pools[0]?.codes[0]?.perDay,
        a.pools[0]?.remedies.map((r) => r.ruleId),
      ]),
    ).toEqual([
      ['web01', { min: 0, max: 0 }, ['cleartrust/idle-failover-connections']],
      ['web02', { min: 0, max: 0 }, ['cleartrust/idle-failover-connections']],
    ]);
    const hourly = JSON.parse((await runCli(['predict', 'web02', '--format', 'json', '--set', 'environment.authServers=4'], { cwd })).stdout);
    expect(valid(hourly)).toBe(true);
    expect(hourly.agents[0].pools[0].codes[0]).toMatchObject({
      perRefresh: { min: 3, max: 3 },
      periodSeconds: 3600,
      servers: ['server#2', 'server#3', 'server#4'],
    });
    expect(hourly.agents[0].pools[0].assumptions[0]).toEqual({
      subject: 'aservers',
      text: '4 from the dispatchers',
      basis: 'environment',
      source: '--set environment.authServers',
    });
  });

  it("without their number, the dispatchers' aservers give a rate per idle connection", async () => {
    const cwd = tempTree({
      'web02/webagent.conf': SEED_AGENT.replace(/cleartrust\.agent\.auth_server_list=.*/, 'cleartrust.agent.dispatcher_list=disp1:5608'),
    });
    const { stdout } = await runCli(['predict', 'web02'], { cwd });
    expect(stdout).toContain(
      '    CT_SOCKET_ERROR      1 per idle connection per refresh, every 1 hour: 1/hour per idle connection, 24/day per idle connection\n',
    );
    expect(stdout).toContain('        max_open_connections 0 \u2192 1: CT_SOCKET_ERROR 24/day per idle connection \u2192 0/day\n');
  });

  it.each([
    [
      ['--set', 'cleartrust.agent.cookie_name=x'],
      "webagent-lint: option '--set <key=value>' argument 'cleartrust.agent.cookie_name=x' is invalid. cleartrust.agent.cookie_name is not a setting the prediction reads",
    ],
    [
      ['--set', 'environment.firewall=1h'],
      'environment.firewall is not an environment value (environment.firewallIdleTimeout, environment.activeAuthServers, environment.authServers)',
    ],
    [['--set', 'environment.authServers=many'], 'webagent-lint: --set environment.authServers: "many" is not a positive whole number\n'],
    [['--set', 'refresh'], 'expected <key>=<value>'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const cwd = tempTree({ 'web01/webagent.conf': SEED_AGENT });
    const { code, stdout, stderr } = await runCli(['predict', 'web01', ...args], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
  });

  it('HTML: one table of codes and one of assumptions per pool, the remedies after them', async () => {
    const cwd = tempTree({ 'web01/webagent.conf': SEED_AGENT });
    const { code, stdout } = await runCli(['predict', 'web01', '--format', 'html'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('<title>webagent-lint: log prediction for 1 agent</title>');
    expect(stdout).toContain('<tr><th scope="row"><code>CT_SOCKET_ERROR</code></th><td>2 per refresh, every 1 hour: 2/hour, 48/day<br>');
    expect(stdout).toContain('<td class="num">2/hour</td><td class="num">48/day</td><td>1 hour</td>');
    expect(stdout).toContain(
      '<tr><th scope="row">aservers</th><td>3: the entries of auth_server_list (read as a comma-separated list)</td><td>configuration</td><td>web01/webagent.conf:5</td></tr>',
    );
    expect(stdout).toContain(
      'cleartrust/pool-refresh-exceeds-firewall-idle</span>: auth_server_pool_refresh 1 Hrs \u2192 55 Mins: CT_SOCKET_ERROR 48/day \u2192 0/day</li>',
    );
  });
});
