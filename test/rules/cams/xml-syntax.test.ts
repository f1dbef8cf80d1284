import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../helpers/lint.js';
import rule from '../../../rules/cams/xml-syntax.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'a well-formed login config', files: { 'login-config.xml': '<?xml version="1.0"?>\n<login-config/>\n' } }],
  invalid: [
    {
      name: 'a mismatched close tag',
      files: { 'login-config.xml': '<login-config>\n  <login-config-entry name="http">\n  </login-config>\n' },
      errors: [{ messageId: 'malformed', line: 3, column: 3, data: { reason: 'unexpected close tag' } }],
    },
    {
      name: 'entities declared in a DOCTYPE',
      files: { 'login-config.xml': '<!DOCTYPE login-config [<!ENTITY e "x">]>\n<login-config>&e;</login-config>' },
      errors: [{ messageId: 'dtdEntities', line: 1, column: 1 }],
    },
    {
      name: 'the wrong root element',
      files: { 'access-control-policy.xml': '<login-config/>' },
      errors: [{ messageId: 'unexpectedRoot', line: 1, column: 1, data: { found: 'login-config', expected: 'access-control-policy' } }],
    },
  ],
});

testFixtures(rule);

describe('an XML declaration whose encoding does not describe the bytes', () => {
  const policy = (declaration: string, body = '') => `${declaration}\n<access-control-policy>${body}</access-control-policy>\n`;
  const cases: [string, string | Uint8Array, string | undefined][] = [
    ['UTF-8 declared, UTF-8 bytes', policy('<?xml version="1.0" encoding="UTF-8"?>', 'é'), undefined],
    ['ISO-8859-1 declared, ASCII only', policy("<?xml version='1.0' encoding='ISO-8859-1'?>"), undefined],
    [
      'ISO-8859-1 declared, UTF-8 bytes outside ASCII',
      policy('<?xml version="1.0" encoding="ISO-8859-1"?>', 'é'),
      'The XML declaration names encoding ISO-8859-1, but the file is UTF-8 and holds characters outside ASCII, which a reader of that encoding reads as other characters.',
    ],
    [
      'UTF-16 declared, no byte-order mark',
      policy('<?xml version="1.0" encoding="UTF-16"?>'),
      'The XML declaration names encoding UTF-16, but the file is UTF-8 (no UTF-16 byte-order mark).',
    ],
    [
      'an unknown encoding',
      policy('<?xml version="1.0" encoding="EBCDIC-XYZ"?>'),
      'The XML declaration names encoding EBCDIC-XYZ, but that encoding is not one webagent-lint knows (UTF-8, UTF-16, ISO-8859-1, US-ASCII, windows-1252).',
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const findings = lintFiles({ 'access-control-policy.xml': text }).filter((f) => f.ruleId === 'cams/xml-syntax');
      expect(findings.map((f) => [f.line, f.column, f.message])).toEqual(message === undefined ? [] : [[1, 31, message]]);
    });
  }
});
