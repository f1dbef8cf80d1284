/** `explain --log` against the prediction, and logs attributed to their agents (issue 17, items 4 and 5). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ctagentLine, simulate, type SimulationInput } from '../../src/model/simulation.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { SEED_AGENT } from './seed.js';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as object;
const valid = (report: unknown): boolean => {
  if (!validate(report)) throw new Error(JSON.stringify(validate.errors, null, 2));
  return true;
};
const validate = new Ajv({ allErrors: true })
  .addSchema(schema('report.schema.json'))
  .addSchema(schema('predict.schema.json'))
  .compile(schema('explain.schema.json'));

const START = Date.UTC(2007, 1, 24, 7);
const SEED_POOL = { mode: 'STANDARD', locationClasses: [3], duplicates: 0, limit: 0, refreshSeconds: 3600 } as const;

function log(input: Partial<SimulationInput>): string {
  const lines = simulate({
    pool: SEED_POOL,
    firewallIdleTimeoutSeconds: 3600,
    start: START,
    durationSeconds: 24.5 * 3600,
    seed: 7,
    requestGapSeconds: 600,
    ...input,
  });
  return [...lines].map((line) => `${ctagentLine(line, { name: 'MST', hours: -7 }, 12)}\n`).join('');
}

async function explainJson(files: Record<string, string>, args: readonly string[]) {
  const { code, stdout, stderr } = await runCli(['explain', '--log', ...args, '--format', 'json'], { cwd: tempTree(files) });
  const report = JSON.parse(stdout);
  expect(valid(report)).toBe(true);
  return { code, stderr, report };
}

describe("explain --log against the agent's prediction", () => {
  it("the seed's agent and a log the simulator wrote for it, in its directory: consistent, and what the log says of the firewall", async () => {
    const { stderr, report } = await explainJson({ 'web01/webagent.conf': SEED_AGENT, 'web01/logs/ctagent.log': log({}) }, ['web01/logs/ctagent.log', 'web01']);
    expect(stderr).toBe('');
    expect(report.logs).toEqual([
      {
        file: 'web01/logs/ctagent.log',
        agent: 'web01',
        attribution: "in the agent's directory",
        comparisons: [
          {
            code: 'CT_SOCKET_ERROR',
            observed: { count: 48, events: 24, perBurst: 2, medianIntervalSeconds: 3600, perHour: 2, periodic: true, servers: ['server#2', 'server#3'] },
            predicted: {
              perRefresh: { min: 2, max: 2 },
              periodSeconds: 3600,
              perHour: { min: 2, max: 2 },
              perConnectionPerDay: 24,
              servers: ['server#2', 'server#3'],
            },
            verdict: 'consistent',
            reason: 'the configuration explains it: idle connections the firewall dropped fail at every refresh (RSA KB 000025051)',
            bounds: ['CT_SOCKET_ERROR every 60 minutes with a 1 hour refresh: the firewall idle timeout is at most 1 hour'],
          },
        ],
      },
    ]);
  });

  it("a log with irregular errors: not periodic, pointing at the seed's other causes", async () => {
    const irregular = log({ firewallIdleTimeoutSeconds: 7200, disruptions: { network: 7, load: 5 }, seed: 25052 });
    const { report } = await explainJson({ 'web01/webagent.conf': SEED_AGENT, 'web01/ctagent.log': irregular }, ['web01/ctagent.log', 'web01']);
    const verdicts = report.logs[0].comparisons.map((c: { code: string; verdict: string }) => [c.code, c.verdict]);
    expect(verdicts).toEqual([
      ['CT_SOCKET_ERROR', 'not periodic'],
      ['CT_SERVER_TIMED_OUT_ERROR', 'not periodic'],
    ]);
    expect(report.logs[0].comparisons[0].reason).toMatch(
      /^\d+ bursts at irregular intervals \(median [^)]+\): not the idle-connection pattern, which recurs at every refresh; RSA KB 000025051 names other causes: a network disruption drops connections in use \(CT_SOCKET_ERROR\), and an aserver under load answers too late \(CT_SERVER_TIMED_OUT_ERROR\)$/,
    );
  });

  it('errors every 30 minutes with a 30-minute refresh: the firewall idle timeout is at most 30 minutes', async () => {
    const agent = SEED_AGENT.replace('auth_server_pool_refresh=1 Hrs', 'auth_server_pool_refresh=30 Mins');
    const halfHourly = log({ pool: { ...SEED_POOL, refreshSeconds: 1800 }, firewallIdleTimeoutSeconds: 1500, requestGapSeconds: 300 });
    const { report } = await explainJson({ 'web01/webagent.conf': agent, 'ctagent.log': halfHourly }, ['ctagent.log', 'web01']);
    expect(report.logs[0]).toMatchObject({ agent: 'web01', attribution: 'the only agent given' });
    expect(report.logs[0].comparisons[0]).toMatchObject({
      code: 'CT_SOCKET_ERROR',
      predicted: { perRefresh: { min: 0, max: 0 }, servers: [] },
      verdict: 'consistent',
      reason: 'the configuration explains it if the firewall idle timeout is at most 30 minutes (1 hour, the typical value of RSA KB 000025051, was assumed)',
      bounds: ['CT_SOCKET_ERROR every 30 minutes with a 30 minutes refresh: the firewall idle timeout is at most 30 minutes, not the 1 hour assumed'],
    });
    // A firewall timeout given by the user is not second-guessed: the log shows more than predicted.
    const given = await explainJson({ 'web01/webagent.conf': agent, 'ctagent.log': halfHourly }, ['ctagent.log', 'web01', '--firewall-idle-timeout', '1h']);
    expect(given.report.logs[0].comparisons[0]).toMatchObject({
      verdict: 'more than predicted',
      reason: 'the configuration explains it only with a firewall idle timeout of at most 30 minutes',
    });
  });

  it('predicted but absent: the log covers more than a refresh and holds none', async () => {
    const quiet = log({ firewallIdleTimeoutSeconds: 7200, disruptions: { network: 0, load: 3 } });
    const { report } = await explainJson({ 'web01/webagent.conf': SEED_AGENT, 'web01/ctagent.log': quiet }, ['web01/ctagent.log', 'web01']);
    expect(report.logs[0].comparisons[0]).toEqual({
      code: 'CT_SOCKET_ERROR',
      predicted: {
        perRefresh: { min: 2, max: 2 },
        periodSeconds: 3600,
        perHour: { min: 2, max: 2 },
        perConnectionPerDay: 24,
        servers: ['server#2', 'server#3'],
      },
      verdict: 'predicted but absent',
      reason: 'predicted from idle connections, but not in this log',
      bounds: [
        'the log covers more than a refresh: the firewall idle timeout is longer than the refresh (1 hour), or there is no such firewall, or no connection stays idle',
      ],
    });
  });

  it('more lines per burst than idle connections, or errors on the server in use: more than predicted', async () => {
    const fourServers = log({ pool: { ...SEED_POOL, locationClasses: [4] } });
    const { report } = await explainJson({ 'web01/webagent.conf': SEED_AGENT, 'web01/ctagent.log': fourServers }, ['web01/ctagent.log', 'web01']);
    expect(report.logs[0].comparisons[0]).toMatchObject({
      verdict: 'more than predicted',
      reason: expect.stringMatching(/^3 lines per burst, more than the 2 idle connections predicted/),
    });
  });
});

describe('a log belongs to an agent', () => {
  const fleet = {
    'agents/web01/webagent.conf': SEED_AGENT,
    'agents/web02/webagent.conf': SEED_AGENT,
    'agents/web03/webagent.conf': SEED_AGENT.replace('auth_server_pool_refresh=1 Hrs', 'auth_server_pool_refresh=30 Mins'),
    'ctagent.log': log({}),
  };

  it("a log given with a whole fleet, in none of its directories, is not attributed and explained by no agent's findings", async () => {
    const { report } = await explainJson(fleet, ['ctagent.log', 'agents']);
    expect(report.logs).toEqual([
      {
        file: 'ctagent.log',
        unattributed: 'it is in none of the directories of the 3 agents given; name its agent with <agent path>=<log file>',
        comparisons: [],
      },
    ]);
    expect(report.codes[0]).toMatchObject({ id: 'CT_SOCKET_ERROR', explainedBy: [], unexplained: 'log not attributed' });
  });

  it('<agent path>=<log file> gives it to that agent: only its findings explain the codes', async () => {
    const { report } = await explainJson(fleet, ['agents/web02=ctagent.log', 'agents']);
    expect(report.logs[0]).toMatchObject({ file: 'ctagent.log', agent: 'agents/web02', attribution: 'named on the command line' });
    expect(report.codes[0].explainedBy.map((f: { agent: string; ruleId: string }) => `${f.agent} ${f.ruleId}`)).toEqual([
      'agents/web02 cleartrust/pool-refresh-exceeds-firewall-idle',
      'agents/web02 cleartrust/idle-failover-connections',
    ]);
    // web03 refreshes every 30 minutes, within the firewall's hour: the hourly errors of web02's log are not its own.
    const text = await runCli(['explain', '--log', 'agents/web03=ctagent.log'], { cwd: tempTree(fleet) });
    expect(text.stdout).toContain(
      [
        'Logs against the prediction of their agent',
        '  ctagent.log \u2192 agents/web03 (named on the command line)',
        '    CT_SOCKET_ERROR  more than predicted',
        '      observed  48 lines in 24 bursts: 2 per burst, about every 60 minutes (periodic), 2/hour; server#2, server#3',
        '      predicted none',
        '      why       none predicted from idle connections: another cause adds them; RSA KB 000025051 names other causes: a network disruption drops connections in use (CT_SOCKET_ERROR), and an aserver under load answers too late (CT_SERVER_TIMED_OUT_ERROR)',
      ].join('\n'),
    );
  });

  it('a pair naming a directory of several agents, or no agent, is said so', async () => {
    const { report } = await explainJson(fleet, ['agents=ctagent.log']);
    expect(report.logs[0]).toEqual({ file: 'ctagent.log', unattributed: 'agents holds 3 agents: name one of them', comparisons: [] });
  });
});

describe('explain --log --format html against the prediction', () => {
  it('draws the predicted count beside the observed one for every hour, and a table per log', async () => {
    const cwd = tempTree({ 'web01/webagent.conf': SEED_AGENT, 'web01/ctagent.log': log({}) });
    const { stdout } = await runCli(['explain', '--log', 'web01/ctagent.log', 'web01', '--format', 'html'], { cwd });
    const socket = stdout.split('<section class="log-code"')[1] ?? '';
    expect(socket.match(/<rect class="bar"/g)).toHaveLength(24);
    expect(socket.match(/<rect class="predicted"/g)).toHaveLength(24);
    expect(socket).toContain('<title>2007-02-24 08:00: 2 predicted</title>');
    expect(socket).toContain('Outlined bars: 2 predicted per hour, the prediction for the agents that wrote the logs.');
    expect(stdout).toContain('<h3 id="log-1"><code>web01/ctagent.log</code> &rarr; web01 <span class="muted">(in the agent&#39;s directory)</span></h3>');
    expect(stdout).toContain(
      '<tr><th scope="row"><code>CT_SOCKET_ERROR</code></th><td>consistent</td><td>48 lines in 24 bursts: 2 per burst, about every 60 minutes (periodic), 2/hour; server#2, server#3</td><td>2 per refresh, every 1 hour: 2/hour; server#2, server#3</td>',
    );
  });
});
