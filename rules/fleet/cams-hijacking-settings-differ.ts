import { defineRule } from '../../src/engine/rule-api.js';
import { deviations, groupBy, nameAgents, relatedPlaces } from '../../src/model/fleet.js';
import { ALGORITHM, HIJACKING_GOOD_EXAMPLE, hijackingExampleAgent, hijackingReadings, SALT } from '../../src/model/session-hijacking.js';

export default defineRule({
  id: 'fleet/cams-hijacking-settings-differ',
  title: 'Require the agents of a Cams cluster that protect sessions to use the same algorithm and salt',
  severity: 'error',
  scope: 'fleet',
  judges: (product, name) => product === 'cams' && (name === ALGORITHM || name === SALT),
  predicts: ['CAMS-5304'],
  docs: {
    why:
      'With session hijacking protection on, each agent checks a hash computed with cams.session.hijacking.protection.algorithm ' +
      'and .salt. Agents of one cluster that use a different algorithm or salt compute different hashes for the same ' +
      'session, and each reports a possible session hijacking attempt (web agent error 5304) for sessions of the ' +
      'others. The finding is placed on the agent whose value differs from the rest of the protected agents, with ' +
      'theirs as related locations; when they are split evenly, on both sides. Salts are compared without ever being shown.',
    fix: 'Give every agent of the cluster the same cams.session.hijacking.protection.algorithm and .salt.',
    bad:
      hijackingExampleAgent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') +
      hijackingExampleAgent('b', 'enable=true', 'algorithm=SHA-256', 'salt=s1') +
      hijackingExampleAgent('c', 'enable=true', 'algorithm=SHA-256', 'salt=s2'),
    good: HIJACKING_GOOD_EXAMPLE,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    differs: '{property} differs from {count} other protected agent(s) of Cams cluster {cluster} ({agents}){shown}.',
  },
  remedies: {
    differs: 'Give {agent} the {property} of {agents}: every agent of the cluster needs the same algorithm and salt.',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const protectedAgents = hijackingReadings(cluster).filter((r) => r.enabled);
      for (const property of [ALGORITHM, SALT]) {
        const groups = groupBy(protectedAgents, (r) => r.agent.setting(property)?.text ?? '\u0000unset');
        for (const { group, from } of deviations(groups)) {
          for (const { agent } of group) {
            const setting = agent.setting(property);
            // The algorithm is not secret; the salt never appears.
            const algorithm = setting === undefined ? 'not set' : setting.text === '' ? 'empty' : setting.text;
            context.report({
              at: setting ? setting.valueAt : agent.anchor,
              agent: agent.id,
              messageId: 'differs',
              data: {
                property,
                count: from.length,
                cluster: cluster.name,
                agents: nameAgents(from.map((r) => r.agent)),
                shown: property === ALGORITHM ? `: ${algorithm} here` : '',
                agent: agent.id,
              },
              related: relatedPlaces(from, (r) => r.agent.setting(property)?.valueAt ?? r.agent.anchor),
            });
          }
        }
      }
    }
  },
});
