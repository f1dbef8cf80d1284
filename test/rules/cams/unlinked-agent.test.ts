import rule from '../../../rules/cams/unlinked-agent.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { entry, loginConfig } from '../../helpers/cams.js';

const conf = 'cams.loginconfig.entry=http\n';
const domain = loginConfig([entry('http')]);

testRule(rule, {
  valid: [
    { name: 'domain in the same directory', files: { 'cams-webagent.conf': conf, 'login-config.xml': domain } },
    { name: 'the only domain, elsewhere', files: { 'cams-webagent.conf': conf, 'system/login-config.xml': domain } },
    {
      name: 'the nearest of two domains',
      files: { 'prod/web/cams-webagent.conf': conf, 'prod/system/login-config.xml': domain, 'test/system/login-config.xml': domain },
    },
    {
      name: 'named in the config',
      files: { 'web/cams-webagent.conf': conf, 'a/login-config.xml': domain, 'b/login-config.xml': domain },
      environment: { agentDomains: { web: 'b' } },
    },
  ],
  invalid: [
    { name: 'no domain', files: { 'cams-webagent.conf': conf }, errors: [{ messageId: 'noDomain', line: 1, column: 1 }] },
    {
      name: 'two domains equally near',
      files: { 'web/cams-webagent.conf': conf, 'a/login-config.xml': domain, 'b/login-config.xml': domain },
      errors: [{ messageId: 'ambiguous', line: 1, column: 1, data: { domains: 2 } }],
    },
    {
      name: 'the config names a domain that was not linted',
      files: { 'web/cams-webagent.conf': conf, 'a/login-config.xml': domain },
      environment: { agentDomains: { web: 'c' } },
      errors: [{ messageId: 'unknownDomain', line: 1, column: 1, data: { wanted: 'c' } }],
    },
  ],
});

testFixtures(rule);
