import rule from '../../../rules/cams/permission-structure.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: 'pattern and acr-ref', files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone')]) } },
    {
      name: 'pattern and owner',
      files: { 'access-control-policy.xml': policy(['    <permission desc="D"><resource-pattern id="*://*:*/d/*"/><owner id="other"/></permission>']) },
    },
  ],
  invalid: [
    {
      name: 'two patterns and no rule',
      files: {
        'access-control-policy.xml': policy([
          '    <permission desc="B">',
          '      <resource-pattern id="*://*:*/a/*"/>',
          '      <resource-pattern id="*://*:*/b/*"/>',
          '    </permission>',
        ]),
      },
      errors: [
        { messageId: 'noRule', line: 3, column: 5, data: { permission: '"B"' } },
        { messageId: 'extraPattern', line: 5, column: 7 },
      ],
    },
    {
      name: 'no pattern, an acr-ref and an owner; a pattern without id',
      files: {
        'access-control-policy.xml': policy([
          '    <permission><acr-ref id="everyone"/><owner id="x"/></permission>',
          '    <permission><resource-pattern/><acr-ref id="everyone"/></permission>',
        ]),
      },
      errors: [
        { messageId: 'noPattern', line: 3, column: 5, data: { permission: '#1' } },
        { messageId: 'extraRule', line: 3, column: 41 },
        { messageId: 'patternWithoutId', line: 4, column: 17 },
      ],
    },
  ],
});

testFixtures(rule);
