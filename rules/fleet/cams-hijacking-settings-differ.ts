import { defineRule } from '../../src/engine/rule-api.js';
import { groupBy, nameAgents } from '../../src/model/fleet.js';
import { ALGORITHM, HIJACKING_EXAMPLES, SALT, hijackingReadings } from '../../src/model/session-hijacking.js';

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
      'others. Salts are compared without ever being shown.',
    fix: 'Give every agent of the cluster the same cams.session.hijacking.protection.algorithm and .salt.',
    ...HIJACKING_EXAMPLES,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    differs: '{property} differs from {count} other protected agent(s) of Cams cluster {cluster} ({agents}){shown}.',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const protectedAgents = hijackingReadings(cluster).filter((r) => r.enabled);
      if (protectedAgents.length < 2) continue;
      for (const property of [ALGORITHM, SALT]) {
        const groups = groupBy(protectedAgents, (r) => r.agent.setting(property)?.text ?? '\u0000unset');
        if (groups.length < 2) continue;
        for (const group of groups) {
          const others = groups.filter((g) => g !== group).flat();
          for (const reading of group) {
            const setting = reading.agent.setting(property);
            context.report({
              at: setting ? setting.valueAt : reading.agent.anchor,
              agent: reading.agent.id,
              messageId: 'differs',
              data: {
                property,
                count: others.length,
                cluster: cluster.name,
                agents: nameAgents(others),
                // The algorithm is not secret; the salt never appears.
                shown: property === ALGORITHM ? `: ${setting?.text || 'not set'} here` : '',
              },
            });
          }
        }
      }
    }
  },
});
