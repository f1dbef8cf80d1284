import { defineRule } from '../../src/engine/rule-api.js';
import { nameAgents } from '../../src/model/fleet.js';
import { ENABLE, HIJACKING_EXAMPLES, HIJACKING_FIX, hijackingReadings } from '../../src/model/session-hijacking.js';

export default defineRule({
  id: 'fleet/cams-hijacking-protection-off',
  title: 'Require session hijacking protection on every agent of a Cams cluster where any agent has it on',
  severity: 'error',
  scope: 'fleet',
  judges: (product, name) => product === 'cams' && name === ENABLE,
  predicts: ['CAMS-5305'],
  docs: {
    why:
      'A Cams session is shared by every web agent of a cluster. When session hijacking protection is on for one ' +
      'agent of the cluster and off for this one, this agent reports a session hijacking misconfiguration (web ' +
      'agent error 5305) for sessions that come from the protected agents. An agent that does not set ' +
      'cams.session.hijacking.protection.enable is read as having protection off (the default is not documented).',
    fix: HIJACKING_FIX,
    ...HIJACKING_EXAMPLES,
    sources: ['CAMS-LEC32'],
    confidence: 'documented',
  },
  messages: {
    off: 'Session hijacking protection is off here{assumed} but on for {count} other agent(s) of Cams cluster {cluster} ({agents}).',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const readings = hijackingReadings(cluster);
      const on = readings.filter((r) => r.enabled);
      if (on.length === 0) continue;
      for (const reading of readings.filter((r) => !r.enabled)) {
        context.report({
          at: reading.at,
          agent: reading.agent.id,
          messageId: 'off',
          data: { assumed: reading.unset ? ' (not set: read as off)' : '', count: on.length, cluster: cluster.name, agents: nameAgents(on) },
        });
      }
    }
  },
});
