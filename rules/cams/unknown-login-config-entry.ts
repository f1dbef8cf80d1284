import { defineRule } from '../../src/engine/rule-api.js';
import { DEFAULT_LOGIN_CONFIG_ENTRY, fileStart, HOW_TO_LINK, valueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/unknown-login-config-entry',
  title: 'Require cams.loginconfig.entry to name a login-config-entry of the security domain',
  severity: 'error',
  scope: 'cams-agent',
  predicts: ['CAMS-5004', 'CAMS-AUTH-REASON-6'],
  docs: {
    why:
      'The agent hands cams.loginconfig.entry (default http) to a dynamic login page as cams_login_config, and the ' +
      "policy server authenticates with the login-config-entry of that name in the domain's login-config.xml. " +
      'An empty value gives web agent error 5004; a name the domain does not have gives authentication reason 6 ' +
      '(unknown login configuration entry).',
    fix: "Set cams.loginconfig.entry to the name of a <login-config-entry> in the security domain's login-config.xml, or add that entry.",
    bad: '=== cams-webagent.conf\ncams.loginconfig.entry=portal\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
    good: '=== cams-webagent.conf\ncams.loginconfig.entry=http\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
    sources: ['CAMS-LC32', 'CAMS-LC21', 'CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    unknown: 'cams.loginconfig.entry is "{name}", but login-config.xml of security domain {domain} has no such entry (it has: {known}).',
    empty: 'cams.loginconfig.entry is empty; login pages then send an empty cams_login_config.',
    defaultMissing:
      'cams.loginconfig.entry is not set, so the agent uses "{name}", but login-config.xml of security domain {domain} has no such entry (it has: {known}).',
  },
  check(agent, context) {
    const domain = agent.domain;
    const loginConfig = domain?.loginConfig;
    if (!domain) {
      context.notChecked({
        reason: 'cams.loginconfig.entry was not compared with a login-config.xml: the agent is not linked to a security domain (see cams/unlinked-agent).',
        enable: HOW_TO_LINK,
      });
      return;
    }
    if (!loginConfig) {
      context.notChecked({
        reason: `cams.loginconfig.entry was not compared with a login-config.xml: security domain ${domain.id} has none that could be read.`,
        enable: 'Lint the security domain with its login-config.xml (cams/xml-syntax reports one that is not well-formed).',
      });
      return;
    }
    const entry = agent.settings.get('cams.loginconfig.entry');
    const name = entry ? entry.value.trim() : DEFAULT_LOGIN_CONFIG_ENTRY;
    if (entry && name === '') {
      context.report({ at: valueSpan(entry), messageId: 'empty' });
      return;
    }
    const names = [...new Set(loginConfig.entries.flatMap((e) => (e.name ? [e.name.value] : [])))];
    if (names.includes(name)) return;
    const data = { name, domain: domain.name, known: names.join(', ') || 'none' };
    context.report(entry ? { at: valueSpan(entry), messageId: 'unknown', data } : { at: fileStart(agent), messageId: 'defaultMissing', data });
  },
});
