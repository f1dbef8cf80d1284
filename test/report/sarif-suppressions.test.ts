/**
 * Issue 15 (Reports): SARIF for code scanning keeps what the team accepted closed. Waived findings are results
 * with an in-source suppression carrying the waiver's reason and place; with --baseline every result has a
 * baselineState and the baselined ones are unchanged results with an external suppression; the invocation is
 * always there; fixes give byte offsets beside character offsets. The Microsoft SARIF multitool accepts it all.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { documentedConfig, multitoolProblems } from '../helpers/sarif.js';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';

// Each agent its own dispatcher, so that no fleet rule joins in.
const pool = (id: string, refresh: string) =>
  `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=${id}:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
const waived = (id: string) =>
  `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=${id}:5608\n  # webagent-lint-disable-next-line cleartrust/pool-refresh-exceeds-firewall-idle -- firewall raised to 4h, see NET-7\ncleartrust.agent.auth_server_pool_refresh=2 Hrs\n</Pool>\n`;

interface SarifResult {
  readonly ruleId: string;
  readonly locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  readonly baselineState?: string;
  readonly suppressions?: unknown[];
  readonly fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number> }[] }[] }[];
}

const sarifOf = (stdout: string) => JSON.parse(stdout).runs[0] as { results: SarifResult[]; invocations: unknown[] };
const uri = (result: SarifResult) => result.locations[0]?.physicalLocation.artifactLocation.uri;

describe('SARIF suppressions', () => {
  it('lists a waived finding as a result suppressed in source, with the reason and the waiver comment as its location', async () => {
    const cwd = tempTree({ 'a/webagent.conf': waived('a'), 'b/webagent.conf': pool('b', '1 Hrs') });
    const { code, stdout } = await runCli(['.', '--format', 'sarif', '--firewall-idle-timeout', '1h'], { cwd });
    expect(code).toBe(0);
    const { results } = sarifOf(stdout);
    expect(results.map((r) => [uri(r), r.suppressions ?? null, r.baselineState ?? null])).toEqual([
      ['b/webagent.conf', null, null],
      [
        'a/webagent.conf',
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'firewall raised to 4h, see NET-7',
            location: {
              physicalLocation: {
                artifactLocation: { uri: 'a/webagent.conf', uriBaseId: '%SRCROOT%' },
                region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 118 },
              },
            },
          },
        ],
        null,
      ],
    ]);
    // The other formats do not list waived findings; they count them.
    const text = await runCli(['.', '--no-color', '--firewall-idle-timeout', '1h'], { cwd });
    expect(text.stdout).toMatch(/; 1 waived\.\n$/);
  });

  it('masks a secret value in a waiver reason', async () => {
    const conf = `<Global>\ncleartrust.agent.shared_secret=CANARY-9876\n</Global>\n${waived('a').replace('see NET-7', 'old secret CANARY-9876 kept')}`;
    const cwd = tempTree({ 'a/webagent.conf': conf });
    const { stdout } = await runCli(['a', '--format', 'sarif', '--firewall-idle-timeout', '1h'], { cwd });
    expect(stdout).not.toContain('CANARY');
    const suppressed = sarifOf(stdout).results.find((r) => r.suppressions);
    expect(suppressed?.suppressions).toMatchObject([{ kind: 'inSource', justification: 'firewall raised to 4h, old secret ******** kept' }]);
  });
});

describe('SARIF baselineState', () => {
  it('with --baseline: new for reported findings, unchanged with an external suppression for baselined ones', async () => {
    const cwd = tempTree({ 'old/webagent.conf': pool('o', '2 Hrs'), 'w/webagent.conf': waived('w') });
    await runCli(['.', '--baseline', 'baseline.json', '--update-baseline'], { cwd });
    // --update-baseline's own SARIF already keeps the findings it accepts closed.
    const accepted = sarifOf((await runCli(['.', '--baseline', 'b2.json', '--update-baseline', '--format', 'sarif'], { cwd })).stdout).results;
    expect(accepted.map((r) => [uri(r), r.baselineState])).toEqual([
      ['w/webagent.conf', 'new'],
      ['old/webagent.conf', 'unchanged'],
    ]);
    // A new finding after the baseline was written.
    mkdirSync(path.join(cwd, 'new'));
    writeFileSync(path.join(cwd, 'new/webagent.conf'), pool('n', '3 Hrs'));
    const { code, stdout } = await runCli(['.', '--baseline', 'baseline.json', '--format', 'sarif'], { cwd });
    expect(code).toBe(0);
    const { results } = sarifOf(stdout);
    expect(results.map((r) => [uri(r), r.baselineState, r.suppressions ?? null])).toEqual([
      ['new/webagent.conf', 'new', null],
      ['w/webagent.conf', 'new', [expect.objectContaining({ kind: 'inSource' })]],
      ['old/webagent.conf', 'unchanged', [{ kind: 'external', status: 'accepted', justification: 'in the baseline file' }]],
    ]);
    // Without a baseline, no result has a baselineState.
    const plain = sarifOf((await runCli(['.', '--format', 'sarif'], { cwd })).stdout).results;
    expect(plain.filter((r) => 'baselineState' in r)).toEqual([]);
  });

  it(
    'passes the Microsoft SARIF multitool with GitHub rules, with waived and baselined results and a fix',
    async () => {
      const cwd = tempTree({ 'old/webagent.conf': pool('o', '2 Hrs'), 'w/webagent.conf': waived('w'), 'n/webagent.conf': pool('n', '1 Hrs') });
      await runCli(['old', '--baseline', 'baseline.json', '--update-baseline'], { cwd });
      const sarifPath = path.join(cwd, 'out.sarif');
      const { stderr } = await runCli(['.', '--baseline', 'baseline.json', '--sarif-file', sarifPath, '--config', documentedConfig(cwd)], { cwd });
      expect(stderr).toBe('');
      const run = JSON.parse(readFileSync(sarifPath, 'utf8')).runs[0];
      expect(run.results.map((r: SarifResult) => r.baselineState)).toEqual(['new', 'new', 'unchanged']);
      expect(run.results[0].fixes).toHaveLength(1);
      expect(multitoolProblems(sarifPath)).toEqual([]);
    },
    HEAVY_TEST_TIMEOUT,
  );
});

describe('SARIF invocation', () => {
  it('is always there: a successful run without notifications, and no command line (arguments may name secrets)', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('a', '30 Mins') });
    const { invocations } = sarifOf((await runCli(['a', '--format', 'sarif', '--firewall-idle-timeout', '1h'], { cwd })).stdout);
    expect(invocations).toEqual([{ executionSuccessful: true }]);
  });
});

describe('SARIF fix byte offsets', () => {
  it('gives each replacement its byte range beside its character range: UTF-8 with a BOM and characters of 2 to 4 bytes', async () => {
    // Before the fixed value: a BOM (3 bytes), 'é' (2 bytes, 1 unit), '€' (3 bytes, 1 unit), '😀' (4 bytes, 2 units).
    const conf = `\ufeff# é € 😀\n<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>\n`;
    const cwd = tempTree({ 'a/webagent.conf': conf });
    const [result] = sarifOf((await runCli(['a', '--format', 'sarif'], { cwd })).stdout).results;
    const text = conf.slice(1);
    const charOffset = text.indexOf('1 Hrs');
    const byteOffset = Buffer.from(conf.slice(0, conf.indexOf('1 Hrs'))).length;
    expect(result?.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      { deletedRegion: { charOffset, charLength: 5, byteOffset, byteLength: 5 }, insertedContent: { text: '55 Mins' } },
    ]);
    expect([charOffset, byteOffset]).toEqual([73, 81]);
  });

  it('counts two bytes per unit after the BOM of a UTF-16 file, and one per character of a file read as ISO-8859-1', async () => {
    const conf = '# é\n<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(conf, 'utf16le')]);
    const latin1 = Buffer.from(conf, 'latin1');
    const cwd = tempTree({ 'u/webagent.conf': utf16, 'l/webagent.conf': latin1 });
    const { results } = sarifOf((await runCli(['.', '--format', 'sarif'], { cwd })).stdout);
    const region = (file: string) => results.find((r) => uri(r) === file && r.fixes)?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.deletedRegion;
    const at = conf.indexOf('1 Hrs');
    expect(region('u/webagent.conf')).toEqual({ charOffset: at, charLength: 5, byteOffset: 2 + 2 * at, byteLength: 10 });
    expect(region('l/webagent.conf')).toEqual({ charOffset: at, charLength: 5, byteOffset: at, byteLength: 5 });
  });
});
