import { defineRule } from '../../src/engine/rule-api.js';
import { attributeValueSpan, elementSpan } from '../../src/model/cams.js';
import { attributeOf, descendantsNamed } from '../../src/parse/xml-tree.js';

export default defineRule({
  id: 'cams/unknown-acr-ref',
  title: 'Require every acr-ref to name an ACR of the library',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-ACCESS-REASON-12'],
  docs: {
    why:
      "An acr-ref names an access control rule of the domain's acr-lib, in a permission or inside another rule. " +
      'When no rule has that id the policy server cannot evaluate the permission; webagent-lint expects access ' +
      'reason 12 (an error occurred while evaluating an access control rule), which is inferred.',
    fix: 'Correct the id to the id of an ACR in the acr-lib, or add the missing ACR.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/reports/*"/>\n      <acr-ref id="Report readers"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/reports/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-ACPTR32', 'CAMS-TIP', 'CAMS-LEC32'],
    confidence: 'inferred',
  },
  messages: {
    unknown: 'acr-ref "{id}" names no ACR of the acr-lib.',
    noId: 'This acr-ref has no id.',
  },
  check(domain, context) {
    const policy = domain.policy;
    if (!policy) return;
    for (const ref of descendantsNamed(policy.root, 'acr-ref')) {
      const id = attributeOf(ref, 'id');
      if (!id) context.report({ at: elementSpan(ref), messageId: 'noId' });
      else if (!policy.acrs.has(id.value)) context.report({ at: attributeValueSpan(ref, id), messageId: 'unknown', data: { id: id.value } });
    }
  },
});
