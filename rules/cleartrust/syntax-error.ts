import { defineRule } from '../../src/engine/rule-api.js';
import type { ConfProblemId } from '../../src/parse/cleartrust-conf.js';

export default defineRule<ConfProblemId | 'moreProblems'>({
  id: 'cleartrust/syntax-error',
  title: 'Require webagent.conf to be well-formed',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'webagent.conf is a list of key=value lines inside <Global>, <Pool id=…> and <VirtualHost …> blocks. ' +
      'A block that is never closed, a closing tag without its opening tag, nested blocks, a key outside every ' +
      'block or a line that is neither a key nor a tag leaves the agent reading settings differently from what ' +
      'the file seems to say; how the agent recovers is not documented.',
    fix: 'Close every block with its own </Name> tag, keep blocks side by side (not nested), and put every key inside a block.',
    bad: '<Global>\ncleartrust.agent.enabled=True\n',
    good: '<Global>\ncleartrust.agent.enabled=True\n</Global>',
    sources: ['S-GH', 'KB48839'],
    confidence: 'inferred',
  },
  messages: {
    unclosedBlock: '<{name}> is never closed.',
    unexpectedClose: '</{name}> closes a block that is not open.',
    mismatchedClose: '</{name}> closes an outer block while <{open}> is still open.',
    nestedBlock: '<{name}> is opened inside <{parent}>; blocks cannot be nested.',
    keyOutsideBlock: '{key} is outside every block; the agent reads settings from <Global>, <Pool> and <VirtualHost> blocks.',
    unrecognizedLine: 'This line is neither key=value, a block tag nor a # comment.',
    unknownBlock: '<{name}> is not a known block (Global, Pool, VirtualHost).',
    unclosedQuote: 'The value of {key} opens a double quote that is never closed.',
    moreProblems: '… and {count} more syntax problems in this file from this line on (only the first {shown} are listed).',
  },
});
