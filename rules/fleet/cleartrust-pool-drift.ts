import { defineRule } from '../../src/engine/rule-api.js';
import { CLEARTRUST_POOL_AGREEMENT, groupBy, nameAgents, type PoolReading } from '../../src/model/fleet.js';

export default defineRule({
  id: 'fleet/cleartrust-pool-drift',
  title: 'Require the agents of one dispatcher group to agree on their pool settings',
  severity: 'warning',
  scope: 'fleet',
  predicts: [],
  docs: {
    why:
      'Agents that talk to the same dispatchers and aservers behave the same only if their pools are set up the ' +
      'same way. An agent whose pool refresh, reply timeout, connection limit or server mode differs from the ' +
      'rest of its group is the one that logs CT_SOCKET_ERROR or times out when the others do not — the classic ' +
      'result of a partial roll-out. The settings are compared by meaning: 60 Mins and 1 Hrs agree.',
    fix: 'Give every agent of the dispatcher group the same pool settings (or put agents that must differ into separate clusters in the config file).',
    bad:
      '=== a/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n' +
      '=== b/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n' +
      '=== c/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>',
    good:
      '=== a/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n' +
      '=== b/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=1800 Secs\n</Pool>',
    sources: ['KB25051', 'KB23587'],
    confidence: 'inferred',
  },
  messages: {
    drift: '{property} is {value} here but {majority} on {count} other agent(s) of cluster {cluster} ({agents}).',
  },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      if (cluster.product !== 'cleartrust' || cluster.members.length < 2) continue;
      for (const [index, property] of CLEARTRUST_POOL_AGREEMENT.entries()) {
        const readings = cluster.members.map((facts) => ({ facts, reading: facts.pool[index] as PoolReading }));
        const groups = groupBy(readings, ({ reading }) => reading.key);
        if (groups.length < 2) continue;
        const [largest, second] = groups as [typeof readings, typeof readings];
        // With a clear majority only the others drifted; on a tie every agent is reported.
        const drifted = largest.length > second.length ? groups.slice(1).flat() : groups.flat();
        for (const member of drifted) {
          // Groups are sorted largest first: the first one without this agent is what the others mostly use.
          const others = groups.find((group) => !group.includes(member)) as typeof readings;
          context.report({
            at: { source: member.facts.source, start: member.reading.start, end: member.reading.end },
            agent: member.facts.id,
            messageId: 'drift',
            data: {
              property,
              value: member.reading.text,
              majority: others[0]?.reading.text ?? '',
              count: others.length,
              cluster: cluster.name,
              agents: nameAgents(others.map((o) => o.facts)),
            },
          });
        }
      }
    }
  },
});
