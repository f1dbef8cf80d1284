/**
 * Issue 14, items 2 and 3: every run says which checks it could not perform and why, in every format, and the
 * seed's own 5005 policy is found without configuration (inferred). One tree holds every kind of notice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/report/html-page.js';
import { runCli, tempTree } from './helpers/cli.js';
import { documentedConfig, multitoolProblems } from './helpers/sarif.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const json = (name: string) => JSON.parse(readFileSync(path.join(repo, 'schemas', name), 'utf8')) as object;

// The seed's 5005 example as a whole file (the seed elides the rest; its auth-acr id is made to match the acr-ref).
const seedPolicy = `<access-control-policy>
  <permission-collection>
    <permission desc="Cams login page" actions="">
      <resource-pattern id="*://*:*/cams/*"/>
      <acr-ref id="require authentication"/>
    </permission>
  </permission-collection>
  <acr-lib>
    <auth-acr id="require authentication">
      <role-constraint>
        <role-name>everyone</role-name>
      </role-constraint>
    </auth-acr>
  </acr-lib>
</access-control-policy>
`;

const files = {
  // A pool that passes only against the assumed firewall timeout, and a connection limit never compared.
  'ct/webagent.conf':
    '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\ncleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=2\n</Pool>\n',
  'seed/access-control-policy.xml': seedPolicy,
  // Three domains equally near: this agent is linked to none.
  'lone/cams-webagent.conf': 'cams.loginconfig.entry=http\n',
  // Login page candidates whose rules webagent-lint cannot evaluate: an owner delegation, an unknown rule type.
  'owner/access-control-policy.xml': `<access-control-policy>
  <permission-collection>
    <permission desc="Login page" actions=""><resource-pattern id="*://*:*/cams/*"/><owner id="partners"/></permission>
    <permission desc="Sign-in" actions="GET"><resource-pattern id="*://*:*/signin/*"/><acr-ref id="ip"/></permission>
  </permission-collection>
  <acr-lib>
    <acr id="ip"><remote-host-acr/></acr>
  </acr-lib>
</access-control-policy>
`,
  // No permission names a login page.
  'plain/access-control-policy.xml': `<access-control-policy>
  <permission-collection>
    <permission desc="Members" actions=""><resource-pattern id="*://*:*/members/*"/><acr-ref id="everyone"/></permission>
  </permission-collection>
  <acr-lib>
    <acr id="everyone"><granted/></acr>
  </acr-lib>
</access-control-policy>
`,
};

const configure = 'List the login page URLs under cams.loginPages in .webagent-lint.yaml; they are then checked exactly.';
const expectedNotices = [
  {
    ruleId: 'cams/login-page-requires-auth',
    reason:
      'No Cams login page URL is configured (cams.loginPages): the login page was checked only where the policy seems to name it, which is inferred: *://*:*/cams/* (permission "Cams login page").',
    scope: ['seed'],
    enable: configure,
  },
  {
    ruleId: 'cams/login-page-requires-auth',
    reason:
      'No Cams login page URL is configured (cams.loginPages): the login page was checked only where the policy seems to name it, which is inferred: *://*:*/cams/* (permission "Login page"), *://*:*/signin/* (permission "Sign-in").',
    scope: ['owner'],
    enable: configure,
  },
  {
    ruleId: 'cams/login-page-requires-auth',
    reason:
      'No Cams login page URL is known: cams.loginPages is not set and no permission names a login page in its description or pattern, so whether the login page can be reached without authentication (web agent error 5005) was not checked.',
    scope: ['plain'],
    enable: configure,
  },
  {
    ruleId: 'cams/login-page-requires-auth',
    reason:
      'Whether the login page candidate *://*:*/cams/* can be reached without authentication was not decided: permission "Login page" (*://*:*/cams/*) delegates it with <owner> to another security domain, whose policy webagent-lint does not read.',
    scope: ['owner'],
    enable: 'Check by hand that the owning security domain lets anonymous users reach the login page candidate *://*:*/cams/*.',
    file: 'owner/access-control-policy.xml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 46,
  },
  {
    ruleId: 'cams/login-page-requires-auth',
    reason:
      'Whether the login page candidate *://*:*/signin/* can be reached without authentication was not decided: webagent-lint cannot evaluate the rule of permission "Sign-in" (*://*:*/signin/*): permission "Sign-in" → acr-ref "ip" → <remote-host-acr>.',
    scope: ['owner'],
    enable:
      'Check by hand that this rule lets anonymous users reach the login page candidate *://*:*/signin/*; webagent-lint evaluates granted, denied, confidential, and, or, not, acr-ref and auth-acr rules only.',
    file: 'owner/access-control-policy.xml',
    line: 4,
    column: 5,
    endLine: 4,
    endColumn: 46,
  },
  {
    ruleId: 'cams/unknown-login-config-entry',
    reason: 'cams.loginconfig.entry was not compared with a login-config.xml: the agent is not linked to a security domain (see cams/unlinked-agent).',
    scope: ['lone'],
    enable: 'Lint the agent together with its security domain directory, or name the domain in .webagent-lint.yaml under cams.agentDomains.',
  },
  {
    ruleId: 'cleartrust/idle-failover-connections',
    reason:
      'A pool whose fail-over connections stay idle (STANDARD mode, or location_class_priority) limits its connections, but the number of aservers in use was not given, so the limit was not compared with it.',
    scope: ['ct'],
    enable: 'Give the number: environment.activeAuthServers in .webagent-lint.yaml, or --active-auth-servers.',
  },
  {
    ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle',
    reason:
      'Pool refreshes passed against a firewall idle timeout of 1 hour (the typical value in RSA KB 000025051, assumed because environment.firewallIdleTimeout is not set); against a shorter real timeout they may not.',
    scope: ['ct'],
    enable: 'Give the real timeout: environment.firewallIdleTimeout in .webagent-lint.yaml, or --firewall-idle-timeout.',
  },
];
/** Where the text, GitHub and JUnit reports say a notice applies. */
const place = (notice: (typeof expectedNotices)[number]) => (notice.file ? `${notice.file}:${notice.line}:${notice.column}` : notice.scope.join(', '));

