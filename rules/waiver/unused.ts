import { defineRule } from '../../src/engine/rule-api.js';

export default defineRule({
  id: 'waiver/unused',
  title: 'Disallow waivers that waive nothing',
  severity: 'warning',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'A waiver whose finding is gone (the configuration was fixed, or the line moved) no longer does anything, ' +
      'but it would silently hide the next finding of that rule on that line. Remove it.',
    fix: 'Delete the waiver, or move it to the line above the finding it is meant for.',
    bad: '<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging -- noisy while testing\ncleartrust.agent.log_level=Critical\n</Global>',
    good: '<Global>\ncleartrust.agent.log_level=Critical\n</Global>',
    sources: [],
    confidence: 'documented',
  },
  messages: {
    unused: 'This waiver of {rules} waives nothing: no such finding starts on the next line.',
  },
});
