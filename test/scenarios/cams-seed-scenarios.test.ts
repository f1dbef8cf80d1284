/**
 * Issue 14 (items 2, 3 and 4) as scenarios written from the sentences of the two seed documents: the Cams
 * guide's "Log and Error Codes" chapter (5005, 5100, 5102, 5304–5306) and RSA KB 000025051 (its spellings, the
 * 15-second timeout). Each test quotes the sentence it encodes and asserts every finding of the rules it is
 * about — rule, predicted codes, file, line and column — and the checks that were not performed.
 */
import { describe, expect, it } from 'vitest';
import { logCodes } from '../../src/knowledge/codes.js';
import { resolveQueries } from '../../src/explain/lookup.js';
import type { Finding } from '../../src/engine/engine.js';
import { lintFiles, lintFilesOutcome, lintText, testPath, type TestEnvironment } from '../helpers/lint.js';

const shown = (f: Finding) => `${testPath(f.file)}:${f.line}:${f.column} ${f.ruleId} ${f.predicts.join(',') || '-'}`;

/** The guide's 5005 example, its auth-acr id made to match the acr-ref (as written, the ids differ). */
const policy = (
  permissions: string,
  acrs = '<auth-acr id="require authentication">\n<role-constraint>\n<role-name>everyone</role-name>\n</role-constraint>\n</auth-acr>',
) => `<access-control-policy>\n<permission-collection>\n${permissions}\n</permission-collection>\n<acr-lib>\n${acrs}\n</acr-lib>\n</access-control-policy>\n`;
const LOGIN_PERMISSION =
  '<permission desc="Cams login page" actions="">\n   <resource-pattern id="*://*:*/cams/*"/>\n   <acr-ref id="require authentication"/>\n</permission>';
const LOGIN_CONFIG =
  '<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="org.example.LoginModule" flag="REQUIRED"/>\n  </login-config-entry>\n</login-config>\n';

function domain(policyText: string, environment?: TestEnvironment) {
  const outcome = lintFilesOutcome({ 'system/access-control-policy.xml': policyText, 'system/login-config.xml': LOGIN_CONFIG }, { environment });
  return { findings: outcome.findings.map(shown), notChecked: outcome.notChecked.map((n) => `${n.ruleId}: ${n.enable}`) };
}

describe('Cams 5005: "The access control rule protecting the Cams login page is invalid"', () => {
  // "For example, the following access-control-policy.xml would cause this error to display" — with no login page configured.
  it("the guide's policy on its own: an inferred finding at the permission, and the page to configure named", () => {
    const { findings, notChecked } = domain(policy(LOGIN_PERMISSION));
    expect(findings).toEqual(['system/access-control-policy.xml:3:1 cams/login-page-requires-auth CAMS-5005,CAMS-ACCESS-REASON-10']);
    expect(notChecked.join('\n')).toContain('cams.loginPages');
  });

  // "In this case, if the Cams login page URL is: https://www.myhost.com/cams/login.jsp the access control policy will deny access"
  it('with the login page URL configured: the exact check, the same place, nothing inferred', () => {
    const { findings, notChecked } = domain(policy(LOGIN_PERMISSION), { loginPages: ['https://www.myhost.com/cams/login.jsp'] });
    expect(findings).toEqual(['system/access-control-policy.xml:3:1 cams/login-page-requires-auth CAMS-5005,CAMS-ACCESS-REASON-10']);
    expect(notChecked.filter((n) => n.startsWith('cams/login-page-requires-auth'))).toEqual([]);
  });

  // "To fix the problem, either grant access to the Cams login page …"
  it('granting access to the login page: no finding', () => {
    const granted = LOGIN_PERMISSION.replace('require authentication', 'everyone');
    expect(domain(policy(granted, '<acr id="everyone"><granted/></acr>'), { loginPages: ['https://www.myhost.com/cams/login.jsp'] }).findings).toEqual([]);
  });

  // "… or limit access to it using a rule that does not require authentication, such as an IP address rule."
  it('an IP address rule, which webagent-lint cannot evaluate: no finding, and the check is listed as not performed', () => {
    const ipRule = LOGIN_PERMISSION.replace('require authentication', 'office');
    const { findings, notChecked } = domain(policy(ipRule, '<ip-acr id="office"><ip-address>10.0.0.0/8</ip-address></ip-acr>'), {
      loginPages: ['https://www.myhost.com/cams/login.jsp'],
    });
    expect(findings).toEqual([]);
    expect(notChecked.filter((n) => n.startsWith('cams/login-page-requires-auth')).length).toBe(1);
  });

  // "Authentication cannot occur unless the login page is presented to the user, without authentication." — another page is not the login page.
  it('an authentication rule on pages that are not the login page: no finding', () => {
    const other = LOGIN_PERMISSION.replace('Cams login page', 'Reports').replace('*://*:*/cams/*', '*://*:*/reports/*');
    expect(domain(policy(other), { loginPages: ['https://www.myhost.com/cams/login.jsp'] }).findings).toEqual([]);
  });
});

