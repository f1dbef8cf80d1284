import { defineRule } from '../../src/engine/rule-api.js';
import { keySpan, repeats } from '../../src/model/cams.js';

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
    for (const { item, first } of repeats(agent.document.entries, (entry) => entry.key)) {
      context.report({ at: keySpan(item), messageId: 'repeated', data: { key: item.key, firstLine: item.source.positionAt(first.start).line } });
    }
  },
});