describe("the seed's own 5005 policy, on its own and without configuration", () => {
  it('gives an inferred finding at the permission, predicting 5005, and a notice naming cams.loginPages', async () => {
    const cwd = tempTree({ 'system/access-control-policy.xml': seedPolicy });
    const { code, stdout } = await runCli(['--format', 'json', 'system'], { cwd });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: Record<string, unknown>) => [f['ruleId'], f['file'], f['line'], f['column'], f['predicts']])).toEqual([
      ['cams/login-page-requires-auth', 'system/access-control-policy.xml', 3, 5, ['CAMS-5005', 'CAMS-ACCESS-REASON-10']],
    ]);
    expect(report.findings[0].message).toBe(
      '*://*:*/cams/* seems to hold the Cams login page (inferred: permission "Cams login page" is described as one), and permission "Cams login page" (*://*:*/cams/*) protects it with a rule that requires authentication: permission "Cams login page" → acr-ref "require authentication" → <auth-acr id="require authentication">. If the login page is there, users cannot reach the page they must authenticate on.',
    );
    expect(report.findings[0].remedy).toContain('List the login page URL under cams.loginPages in .webagent-lint.yaml to confirm it');
    expect(report.notChecked).toEqual([{ ...expectedNotices[0], scope: ['system'] }]);
  });

  it('with the login page configured, the exact check decides: a finding that is not inferred, and no notice', async () => {
    const cwd = tempTree({
      'system/access-control-policy.xml': seedPolicy,
      '.webagent-lint.yaml': 'cams:\n  loginPages: ["https://www.myhost.com/cams/login.jsp"]\n',
    });
    const report = JSON.parse((await runCli(['--format', 'json', 'system'], { cwd })).stdout);
    expect(
      report.findings.map((f: { line: number; column: number; message: string }) => [
        f.line,
        f.column,
        f.message.startsWith('The login page https://www.myhost.com/cams/login.jsp (from .webagent-lint.yaml:2:16)'),
      ]),
    ).toEqual([[3, 5, true]]);
    expect(report.notChecked).toBeUndefined();
  });
});

