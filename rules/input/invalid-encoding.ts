import { defineRule } from '../../src/engine/rule-api.js';

export default defineRule({
  id: 'input/invalid-encoding',
  title: 'Require configuration files to be UTF-8 (or UTF-16 with a byte-order mark)',
  severity: 'warning',
  scope: 'input',
  predicts: [],
  docs: {
    why: 'A byte that is not valid UTF-8 means the file was written in another encoding; webagent-lint then reads it as ISO-8859-1, so non-ASCII values may not be what the agent sees.',
    fix: 'Save the file as UTF-8.',
    bad: '(a file with the byte 0xE9 on its own)',
    good: '<Global>\ncleartrust.agent.realm=Société\n</Global>',
    sources: [],
    confidence: 'documented',
  },
  messages: {
    invalidUtf8: 'Not valid UTF-8 from here on; the file was read as ISO-8859-1.',
  },
});
