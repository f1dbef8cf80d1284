import { defineRule } from '../../src/engine/rule-api.js';
import type { PropertiesProblemId } from '../../src/parse/properties.js';

export default defineRule<PropertiesProblemId | 'moreProblems'>({
  id: 'cams/properties-syntax',
  title: 'Require cams-webagent.conf to be a loadable Java properties file',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'cams-webagent.conf is read with Java properties rules (the documentation shows name=value lines, # comments ' +
      'and backslash continuations). In that format \\u must be followed by four hexadecimal digits; Java\'s ' +
      'Properties.load refuses the whole file otherwise, so an agent that reads it that way does not start with ' +
      'this configuration. That Cams agents load the file with java.util.Properties is inferred.',
    fix: 'Write the character as \\u followed by four hexadecimal digits, or double the backslash (\\\\) for a literal backslash.',
    bad: 'cams.cluster.name=Prod\\u00zz',
    good: 'cams.cluster.name=Prod\\u005f1',
    sources: ['CAMS-CP32', 'CAMS-SDRC', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    malformedUnicodeEscape: 'Malformed \\u escape: \\u must be followed by four hexadecimal digits; Java refuses to load a file with this line.',
    moreProblems: '… and {count} more syntax problems in this file from this line on (only the first {shown} are listed).',
  },
});
