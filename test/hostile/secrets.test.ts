/**
 * Secrets (design §3.8, issues 8 and 16): canary values in salt, secret, passphrase and password properties, in
 * every form in which they can be written (raw, escaped, continued over lines, entity-encoded, before the attribute
 * that names them, in a file that does not parse, echoed in a log), also on malformed lines and in values that
 * trigger findings, appear nowhere in stdout, stderr, report files or baselines, for every command in every format.
 * The formats come from the program's own tables, so a new format is covered the day it is added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_FORMATS, FORMATS, PREDICT_FORMATS } from '../../src/report/formats.js';
import { COMPARE_FORMATS } from '../../src/run/run.js';
import { runCli, tempTree } from '../helpers/cli.js';

/** Every canary contains this; the property names never do. */
const MARK = 'CANARY';

const clearTrust = (agent: string) =>
  [
    '<Global>',
    // A waiver whose reason repeats a secret value: SARIF gives the reason as the suppression's justification
    // (and compare, which runs no rule it names, reports the waiver at its line, cut after "salt" inside the value).
    `# webagent-lint-disable-next-line cleartrust/unknown-property -- replaces ${MARK}-salt-${agent} soon`,
    `cleartrust.agent.cookie_salt=${MARK}-salt-${agent}`,
    `\tcleartrust.agent.shared_secret = "${MARK}-shared-secret"`,
    `cleartrust.agent.shared_secret=${MARK}-secret-again-${agent}`, // duplicate key: a finding on a secret line
    'cleartrust.agent.session_lifetime=8 Hrs',
    '</Global>',
    `cleartrust.agent.key_client_secret=${MARK}-outside-a-block-${agent}`, // key outside a block
    '<Pool id=p1>',
    `cleartrust.agent.ssl.keystore_passphrase "${MARK}-no-equals`, // unrecognised line
    `cleartrust.agent.ssl.private_key_passphrase="${MARK}-unclosed-quote`, // unclosed quote
    `cleartrust.agent.ssl.ca_keystore_passphrase=${MARK}-é-non-ascii`,
    `cleartrust.agent.key_client_secret=${MARK}-pool-${agent}`,
    'cleartrust.agent.dispatcher_list=ct1:5603',
    '</Pool>',
    '',
  ].join('\n');

const cams = (agent: string) =>
  [
    'cams.cluster.name=Prod_1',
    `cams.keystore.password=${MARK}-pw-${agent}`,
    `cams.keystore.password=${MARK}-pw-repeated-${agent}`, // duplicate key
    `cams.truststore.password=${MARK}-\\u12zz-malformed-escape`, // malformed \u escape
    `cams.agent.passwd=${MARK}-é-non-ascii-${agent}`, // non-ASCII in a secret
    `cams.session.secret ${MARK}-space-separated \\`,
    `   ${MARK}-continued`,
    `cams.ssl.keystore.password=${MARK}-first-line-${agent}\\`, // continued onto a line that has a finding
    `   ${MARK}-sécond-line`,
    `cams.pass\\u0077ord=${MARK}-escaped-key-${agent}`, // names a secret only once unescaped
    'cams.loginconfig.entry=http',
    '',
  ].join('\n');

const loginConfig = [
  '<login-config>',
  '  <login-config-entry name="http">',
  '    <login-module-entry className="x.Login" flag="REQUIRED">',
  `      <options><option name="password" value="${MARK}-xml-password"/><option name="ldapSecret" value="${MARK}-xml-secret"/></options>`,
  `      <options><option value="${MARK}-value-before-name" name="password"/><option name="secret" value="&#67;ANARY-reference"/></options>`,
  '    </login-module-entry>',
  '  </login-config-entry>',
  '</login-config>',
  '',
].join('\n');
/** A login-config that does not parse, its option's start tag spanning lines. */
const brokenLoginConfig = ['<login-config>', '  <option name="password"', `     value="${MARK}-malformed" <`, '</login-config>', ''].join('\n');
const policy = '<access-control-policy><permission-collection/><acr-lib/></access-control-policy>\n';

const log = [
  `Feb 24, 2007 12:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR`,
  `Feb 24, 2007 01:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR`,
  `keystore opened with ${MARK}-pw-a and ${MARK}-first-line-a`, // a line no reader knows, echoing secrets read from the configuration
  '',
].join('\n');

