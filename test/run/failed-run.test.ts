/**
 * Issue 15, item 1: a failed run never looks like a clean one. A typo in a path (exit 2) is said in every
 * format — SARIF marks its invocation unsuccessful (an empty analysis would close every open code scanning
 * alert), GitHub gets an ::error line, JUnit an <error>, JSON an `errors` part, HTML a banner — and text never
 * prints "No problems found" after it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { documentedConfig, multitoolProblems } from '../helpers/sarif.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const healthy = '<Global>\ncleartrust.agent.enabled=True\n</Global>\n';
const MISSING = 'agnets/: no such file or directory';

describe('a run that could not read a path', () => {
  const cwd = tempTree({ 'ok/webagent.conf': healthy, 'empty/README': 'nothing here' });
  const run = (format: string, ...paths: string[]) =>
    runCli(['--format', format, '--firewall-idle-timeout', '1h', ...(paths.length > 0 ? paths : ['agnets/', 'ok'])], { cwd });

  it('text: says the run failed and what failed, never "No problems found"', async () => {
    const { code, stdout } = await run('text');
    expect(code).toBe(2);
    expect(stdout).toBe(`Run failed:\n  ${MISSING}\n\nThe run failed (1 problem above); no findings in 1 agent (1 file).\n`);
    const empty = await run('text', 'empty');
    expect(empty.code).toBe(2);
    expect(empty.stdout).not.toContain('No problems found');
    expect(empty.stdout).toMatch(/^Run failed:\n {2}empty: no agent configuration found/);
  });

  it('JSON: an `errors` part, in the schema', async () => {
    const { code, stdout } = await run('json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([{ where: 'agnets/', message: 'no such file or directory' }]);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('GitHub: an ::error line for the failure', async () => {
    const { stdout } = await run('github');
    expect(stdout.split('\n')).toContain(`::error title=webagent-lint run failed::${MISSING}`);
  });

  it('JUnit: an <error> case, counted in the errors attribute', async () => {
    const { stdout } = await run('junit');
    expect(stdout).toContain('<testsuites name="webagent-lint" tests="2" failures="0" errors="1" time="0">');
    expect(stdout).toContain(`<testcase classname="webagent-lint run" name="${MISSING}" time="0"><error message="${MISSING}"/></testcase>`);
  });

  it('HTML: a failed verdict with exit code 2, and a banner above everything else but it', async () => {
    const { stdout } = await run('html');
    expect(stdout).toContain(
      '<h2 id="verdict-heading">Failed <span class="exit">exit code 2</span></h2>\n<p>The run itself failed (see below). The run fails on a finding of severity error.</p>',
    );
    const banner = stdout.indexOf('<section class="run-failed" role="alert"');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(stdout.indexOf('id="findings-heading"'));
    expect(stdout.slice(banner, stdout.indexOf('</section>', banner))).toContain(`<li>${MISSING}</li>`);
  });

  it(
    'SARIF: an unsuccessful invocation with an error notification, which the Microsoft SARIF multitool accepts',
    async () => {
      const out = tempTree({});
      const sarifPath = path.join(out, 'failed.sarif');
      const { code } = await runCli(['agnets/', 'ok', '--firewall-idle-timeout', '1h', '--sarif-file', sarifPath, '--config', documentedConfig(out)], { cwd });
      expect(code).toBe(2);
      const [invocation] = JSON.parse(readFileSync(sarifPath, 'utf8')).runs[0].invocations;
      expect(invocation).toEqual({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: MISSING } }] });
      expect(multitoolProblems(sarifPath)).toEqual([]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('a run without a failure prints what it always printed', async () => {
    const { code, stdout } = await run('json', 'ok');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).not.toHaveProperty('errors');
  });
});
