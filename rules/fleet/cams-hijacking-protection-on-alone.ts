import { defineRule } from '../../src/engine/rule-api.js';
import { nameAgents, relatedPlaces } from '../../src/model/fleet.js';
import { ENABLE, HIJACKING_GOOD_EXAMPLE, hijackingExampleAgent, protectionDeviations } from '../../src/model/session-hijacking.js';

export default defineRule({
  id: 'fleet/cams-hijacking-protection-on-alone',
  title: 'Disallow session hijacking protection on an agent whose Cams cluster has agents without it',
  severity: 'error',
  scope: 'fleet',
  judges: (product, name) => product === 'cams' && name === ENABLE,
  predicts: ['CAMS-5306'],
  docs: {
    why:
      'When session hijacking protection is on for this agent but off for the other agents of the same Cams ' +
      'cluster, sessions created through the unprotected agents carry no protection hash: this agent reports a ' +
      'session hijacking misconfiguration (web agent error 5306) for them, and they report 5305 for sessions that ' +
      'come from this one. The finding is placed on the agent that differs from the rest of its cluster, with the ' +
      'agreeing agents as related locations; when the cluster is split evenly, on both sides. An agent that does ' +
      'not set cams.session.hijacking.protection.enable, or sets it to a word other than true or false, is read as ' +
      'having protection off (the default is not documented).',
    fix: 'Give every agent of the cluster the same cams.session.hijacking.protection.enable, .algorithm and .salt.',
    bad:
      hijackingExampleAgent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') +
      hijackingExampleAgent('b', 'enable=false') +
      hijackingExampleAgent('c', 'enable=false'),
    good: HIJACKING_GOOD_EXAMPLE,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    alone:
      'Session hijacking protection is on here but off for {count} other agent(s) of Cams cluster {cluster} ({agents}): ' +
      'this agent logs web agent error 5306 for their sessions, and they log 5305 for its sessions.',
  },
  remedies: {
    alone: 'Set cams.session.hijacking.protection.enable=false on {agent}, or turn protection on for {agents} too, with the algorithm and salt of {agent}.',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      for (const { enabled, deviating, agreeing } of protectionDeviations(cluster)) {
        if (!enabled) continue;
        for (const reading of deviating) {
          context.report({
            at: reading.at,
            agent: reading.agent.id,
            messageId: 'alone',
            data: { count: agreeing.length, cluster: cluster.name, agents: nameAgents(agreeing.map((r) => r.agent)), agent: reading.agent.id },
            related: relatedPlaces(agreeing, (r) => r.at),
          });
        }
      }
    }
  },
});