function tree(): string {
  return tempTree({
    'agents/web01/webagent.conf': clearTrust('a'),
    'agents/web02/webagent.conf': clearTrust('b'),
    'cams/web01/cams-webagent.conf': cams('a'),
    'cams/web02/cams-webagent.conf': cams('b'),
    'cams/system/login-config.xml': loginConfig,
    'cams/system/access-control-policy.xml': policy,
    'cams/broken/system/login-config.xml': brokenLoginConfig,
    'logs/ctagent.log': log,
  });
}

/** Every file the runs wrote (reports and baselines), as text. */
function written(directory: string): string {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((file) => readFileSync(path.join(directory, file), 'utf8'))
    .join('\n');
}

/** Anything that shows a canary: the marker itself, or the character reference that spells it. */
const CANARY = new RegExp(`${MARK}|&#67;ANARY`);

const commands: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['lint', ['lint'], FORMATS],
  ['compare', ['compare'], COMPARE_FORMATS],
  ['compare --all', ['compare', '--all'], COMPARE_FORMATS],
  ['explain --log', ['explain', '--log', 'logs/ctagent.log'], EXPLAIN_FORMATS],
  ['predict', ['predict'], PREDICT_FORMATS],
  ['predict --set', ['predict', '--set', 'cleartrust.agent.auth_server_pool_refresh=55 Mins'], PREDICT_FORMATS],
];

describe('no secret value in any output of any command, in any format', () => {
  const cwd = tree();
  const paths = ['agents', 'cams'];

  for (const [name, argv, formats] of commands) {
    it(`${name}: ${formats.join(', ')}, on stdout, stderr and --output${name === 'lint' ? ' and --report' : ''}`, async () => {
      const out = `out/${name.replace(/\W+/g, '-')}`;
      for (const format of formats) {
        const { code, stdout, stderr } = await runCli([...argv, '--no-color', '--format', format, ...paths], { cwd });
        expect(code, `${name} --format ${format}: ${stderr}`).not.toBe(2);
        expect(stdout.length).toBeGreaterThan(0);
        expect(stdout + stderr).not.toMatch(CANARY);
        const reports = name === 'lint' ? FORMATS.flatMap((other) => ['--report', `${other}=${out}/${format}-report.${other}`]) : [];
        const file = await runCli([...argv, '--format', format, '--output', `${out}/${format}.out`, ...reports, ...paths], { cwd });
        expect(file.code, `${name} --format ${format} --output: ${file.stderr}`).not.toBe(2);
        expect(file.stdout + file.stderr).not.toMatch(CANARY);
      }
      expect(written(path.join(cwd, out))).not.toMatch(CANARY);
    });
  }

  it('lint --format sarif gives the waiver reason that repeats a secret value with the value masked', async () => {
    const { stdout } = await runCli(['--format', 'sarif', 'agents'], { cwd });
    const justifications = JSON.parse(stdout)
      .runs[0].results.flatMap((result: { suppressions?: { justification: string }[] }) => result.suppressions ?? [])
      .map((suppression: { justification: string }) => suppression.justification);
    expect(justifications).toEqual(['replaces ******** soon', 'replaces ******** soon']);
  });

  it('lint --update-baseline writes no secret, and linting against that baseline shows none, in every format', async () => {
    const update = await runCli(['--baseline', 'out/baseline/baseline.json', '--update-baseline', ...paths], { cwd });
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout + update.stderr).not.toMatch(CANARY);
    for (const format of FORMATS) {
      const { code, stdout, stderr } = await runCli(['--baseline', 'out/baseline/baseline.json', '--format', format, ...paths], { cwd });
      expect(code, stderr).not.toBe(2);
      expect(stdout + stderr).not.toMatch(CANARY);
    }
    expect(written(path.join(cwd, 'out/baseline'))).not.toMatch(CANARY);
  });

  it('explain <code> and rules print no configuration at all', async () => {
    for (const argv of [['explain', 'CT_SOCKET_ERROR', '5005'], ['explain', '--format', 'json', 'access reason 13'], ['rules'], ['--help'], ['help', 'lint']]) {
      const { stdout, stderr } = await runCli(argv, { cwd });
      expect(stdout + stderr).not.toMatch(CANARY);
    }
  });

  it('the findings do point at the secret lines (the canaries were read, and hidden)', async () => {
    const { stdout } = await runCli(['--format', 'json', 'agents', 'cams'], { cwd });
    const rules = new Set((JSON.parse(stdout).findings as { ruleId: string }[]).map((f) => f.ruleId));
    for (const rule of [
      'cleartrust/syntax-error',
      'cleartrust/duplicate-key',
      'cams/duplicate-key',
      'cams/properties-syntax',
      'cams/non-ascii-character',
      'cams/xml-syntax',
    ])
      expect(rules).toContain(rule);
  });
});
