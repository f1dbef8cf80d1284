import { defineRule } from '../../src/engine/rule-api.js';
import { definitionOf, displayValue, shortName, typedValueOf, valueSpan } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/unknown-value',
  title: 'Disallow values of enumerated properties that no source names',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'Some properties take one of a few words (log_level, auth_server_mode, ssl.use, …). For most of them no source ' +
      'gives the full list: RSA names the pool modes STANDARD and DISTRIBUTED and the sub-modes ADAPTIVE and ' +
      'ROUNDROBIN, for instance, but not every spelling the agent accepts. A word none of the sources names may be ' +
      'a typing mistake that leaves the setting at a value nobody chose, or a genuine value the sources do not ' +
      'show, so it is a warning, not an error (cleartrust/invalid-value reports values outside a list a source ' +
      'states to be complete).',
    fix: 'Check the value against the agent documentation of your version; correct it, or waive the finding with the source that names it.',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_mode=DISTRIBUTD\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_mode=DISTRIBUTED\n</Pool>',
    sources: ['KB25333', 'KB14470', 'KB48839', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    unnamed: '{property} is "{value}", none of the values the sources name for it ({values}).',
  },
  check(agent, context) {
    for (const entry of agent.entries) {
      // A word outside a complete list is not ok (cleartrust/invalid-value's error); an empty value is "not set".
      const result = typedValueOf(entry);
      if (!result.ok || result.value.kind !== 'word' || result.value.named) continue;
      context.report({
        at: valueSpan(entry),
        messageId: 'unnamed',
        data: { property: shortName(entry.key), value: displayValue(entry), values: (definitionOf(entry)?.values ?? []).join(', ') },
      });
    }
  },
});
