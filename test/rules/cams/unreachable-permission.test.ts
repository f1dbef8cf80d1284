import { describe, expect, it } from 'vitest';
import rule from '../../../rules/cams/unreachable-permission.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    {
      name: 'a more specific permission after a general one',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/*', 'everyone'), permission('*://*:*/cams/*', 'everyone')]) },
    },
    {
      name: 'same pattern, different actions',
      files: {
        'access-control-policy.xml': policy([
          permission('*://*:*/a/*', 'everyone', { actions: 'GET' }),
          permission('*://*:*/a/*', 'everyone', { actions: 'POST' }),
        ]),
      },
    },
    {
      name: 'overlapping, neither covers the other',
      files: { 'access-control-policy.xml': policy([permission('http://*:80/a/*', 'everyone'), permission('*://h:*/a/*', 'everyone')]) },
    },
  ],
  invalid: [
    {
      name: 'the same pattern twice: the later one is never used',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: '' }), permission('*://*:*/a/*', 'authenticated')]) },
      errors: [{ messageId: 'shadowed', line: 4, column: 5, data: { otherLine: 3 } }],
    },
    {
      name: 'a pattern covered by one with as many literal characters (host case differs)',
      files: {
        'access-control-policy.xml': policy([
          permission('http://WWW.example.com:80/a*', 'everyone'),
          permission('http://www.example.com:80/a**', 'authenticated'),
        ]),
      },
      errors: [{ messageId: 'shadowed', line: 4, column: 5 }],
    },
  ],
});

// Before issue 16 comparing two patterns recursed once per character (a stack overflow, reported as an
// internal error, on 12 KB patterns) over every pair of positions (over a second for two 2,000-character
// patterns). The timeout is far above what the comparison takes now and below the stall.
describe('cams/unreachable-permission on long patterns', { timeout: 5_000 }, () => {
  const shadowed = (patterns: readonly string[]) =>
    findingsOf(rule, { 'access-control-policy.xml': policy(patterns.map((pattern) => permission(pattern, 'everyone'))) }).map((f) => [f.ruleId, f.line]);

  it('the same 12 KB pattern twice: the later one is never used', () => {
    const long = `http://www.example.com:80/${'ab*'.repeat(4000)}`;
    expect(shadowed([long, long])).toEqual([[rule.id, 4]]);
  });

  it('2,000-character patterns that differ only in their last letter: none covers another', () => {
    // As many literal characters each, and the same literal prefix: every pair is compared.
    const long = (last: string) => `http://www.example.com:80/${'*a'.repeat(999)}*${last}`;
    expect(shadowed(['b', 'c', 'd', 'e', 'f'].map(long))).toEqual([]);
  });
});

testFixtures(rule);
