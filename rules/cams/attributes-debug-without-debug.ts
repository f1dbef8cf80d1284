import { defineRule } from '../../src/engine/rule-api.js';
import { booleanSetting, valueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/attributes-debug-without-debug',
  title: 'Disallow cams.attributes.debug=true while cams.debug is false',
  severity: 'warning',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why: 'Attribute debug messages are only written when cams.debug is true as well, so cams.attributes.debug=true has no effect here.',
    fix: 'Set cams.debug=true too while diagnosing attributes, or set cams.attributes.debug=false.',
    bad: 'cams.debug=false\ncams.attributes.debug=true',
    good: 'cams.debug=false\ncams.attributes.debug=false',
    sources: ['CAMS-CP32', 'CAMS-CP21'],
    confidence: 'documented',
  },
  messages: {
    noEffect: 'cams.attributes.debug=true has no effect because cams.debug is false (line {debugLine}).',
  },
  check(agent, context) {
    const attributes = booleanSetting(agent, 'cams.attributes.debug');
    const debug = booleanSetting(agent, 'cams.debug');
    if (!attributes?.value || !debug || debug.value) return;
    context.report({ at: valueSpan(attributes.entry), messageId: 'noEffect', data: { debugLine: debug.entry.source.positionAt(debug.entry.start).line } });
  },
});
