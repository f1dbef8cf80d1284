import { defineRule } from '../../src/engine/rule-api.js';
import type { PropertiesProblemId } from '../../src/parse/properties.js';

export default defineRule<PropertiesProblemId | 'moreProblems'>({
  id: 'cams/properties-syntax',
  title: 'Require cams-webagent.conf to be a Java properties file that Java loads as it was written',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'cams-webagent.conf is read with Java properties rules (the documentation shows name=value lines, # comments ' +
      "and backslash continuations). In that format \\u must be followed by four hexadecimal digits; Java's " +
      'Properties.load refuses the whole file otherwise, so an agent that reads it that way does not start with ' +
      'this configuration. Java does not skip a UTF-8 byte-order mark: it reads it as a character of the first ' +
      'line, so a key there is not found, and a comment there becomes a property (one that mentions a path such ' +
      'as C:\\users then holds a malformed \\u escape, and the whole file is refused). Java reads the file as ' +
      'ISO-8859-1 bytes or as characters its caller decodes, usually UTF-8; a UTF-16 file read either way gives ' +
      'keys with NUL characters in them, none of which the agent looks up. That Cams agents load the file with ' +
      'java.util.Properties is inferred.',
    fix:
      'Write the character as \\u followed by four hexadecimal digits, or double the backslash (\\\\) for a literal ' +
      'backslash. Save the file as UTF-8 without a byte-order mark (or as ASCII, with \\u escapes).',
    bad: 'cams.cluster.name=Prod\\u00zz',
    good: 'cams.cluster.name=Prod\\u005f1',
    sources: ['CAMS-CP32', 'CAMS-SDRC', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    malformedUnicodeEscape:
      'Malformed \\u escape: \\u must be followed by four hexadecimal digits; Java refuses the whole file, so an agent that loads it does not start with this configuration.',
    byteOrderMark: 'The file starts with a UTF-8 byte-order mark, which Java reads as a character of line 1, not as a mark: {effect}.',
    utf16:
      'The file is {encoding}; Java reads a properties file as ISO-8859-1 bytes or as UTF-8 characters, so every key an agent reads holds NUL characters and none of these settings is found. The file was checked as written.',
    moreProblems: '… and {count} more syntax problems in this file from this line on (only the first {shown} are listed).',
  },
  remedies: {
    byteOrderMark: 'Save the file as UTF-8 without a byte-order mark.',
    utf16: 'Save the file as UTF-8 without a byte-order mark (or as ASCII, with \\u escapes for other characters).',
  },
});