describe('Cams 5102: actions a web agent requests', () => {
  const action = (pattern: string, actions: string) =>
    lintFiles({
      'system/access-control-policy.xml': policy(
        `<permission desc="p" actions="${actions}">\n   <resource-pattern id="${pattern}"/>\n   <acr-ref id="open"/>\n</permission>`,
        '<acr id="open"><granted/></acr>',
      ),
      'system/login-config.xml': LOGIN_CONFIG,
    })
      .filter((f) => f.ruleId === 'cams/unknown-action')
      .map(shown);

  // "For resource type cams, the action must be ACCESS."
  it('ACCESS on a cams resource: no finding', () => {
    expect(action('cams://*:*/*', 'ACCESS')).toEqual([]);
  });

  // Same sentence: GET is no action of resource type cams; the permission part is dead, no log code follows from it.
  it('GET on a cams resource: dead policy, no predicted code', () => {
    expect(action('cams://*:*/*', 'GET')).toEqual(['system/access-control-policy.xml:3:31 cams/unknown-action -']);
  });

  // "For resource type http, the actions can only be GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE, PROPFIND, …"
  it('PROPFIND and MKCOL on an http resource: no finding', () => {
    expect(action('http://*:80/*', 'PROPFIND,MKCOL')).toEqual([]);
  });

  // "When HTTP requests with unrecognized actions are sent … a 5102 web agent error will result": a client's request, not the policy, causes 5102.
  it('an unlisted action in the policy predicts neither 5102 nor access reason 8', () => {
    expect(action('http://*:80/*', 'FROB')).toEqual(['system/access-control-policy.xml:3:31 cams/unknown-action -']);
  });
});

describe('Cams 5100 and 5304–5306 across a cluster', () => {
  const agent = (cluster: string, ...lines: string[]) =>
    `cams.cluster.name=${cluster}\n${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
  const fleet = (files: Record<string, string>) =>
    lintFiles({ 'system/login-config.xml': LOGIN_CONFIG, ...files })
      .filter((f) => f.ruleId.startsWith('fleet/'))
      .map(shown);

  // 5100: "it failed due to an unknown error" — two deployments sharing a cluster name are reported, with no code.
  it('one cluster name in two deployments: reported, predicting no code', () => {
    const config = 'clusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n';
    expect(
      fleet({
        '.webagent-lint.yaml': config,
        'test/a/cams-webagent.conf': 'cams.cluster.name=Cams\n',
        'prod/b/cams-webagent.conf': 'cams.cluster.name=Cams\n',
      }),
    ).toEqual(['prod/b/cams-webagent.conf:1:19 fleet/cams-cluster-name-shared -', 'test/a/cams-webagent.conf:1:19 fleet/cams-cluster-name-shared -']);
  });

  // 5305: "Session hijacking protection is not enabled for this Cams web agent, but appears to be enabled for another … in the same Cams cluster."
  it('one agent of three without protection: one finding, on that agent', () => {
    expect(
      fleet({
        'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
        'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
        'c/cams-webagent.conf': agent('Prod', 'enable=false'),
      }),
    ).toEqual(['c/cams-webagent.conf:2:1 fleet/cams-hijacking-protection-off CAMS-5305']);
  });

  // 5306: "Session hijacking protection is enabled for this Cams web agent agent, but appears not to be enabled for another …"
  it('one agent of three with protection: one finding, on that agent', () => {
    expect(
      fleet({
        'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
        'b/cams-webagent.conf': agent('Prod', 'enable=false'),
        'c/cams-webagent.conf': agent('Prod', 'enable=false'),
      }),
    ).toEqual(['a/cams-webagent.conf:2:1 fleet/cams-hijacking-protection-on-alone CAMS-5306']);
  });

  // 5304: "Confirm that the following properties have the same values for all Cams agents: … salt"
  it('one protected agent of three with another salt: one finding, at its salt', () => {
    expect(
      fleet({
        'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
        'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
        'c/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s2'),
      }),
    ).toEqual(['c/cams-webagent.conf:4:40 fleet/cams-hijacking-settings-differ CAMS-5304']);
  });

  // "… in the same Cams cluster": agents that name no cluster are not one cluster.
  it('agents without cams.cluster.name that differ: no finding', () => {
    expect(
      fleet({
        'a/cams-webagent.conf': 'cams.session.hijacking.protection.enable=true\n',
        'b/cams-webagent.conf': 'cams.session.hijacking.protection.enable=false\n',
      }),
    ).toEqual([]);
  });
});

describe('RSA KB 000025051: its own words', () => {
  // The KB's heading: "CT_SOCKET_ERRORS and CT_SERVER_TIMED_OUT_ERROR logs in ctagent.log file".
  it('explain reads the KB spelling CT_SOCKET_ERRORS as CT_SOCKET_ERROR', () => {
    expect(resolveQueries(['CT_SOCKET_ERRORS'], logCodes).map((q) => q.matches)).toEqual([['CT_SOCKET_ERROR']]);
  });

  // "In hotfix additional logging was added that may increase the frequency of CT_SERVER_TIMED_OUT messages"
  it('CT_SERVER_TIMED_OUT, as the hotfix note writes it, shows both entries it may mean', () => {
    expect(resolveQueries(['CT_SERVER_TIMED_OUT'], logCodes).map((q) => [...q.matches].sort())).toEqual([['CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR']]);
  });

  // "CT_SERVER_TIMED_OUT_ERROR … indicates that the aserver did not respond within the timeout limit (default 15 seconds)."
  it('a reply timeout far below 15 seconds predicts CT_SERVER_TIMED_OUT_ERROR; one far above predicts nothing', () => {
    const timeout = (value: string) =>
      lintText(`<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=${value}\n</Pool>\n`)
        .filter((f) => f.ruleId === 'cleartrust/auth-server-timeout-range')
        .map(shown);
    expect(timeout('2 Secs')).toEqual(['webagent.conf:2:1 cleartrust/auth-server-timeout-range CT_SERVER_TIMED_OUT_ERROR']);
    expect(timeout('10 Mins')).toEqual(['webagent.conf:2:1 cleartrust/auth-server-timeout-range -']);
    expect(timeout('15 Secs')).toEqual([]);
  });
});
