import { defineRule } from '../../src/engine/rule-api.js';
import { shortName, typedValueOf, valueSpan } from '../../src/model/cleartrust.js';
import { writtenValue } from '../../src/parse/source.js';

export default defineRule({
  id: 'cleartrust/duration-without-unit',
  title: 'Require a unit word on durations and sizes',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'Real configurations always write a unit (15 Secs, 10 Mins, 1 Hrs, 10 Mbs). Which unit the agent assumes ' +
      'for a bare number is not documented, so "auth_server_pool_refresh=60" may be a minute or an hour.',
    fix: 'Add the unit word: Secs, Mins or Hrs for durations, Mbs for sizes.',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>',
    sources: ['S-GH', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    noUnit: '{property}={number} has no unit; which unit the agent assumes is not documented.',
  },
  check(agent, context) {
    for (const entry of agent.entries) {
      const result = typedValueOf(entry);
      if (result.ok || result.problem === 'invalid') continue;
      // Which unit the agent assumes for a bare number is unknown, so each unit is a suggestion, never a fix.
      const value = writtenValue(entry);
      const units = result.problem === 'ambiguousSize' ? ['Mbs'] : ['Secs', 'Mins', 'Hrs'];
      context.report({
        at: valueSpan(entry),
        messageId: 'noUnit',
        data: { property: shortName(entry.key), number: result.number },
        suggestions: units.map((unit) => ({ description: `Write ${value.text} ${unit}`, edits: [{ offset: value.end, length: 0, text: ` ${unit}` }] })),
      });
    }
  },
});
