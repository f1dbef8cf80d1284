import { defineRule } from '../../src/engine/rule-api.js';
import { isSecretName } from '../../src/knowledge/properties.js';

export default defineRule({
  id: 'cams/non-ascii-character',
  title: 'Require non-ASCII characters in cams-webagent.conf to be written as \\u escapes',
  severity: 'warning',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'Java reads a properties file given as bytes as ISO-8859-1, so a character written in UTF-8 reaches an agent ' +
      'that loads the file that way as two or three different characters. webagent-lint reads the file as UTF-8 ' +
      '(as it reads every file) and reports the first non-ASCII character of each line; which encoding each Cams ' +
      'agent uses is not documented.',
    fix: 'Write the character as a \\uXXXX escape (for example é as \\u00e9), which every reader understands alike.',
    bad: 'cams.login.uri=/connexion/société',
    good: 'cams.login.uri=/connexion/soci\\u00e9t\\u00e9',
    sources: ['WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    nonAscii: 'Character "{character}" is outside ASCII; agents that read this file as ISO-8859-1 see other characters. Write it as {escape}.',
    nonAsciiInSecret:
      'The value of {key} has a character outside ASCII; agents that read this file as ISO-8859-1 see other characters. Write it as a \\u escape.',
  },
  check(agent, context) {
    for (const entry of agent.document.entries) {
      const at = entry.firstNonAscii;
      if (at === undefined) continue;
      const character = String.fromCodePoint(entry.source.text.codePointAt(at) as number);
      const span = { source: entry.source, start: at, end: at + character.length };
      if (isSecretName(entry.key)) {
        context.report({ at: span, messageId: 'nonAsciiInSecret', data: { key: entry.key } });
        continue;
      }
      const units = Array.from({ length: character.length }, (_, i) => character.charCodeAt(i));
      const escaped = units.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
      context.report({ at: span, messageId: 'nonAscii', data: { character, escape: escaped } });
    }
  },
});
