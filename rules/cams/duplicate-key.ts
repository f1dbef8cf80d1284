import { defineRule } from '../../src/engine/rule-api.js';
import { keySpan } from '../../src/model/cams.js';
import type { PropertyEntry } from '../../src/parse/properties.js';
import { removeLines } from '../../src/engine/fixes.js';

export default defineRule({
  id: 'cams/duplicate-key',
  title: 'Disallow setting the same property twice in cams-webagent.conf',
  severity: 'warning',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'Java properties keep the last of two lines with the same key, so the earlier line has no effect and ' +
      'misleads whoever reads the file. That Cams agents read the file with Java properties rules is inferred ' +
      'from the documented syntax.',
    fix: 'Delete the line that is not meant to apply.',
    bad: 'cams.debug=true\ncams.debug=false',
    good: 'cams.debug=false',
    sources: ['CAMS-CP32', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    repeated: '{key} is already set at line {firstLine}; only this later line takes effect.',
  },
  check(agent, context) {
    // Java properties keep the last line of a key, so every earlier one is unused: each repeat's fix removes the
    // line of the same key just before it (with its continuation lines), so one pass removes them all.
    const first = new Map<string, PropertyEntry>();
    const previous = new Map<string, PropertyEntry>();
    for (const entry of agent.document.entries) {
      const before = previous.get(entry.key);
      previous.set(entry.key, entry);
      if (!before) {
        first.set(entry.key, entry);
        continue;
      }
      const line = (offset: number) => entry.source.positionAt(offset).line;
      context.report({
        at: keySpan(entry),
        messageId: 'repeated',
        data: { key: entry.key, firstLine: line((first.get(entry.key) as PropertyEntry).start) },
        fix: { description: `Remove the earlier, unused line ${line(before.start)}`, edits: [removeLines(entry.source, before.start, before.end)] },
      });
    }
  },
});
