import { describe, expect, it } from 'vitest';
import rule from '../../../rules/cams/properties-syntax.js';
import { lintFiles } from '../../helpers/lint.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'escapes that are complete, and a literal backslash', text: 'cams.cluster.name=A\\u005fB\ncams.login.uri=/a\\\\u00zz\n' },
    { name: 'a \\u escape split over a continuation line (Java joins the lines first)', text: 'cams.cluster.name=Prod\\u00\\\n    5f1\n' },
  ],
  invalid: [
    {
      name: 'a malformed \\u escape',
      text: 'cams.debug=false\ncams.cluster.name=Prod\\u00zz\n',
      errors: [{ messageId: 'malformedUnicodeEscape', line: 2, column: 23, endColumn: 25 }],
    },
    {
      // TextEncoder writes U+FEFF as the bytes of a UTF-8 byte-order mark.
      name: 'a byte-order mark before a comment naming C:\\users: a property for Java, whose \\us refuses the whole file',
      text: '\ufeff# C:\\users\ncams.debug=false\n',
      errors: [
        { messageId: 'byteOrderMark', line: 1, column: 1, endColumn: 2, data: { effect: 'the comment there is read as a property with the key "\\uFEFF#"' } },
        { messageId: 'malformedUnicodeEscape', line: 1, column: 5, endColumn: 7 },
      ],
    },
    {
      name: 'a byte-order mark before a key',
      text: '\ufeffcams.cluster.name=Prod\n',
      errors: [{ messageId: 'byteOrderMark', line: 1, column: 1, endColumn: 18, data: { effect: 'the first key is read as "\\uFEFFcams.cluster.name"' } }],
    },
    {
      name: 'a byte-order mark on a blank line',
      text: '\ufeff\ncams.cluster.name=Prod\n',
      errors: [
        { messageId: 'byteOrderMark', line: 1, column: 1, endColumn: 1, data: { effect: 'a property with the key "\\uFEFF" is read from that blank line' } },
      ],
    },
  ],
});

testFixtures(rule);

describe('a UTF-16 cams-webagent.conf', () => {
  const text = 'cams.cluster.name=Prod\n';
  const cases: [string, Uint8Array, string][] = [
    ['UTF-16LE', new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')), 'UTF-16LE'],
    ['UTF-16BE', new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le').swap16()), 'UTF-16BE'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(name, () => {
      const findings = lintFiles({ 'cams-webagent.conf': bytes }).filter((f) => f.ruleId === rule.id);
      expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
        [
          1,
          1,
          `The file is ${encoding}; Java reads a properties file as ISO-8859-1 bytes or as UTF-8 characters, so every key an agent reads holds NUL characters and none of these settings is found. The file was checked as written.`,
        ],
      ]);
    });
  }
});
