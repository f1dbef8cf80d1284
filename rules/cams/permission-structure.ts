import { defineRule } from '../../src/engine/rule-api.js';
import { elementSpan } from '../../src/model/cams.js';
import { attributeOf } from '../../src/parse/xml-tree.js';

export default defineRule({
  id: 'cams/permission-structure',
  title: 'Require each permission to have exactly one resource-pattern and one acr-ref or owner',
  severity: 'error',
  scope: 'cams-domain',
  predicts: [],
  docs: {
    why:
      'A permission ties one resource pattern to one access control rule (acr-ref) or to the security domain that ' +
      'decides instead (owner); the tag reference allows exactly one of each. With none, or several, what the ' +
      'permission protects or how it decides is undefined.',
    fix: 'Split the permission into one permission per resource pattern, each with exactly one acr-ref or owner.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/a/*"/>\n      <resource-pattern id="http://www.example.com:80/b/*"/>\n    </permission>\n  </permission-collection>\n  <acr-lib/>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/a/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-ACPTR32', 'CAMS-ACPTR30', 'CAMS-TIP'],
    confidence: 'documented',
  },
  messages: {
    noPattern: 'Permission {permission} has no resource-pattern.',
    extraPattern: 'Permission {permission} has a second resource-pattern; a permission has exactly one.',
    patternWithoutId: 'This resource-pattern has no id (the URL pattern).',
    noRule: 'Permission {permission} has neither an acr-ref nor an owner.',
    extraRule: 'Permission {permission} has a second acr-ref or owner; a permission has exactly one.',
  },
  check(domain, context) {
    for (const permission of domain.policy?.permissions ?? []) {
      const data = { permission: permission.label };
      const [pattern, ...extraPatterns] = permission.resourcePatterns;
      if (!pattern) context.report({ at: elementSpan(permission.element), messageId: 'noPattern', data });
      else if (attributeOf(pattern, 'id') === undefined) context.report({ at: elementSpan(pattern), messageId: 'patternWithoutId' });
      for (const extra of extraPatterns) context.report({ at: elementSpan(extra), messageId: 'extraPattern', data });
      const [rule, ...extraRules] = [...permission.acrRefs, ...permission.owners].sort((a, b) => a.start - b.start);
      if (!rule) context.report({ at: elementSpan(permission.element), messageId: 'noRule', data });
      for (const extra of extraRules) context.report({ at: elementSpan(extra), messageId: 'extraRule', data });
    }
  },
});
