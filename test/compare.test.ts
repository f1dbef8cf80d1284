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
  it('knows the rules it does not run: a waiver of one is neither invalid nor unused', async () => {
    const waived = '# webagent-lint-disable-next-line cleartrust/unknown-property -- vendor extension\ncleartrust.agent.custom_flag=1\n';
    const cwd = tempTree({ ...fleet, 'agents/b/webagent.conf': agent('30 Mins', 'CANARY-salt-1', waived) });
    const { code, stdout } = await runCli(['compare', '--format', 'json', '.'], { cwd });
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['fleet/cleartrust-pool-drift']);
    expect(code).toBe(0);
    // An unknown rule is still reported.
    const typo = tempTree({ ...fleet, 'agents/b/webagent.conf': agent('30 Mins', 'CANARY-salt-1', waived.replace('unknown-property', 'unknown-propery')) });
    const findings = JSON.parse((await runCli(['compare', '--format', 'json', '.'], { cwd: typo })).stdout).findings;
    expect(findings.map((f: { ruleId: string; line: number; message: string }) => [f.ruleId, f.line, f.message])).toEqual([
      ['waiver/invalid', 4, 'Waiver names cleartrust/unknown-propery, which is not a webagent-lint rule.'],
      ['fleet/cleartrust-pool-drift', 7, expect.any(String)],
    ]);
  });

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
    expect(settings.map((s: { name: string }) => s.name)).toEqual([
      'cleartrust.agent.shared_secret',
      '<Pool __default__> cleartrust.agent.auth_server_pool_refresh',
    ]);
    expect(settings[1].groups).toEqual([
      { value: '30 Mins', agents: ['agents/a', 'agents/b'] },
      { value: '1 Hrs', agents: ['agents/c'] },
    ]);
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
    const fingerprints = runs
      .slice(0, 2)
      .map((run) => JSON.parse(run.stdout).clusters[0].settings.find((s: { name: string }) => s.name.endsWith('shared_secret')).groups[0].fingerprint);
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
    expect(stdout).toMatch(
      / {2}cleartrust\.agent\.shared_secret {2}\(secret: differs\)\n {4}fp:[0-9a-f]{8} {5}2 {2}agents\/a, agents\/b\n {4}fp:[0-9a-f]{8} {5}1 {2}agents\/c\n/,
    );
    expect(stdout).toContain('fleet/cleartrust-pool-drift');
  });

  it('groups agents by the clusters of the config file', async () => {
    const cwd = tempTree({ ...fleet, '.webagent-lint.yaml': 'clusters:\n  everything: ["agents/*", "other/*"]\n' });
    const report = JSON.parse((await runCli(['compare', '--format', 'json', '.'], { cwd })).stdout);
    expect(report.clusters.map((c: { name: string; source: string; agents: string[] }) => [c.name, c.source, c.agents.length])).toEqual([
      ['everything', 'config file', 4],
    ]);
  });

  it('exits like lint: 2 for a missing path', async () => {
    const cwd = tempTree(fleet);
    expect((await runCli(['compare', 'missing'], { cwd })).code).toBe(2);
  });
});

describe('issue 4 acceptance: session hijacking settings in one Cams cluster', () => {
  const cams = (...lines: string[]) => `cams.cluster.name=Shop\n${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
  const abc = {
    'shop/a/cams-webagent.conf': cams('enable=true', 'algorithm=SHA-256', 'salt=CANARY-salt-one'),
    'shop/b/cams-webagent.conf': cams('enable=true', 'algorithm=SHA-256', 'salt=CANARY-salt-two'),
    'shop/c/cams-webagent.conf': cams('enable=false'),
  };

  // Issue 14 narrowed this: only C deviates on protection (A and B agree with each other), so C alone gets a
  // finding, which names the 5306 that A and B log too; A and B differ on the salt one against one, so both get 5304.
  it('lint: A and B get CAMS-5304, C gets CAMS-5305 naming CAMS-5306, each at its own line', async () => {
    const cwd = tempTree(abc);
    const { stdout } = await runCli(['lint', '--format', 'json', 'shop'], { cwd });
    const fleet = JSON.parse(stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('fleet/cams-hijacking'));
    expect(fleet.map((f: { file: string; line: number; predicts: string[] }) => `${f.file}:${f.line} ${f.predicts.join()}`)).toEqual([
      'shop/a/cams-webagent.conf:4 CAMS-5304',
      'shop/b/cams-webagent.conf:4 CAMS-5304',
      'shop/c/cams-webagent.conf:2 CAMS-5305',
    ]);
    expect(fleet[2].message).toContain('they log 5306 for its sessions');
  });

  it('compare shows the salt as differing with fingerprints; no salt in any output or error message', async () => {
    const cwd = tempTree({
      ...abc,
      'shop/d/cams-webagent.conf':
        'cams.cluster.name=Shop\ncams.session.hijacking.protection.salt "CANARY-broken\ncams.session.hijacking.protection.salt=CANARY-\\u00zz-escape\n',
    });
    const compare = JSON.parse((await runCli(['compare', '--format', 'json', 'shop'], { cwd })).stdout);
    const salt = compare.clusters[0].settings.find((s: { name: string }) => s.name === 'cams.session.hijacking.protection.salt');
    expect(salt).toMatchObject({ secret: true, differs: true });
    // d's broken-looking line is valid Java properties (a space separates key and value): a third salt.
    expect(salt.groups.map((g: { fingerprint?: string; unset?: boolean }) => g.fingerprint ?? (g.unset ? 'unset' : 'value'))).toEqual([
      expect.stringMatching(/^fp:[0-9a-f]{8}$/),
      expect.stringMatching(/^fp:[0-9a-f]{8}$/),
      expect.stringMatching(/^fp:[0-9a-f]{8}$/),
      'unset',
    ]);
    const outputs = await Promise.all([
      runCli(['compare', '--format', 'text', 'shop'], { cwd }),
      runCli(['compare', '--format', 'json', 'shop'], { cwd }),
      ...['text', 'json', 'sarif', 'github', 'junit'].map((format) => runCli(['lint', '--format', format, 'shop'], { cwd })),
    ]);
    for (const output of outputs) expect(output.stdout + output.stderr).not.toContain('CANARY');
  });

  it('the same three agents with identical settings: no fleet finding', async () => {
    const same = cams('enable=true', 'algorithm=SHA-256', 'salt=CANARY-same');
    const cwd = tempTree({ 'shop/a/cams-webagent.conf': same, 'shop/b/cams-webagent.conf': same, 'shop/c/cams-webagent.conf': same });
    const { stdout } = await runCli(['lint', '--format', 'json', 'shop'], { cwd });
    expect(JSON.parse(stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('fleet/'))).toEqual([]);
  });
});
