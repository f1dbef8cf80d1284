import { defineRule } from '../../src/engine/rule-api.js';
import { evaluatePermission } from '../../src/model/cams-access.js';
import { attributeValueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/confidential-over-http',
  title: 'Disallow confidential rules on http:// resource patterns',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-ACCESS-REASON-13'],
  docs: {
    why:
      'The confidential rule requires a secure (SSL/TLS) connection. A permission whose pattern only matches plain ' +
      'http:// URLs and whose rule demands confidentiality whatever else holds denies every request it selects, ' +
      'with access reason 13 (confidentiality required). The link from the rule to reason 13 is inferred from its ' +
      'wording.',
    fix: 'Protect the https:// URLs with the confidential rule (and redirect http to https in the web server), or drop the confidential rule from this permission.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Payroll" actions="GET,POST">\n      <resource-pattern id="http://www.example.com:80/payroll/*"/>\n      <acr-ref id="TLS only"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="TLS only"><confidential/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Payroll" actions="GET,POST">\n      <resource-pattern id="https://www.example.com:443/payroll/*"/>\n      <acr-ref id="TLS only"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="TLS only"><confidential/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-ACPTR32', 'CAMS-LEC32'],
    confidence: 'inferred',
  },
  messages: {
    alwaysDenied: 'Permission {permission} covers only http:// URLs, but its rule requires a secure connection ({chain}): every request it selects is denied.',
  },
  check(domain, context) {
    const policy = domain.policy;
    for (const permission of policy?.permissions ?? []) {
      const pattern = permission.pattern;
      if (!policy || !pattern?.result.ok || pattern.result.pattern.scheme !== 'http') continue;
      const outcomes = [false, true].map((authenticated) =>
        evaluatePermission(policy, permission, { scheme: 'http', host: undefined, port: '80', path: '/', method: 'GET', authenticated }),
      );
      const [anonymous] = outcomes;
      if (anonymous?.kind !== 'deny' || !outcomes.every((o) => o.kind === 'deny' && o.reason === 13)) continue;
      context.report({
        at: attributeValueSpan(permission.resourcePatterns[0] ?? permission.element, pattern.attribute),
        messageId: 'alwaysDenied',
        data: { permission: permission.label, chain: anonymous.chain.join(' → ') },
      });
    }
  },
});
