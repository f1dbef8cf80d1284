import rule from '../../../rules/cams/xml-syntax.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'a well-formed login config', files: { 'login-config.xml': '<?xml version="1.0"?>\n<login-config/>\n' } }],
  invalid: [
    { name: 'a mismatched close tag', files: { 'login-config.xml': '<login-config>\n  <login-config-entry name="http">\n  </login-config>\n' }, errors: [{ messageId: 'malformed', line: 3, column: 3, data: { reason: 'unexpected close tag' } }] },
    { name: 'entities declared in a DOCTYPE', files: { 'login-config.xml': '<!DOCTYPE login-config [<!ENTITY e "x">]>\n<login-config>&e;</login-config>' }, errors: [{ messageId: 'dtdEntities', line: 1, column: 1 }] },
    { name: 'the wrong root element', files: { 'access-control-policy.xml': '<login-config/>' }, errors: [{ messageId: 'unexpectedRoot', line: 1, column: 1, data: { found: 'login-config', expected: 'access-control-policy' } }] },
  ],
});

testFixtures(rule);
