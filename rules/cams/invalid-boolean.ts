import { defineRule } from '../../src/engine/rule-api.js';
import { camsProperties } from '../../src/knowledge/properties.js';
import { booleanSetting, valueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/invalid-boolean',
  title: 'Require Cams boolean properties to be true or false',
  severity: 'error',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'The Cams documentation writes its on/off properties (cams.debug, cams.cluster.debug, cams.attributes.debug, ' +
      'cams.session.hijacking.protection.enable) as true or false. What an agent makes of another word such as yes ' +
      'or on is not documented; a Java agent reading it with Boolean.parseBoolean sees false, so protection meant to ' +
      "be on would be off. webagent-lint's other rules read such a value as false too (the session hijacking rules " +
      'say so in their messages), and report it here at its own line.',
    fix: 'Write true or false.',
    bad: 'cams.session.hijacking.protection.enable=yes',
    good: 'cams.session.hijacking.protection.enable=true',
    sources: ['CAMS-CP32', 'CAMS-CP21', 'CAMS-LEC32'],
    confidence: 'inferred',
  },
  messages: {
    notBoolean: '{key} is "{value}", neither true nor false; how the agent reads it is not documented (Boolean.parseBoolean would read false).',
  },
  check(agent, context) {
    for (const entry of agent.settings.values()) {
      if (camsProperties.get(entry.key)?.type !== 'boolean' || booleanSetting(agent, entry.key)) continue;
      context.report({ at: valueSpan(entry), messageId: 'notBoolean', data: { key: entry.key, value: entry.value } });
    }
  },
});
