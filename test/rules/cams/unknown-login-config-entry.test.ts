import rule from '../../../rules/cams/unknown-login-config-entry.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { entry, loginConfig, policy } from '../../helpers/cams.js';

const domain = loginConfig([entry('http'), entry('portal')]);

testRule(rule, {
  valid: [
    { name: 'an existing entry', files: { 'cams-webagent.conf': 'cams.loginconfig.entry=portal\n', 'login-config.xml': domain } },
    { name: 'not set: the default http exists', files: { 'cams-webagent.conf': 'cams.debug=false\n', 'login-config.xml': domain } },
    {
      name: 'an existing entry: nothing left unchecked',
      files: { 'cams-webagent.conf': 'cams.loginconfig.entry=portal\n', 'login-config.xml': domain },
      notChecked: [],
    },
    {
      name: 'no security domain linted: nothing to compare, and said so',
      files: { 'cams-webagent.conf': 'cams.loginconfig.entry=nope\n' },
      notChecked: [
        {
          reason: 'cams.loginconfig.entry was not compared with a login-config.xml: the agent is not linked to a security domain (see cams/unlinked-agent).',
          enable: 'Lint the agent together with its security domain directory, or name the domain in .webagent-lint.yaml under cams.agentDomains.',
          scope: ['agents/web01'],
        },
      ],
    },
    {
      name: 'a security domain without login-config.xml: nothing to compare, and said so',
      files: { 'cams-webagent.conf': 'cams.loginconfig.entry=nope\n', 'access-control-policy.xml': policy([]) },
      notChecked: [
        {
          reason: 'cams.loginconfig.entry was not compared with a login-config.xml: security domain agents/web01 has none that could be read.',
          enable: 'Lint the security domain with its login-config.xml (cams/xml-syntax reports one that is not well-formed).',
          scope: ['agents/web01'],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'an unknown entry (5004 / authentication reason 6)',
      files: { 'cams-webagent.conf': 'cams.loginconfig.entry=Portal\n', 'login-config.xml': domain },
      errors: [{ messageId: 'unknown', line: 1, column: 24, data: { name: 'Portal', known: 'http, portal', domain: 'web01' } }],
    },
    {
      name: 'empty',
      files: { 'cams-webagent.conf': 'cams.loginconfig.entry=\n', 'login-config.xml': domain },
      errors: [{ messageId: 'empty', line: 1, column: 24 }],
    },
    {
      name: 'not set and no http entry',
      files: { 'cams-webagent.conf': 'cams.debug=false\n', 'login-config.xml': loginConfig([entry('portal')]) },
      errors: [{ messageId: 'defaultMissing', line: 1, column: 1, data: { name: 'http' } }],
    },
  ],
});

testFixtures(rule);
