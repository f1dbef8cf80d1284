import { defineRule } from '../../src/engine/rule-api.js';
import { nameAgents, relatedPlaces } from '../../src/model/fleet.js';
import { assumedOff, ENABLE, HIJACKING_GOOD_EXAMPLE, hijackingExampleAgent, protectionDeviations } from '../../src/model/session-hijacking.js';

export default defineRule({
  id: 'fleet/cams-hijacking-protection-off',
  title: 'Require session hijacking protection on every agent of a Cams cluster where any agent has it on',
  severity: 'error',
  scope: 'fleet',
  judges: (product, name) => product === 'cams' && name === ENABLE,
  predicts: ['CAMS-5305'],
  docs: {
    why:
      'A Cams session is shared by every web agent of a cluster. When session hijacking protection is on for the ' +
      'other agents of the cluster and off for this one, this agent reports a session hijacking misconfiguration ' +
      '(web agent error 5305) for sessions that come from the protected agents, and they report 5306 for sessions ' +
      'that come from this one. The finding is placed on the agent that differs from the rest of its cluster, with ' +
      'the agreeing agents as related locations; when the cluster is split evenly, on both sides. An agent that ' +
      'does not set cams.session.hijacking.protection.enable, or sets it to a word other than true or false, is ' +
      'read as having protection off (the default is not documented).',
    fix: 'Give every agent of the cluster the same cams.session.hijacking.protection.enable, .algorithm and .salt.',
    bad:
      hijackingExampleAgent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') +
      hijackingExampleAgent('b', 'enable=true', 'algorithm=SHA-256', 'salt=s1') +
      hijackingExampleAgent('c', 'enable=false'),
    good: HIJACKING_GOOD_EXAMPLE,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    off:
      'Session hijacking protection is off here{assumed} but on for {count} other agent(s) of Cams cluster {cluster} ({agents}): ' +
      'this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions.',
  },
  remedies: {
    off: 'Set cams.session.hijacking.protection.enable=true on {agent}, with the algorithm and salt of {agents}.',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      for (const { enabled, deviating, agreeing } of protectionDeviations(cluster)) {
        if (enabled) continue;
        for (const reading of deviating) {
          context.report({
            at: reading.at,
            agent: reading.agent.id,
            messageId: 'off',
            data: {
              assumed: assumedOff(reading),
              count: agreeing.length,
              cluster: cluster.name,
              agents: nameAgents(agreeing.map((r) => r.agent)),
              agent: reading.agent.id,
            },
            related: relatedPlaces(agreeing, (r) => r.at),
          });
        }
      }
    }
  },
});
