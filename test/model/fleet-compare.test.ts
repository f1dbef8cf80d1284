// Cluster.compare(): value groups per setting, largest first, "not set" among the owners of a block, and
// `largest` known before the groups are built.
import { describe, expect, it } from 'vitest';
import { buildFleet, type AgentFacts } from '../../src/model/fleet.js';

function agent(id: string, settings: [block: string, key: string, value: string][], blocks: string[] = []): AgentFacts {
  return {
    id,
    product: 'cleartrust',
    path: `${id}/webagent.conf`,
    cluster: 'd1:5608',
    clusterSource: 'dispatcher list',
    anchor: [0, 0],
    blocks: blocks.map((label, i) => ({ label, start: i * 10, end: i * 10 + 5 })),
    settings: settings.map(([block, key, value], i) => ({ block, key, value, start: i * 100, end: i * 100 + 50, valueStart: i * 100 + 40 })),
  };
}

const vhost = '<VirtualHost www:*:*>';
const fleet = buildFleet([
  agent(
    'a',
    [
      ['', 'cleartrust.agent.cookie_domain', '.example.com'],
      ['', 'cleartrust.agent.host', 'a'],
      [vhost, 'cleartrust.agent.x', '1'],
    ],
    [vhost],
  ),
  agent(
    'b',
    [
      ['', 'cleartrust.agent.cookie_domain', '.example.com'],
      ['', 'cleartrust.agent.host', 'b'],
    ],
    [vhost],
  ),
  agent('c', [
    ['', 'cleartrust.agent.cookie_domain', '.exmaple.com'],
    ['', 'cleartrust.agent.host', 'c'],
  ]),
]);

describe('Cluster.compare', () => {
  const [cluster] = fleet.clusters;
  const comparisons = cluster!.compare();
  const view = comparisons.map(({ name, largest, groups }) => ({
    name,
    largest,
    groups: groups.map((group) => [group.value?.text ?? '(not set)', group.members.map((m) => m.id).join(',')]),
  }));

  it('groups each setting by value, the largest first; a block setting among the agents that have the block', () => {
    expect(view).toEqual([
      {
        name: 'cleartrust.agent.cookie_domain',
        largest: 2,
        groups: [
          ['.example.com', 'a,b'],
          ['.exmaple.com', 'c'],
        ],
      },
      {
        name: 'cleartrust.agent.host',
        largest: 1,
        groups: [
          ['a', 'a'],
          ['b', 'b'],
          ['c', 'c'],
        ],
      },
      {
        name: `${vhost} cleartrust.agent.x`,
        largest: 1,
        groups: [
          ['1', 'a'],
          ['(not set)', 'b'],
        ],
      },
    ]);
  });

  it("a group's value is where the first member writes it", () => {
    expect(comparisons[0]!.groups[1]!.value).toEqual({
      text: '.exmaple.com',
      secret: false,
      at: { path: 'c/webagent.conf', start: 0, end: 50 },
      valueAt: { path: 'c/webagent.conf', start: 40, end: 50 },
    });
  });
});
