import rule from '../../../rules/fleet/cleartrust-pool-drift.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';

const agent = (name: string, ...lines: string[]) =>
  `=== ${name}/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\n${lines.join('\n')}\n</Pool>\n`;

describe('fleet/cleartrust-pool-drift', () => {
  it('reports the minority agent at its line, naming the majority value and agents', () => {
    const text =
      agent('a', 'cleartrust.agent.max_open_connections=2') +
      agent('b', 'cleartrust.agent.max_open_connections=2') +
      agent('c', 'cleartrust.agent.max_open_connections=0');
    const findings = findingsOf(rule, text).map((f) => ({ file: f.file, line: f.line, column: f.column, agent: f.agent, message: f.message }));
    expect(findings).toEqual([
      {
        file: 'c/webagent.conf',
        line: 3,
        column: 1,
        agent: 'c',
        message: 'max_open_connections is 0 here but 2 on 2 other agent(s) of cluster d1:5608 (a, b).',
      },
    ]);
  });

  it("gives the agreeing agents' lines as related locations", () => {
    const text =
      agent('a', 'cleartrust.agent.max_open_connections=2') +
      agent('b', 'cleartrust.agent.max_open_connections=2') +
      agent('c', 'cleartrust.agent.max_open_connections=0');
    expect(findingsOf(rule, text).map((f) => f.related)).toEqual([
      [
        { file: 'a/webagent.conf', line: 3, column: 1, endLine: 3, endColumn: 40 },
        { file: 'b/webagent.conf', line: 3, column: 1, endLine: 3, endColumn: 40 },
      ],
    ]);
  });

  it("reads a pool setting written in <Global> as the pool's (README assumption), at its line", () => {
    const global = (name: string, mode: string) =>
      `=== ${name}/webagent.conf\n<Global>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_mode=${mode}\n</Global>\n`;
    const findings = findingsOf(rule, global('a', 'DISTRIBUTED') + global('b', 'DISTRIBUTED') + global('c', 'STANDARD'));
    expect(findings.map((f) => `${f.agent}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'c@3:1 auth_server_mode is STANDARD here but DISTRIBUTED on 2 other agent(s) of cluster d1:5608 (a, b).',
    ]);
  });

  it('on a tie reports every agent, and an unset value at the Pool header', () => {
    const findings = findingsOf(rule, agent('a', 'cleartrust.agent.auth_server_mode=STANDARD') + agent('b')).map(
      (f) => `${f.agent}@${f.line}:${f.column} ${f.data['value']}`,
    );
    expect(findings).toEqual(['a@3:1 STANDARD', 'b@1:1 not set']);
  });

  it('needs two agents in one cluster', () => {
    expect(findingsOf(rule, agent('a', 'cleartrust.agent.auth_server_mode=STANDARD'))).toEqual([]);
  });
});

testFixtures(rule);

const pooled = (refresh: string) =>
  `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

testRule(rule, {
  valid: [
    {
      name: 'a dispatcher group that agrees by meaning (30 Mins and 1800 Secs)',
      files: { 'a/webagent.conf': pooled('30 Mins'), 'b/webagent.conf': pooled('1800 Secs') },
    },
    {
      name: 'agents of different dispatcher groups may differ',
      files: { 'a/webagent.conf': pooled('30 Mins'), 'b/webagent.conf': pooled('1 Hrs').replace('d1:5608', 'd2:5608') },
    },
  ],
  invalid: [
    {
      name: 'the one agent of three whose refresh differs',
      files: { 'a/webagent.conf': pooled('30 Mins'), 'b/webagent.conf': pooled('30 Mins'), 'c/webagent.conf': pooled('1 Hrs') },
      errors: [
        {
          messageId: 'drift',
          file: 'c/webagent.conf',
          line: 3,
          column: 1,
          data: { property: 'auth_server_pool_refresh', value: '1 hour', majority: '30 minutes' },
        },
      ],
    },
  ],
});
