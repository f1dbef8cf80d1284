import { defineRule } from '../../src/engine/rule-api.js';
import { attributeValueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/invalid-resource-pattern',
  title: 'Require resource patterns of the form scheme://host:port/path',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-ACCESS-REASON-7'],
  // Access reason 7 is about the identifier a request names; a pattern that only omits its port still is a URL.
  predictsByMessage: { missingPort: [] },
  docs: {
    why:
      'An http resource pattern is a full URL with scheme, host, explicit port and path, with * as a wildcard ' +
      "(the Cams guide's example for web agent error 5005 is *://*:*/cams/*). A pattern that is not a URL matches " +
      'nothing webagent-lint can predict, and requests for it may be refused as an invalid resource identifier ' +
      "(access reason 7; that link is inferred). Without a port webagent-lint matches the scheme's default port; " +
      'the documented patterns always give one. A missing port predicts no log code.',
    fix: 'Write the pattern as scheme://host:port/path, e.g. https://www.example.com:443/secure/*, using * for any part that may vary.',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Docs" actions="GET">\n      <resource-pattern id="www.example.com/docs/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Docs" actions="GET">\n      <resource-pattern id="http://www.example.com:80/docs/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-TIP', 'CAMS-LEC32'],
    confidence: 'inferred',
  },
  messages: {
    malformed: 'Resource pattern "{pattern}" is not a URL pattern: {problem}.',
    missingPort: 'Resource pattern "{pattern}" has no port; webagent-lint assumes the default port of {scheme}.',
  },
  check(domain, context) {
    for (const permission of domain.policy?.permissions ?? []) {
      if (!permission.pattern) continue;
      const { attribute, result } = permission.pattern;
      const at = attributeValueSpan(permission.resourcePatterns[0] ?? permission.element, attribute);
      if (!result.ok) context.report({ at, messageId: 'malformed', data: { pattern: attribute.value, problem: result.problem } });
      else if (result.pattern.port === undefined)
        context.report({ at, messageId: 'missingPort', data: { pattern: attribute.value, scheme: result.pattern.scheme } });
    }
  },
});
