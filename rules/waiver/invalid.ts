import { defineRule } from '../../src/engine/rule-api.js';

export default defineRule({
  id: 'waiver/invalid',
  title: 'Require waivers to name known rules and give a reason',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'A waiver hides a finding from everyone who reads the report later, so it has to say which rule it waives ' +
      'and why. A waiver without a reason waives nothing; a misspelt directive or rule id would otherwise hide ' +
      'nothing while looking as if it did.',
    fix: 'Write `# webagent-lint-disable-next-line <rule id> -- <reason>` on the line above the finding.',
    bad: '<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging\ncleartrust.agent.log_level=Debug\n</Global>',
    good: '<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging -- diagnosing ticket OPS-1234 until 1 March\ncleartrust.agent.log_level=Debug\n</Global>',
    sources: [],
    confidence: 'documented',
  },
  messages: {
    missingReason: 'Waiver of {rules} gives no reason after " -- ", so it waives nothing.',
    unknownRule: 'Waiver names {rule}, which is not a webagent-lint rule.',
    unknownDirective: '"{directive}" is not a webagent-lint directive; the waiver directive is webagent-lint-disable-next-line.',
    noRule: 'Waiver names no rule; write the rule id after webagent-lint-disable-next-line.',
  },
});
