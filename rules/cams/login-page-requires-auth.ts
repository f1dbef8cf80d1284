import { defineRule, type NotCheckedDescriptor } from '../../src/engine/rule-api.js';
import {
  coversAction,
  evaluatePermission,
  patternCovers,
  requestTarget,
  sampleTargets,
  selectPermission,
  type Request,
  type RequestTarget,
} from '../../src/model/cams-access.js';
import { elementSpan } from '../../src/model/cams.js';
import type { AccessControlPolicy, Permission, ResourcePattern } from '../../src/model/cams-policy.js';

export default defineRule({
  id: 'cams/login-page-requires-auth',
  title: 'Disallow access rules that require authentication for the login page',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-5005', 'CAMS-ACCESS-REASON-10'],
  docs: {
    why:
      'A user can only authenticate after the login page was shown without authentication. When the permission ' +
      'that best matches the login page URL has a rule that requires authentication, the policy server denies the ' +
      "page, the agent would redirect to it again, and it stops that loop with web agent error 5005 (the Cams guide's " +
      'example: a permission for *://*:*/cams/* with a rule requiring authentication, and the login page ' +
      'https://www.myhost.com/cams/login.jsp). Login pages come from cams.loginPages in .webagent-lint.yaml; the ' +
      'path the login form posts to (cams.login.uri of the agents linked to the domain) is checked the same way, ' +
      'which is inferred. Without cams.loginPages, the permissions that name a login page in their description or ' +
      'pattern (the Cams guide\'s "Cams login page" example) are taken as where the login page is, and findings there say they ' +
      'are inferred; a narrower one of them wins over a wider one. A rule webagent-lint cannot evaluate (an ' +
      'unknown rule type, a permission delegated with owner) is listed as not checked.',
    fix: 'Grant access to the login page with a more specific permission whose rule does not require authentication (granted, or an IP address rule).',
    bad:
      '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n' +
      '    <permission desc="Cams login page" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n' +
      '  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n' +
      '    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good:
      '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n' +
      '    <permission desc="Cams pages" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n' +
      '    <permission desc="Cams login" actions="">\n      <resource-pattern id="*://*:*/cams/login*"/>\n      <acr-ref id="everyone"/>\n    </permission>\n' +
      '  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n' +
      '    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-LEC32', 'CAMS-TIP', 'CAMS-SCR21'],
    confidence: 'documented',
  },
  messages: {
    loginPage:
      'The login page {url} ({origin}) is protected by permission {permission} ({pattern}), whose rule requires ' +
      'authentication: {chain}. Users cannot reach the page they must authenticate on.',
    inferredLoginPage:
      '{candidate} seems to hold the Cams login page (inferred: {evidence}), and permission {permission} ({pattern}) ' +
      'protects it with a rule that requires authentication: {chain}. If the login page is there, users cannot ' +
      'reach the page they must authenticate on.',
    loginUri:
      'cams.login.uri {url} of agent {agent}, where the login form posts, is protected by permission {permission} ' +
      '({pattern}), whose rule requires authentication: {chain}.',
  },
  remedies: {
    loginPage:
      'Add a more specific permission for the login page, e.g. <resource-pattern id="{suggestion}"/> with a rule that grants access without authentication, or change the rule of permission {permission}.',
    inferredLoginPage:
      'List the login page URL under cams.loginPages in .webagent-lint.yaml to confirm it (it is then checked exactly), and grant it with a permission more specific than {pattern} whose rule does not require authentication, or change the rule of permission {permission}.',
    loginUri: 'Add a more specific permission for {url} with a rule that grants access without authentication, or change the rule of permission {permission}.',
  },
  check(domain, context) {
    const policy = domain.policy;
    if (!policy) return;
    /** The permission that decides an anonymous request, when its rule requires authentication; says so when it cannot tell. */
    const requiringAuthentication = (request: Request, what: string) => {
      const judged = judge(policy, request);
      if (judged?.outcome.kind === 'unknown') context.notChecked(undecided(judged.permission, judged.data.chain, what));
      return judged?.outcome.kind === 'auth' ? { permission: judged.permission, data: judged.data } : undefined;
    };
    const pages = context.environment.camsLoginPages.flatMap((page) => {
      const target = requestTarget(page.url);
      return target ? [{ ...page, target }] : [];
    });
    for (const page of pages) {
      const found = requiringAuthentication({ ...page.target, method: 'GET', authenticated: false }, `the login page ${page.url}`);
      if (!found) continue;
      const { scheme, host, port, path } = page.target;
      context.report({
        at: elementSpan(found.permission.element),
        messageId: 'loginPage',
        data: { url: page.url, origin: `from ${page.where}`, ...found.data, suggestion: `${scheme}://${host ?? '*'}:${port}${path}` },
      });
    }
    if (pages.length === 0) {
      const candidates = loginPageCandidates(policy);
      context.notChecked({
        reason: unconfiguredReason(candidates),
        enable: 'List the login page URLs under cams.loginPages in .webagent-lint.yaml; they are then checked exactly.',
      });
      for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
        const text = candidate.pattern.attribute.value;
        for (const target of sampleTargets(candidate.pattern.value)) {
          const found = requiringAuthentication({ ...target, method: 'GET', authenticated: false }, `the login page candidate ${text}`);
          if (found)
            context.report({
              at: elementSpan(found.permission.element),
              messageId: 'inferredLoginPage',
              data: { candidate: text, evidence: evidenceText(candidate), ...found.data },
            });
        }
      }
    }
    // The login form posts to cams.login.uri on the login page's site; without login pages, on any host.
    const sites: readonly Omit<RequestTarget, 'path'>[] =
      pages.length > 0
        ? pages.map((p) => p.target)
        : [
            { scheme: 'http', host: undefined, port: '80' },
            { scheme: 'https', host: undefined, port: '443' },
          ];
    // The agents of a domain mostly share one login URI: each search of the policy is done once per URI.
    const searches = new Map<string, ReturnType<typeof requiringAuthentication>[]>();
    for (const agent of domain.agents) {
      const entry = agent.settings.get('cams.login.uri');
      const uri = entry?.value.trim() ?? '';
      if (!uri.startsWith('/')) continue;
      let results = searches.get(uri);
      if (!results) {
        results = sites.map((site) => requiringAuthentication({ ...site, path: uri, method: 'POST', authenticated: false }, `cams.login.uri ${uri}`));
        searches.set(uri, results);
      }
      for (const found of results) {
        if (found) context.report({ at: elementSpan(found.permission.element), messageId: 'loginUri', data: { url: uri, agent: agent.id, ...found.data } });
      }
    }
  },
});

