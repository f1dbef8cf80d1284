import { defineRule } from '../../src/engine/rule-api.js';
import { elementSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/incomplete-login-config',
  title: 'Require login-config entries with a name and login modules with className and flag',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-AUTH-REASON-1'],
  docs: {
    why:
      'Each login-config-entry is selected by its name and holds one or more login-module-entry elements, each ' +
      "of which needs the JAAS login module's className and its flag. Without them the policy server cannot run " +
      'the login; that the result is authentication reason 1 (general error, probably a misconfiguration) is inferred.',
    fix: 'Give the entry a name and each login-module-entry a className and a flag (the documented example uses REQUIRED).',
    bad: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="com.cafesoft.cams.auth.login.module.XmlLoginModule"/>\n  </login-config-entry>\n</login-config>',
    good: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="com.cafesoft.cams.auth.login.module.XmlLoginModule" flag="REQUIRED"/>\n  </login-config-entry>\n</login-config>',
    sources: ['CAMS-LC20', 'CAMS-LCTR32', 'CAMS-LCTR21'],
    confidence: 'inferred',
  },
  messages: {
    entryWithoutName: 'This login-config-entry has no name, so no agent can select it.',
    entryWithoutModule: 'login-config-entry "{name}" has no login-module-entry.',
    moduleWithoutClassName: 'This login-module-entry has no className.',
    moduleWithoutFlag: 'This login-module-entry has no flag (e.g. REQUIRED).',
  },
  check(domain, context) {
    for (const entry of domain.loginConfig?.entries ?? []) {
      if (!entry.name) context.report({ at: elementSpan(entry.element), messageId: 'entryWithoutName' });
      else if (entry.modules.length === 0)
        context.report({ at: elementSpan(entry.element), messageId: 'entryWithoutModule', data: { name: entry.name.value } });
      for (const module of entry.modules) {
        if (!module.className) context.report({ at: elementSpan(module.element), messageId: 'moduleWithoutClassName' });
        if (!module.flag) context.report({ at: elementSpan(module.element), messageId: 'moduleWithoutFlag' });
      }
    }
  },
});
