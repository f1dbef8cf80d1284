import { defineRule } from '../../src/engine/rule-api.js';
import { cleartrustProperties } from '../../src/knowledge/properties.js';
import { closestNames } from '../../src/text/edit-distance.js';
import { replaceSpan } from '../../src/engine/fixes.js';
import { keySpan } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/unknown-property',
  title: 'Disallow properties that are not in the ClearTrust property catalog',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'The agent ignores a key it does not know, so a misspelt property silently leaves the setting at its ' +
      'default. The catalog holds the properties documented in RSA knowledge-base articles or seen in real ' +
      'deployments; RSA publishes no complete list, so a genuine but uncatalogued property can be waived.',
    fix: 'Correct the property name, or waive the finding if the property is genuine.',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refersh=50 Mins\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>',
    sources: ['S-GH', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    didYouMean: '{key} is not a known ClearTrust agent property; did you mean {suggestion}?',
    unknown: '{key} is not a known ClearTrust agent property.',
  },
  remedies: {
    didYouMean: 'Rename it to {suggestion}.',
  },
  check(agent, context) {
    for (const entry of agent.entries) {
      if (cleartrustProperties.has(entry.key)) continue;
      const [suggestion, ...others] = closestNames(entry.key, cleartrustProperties.keys());
      const at = keySpan(entry);
      if (!suggestion) {
        context.report({ at, messageId: 'unknown', data: { key: entry.key } });
        continue;
      }
      // Renamed only when exactly one known property is that close; otherwise a person picks one.
      const renames = [suggestion, ...others].map((name) => ({ description: `Rename to ${name}`, edits: [replaceSpan(at, name)] }));
      context.report({
        at,
        messageId: 'didYouMean',
        data: { key: entry.key, suggestion },
        ...(others.length === 0 ? { fix: renames[0] } : { suggestions: renames }),
      });
    }
  },
});
