import { defineRule } from '../../src/engine/rule-api.js';
import { shadowedPermissions } from '../../src/model/cams-access.js';
import { elementSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/unreachable-permission',
  title: 'Disallow permissions that another permission always overrides',
  severity: 'warning',
  scope: 'cams-domain',
  predicts: [],
  docs: {
    why:
      'For each request the policy server uses the permission whose pattern matches best. A permission whose URLs ' +
      "and actions are all covered by another permission that is always preferred (webagent-lint's precedence: " +
      'most literal path characters, then host, port and scheme, then file order) is never used: its rule does ' +
      'not protect anything, whatever it says. Typically a pattern written twice. The tie-breaking is inferred.',
    fix: 'Remove the unused permission, or make its pattern more specific than the one that overrides it.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Members" actions="">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n    <permission desc="Members again" actions="GET">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Members" actions="">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n    <permission desc="Members reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/members/reports/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-TIP'],
    confidence: 'inferred',
  },
  messages: {
    shadowed:
      'Permission {permission} ({pattern}) is never used: permission {other} at line {otherLine} ({otherPattern}) matches every request it would and is preferred.',
  },
  check(domain, context) {
    if (!domain.policy) return;
    for (const [permission, other] of shadowedPermissions(domain.policy)) {
      context.report({
        at: elementSpan(permission.element),
        messageId: 'shadowed',
        data: {
          permission: permission.label,
          pattern: permission.pattern?.attribute.value ?? '',
          other: other.label,
          otherLine: other.element.source.positionAt(other.element.start).line,
          otherPattern: other.pattern?.attribute.value ?? '',
        },
      });
    }
  },
});
