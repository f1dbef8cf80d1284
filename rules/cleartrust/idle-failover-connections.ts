import { defineRule } from '../../src/engine/rule-api.js';
import { describeOrigin, HOW_TO_GIVE } from '../../src/model/environment.js';
import { entrySpan, integerOf, nonEmpty, PREFIX, type PoolView } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/idle-failover-connections',
  title: 'Limit pooled connections to the aservers actually in use',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
  docs: {
    why:
      'In STANDARD mode, or when location classes are used, the agent sends requests to only a few aservers but ' +
      'keeps a connection to every one. The connections to fail-over aservers stay idle, a firewall drops them, ' +
      'and using or validating them logs CT_SOCKET_ERROR (a dropped socket can also be logged as ' +
      'CT_SERVER_TIMED_OUT_ERROR). When the agent then fails over, requests may wait briefly while it finds the ' +
      'socket dead and opens a new connection. RSA advises setting max_open_connections to the number of ' +
      'connections actually in use, so connections to fail-over aservers are opened on demand. That 0 means ' +
      '"no limit" is inferred from the real files, where 0 is the common value.',
    fix: 'Set cleartrust.agent.max_open_connections to the number of aservers actually in use in the pool (environment.activeAuthServers).',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=0\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=2\n</Pool>',
    sources: ['KB25051', 'KB25333'],
    confidence: 'documented',
  },
  messages: {
    unlimited:
      'Pool {pool} has no connection limit (max_open_connections=0) {reason}: connections to fail-over aservers stay idle until a firewall drops them.',
    aboveActive:
      'Pool {pool} allows {limit} connections {reason}, more than the {active} aservers in use ({origin}): the extra connections to fail-over aservers stay idle until a firewall drops them.',
  },
  remedies: {
    aboveActive: 'Set cleartrust.agent.max_open_connections={active} so connections to fail-over aservers are opened on demand (RSA KB 000025051).',
  },
  levers: { unlimited: 'limit-to-active', aboveActive: 'limit-to-active' },
  check(agent, context) {
    const active = context.environment.activeAuthServers;
    let unjudged = false;
    for (const pool of agent.poolViews) {
      const reason = idleConnectionReason(pool);
      const limit = integerOf(pool.settings, 'max_open_connections');
      if (!reason || !limit) continue;
      if (limit.value === 0) {
        context.report({ at: entrySpan(limit.entry), messageId: 'unlimited', data: { pool: pool.id, reason } });
      } else if (active && limit.value > active.value) {
        context.report({
          at: entrySpan(limit.entry),
          messageId: 'aboveActive',
          data: {
            pool: pool.id,
            reason,
            limit: limit.value,
            active: active.value,
            origin: describeOrigin(active.origin, 'environment.activeAuthServers'),
          },
        });
      } else if (!active) {
        unjudged = true;
      }
    }
    if (unjudged) {
      context.notChecked({
        reason:
          'A pool whose fail-over connections stay idle (STANDARD mode, or location_class_priority) limits its connections, but the number of aservers in use was not given, so the limit was not compared with it.',
        enable: HOW_TO_GIVE.activeAuthServers,
      });
    }
  },
});

/** Why most connections of this pool stay idle (KB 000025051), or undefined when they need not. */
function idleConnectionReason(pool: PoolView): string | undefined {
  if (pool.settings.get(`${PREFIX}auth_server_mode`)?.value.trim().toUpperCase() === 'STANDARD') return 'in STANDARD mode';
  if (nonEmpty(pool.settings, 'location_class_priority')) return 'with location_class_priority set';
  return undefined;
}