/** The permission selected for an anonymous request and what its rule decides. */
function judge(policy: AccessControlPolicy, request: Request) {
  const permission = selectPermission(policy, request);
  if (!permission) return undefined;
  const outcome = evaluatePermission(policy, permission, request);
  return {
    permission,
    outcome,
    data: { permission: permission.label, pattern: permission.pattern?.attribute.value ?? '', chain: 'chain' in outcome ? outcome.chain.join(' → ') : '' },
  };
}

/** The notice for a request whose permission's rule webagent-lint cannot decide. */
function undecided(permission: Permission, chain: string, what: string): NotCheckedDescriptor {
  const named = `permission ${permission.label} (${permission.pattern?.attribute.value ?? 'no resource pattern'})`;
  if (permission.owners.length > 0) {
    return {
      at: elementSpan(permission.element),
      reason: `Whether ${what} can be reached without authentication was not decided: ${named} delegates it with <owner> to another security domain, whose policy webagent-lint does not read.`,
      enable: `Check by hand that the owning security domain lets anonymous users reach ${what}.`,
    };
  }
  return {
    at: elementSpan(permission.element),
    reason: `Whether ${what} can be reached without authentication was not decided: webagent-lint cannot evaluate the rule of ${named}: ${chain}.`,
    enable: `Check by hand that this rule lets anonymous users reach ${what}; webagent-lint evaluates granted, denied, confidential, and, or, not, acr-ref and auth-acr rules only.`,
  };
}

/**
 * Words by which a permission names a login page (log in, logon, sign in, sign-on, at the start of a word), in
 * its description or in its pattern's path. That such a permission is where the login page lies is inferred.
 */
const LOGIN_WORD = /\b(?:log|sign)[ _-]?(?:in|on)/i;

/** Candidates checked at most: a real policy names its login page in a few permissions, a hostile one in thousands. */
const MAX_CANDIDATES = 20;

interface Candidate {
  readonly permission: Permission;
  readonly pattern: { readonly attribute: { readonly value: string }; readonly value: ResourcePattern };
  /** The pattern's path names a login page, or only the description does. */
  readonly evidence: 'pattern' | 'description';
}

/**
 * Where the policy itself says the login page is, without cams.loginPages: the permissions for GET whose
 * description or pattern names a login page, in file order. One whose pattern strictly covers another's is
 * dropped, because the narrower one names the page more precisely (the Cams guide's "Cams login page", which covers
 * everything under /cams/, beside a permission for /cams/login.jsp).
 */
function loginPageCandidates(policy: AccessControlPolicy): Candidate[] {
  const named: Candidate[] = [];
  for (const permission of policy.permissions) {
    const pattern = permission.pattern;
    if (!pattern?.result.ok || !coversAction(permission, 'GET')) continue;
    const inPattern = LOGIN_WORD.test(pattern.result.pattern.path);
    if (!inPattern && !LOGIN_WORD.test(permission.label)) continue;
    named.push({ permission, pattern: { attribute: pattern.attribute, value: pattern.result.pattern }, evidence: inPattern ? 'pattern' : 'description' });
  }
  return named.filter(
    (wide) =>
      !named.some(
        (narrow) => narrow !== wide && patternCovers(wide.pattern.value, narrow.pattern.value) && !patternCovers(narrow.pattern.value, wide.pattern.value),
      ),
  );
}

function evidenceText(candidate: Candidate): string {
  const label = candidate.permission.label;
  return candidate.evidence === 'pattern' ? `the pattern of permission ${label} names one` : `permission ${label} is described as one`;
}

function unconfiguredReason(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) {
    return 'No Cams login page URL is known: cams.loginPages is not set and no permission names a login page in its description or pattern, so whether the login page can be reached without authentication (web agent error 5005) was not checked.';
  }
  const shown = candidates.slice(0, MAX_CANDIDATES).map((c) => `${c.pattern.attribute.value} (permission ${c.permission.label})`);
  const more = candidates.length > MAX_CANDIDATES ? ` and ${candidates.length - MAX_CANDIDATES} more, not checked` : '';
  return `No Cams login page URL is configured (cams.loginPages): the login page was checked only where the policy seems to name it, which is inferred: ${shown.join(', ')}${more}.`;
}
