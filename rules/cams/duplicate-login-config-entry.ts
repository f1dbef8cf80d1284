import { defineRule } from '../../src/engine/rule-api.js';
import { attributeSpan, repeats } from '../../src/model/cams.js';
import type { XmlAttribute } from '../../src/parse/xml-tree.js';

export default defineRule({
  id: 'cams/duplicate-login-config-entry',
  title: 'Disallow two login-config entries with the same name',
  severity: 'error',
  scope: 'cams-domain',
  predicts: [],
  docs: {
    why:
      'A security domain may have several login-config entries, each with a unique name: agents select one by ' +
      'name, so two entries with one name leave it open which login modules authenticate the user.',
    fix: 'Rename or remove one of the entries.',
    bad: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n  <login-config-entry name="http"/>\n</login-config>',
    good: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n  <login-config-entry name="portal"/>\n</login-config>',
    sources: ['CAMS-LC21', 'CAMS-LC32'],
    confidence: 'documented',
  },
  messages: {
    repeated: 'login-config-entry "{name}" is already defined at line {firstLine}; entry names must be unique.',
  },
  check(domain, context) {
    const entries = domain.loginConfig?.entries ?? [];
    for (const { item, first } of repeats(entries, (entry) => entry.name?.value)) {
      const name = item.name as XmlAttribute;
      context.report({
        at: attributeSpan(item.element, name),
        messageId: 'repeated',
        data: { name: name.value, firstLine: item.element.source.positionAt(first.element.start).line },
      });
    }
  },
});