describe('every notice in every format', () => {
  const cwd = tempTree(files);

  it('text: a "Not checked:" block before the summary, which says checks were not performed', async () => {
    const { stdout } = await runCli(['--no-color', '.'], { cwd });
    const block = expectedNotices.flatMap((notice) => [`  ${place(notice)}  ${notice.reason}  ${notice.ruleId}`, `    to check it: ${notice.enable}`]);
    expect(
      stdout.endsWith(
        [
          'Not checked:',
          ...block,
          '',
          '2 problems (1 error, 0 warnings, 1 info) in 2 agents (5 files). 8 checks were not performed (see "Not checked" above).',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('JSON: a notChecked list the report schema accepts', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', '.'], { cwd })).stdout);
    const validate = new Ajv({ allErrors: true }).compile(json('report.schema.json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.notChecked).toEqual(expectedNotices);
  });

  it('SARIF: tool execution notifications of the invocation, which the Microsoft SARIF multitool accepts', async () => {
    const out = tempTree({});
    const sarifPath = path.join(out, 'notices.sarif');
    await runCli(['.', '--format', 'sarif', '--output', sarifPath, '--config', documentedConfig(out)], { cwd });
    const [invocation] = JSON.parse(readFileSync(sarifPath, 'utf8')).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(
      invocation.toolExecutionNotifications.map(
        (n: {
          level: string;
          message: { text: string };
          associatedRule: { id: string };
          locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
          properties: { scope: string[] };
        }) => ({
          level: n.level,
          text: n.message.text,
          rule: n.associatedRule.id,
          scope: n.properties.scope,
          at: n.locations?.map(
            (l) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}`,
          ),
        }),
      ),
    ).toEqual(
      expectedNotices.map((notice) => ({
        level: 'note',
        text: `Not checked: ${notice.reason} To check it: ${notice.enable}`,
        rule: notice.ruleId,
        scope: notice.scope,
        at: notice.file ? [place(notice)] : undefined,
      })),
    );
    expect(multitoolProblems(sarifPath)).toEqual([]);
  }, 60_000);

  it('HTML: a visible box above the findings, each notice with its place, rule and how to check it', async () => {
    const { stdout } = await runCli(['.', '--format', 'html'], { cwd });
    const box = stdout.slice(stdout.indexOf('<section class="not-checked"'), stdout.indexOf('</section>', stdout.indexOf('<section class="not-checked"')));
    expect(stdout.indexOf('<section class="not-checked"')).toBeLessThan(stdout.indexOf('id="findings-heading"'));
    expect(box).toContain('<h2 id="not-checked-heading">Not checked</h2>');
    const items = box.split('<li>').slice(1);
    expect(items).toHaveLength(expectedNotices.length);
    expectedNotices.forEach((notice, i) => {
      expect(items[i]).toContain(`<p class="message">${escapeHtml(notice.reason)}</p>`);
      expect(items[i]).toContain(`<p class="where"><code>${escapeHtml(place(notice))}</code>`);
      expect(items[i]).toContain(`Rule <code>${notice.ruleId}</code>`);
      expect(items[i]).toContain(`<p class="remedy"><strong>To check it:</strong> ${escapeHtml(notice.enable)}</p>`);
    });
  });

  it('GitHub: a notice annotation each (at its position when it has one), counted in the summary line', async () => {
    const lines = (await runCli(['.', '--format', 'github'], { cwd })).stdout.trimEnd().split('\n');
    const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\n/g, '%0A');
    expect(lines.filter((line) => line.includes('title=Not checked%3A '))).toEqual(
      expectedNotices.map((notice) => {
        const where = notice.file
          ? `file=${notice.file},line=${notice.line},endLine=${notice.endLine},col=${notice.column},endColumn=${notice.endColumn},`
          : '';
        return `::notice ${where}title=Not checked%3A ${notice.ruleId}::${escapeData(`${notice.reason}\nIn: ${notice.scope.join(', ')}\nTo check it: ${notice.enable}`)}`;
      }),
    );
    expect(lines.at(-1)).toBe('webagent-lint: 1 error, 0 warnings, 1 info in 2 agents; 8 not checked.');
  });

  it('JUnit: the skipped test cases of a suite "not checked"', async () => {
    const { stdout } = await runCli(['.', '--format', 'junit'], { cwd });
    expect(stdout).toContain('<testsuites name="webagent-lint" tests="13" failures="1" errors="0" time="0">');
    const suite = stdout.slice(stdout.indexOf('<testsuite name="not checked"'));
    expect(suite.startsWith('<testsuite name="not checked" tests="8" failures="0" errors="0" skipped="8" time="0">')).toBe(true);
    expect([...suite.matchAll(/<testcase classname="not checked" name="([^"]*)"(?: file="[^"]*")? time="0"><skipped message="/g)].map((m) => m[1])).toEqual(
      expectedNotices.map((notice) => `${notice.ruleId} ${place(notice)}`),
    );
  });
});

describe('notices shared by agents', () => {
  it('are one notice listing the agents, however many share it', async () => {
    const pool = '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n';
    const cwd = tempTree({ 'b/webagent.conf': pool, 'a/webagent.conf': pool, 'c/webagent.conf': pool, 'd/webagent.conf': pool });
    const report = JSON.parse((await runCli(['--format', 'json', '.'], { cwd })).stdout);
    expect(report.notChecked).toEqual([{ ...expectedNotices[7], scope: ['a', 'b', 'c', 'd'] }]);
    const { stdout } = await runCli(['--no-color', '.'], { cwd });
    expect(stdout).toContain(`\n  a, b, c and 1 more  ${expectedNotices[7]?.reason}  cleartrust/pool-refresh-exceeds-firewall-idle\n`);
  });
});

describe('a run with no skipped check prints what it always printed', () => {
  // examples/healthy with its firewall given: every check ran on given values.
  const given = ['examples/healthy', '--firewall-idle-timeout', '1h'];

  it('in every format: no block, no notChecked, no notifications, no "not checked" suite or annotation', async () => {
    expect((await runCli([...given, '--no-color'], { cwd: repo })).stdout).toBe('No problems found in 1 agent (1 file).\n');
    expect(JSON.parse((await runCli([...given, '--format', 'json'], { cwd: repo })).stdout)).not.toHaveProperty('notChecked');
    // SARIF always has its invocation (issue 15), here a successful one with nothing to notify.
    expect(JSON.parse((await runCli([...given, '--format', 'sarif'], { cwd: repo })).stdout).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect((await runCli([...given, '--format', 'junit'], { cwd: repo })).stdout).not.toContain('not checked');
    expect((await runCli([...given, '--format', 'github'], { cwd: repo })).stdout).toBe('webagent-lint: 0 errors, 0 warnings, 0 infos in 1 agent.\n');
    expect((await runCli([...given, '--format', 'html'], { cwd: repo })).stdout).not.toContain('class="not-checked"');
  });

  it('and without --firewall-idle-timeout, the same agent says its refresh passed only against the assumed timeout', async () => {
    const { stdout } = await runCli(['examples/healthy', '--no-color'], { cwd: repo });
    expect(stdout).toBe(
      [
        'Not checked:',
        `  examples/healthy  ${expectedNotices[7]?.reason}  cleartrust/pool-refresh-exceeds-firewall-idle`,
        `    to check it: ${expectedNotices[7]?.enable}`,
        '',
        'No problems found in 1 agent (1 file). 1 check was not performed (see "Not checked" above).',
        '',
      ].join('\n'),
    );
  });
});

describe('explain --log and checks that did not run', () => {
  /** CT_SOCKET_ERROR once an hour, in the seed's line format (RSA KB 000025051). */
  const hourly = Array.from({ length: 6 }, (_, hour) => `Feb 24, 2007 0${hour + 1}:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR\n`).join('');
  const agent = '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n';
  const validate = new Ajv({ allErrors: true })
    .addSchema(json('report.schema.json'))
    .addSchema(json('predict.schema.json'))
    .compile(json('explain.schema.json'));

  it('a code whose check rested on an assumed value is "not checked", with the notice, never "no finding"', async () => {
    const cwd = tempTree({ 'ctagent.log': hourly, 'web01/webagent.conf': agent });
    const text = (await runCli(['explain', '--log', 'ctagent.log', 'web01', '--no-color'], { cwd })).stdout;
    expect(text).toContain(
      [
        'Not explained by any finding',
        '  CT_SOCKET_ERROR: predictable from configuration, but a check that predicts it was not performed, or rests on an assumed value',
        `    ${expectedNotices[7]?.reason}  cleartrust/pool-refresh-exceeds-firewall-idle`,
        `      to check it: ${expectedNotices[7]?.enable}`,
      ].join('\n'),
    );
    expect(text).not.toContain('no finding in the given configurations predicts it');
    const report = JSON.parse((await runCli(['explain', '--log', 'ctagent.log', 'web01', '--format', 'json'], { cwd })).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.codes[0]).toMatchObject({ id: 'CT_SOCKET_ERROR', unexplained: 'not checked', notChecked: [{ ...expectedNotices[7], scope: ['web01'] }] });
    const page = (await runCli(['explain', '--log', 'ctagent.log', 'web01', '--format', 'html'], { cwd })).stdout;
    expect(page).toContain(`<p class="message">${escapeHtml(expectedNotices[7]?.reason ?? '')}</p>`);
  });

  it('with the timeout given the check ran: "no finding" is then the truth', async () => {
    const cwd = tempTree({ 'ctagent.log': hourly, 'web01/webagent.conf': agent });
    const report = JSON.parse(
      (await runCli(['explain', '--log', 'ctagent.log', 'web01', '--format', 'json', '--firewall-idle-timeout', '1h'], { cwd })).stdout,
    );
    expect(report.codes[0]).toMatchObject({ id: 'CT_SOCKET_ERROR', unexplained: 'no finding' });
    expect(report.codes[0]).not.toHaveProperty('notChecked');
  });

  it('5005 with a policy that names no login page and no cams.loginPages is "not checked"', async () => {
    const cwd = tempTree({
      'cams-webagent.log': '2024-03-01 10:00:00 ERROR code 5005 login page loop\n',
      'plain/access-control-policy.xml': files['plain/access-control-policy.xml'],
    });
    const report = JSON.parse((await runCli(['explain', '--log', 'cams-webagent.log', 'plain', '--format', 'json'], { cwd })).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(
      report.codes.map((c: { id: string; unexplained: string; notChecked: { reason: string }[] }) => [c.id, c.unexplained, c.notChecked.map((n) => n.reason)]),
    ).toEqual([['CAMS-5005', 'not checked', [expectedNotices[2]?.reason]]]);
  });
});
