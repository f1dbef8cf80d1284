import { defineRule } from '../../src/engine/rule-api.js';

export default defineRule({
  id: 'input/unreadable-file',
  title: 'Require configuration files to be readable text of a sensible size',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why: 'A file that was selected as an agent configuration but is binary or far larger than any real configuration cannot be linted; saying so is better than passing it silently.',
    fix: 'Check that the path names the agent configuration file; raise --max-file-size if a real configuration is that large.',
    bad: '(a file containing NUL bytes)',
    good: '<Global>\ncleartrust.agent.enabled=True\n</Global>',
    sources: [],
    confidence: 'documented',
  },
  messages: {
    binary: 'Not a text file (NUL byte at offset {offset}); it was not linted.',
    tooLarge: 'File is {size} bytes, above the limit of {limit} bytes; it was not linted.',
  },
  remedies: {
    tooLarge: 'Check the file; if it really is a configuration, raise the limit with --max-file-size.',
  },
});
