import rule from '../../../rules/cams/unknown-login-config-entry.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { entry, loginConfig } from '../../helpers/cams.js';

const domain = loginConfig([entry('http'), entry('portal')]);

testRule(rule, {
  valid: [
    { name: 'an existing entry', files: { 'cams-webagent.conf': 'cams.loginconfig.entry=portal\n', 'login-config.xml': domain } },
    { name: 'not set: the default http exists', files: { 'cams-webagent.conf': 'cams.debug=false\n', 'login-config.xml': domain } },
    { name: 'no login-config.xml linted: nothing to compare', files: { 'cams-webagent.conf': 'cams.loginconfig.entry=nope\n' } },
  ],
  invalid: [
    { name: 'an unknown entry (5004 / authentication reason 6)', files: { 'cams-webagent.conf': 'cams.loginconfig.entry=Portal\n', 'login-config.xml': domain }, errors: [{ messageId: 'unknown', line: 1, column: 24, data: { name: 'Portal', known: 'http, portal', domain: 'web01' } }] },
    { name: 'empty', files: { 'cams-webagent.conf': 'cams.loginconfig.entry=\n', 'login-config.xml': domain }, errors: [{ messageId: 'empty', line: 1, column: 24 }] },
    { name: 'not set and no http entry', files: { 'cams-webagent.conf': 'cams.debug=false\n', 'login-config.xml': loginConfig([entry('portal')]) }, errors: [{ messageId: 'defaultMissing', line: 1, column: 1, data: { name: 'http' } }] },
  ],
});

testFixtures(rule);
