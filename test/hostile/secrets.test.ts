/**
 * Secrets (design §3.8, issue 8): canary values in salt, secret, passphrase and password properties, also on
 * malformed lines and in values that trigger findings, appear nowhere in stdout, stderr or report files, for
 * every command and every output format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

/** Every canary contains this; the property names never do. */
const MARK = 'CANARY';

const clearTrust = (agent: string) =>
  [
    '<Global>',
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
    'cams.loginconfig.entry=http',
    '',
  ].join('\n');

const loginConfig = `<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="x.Login" flag="REQUIRED">\n      <options><option name="password" value="${MARK}-xml-password"/><option name="ldapSecret" value="${MARK}-xml-secret"/></options>\n    </login-module-entry>\n  </login-config-entry>\n</login-config>\n`;
const policy = '<access-control-policy><permission-collection/><acr-lib/></access-control-policy>\n';

const log = [
  `Feb 24, 2007 12:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR`,
  `Feb 24, 2007 01:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR`,
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
    'logs/ctagent.log': log,
  });
}

/** Every file under the directory, as text. */
function everything(directory: string): string {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(directory, file))
    .filter((file) => !file.endsWith('.conf') && !file.endsWith('.xml') && !file.endsWith('.log'))
    .map((file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return ''; // a directory
      }
    })
    .join('\n');
}

const commands: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['lint', ['lint'], ['text', 'json', 'sarif', 'github', 'junit', 'html']],
  ['compare', ['compare'], ['text', 'json', 'html']],
  ['compare --all', ['compare', '--all'], ['text', 'json', 'html']],
  ['explain --log', ['explain', '--log', 'logs/ctagent.log'], ['text', 'json', 'html']],
];

describe('no secret value in any output of any command, in any format', () => {
  const cwd = tree();

  for (const [name, argv, formats] of commands) {
    it(`${name}: ${formats.join(', ')}, on stdout, stderr and --output${name === 'lint' ? ' and --report' : ''}`, async () => {
      for (const format of formats) {
        const { code, stdout, stderr } = await runCli([...argv, '--no-color', '--format', format, 'agents', 'cams'], { cwd });
        expect(code, `${name} --format ${format}: ${stderr}`).not.toBe(2);
        expect(stdout.length).toBeGreaterThan(0);
        expect(stdout + stderr).not.toContain(MARK);
        const reports =
          name === 'lint' ? ['--report', `sarif=out/${format}.sarif`, '--report', `junit=out/${format}.xml`, '--report', `html=out/${format}.html`] : [];
        const written = await runCli([...argv, '--format', format, '--output', `out/${name.replace(/ /g, '')}.${format}`, ...reports, 'agents', 'cams'], {
          cwd,
        });
        expect(written.stdout + written.stderr).not.toContain(MARK);
      }
      expect(everything(path.join(cwd, 'out'))).not.toContain(MARK);
    });
  }

  it('explain <code> and rules print no configuration at all', async () => {
    for (const argv of [['explain', 'CT_SOCKET_ERROR', '5005'], ['explain', '--format', 'json', 'access reason 13'], ['rules']]) {
      const { stdout, stderr } = await runCli(argv, { cwd });
      expect(stdout + stderr).not.toContain(MARK);
    }
  });

  it('the findings do point at the secret lines (the canaries were read, and hidden)', async () => {
    const { stdout } = await runCli(['--format', 'json', 'agents', 'cams'], { cwd });
    const rules = new Set((JSON.parse(stdout).findings as { ruleId: string }[]).map((f) => f.ruleId));
    for (const rule of ['cleartrust/syntax-error', 'cleartrust/duplicate-key', 'cams/duplicate-key', 'cams/properties-syntax', 'cams/non-ascii-character'])
      expect(rules).toContain(rule);
  });
});
