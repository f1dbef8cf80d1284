/** Issue 3's acceptance, tried through the CLI as a new user would. */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from './helpers/cli.js';

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'];

const seedPolicy = (extraPermission = '') => `<?xml version="1.0"?>
<access-control-policy>
  <permission-collection>
    <permission desc="Cams login page" actions="">
      <resource-pattern id="*://*:*/cams/*"/>
      <acr-ref id="require authentication"/>
    </permission>${extraPermission}
  </permission-collection>
  <acr-lib>
    <auth-acr id="require authentication">
      <role-constraint>
        <role-name>everyone</role-name>
      </role-constraint>
    </auth-acr>
    <acr id="everyone"><granted/></acr>
  </acr-lib>
</access-control-policy>
`;
const loginConfig =
  '<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="org.example.Login" flag="REQUIRED"/>\n  </login-config-entry>\n</login-config>\n';
const config = 'cams:\n  loginPages: ["https://www.myhost.com/cams/login.jsp"]\n';

describe('Cams acceptance', () => {
  it("the seed's 5005 situation: a finding at the permission; a more specific permission granting the login page removes it", async () => {
    const cwd = tempTree({ '.webagent-lint.yaml': config, 'system/access-control-policy.xml': seedPolicy(), 'system/login-config.xml': loginConfig });
    const { code, stdout } = await runCli(['--format', 'json', '.'], { cwd });
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'cams/login-page-requires-auth',
        file: 'system/access-control-policy.xml',
        line: 4,
        column: 5,
        agent: 'system',
        predicts: ['CAMS-5005', 'CAMS-ACCESS-REASON-10'],
      }),
    ]);
    expect(findings[0].message).toContain('https://www.myhost.com/cams/login.jsp (from .webagent-lint.yaml:2:16)');
    expect(findings[0].message).toContain('acr-ref "require authentication" → <auth-acr id="require authentication">');

    const granted =
      '\n    <permission desc="login page" actions="">\n      <resource-pattern id="*://*:*/cams/login.jsp"/>\n      <acr-ref id="everyone"/>\n    </permission>';
    writeFileSync(path.join(cwd, 'system/access-control-policy.xml'), seedPolicy(granted));
    const after = await runCli(['--format', 'json', '.'], { cwd });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).findings).toEqual([]);
  });

  it('an external entity is refused and the file it names is never read, in every output format', async () => {
    const cwd = tempTree({ 'secret.txt': 'CANARY-XXE-CONTENT\n', 'system/login-config.xml': loginConfig });
    const policy = `<?xml version="1.0"?>\n<!DOCTYPE access-control-policy [\n  <!ENTITY x SYSTEM "file://${path.join(cwd, 'secret.txt')}">\n]>\n<access-control-policy>\n  <acr-lib><acr id="&x;"><granted/></acr></acr-lib>\n</access-control-policy>\n`;
    writeFileSync(path.join(cwd, 'system/access-control-policy.xml'), policy);
    for (const format of FORMATS) {
      const { code, stdout, stderr } = await runCli(['--format', format, 'system'], { cwd });
      expect(code).toBe(1);
      expect(stdout + stderr).not.toContain('CANARY');
      expect(stdout).toContain('DTD entities not supported');
    }
    const { stdout } = await runCli(['--format', 'json', 'system'], { cwd });
    expect(JSON.parse(stdout).findings).toEqual([
      expect.objectContaining({ ruleId: 'cams/xml-syntax', file: 'system/access-control-policy.xml', line: 2, column: 1 }),
    ]);
  });

  // Bounded by the timeout (an expanding parser would run for hours), not by a wall-clock assertion.
  it('a billion-laughs document is a finding, not an expansion', async () => {
    const lines = ['<?xml version="1.0"?>', '<!DOCTYPE access-control-policy [', '<!ENTITY lol "lol">', `<!ENTITY lol1 "${'&lol;'.repeat(10)}">`];
    for (let i = 2; i < 10; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    lines.push(']>', '<access-control-policy>&lol9;</access-control-policy>');
    const cwd = tempTree({ 'system/access-control-policy.xml': lines.join('\n') });
    const { code, stdout } = await runCli(['--format', 'json', 'system'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toEqual([expect.objectContaining({ ruleId: 'cams/xml-syntax', line: 2, column: 1 })]);
  });

  it('a malformed XML file is one finding at its line and column, and the other files are still linted', async () => {
    const cwd = tempTree({
      'site/cams-webagent.conf': 'cams.cluster.name=MyCamsCluster\ncams.loginconfig.entry=portal\n',
      'site/access-control-policy.xml':
        '<access-control-policy>\n  <permission-collection>\n    <permission desc="x">\n  </permission-collection>\n</access-control-policy>\n',
      'site/login-config.xml': loginConfig,
    });
    const { code, stdout } = await runCli(['--format', 'json', 'site'], { cwd });
    expect(code).toBe(1);
    const found = JSON.parse(stdout).findings.map(
      (f: { file: string; line: number; column: number; ruleId: string }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`,
    );
    expect(found).toEqual([
      'site/access-control-policy.xml:4:3 cams/xml-syntax',
      'site/cams-webagent.conf:1:19 cams/default-cluster-name',
      'site/cams-webagent.conf:2:24 cams/unknown-login-config-entry',
    ]);
  });

  it('a Cams agent file named on the command line is recognised by content', async () => {
    const cwd = tempTree({ 'agent.properties': 'cams.debug=true\n' });
    const { code, stdout } = await runCli(['--format', 'json', 'agent.properties'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['cams/unlinked-agent', 'cams/debug-logging']);
  });

  it('links agents to the domain the config file names when several are equally near', async () => {
    const cwd = tempTree({
      '.webagent-lint.yaml': 'cams:\n  agentDomains:\n    web: b\n',
      'web/cams-webagent.conf': 'cams.loginconfig.entry=portal\n',
      'a/login-config.xml': loginConfig.replace('"http"', '"portal"'),
      'b/login-config.xml': loginConfig,
    });
    const { stdout } = await runCli(['--format', 'json', '.'], { cwd });
    expect(JSON.parse(stdout).findings).toEqual([expect.objectContaining({ ruleId: 'cams/unknown-login-config-entry', file: 'web/cams-webagent.conf' })]);
  });

  it('rejects a login page that is not an absolute URL with its position', async () => {
    const cwd = tempTree({ '.webagent-lint.yaml': 'cams:\n  loginPages:\n    - /cams/login.jsp\n', 'system/login-config.xml': loginConfig });
    const { code, stderr } = await runCli(['system'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('.webagent-lint.yaml:3:7: cams.loginPages: "/cams/login.jsp" is not an absolute http or https URL');
  });

  it('never prints a secret value of a Cams agent or login module, in any format', async () => {
    const cwd = tempTree({
      'site/cams-webagent.conf':
        'cams.session.hijacking.protection.salt=CANARY-salt-1\ncams.session.hijacking.protection.salt=CANARY-salt-1\ncams.cluster.name=CANARY-salt-1\ncams.session.hijacking.protection.salt=CANARY\\u00zz\n',
      'site/login-config.xml':
        '<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="a.B" flag="REQUIRED">\n      <options><option name="bindPassword" value="CANARY-pw-2"/></options>\n    </login-module-entry>\n  </login-config-entry>\n  <login-config-entry name="CANARY-pw-2"/>\n</login-config>\n',
    });
    for (const format of FORMATS) {
      const { stdout, stderr } = await runCli(['--format', format, 'site'], { cwd });
      expect(stdout + stderr).not.toContain('CANARY');
      expect(stdout).toContain('invalid-cluster-name');
      expect(stdout).toContain('properties-syntax');
    }
  });
});
