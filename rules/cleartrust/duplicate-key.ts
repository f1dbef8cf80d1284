import { defineRule } from '../../src/engine/rule-api.js';
import type { ConfEntry } from '../../src/parse/cleartrust-conf.js';
import { keySpan } from '../../src/model/cleartrust.js';
import { removeLines } from '../../src/engine/fixes.js';

export default defineRule({
  id: 'cleartrust/duplicate-key',
  title: 'Disallow setting the same property twice in one block',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'When a key appears twice in one block, only one of the two lines can take effect, and which one is not ' +
      'documented; the other line misleads whoever reads the file. Real configurations have this (a login form ' +
      'location set twice with different URLs). webagent-lint assumes the later line wins.',
    fix: 'Delete the line that is not meant to apply.',
    bad: '<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.idle_timeout=20 Mins\n</Global>',
    good: '<Global>\ncleartrust.agent.idle_timeout=20 Mins\n</Global>',
    sources: ['S-GH', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    repeated: '{key} is already set in this <{block}> block at line {firstLine}; which of the two the agent uses is not documented.',
  },
  check(agent, context) {
    for (const block of agent.document.blocks) {
      const first = new Map<string, ConfEntry>();
      const previous = new Map<string, ConfEntry>();
      for (const entry of block.entries) {
        const before = previous.get(entry.key);
        previous.set(entry.key, entry);
        if (!before) {
          first.set(entry.key, entry);
          continue;
        }
        const earlier = first.get(entry.key) as ConfEntry;
        const beforeLine = entry.source.positionAt(before.start).line;
        const removal = { description: `Remove the earlier line ${beforeLine}`, edits: [removeLines(entry.source, before.start, before.end)] };
        // Which line the agent uses is not documented: removing the earlier one is only safe when both say the same.
        const same = before.value.trim() === entry.value.trim();
        context.report({
          at: keySpan(entry),
          messageId: 'repeated',
          data: { key: entry.key, block: block.name, firstLine: entry.source.positionAt(earlier.start).line },
          ...(same
            ? { fix: removal }
            : {
                suggestions: [removal, { description: 'Remove this later line', edits: [removeLines(entry.source, entry.start, entry.end)] }],
              }),
        });
      }
    }
  },
});
