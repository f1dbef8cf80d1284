/** Issue 6 acceptance: SARIF (validated by the Microsoft SARIF multitool with GitHub rules), GitHub annotations,
 * JUnit, several reports in one run, thresholds, waivers and baselines, as a CI user runs them. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from './helpers/cli.js';
import { documentedConfig, multitoolProblems } from './helpers/sarif.js';
import { HEAVY_TEST_TIMEOUT } from './helpers/timeouts.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

// Each agent gets its own dispatcher unless told otherwise, so fleet rules stay out of single-rule tests.
const pool = (refresh: string, dispatcher = `d-${refresh.replace(/\W/g, '')}:5608`) =>
  `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=${dispatcher}\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

describe('SARIF', () => {
  it(
    'for examples/ passes the Microsoft SARIF validator with GitHub rules with zero errors and warnings',
    async () => {
      const dir = tempTree({});
      const sarifPath = path.join(dir, 'examples.sarif');
      const { code } = await runCli(['examples', '--format', 'sarif', '--output', sarifPath, '--config', documentedConfig(dir)], { cwd: repo });
      expect(code).toBe(1);
      expect(multitoolProblems(sarifPath)).toEqual([]);
      // Without a documentation URL there is no site to name: the one warning left is the missing informationUri.
      const bare = path.join(dir, 'bare.sarif');
      await runCli(['examples', '--format', 'sarif', '--output', bare], { cwd: repo });
      expect(multitoolProblems(bare)).toEqual(['SARIF2005: Warning_ProvideToolnformationUri']);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('describes every rule, locates every result, and keeps fingerprints across inserted lines', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('1 Hrs') });
    const first = JSON.parse((await runCli(['a', '--format', 'sarif'], { cwd })).stdout);
    const run = first.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('cleartrust/pool-refresh-exceeds-firewall-idle');
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'cleartrust/pool-refresh-exceeds-firewall-idle');
    expect(rule).toMatchObject({
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      help: { text: expect.stringContaining('Fix: '), markdown: expect.stringMatching(/^# cleartrust\/pool-refresh-exceeds-firewall-idle\n/) },
    });
    // No link to a site or repository that does not exist: the documentation is embedded.
    expect(JSON.stringify(first)).not.toMatch(/helpUri|informationUri|webagent-lint\/webagent-lint/);
    expect(rule.properties.tags).toContain('CT_SOCKET_ERROR');
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({
      ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle',
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a/webagent.conf' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 48 } } }],
    });
    writeFileSync(path.join(cwd, 'a/webagent.conf'), `\n\n# moved down\n${pool('1 Hrs')}`);
    const moved = JSON.parse((await runCli(['a', '--format', 'sarif'], { cwd })).stdout).runs[0].results[0];
    expect(moved.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(moved.partialFingerprints).toEqual(run.results[0].partialFingerprints);
  });

  it('gives a fleet finding the agreeing agents as relatedLocations', async () => {
    const cwd = tempTree({
      'a/webagent.conf': pool('30 Mins', 'd1:5608'),
      'b/webagent.conf': pool('30 Mins', 'd1:5608'),
      'c/webagent.conf': pool('40 Mins', 'd1:5608'),
    });
    const results = JSON.parse((await runCli(['.', '--format', 'sarif'], { cwd })).stdout).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ruleId: 'fleet/cleartrust-pool-drift',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'c/webagent.conf' }, region: { startLine: 3, startColumn: 1 } } }],
      relatedLocations: [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri: 'a/webagent.conf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 50 },
          },
        },
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'b/webagent.conf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 50 },
          },
        },
      ],
    });
  });

  it('has results: [] when clean', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('30 Mins') });
    const { code, stdout } = await runCli(['a', '--format', 'sarif'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).runs[0].results).toEqual([]);
  });
});

describe('GitHub annotations and JUnit', () => {
  it('--format github prints one valid workflow command per finding', async () => {
    const { stdout } = await runCli(['examples', '--format', 'github'], { cwd: repo });
    const lines = stdout.trimEnd().split('\n');
    const notices = lines.filter((line) => line.startsWith('::notice title=Not checked%3A '));
    const commands = lines.filter((line) => line.startsWith('::') && !notices.includes(line));
    const json = JSON.parse((await runCli(['examples', '--format', 'json'], { cwd: repo })).stdout);
    expect(commands).toHaveLength(json.findings.length);
    expect(notices).toHaveLength(json.notChecked.length);
    for (const command of commands) {
      expect(command).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z]+\/[a-z0-9-]+::[^\n]+$/);
    }
    expect(commands[0]).toContain('%0AFix: ');
  });

  it('--format junit gives one suite per file with a failure per finding', async () => {
    const cwd = tempTree({ 'bad/webagent.conf': pool('2 Hrs'), 'good/webagent.conf': pool('30 Mins') });
    // The firewall timeout given, so that no check rests on an assumed one (those are skipped cases, tested with the notices).
    const { stdout } = await runCli(['.', '--format', 'junit', '--firewall-idle-timeout', '1h'], { cwd });
    expect(stdout).toContain('<testsuites name="webagent-lint" tests="2" failures="1" errors="0" time="0">');
    expect(stdout).toContain('<testsuite name="bad/webagent.conf" tests="1" failures="1" errors="0" skipped="0" time="0">');
    expect(stdout).toContain(
      '<testcase classname="bad/webagent.conf" name="cleartrust/pool-refresh-exceeds-firewall-idle 3:1" file="bad/webagent.conf" time="0"><failure type="warning"',
    );
    expect(stdout).toContain(
      '<testsuite name="good/webagent.conf" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase classname="good/webagent.conf" name="webagent-lint" file="good/webagent.conf" time="0"/>',
    );
  });

  it('one run prints text and writes SARIF and JUnit files', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('2 Hrs') });
    const { code, stdout } = await runCli(['a', '--no-color', '--sarif-file', 'out/report.sarif', '--report', 'junit=out/junit.xml'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('1 problem (0 errors, 1 warning');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/report.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(path.join(cwd, 'out/junit.xml'), 'utf8')).toContain('failures="1"');
  });

  it('rejects a malformed --report', async () => {
    const { code, stderr } = await runCli(['--report', 'pdf=x.pdf', 'examples'], { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toContain('expected <format>=<file>');
  });
});

describe('thresholds', () => {
  const cwd = tempTree({ 'w/webagent.conf': `<Global>\ncleartrust.agent.log_level=Debug\n</Global>\n` });

  it.each([
    [[], 0],
    [['--fail-on', 'warning'], 1],
    [['--fail-on', 'info'], 1],
    [['--max-warnings', '0'], 1],
    [['--max-warnings', '1'], 0],
    [['--fail-on', 'warning', '--no-fail'], 0],
  ])('%j exits %i on one warning', async (flags, expected) => {
    expect((await runCli(['w', ...flags], { cwd })).code).toBe(expected);
  });

  it('--no-fail still exits 2 when the run itself failed', async () => {
    expect((await runCli(['missing', '--no-fail'], { cwd })).code).toBe(2);
  });
});

describe('waivers (design §3.7)', () => {
  const waived = `<Pool id=__default__>\n# webagent-lint-disable-next-line cleartrust/pool-refresh-exceeds-firewall-idle -- firewall exempts 5615 (NET-42)\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>\n`;

  it('a waiver with a reason silences its finding and is counted', async () => {
    const cwd = tempTree({ 'a/webagent.conf': waived });
    const { code, stdout } = await runCli(['a', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ findings: [], summary: { waived: 1 } });
    expect((await runCli(['a', '--no-color'], { cwd })).stdout).toBe('No problems found in 1 agent (1 file); 1 waived.\n');
  });

  it('without a reason it is reported itself, and the finding stays', async () => {
    const cwd = tempTree({ 'a/webagent.conf': waived.replace(' -- firewall exempts 5615 (NET-42)', '') });
    const findings = JSON.parse((await runCli(['a', '--format', 'json'], { cwd })).stdout).findings;
    expect(findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`)).toEqual([
      'waiver/invalid@2',
      'cleartrust/pool-refresh-exceeds-firewall-idle@3',
    ]);
  });

  it('an unused waiver is reported', async () => {
    const cwd = tempTree({ 'a/webagent.conf': waived.replace('1 Hrs', '30 Mins') });
    const findings = JSON.parse((await runCli(['a', '--format', 'json'], { cwd })).stdout).findings;
    expect(findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['waiver/unused@2:1']);
  });

  it('--no-inline-waivers brings the finding back, and it counts for the gate again', async () => {
    const cwd = tempTree({ 'a/webagent.conf': waived });
    const { code, stdout } = await runCli(['a', '--format', 'json', '--no-inline-waivers', '--fail-on', 'warning'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ findings: [{ ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle', line: 3 }], summary: { waived: 0 } });
  });
});

describe('baseline', () => {
  it('reports only new findings, and keeps old ones matched when lines are inserted above them', async () => {
    const cwd = tempTree({});
    const examples = path.join(repo, 'examples');
    const baseline = path.join(cwd, 'baseline.json');
    const update = await runCli([examples, '--baseline', baseline, '--update-baseline'], { cwd: repo });
    expect(update.code).toBe(0);
    // 15 findings of the ClearTrust examples and 14 of the Cams ones (examples/cams), one of them inferred.
    expect(update.stderr).toMatch(/wrote 29 findings to the baseline/);
    const rerun = await runCli([examples, '--baseline', baseline, '--format', 'json'], { cwd: repo });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).summary).toMatchObject({ errors: 0, warnings: 0, baselined: 29 });

    // A copy of the ClearTrust examples with blank lines inserted at the top and one new problem.
    const files: Record<string, string> = {};
    for (const name of ['healthy', 'firewall-drops', 'duplicate-server-lists', 'typos']) {
      files[`examples/${name}/webagent.conf`] = `\n\n\n${readFileSync(path.join(examples, name, 'webagent.conf'), 'utf8')}`;
    }
    files['examples/healthy/webagent.conf'] = (files['examples/healthy/webagent.conf'] as string).replace('cookie_ip_check=False', 'cookie_ip_check=True');
    const copy = tempTree(files);
    const after = await runCli(['examples', '--baseline', baseline, '--format', 'json', '--fail-on', 'warning'], { cwd: copy });
    expect(after.code).toBe(1);
    const report = JSON.parse(after.stdout);
    expect(report.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'cleartrust/cookie-ip-check-without-trusted-proxy examples/healthy/webagent.conf:14',
    ]);
    expect(report.summary.baselined).toBe(15);
  });

  it('a missing or foreign baseline file exits 2 with a message', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('30 Mins'), 'foreign.json': '{"version": 3}' });
    expect(await runCli(['a', '--baseline', 'none.json'], { cwd })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('baseline none.json: no such file or directory'),
    });
    expect(await runCli(['a', '--baseline', 'foreign.json'], { cwd })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a webagent-lint baseline'),
    });
    expect(await runCli(['a', '--update-baseline'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('--update-baseline needs --baseline') });
  });
});
