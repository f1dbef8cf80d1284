import rule from '../../../rules/cleartrust/unknown-value.js';
import invalidValue from '../../../rules/cleartrust/invalid-value.js';
import { describe, expect, it } from 'vitest';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';

const pool = (line: string) => `<Pool id=__default__>\n${line}\n</Pool>`;

testRule(rule, {
  valid: [
    { name: 'a DISTRIBUTED sub-mode KB 000025333 names', text: pool('cleartrust.agent.auth_server_mode=ROUNDROBIN') },
    { name: 'the other sub-mode, in lower case', text: pool('cleartrust.agent.auth_server_mode=adaptive') },
    { name: 'an empty value is "not set"', text: pool('cleartrust.agent.auth_server_mode=') },
    { name: 'not an enum', text: pool('cleartrust.agent.dispatcher_list=FOO:5608') },
  ],
  invalid: [
    {
      name: 'a word no source names, at the value',
      text: pool('cleartrust.agent.auth_server_mode=FAILOVER'),
      errors: [
        {
          messageId: 'unnamed',
          line: 2,
          column: 35,
          endColumn: 43,
          data: { property: 'auth_server_mode', value: 'FAILOVER', values: 'STANDARD, DISTRIBUTED, ADAPTIVE, ROUNDROBIN' },
        },
      ],
    },
    {
      name: 'a log level the sources do not list',
      text: '<Global>\ncleartrust.agent.log_level=Info\n</Global>',
      errors: [{ messageId: 'unnamed', line: 2, column: 28, data: { values: 'Critical, Security, Warning, Debug, Massive' } }],
    },
  ],
});

describe('an unknown enum value', () => {
  it('is a warning, never an invalid-value error, since no source says the list is complete', () => {
    const findings = findingsOf(invalidValue, pool('cleartrust.agent.auth_server_mode=FAILOVER'));
    expect(findings).toEqual([]);
    expect(rule.severity).toBe('warning');
  });
});

testFixtures(rule);
