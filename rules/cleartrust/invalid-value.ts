import { defineRule } from '../../src/engine/rule-api.js';
import { displayValue, shortName, typedValueOf, valueSpan } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/invalid-value',
  title: "Require each value to fit its property's type",
  severity: 'error',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'Durations are written as a number and a unit word (30 Secs, 10 Mins, 1 Hrs), booleans as True or False, ' +
      'counts as whole numbers. A value the agent cannot read leaves the setting at a value nobody chose.',
    fix: 'Write the value in the form the property takes.',
    bad: '<Global>\ncleartrust.agent.cookie_ip_check=maybe\n</Global>',
    good: '<Global>\ncleartrust.agent.cookie_ip_check=False\n</Global>',
    sources: ['S-GH', 'KB15952', 'KB11941'],
    confidence: 'inferred',
  },
  messages: {
    invalid: '{property} is "{value}", which is not {expected}.',
  },
  check(agent, context) {
    for (const entry of agent.entries) {
      const result = typedValueOf(entry);
      if (result.ok || result.problem !== 'invalid') continue;
      context.report({
        at: valueSpan(entry),
        messageId: 'invalid',
        data: { property: shortName(entry.key), value: displayValue(entry), expected: result.expected },
      });
    }
  },
});
