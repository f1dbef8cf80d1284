/**
 * Issue 16, item 2: a secret value is masked in every form in which it is written — continued over lines,
 * under a key that names a secret only once its escapes are read, before the attribute that names it, as a
 * character reference, in a file that did not parse — in every output format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'html'] as const;

/** Everything a run can write: every format on stdout, --report files, a baseline, compare --all in every format, predict. */
async function everyOutput(files: Record<string, string>, paths: string[]): Promise<string> {
  const cwd = tempTree(files);
  let all = '';
  for (const format of FORMATS) {
    const { stdout, stderr } = await runCli(['--format', format, ...paths], { cwd });
    all += stdout + stderr;
  }
  const reports = FORMATS.flatMap((format) => ['--report', `${format}=out/report.${format}`]);
  const written = await runCli([...reports, '--baseline', 'out/baseline.json', '--update-baseline', ...paths], { cwd });
  all += written.stdout + written.stderr;
  for (const name of readdirSync(path.join(cwd, 'out'))) all += readFileSync(path.join(cwd, 'out', name), 'utf8');
  for (const format of ['text', 'json', 'html']) {
    const { stdout, stderr } = await runCli(['compare', '--all', '--format', format, ...paths], { cwd });
    all += stdout + stderr;
  }
  const predicted = await runCli(['predict', '--format', 'json', ...paths], { cwd });
  return all + predicted.stdout + predicted.stderr;
}

describe('secret values in every written form never reach a report', () => {
  it('a properties value continued onto a line that has a finding, and a key that names a secret only once unescaped', async () => {
    const conf = ['cams.cluster.name=Prod', 'cams.keystore.password=SPLITfirst\\', '   SPLITsécond', 'cams.pass\\u0077ord=ESCAPEDkéy', ''].join('\n');
    const output = await everyOutput({ 'web/cams-webagent.conf': conf }, ['web']);
    // The findings are there (non-ASCII characters on lines 3 and 4), their lines are not.
    expect(output).toContain('cams/non-ascii-character');
    for (const secret of ['SPLITfirst', 'SPLITs', 'sécond', 'ESCAPEDk', 'ESCAPEDkéy']) expect(output).not.toContain(secret);
  });

  it('an XML option whose value comes before its secret name, and one written with a character reference', async () => {
    const loginConfig = [
      '<login-config>',
      '  <login-config-entry name="http">',
      '    <login-module-entry flag="required"><options><option value="BEFOREname" name="password"/></options></login-module-entry>',
      '    <login-module-entry flag="required"><options><option value="&#82;EFERENCEd" name="secret"/></options></login-module-entry>',
      '  </login-config-entry>',
      '</login-config>',
      '',
    ].join('\n');
    const output = await everyOutput({ 'system/login-config.xml': loginConfig, 'system/access-control-policy.xml': '<access-control-policy/>\n' }, ['system']);
    expect(output).toContain('cams/incomplete-login-config');
    for (const secret of ['BEFOREname', '&#82;EFERENCEd', 'REFERENCEd', 'EFERENCEd']) expect(output).not.toContain(secret);
  });

  it('a login-config that does not parse, its option tag spanning lines', async () => {
    const loginConfig = ['<login-config>', '  <option name="password"', '     value="MALFORMEDvalue" <', '</login-config>', ''].join('\n');
    const output = await everyOutput({ 'system/login-config.xml': loginConfig }, ['system']);
    expect(output).toContain('cams/xml-syntax');
    expect(output).not.toContain('MALFORMEDvalue');
  });
});

describe('explain --log shows log text safely', () => {
  it('masks the secret values of the configurations it lints and escapes control characters in lines, hosts and file names', async () => {
    const cwd = tempTree({
      'web/cams-webagent.conf': 'cams.cluster.name=Prod\ncams.keystore.password=LOGSECRETvalue\n',
      'cams\u001b[2J.log': [
        '[24/Mar/2005:10:44:02 -0800] LOGSECRETvalue\u001b]0;x\u0007 "http" 2 7 - bob',
        'password was LOGSECRETvalue \u001b[31mred\u0000nul',
        '',
      ].join('\n'),
    });
    for (const format of ['text', 'json', 'html']) {
      const { stdout, stderr } = await runCli(['explain', '--log', 'cams\u001b[2J.log', 'web', '--format', format], { cwd });
      expect(stdout + stderr).not.toContain('LOGSECRETvalue');
      if (format === 'text') {
        expect(stdout).not.toMatch(/[\u0000\u0007\u001b]/);
        expect(stdout).toContain('cams\\u001b[2J.log');
        expect(stdout).toContain('password was ******** \\u001b[31mred\\u0000nul');
      }
    }
  });
});
