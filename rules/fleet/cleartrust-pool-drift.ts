import { defineRule } from '../../src/engine/rule-api.js';
import { propertyName, readSetting } from '../../src/model/cleartrust.js';
import { describeDuration } from '../../src/model/duration.js';
import { deviations, groupBy, nameAgents, poolSettingOf, relatedPlaces, type FleetAgent, type Place } from '../../src/model/fleet.js';

/**
 * Pool settings that decide how an agent uses its aservers (KB 000025051, KB 000023587): agents of one
 * dispatcher group should agree on them.
 */
const POOL_AGREEMENT = ['auth_server_pool_refresh', 'auth_server_timeout', 'max_open_connections', 'auth_server_mode'] as const;
// In the Pool block or in Global (see poolSettingOf).
const POOL_SETTING = new RegExp(`^(?:<Pool [^>]*> )?cleartrust\\.agent\\.(${POOL_AGREEMENT.join('|')})$`);

const UNSET = '(not set)';

/**
 * A pool setting of the pool the agent's Global scope uses (wherever it is written, see poolSettingOf), by
 * meaning (durations in seconds, words in upper case, "not set" for absence), where it is written, else at the
 * pool block, else at the file's first block.
 */
interface PoolReading {
  readonly agent: FleetAgent;
  readonly key: string;
  readonly text: string;
  readonly at: Place;
}

function poolReading(agent: FleetAgent, property: string): PoolReading {
  const setting = poolSettingOf(agent, propertyName(property));
  const at = setting?.at ?? (agent.pool === undefined ? undefined : agent.block(agent.pool)) ?? agent.anchor;
  if (!setting) return { agent, key: UNSET, text: 'not set', at };
  // An empty value means the same as none (model/values.ts), but the message must not call a line that is there "not set".
  if (setting.text === '') return { agent, key: UNSET, text: 'empty', at };
  const value = readSetting(propertyName(property), setting.text);
  if (value.ok && value.value.kind === 'duration') return { agent, key: `${value.value.seconds}s`, text: describeDuration(value.value.seconds), at };
  return { agent, key: setting.text.toUpperCase(), text: setting.text, at };
}

export default defineRule({
  id: 'fleet/cleartrust-pool-drift',
  title: 'Require the agents of one dispatcher group to agree on their pool settings',
  severity: 'warning',
  scope: 'fleet',
  judges: (product, name) => product === 'cleartrust' && POOL_SETTING.test(name),
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
      for (const property of POOL_AGREEMENT) {
        const groups = groupBy(
          cluster.members.map((agent) => poolReading(agent, property)),
          (reading) => reading.key,
        );
        // With a clear majority only the others drifted; on a tie every agent is reported.
        for (const { group, from: others } of deviations(groups)) {
          for (const member of group) {
            context.report({
              at: member.at,
              agent: member.agent.id,
              messageId: 'drift',
              data: {
                property,
                value: member.text,
                majority: others[0]?.text ?? '',
                count: others.length,
                cluster: cluster.name,
                agents: nameAgents(others.map((o) => o.agent)),
              },
              related: relatedPlaces(others, (other) => other.at),
            });
          }
        }
      }
    }
  },
});
