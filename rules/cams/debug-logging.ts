import { defineRule } from '../../src/engine/rule-api.js';
import { booleanSetting, valueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/debug-logging',
  title: 'Disallow Cams agent debug messages outside diagnosis',
  severity: 'warning',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'cams.debug, cams.cluster.debug and cams.attributes.debug turn on debug messages; the documentation warns ' +
      'that they slow the agent down and make cams-webagent.log grow quickly.',
    fix: 'Set the debug property back to false once the diagnosis is done.',
    bad: 'cams.debug=true',
    good: 'cams.debug=false',
    sources: ['CAMS-CP32', 'CAMS-CP21'],
    confidence: 'documented',
  },
  messages: {
    debugOn: '{key} is true: debug messages slow the agent down and make cams-webagent.log grow quickly.',
  },
  check(agent, context) {
    // cams.attributes.debug alone writes nothing; cams/attributes-debug-without-debug reports that case.
    const debug = booleanSetting(agent, 'cams.debug')?.value === true;
    for (const key of ['cams.debug', 'cams.cluster.debug', ...(debug ? ['cams.attributes.debug'] : [])]) {
      const setting = booleanSetting(agent, key);
      if (setting?.value) context.report({ at: valueSpan(setting.entry), messageId: 'debugOn', data: { key } });
    }
  },
});
