import { defineRule } from '../../src/engine/rule-api.js';
import { nameAgents } from '../../src/model/fleet.js';

/** A "strong majority": at least this share of the cluster, and at least MIN_MAJORITY agents. */
const MAJORITY_SHARE = 0.75;
const MIN_MAJORITY = 3;

export default defineRule({
  id: 'fleet/outlier',
  title: 'Specify values that differ from a strong majority of the cluster',
  severity: 'info',
  scope: 'fleet',
  predicts: [],
  docs: {
    why:
      'When at least three quarters of a cluster (and at least three agents) share a value and one agent has ' +
      'another, that agent is usually the one a roll-out missed or a hand edit changed. The finding only ' +
      'informs: some agents differ on purpose.',
    fix: 'Check whether the agent should have the majority value; waive the finding with the reason if it differs on purpose.',
    bad:
      '=== a/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n' +
      '=== b/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n' +
      '=== c/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n' +
      '=== d/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.exmaple.com\n</Global>',
    good:
      '=== a/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n' +
      '=== b/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n' +
      '=== c/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.org\n</Global>\n' +
      '=== d/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.org\n</Global>',
    sources: ['WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    differs: '{setting} is {value} here, but {majority} on {count} of the {size} agents of cluster {cluster} ({agents}).',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const size = cluster.members.length;
      const needed = Math.max(MIN_MAJORITY, size * MAJORITY_SHARE);
      for (const comparison of cluster.compare()) {
        const { name } = comparison;
        // Without a strong majority there is no outlier: the groups are not even built.
        if (comparison.largest < needed || comparison.largest === size || context.judgedByAnotherRule(cluster.product, name)) continue;
        const { groups } = comparison;
        const majority = groups[0];
        if (!majority || groups.length < 2) continue;
        // A setting only a few agents have (e.g. a VirtualHost of their own) is an addition, not an outlier.
        if (majority.value === undefined) continue;
        const shown = (value: (typeof majority)['value']) =>
          value === undefined ? 'not set' : value.secret ? 'a secret value (not shown)' : `"${value.text}"`;
        for (const group of groups.slice(1)) {
          for (const agent of group.members) {
            context.report({
              at: group.value?.at ?? agent.anchor,
              agent: agent.id,
              messageId: 'differs',
              data: {
                setting: name,
                value: shown(group.value),
                majority: shown(majority.value),
                count: majority.members.length,
                size,
                cluster: cluster.name,
                agents: nameAgents(majority.members),
              },
            });
          }
        }
      }
    }
  },
});
