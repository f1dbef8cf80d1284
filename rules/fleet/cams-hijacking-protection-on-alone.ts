import { defineRule } from '../../src/engine/rule-api.js';
import { nameAgents } from '../../src/model/fleet.js';
import { ENABLE, HIJACKING_EXAMPLES, HIJACKING_FIX, hijackingReadings } from '../../src/model/session-hijacking.js';

export default defineRule({
  id: 'fleet/cams-hijacking-protection-on-alone',
  title: 'Disallow session hijacking protection on an agent whose Cams cluster has agents without it',
  severity: 'error',
  scope: 'fleet',
  judges: (product, name) => product === 'cams' && name === ENABLE,
  predicts: ['CAMS-5306'],
  docs: {
    why:
      'When session hijacking protection is on for this agent but off for another agent of the same Cams cluster, ' +
      'sessions created through the unprotected agent carry no protection hash and this agent reports a session ' +
      'hijacking misconfiguration (web agent error 5306). An agent that does not set ' +
      'cams.session.hijacking.protection.enable is read as having protection off (the default is not documented).',
    fix: HIJACKING_FIX,
    ...HIJACKING_EXAMPLES,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    alone: 'Session hijacking protection is on here but off for {count} other agent(s) of Cams cluster {cluster} ({agents}).',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const readings = hijackingReadings(cluster);
      const off = readings.filter((r) => !r.enabled);
      if (off.length === 0) continue;
      for (const reading of readings.filter((r) => r.enabled)) {
        context.report({ at: reading.at, agent: reading.agent.id, messageId: 'alone', data: { count: off.length, cluster: cluster.name, agents: nameAgents(off) } });
      }
    }
  },
});
