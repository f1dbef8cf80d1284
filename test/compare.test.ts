import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from './helpers/cli.js';

const schemas = new URL('../schemas/', import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, schemas), 'utf8'));

const agent = (refresh: string, secret: string, extra = '') =>
  `<Global>\ncleartrust.agent.shared_secret=${secret}\ncleartrust.agent.idle_timeout=30 Mins\n${extra}</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

const fleet = {
  'agents/a/webagent.conf': agent('30 Mins', 'CANARY-salt-1'),
  'agents/b/webagent.conf': agent('30 Mins', 'CANARY-salt-1'),
  'agents/c/webagent.conf': agent('1 Hrs', 'CANARY-salt-2'),
  'other/d/webagent.conf': agent('1 Hrs', 'CANARY-salt-9').replace('disp1', 'disp2'),
};

describe('compare', () => {
  it('shows per dispatcher group the settings that differ, majority first, secrets as fingerprints', async () => {
    const cwd = tempTree(fleet);
    const { code, stdout } = await runCli(['compare', '--format', 'json', '.'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const validate = new Ajv({ allErrors: true }).addSchema(json('report.schema.json')).compile(json('compare.schema.json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.clusters.map((c: { name: string; agents: string[] }) => `${c.name}: ${c.agents.join(' ')}`)).toEqual([
      'disp1:5608: agents/a agents/b agents/c',
      'disp2:5608: other/d',
    ]);
    const settings = report.clusters[0].settings;
    expect(settings.map((s: { name: string }) => s.name)).toEqual(['cleartrust.agent.shared_secret', '<Pool __default__> cleartrust.agent.auth_server_pool_refresh']);
    expect(settings[1].groups).toEqual([{ value: '30 Mins', agents: ['agents/a', 'agents/b'] }, { value: '1 Hrs', agents: ['agents/c'] }]);
    const [same, other] = settings[0].groups;
    expect(settings[0]).toMatchObject({ secret: true, differs: true });
    expect(same).toEqual({ fingerprint: expect.stringMatching(/^fp:[0-9a-f]{8}$/), agents: ['agents/a', 'agents/b'] });
    expect(other.fingerprint).not.toBe(same.fingerprint);
    expect(report.findings.map((f: { ruleId: string; agent: string; line: number }) => `${f.ruleId} ${f.agent}:${f.line}`)).toEqual([
      'fleet/cleartrust-pool-drift agents/c:7',
    ]);
  });

  it('never prints a secret, in any format, and uses a new fingerprint key every run', async () => {
    const cwd = tempTree(fleet);
    const runs = await Promise.all(['json', 'json', 'text', 'html'].map((format) => runCli(['compare', '--format', format, '--all', '.'], { cwd })));
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain('CANARY');
    const fingerprints = runs.slice(0, 2).map((run) => JSON.parse(run.stdout).clusters[0].settings.find((s: { name: string }) => s.name.endsWith('shared_secret')).groups[0].fingerprint);
    expect(fingerprints[0]).not.toBe(fingerprints[1]);
  });

  it('masks a secret value reused under a name that is not secret', async () => {
    const cwd = tempTree({
      'agents/a/webagent.conf': agent('30 Mins', 'CANARY-salt-1', 'cleartrust.agent.cookie_name=CANARY-salt-1\n'),
      'agents/b/webagent.conf': agent('30 Mins', 'CANARY-salt-1', 'cleartrust.agent.cookie_name=plain\n'),
    });
    for (const format of ['text', 'json', 'html']) {
      const { stdout } = await runCli(['compare', '--format', format, '.'], { cwd });
      expect(stdout).not.toContain('CANARY');
      expect(stdout).toContain('********');
    }
  });

  it('--all shows equal settings too; text is a compact table', async () => {
    const cwd = tempTree(fleet);
    const { stdout } = await runCli(['compare', '--all', '--no-color', 'agents'], { cwd });
    expect(stdout).toContain('ClearTrust cluster disp1:5608 (from the dispatcher list): 3 agents, 2 settings differ\n');
    expect(stdout).toMatch(/ {2}cleartrust\.agent\.idle_timeout\n {4}30 Mins {5}3 {2}agents\/a, agents\/b, agents\/c\n/);
    expect(stdout).toMatch(/ {2}cleartrust\.agent\.shared_secret {2}\(secret: differs\)\n {4}fp:[0-9a-f]{8} {5}2 {2}agents\/a, agents\/b\n {4}fp:[0-9a-f]{8} {5}1 {2}agents\/c\n/);
    expect(stdout).toContain('fleet/cleartrust-pool-drift');
  });

  it('groups agents by the clusters of the config file', async () => {
    const cwd = tempTree({ ...fleet, '.webagent-lint.yaml': 'clusters:\n  everything: ["agents/*", "other/*"]\n' });
    const report = JSON.parse((await runCli(['compare', '--format', 'json', '.'], { cwd })).stdout);
    expect(report.clusters.map((c: { name: string; source: string; agents: string[] }) => [c.name, c.source, c.agents.length])).toEqual([['everything', 'config file', 4]]);
  });

  it('exits like lint: 2 for a missing path', async () => {
    const cwd = tempTree(fleet);
    expect((await runCli(['compare', 'missing'], { cwd })).code).toBe(2);
  });
});
