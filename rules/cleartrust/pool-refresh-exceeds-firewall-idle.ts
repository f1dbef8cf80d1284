import { defineRule } from '../../src/engine/rule-api.js';
import { describeOrigin, HOW_TO_GIVE } from '../../src/model/environment.js';
import { describeDuration, slightlyBelow, toAgentSyntax } from '../../src/model/duration.js';
import { durationOf, entrySpan } from '../../src/model/cleartrust.js';
import { replaceSpan } from '../../src/engine/fixes.js';
import { writtenValue } from '../../src/parse/source.js';

export default defineRule({
  id: 'cleartrust/pool-refresh-exceeds-firewall-idle',
  title: 'Require the pool refresh to be shorter than the firewall idle timeout',
  // A warning: RSA says the hourly CT_SOCKET_ERRORs this causes can mostly be ignored, since the agent reopens
  // the dropped connections (KB 000025051). Sites that want it to fail a build raise it in the config file.
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
  docs: {
    why:
      'The agent keeps a pooled connection to every aserver, and many of them sit idle. A firewall between agent ' +
      'and aserver drops connections idle longer than its timeout (typically 1 hour). When the pool refresh ' +
      '(auth_server_pool_refresh) is not shorter than that timeout, the refresh validates connections the firewall ' +
      'has already dropped, and every refresh writes CT_SOCKET_ERROR to ctagent.log. The agent opens new ' +
      'connections in their place, so RSA says these regular errors can mostly be ignored; they fill the log and ' +
      'hide the errors that matter, and a request that picks a dropped connection waits until the agent notices. A dropped socket can also be logged as ' +
      'CT_SERVER_TIMED_OUT_ERROR, as RSA notes for that error.',
    fix: 'Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, so pooled connections are refreshed before the firewall drops them.',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>',
    sources: ['KB25051'],
    confidence: 'documented',
  },
  messages: {
    notBelowFirewall:
      'Pool {pool} refreshes every {refresh}, not below the firewall idle timeout of {firewall} ({origin}): ' +
      'idle pooled connections are dropped before the refresh validates them.',
  },
  remedies: {
    notBelowFirewall: 'Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, e.g. {suggestion} (RSA KB 000025051).',
  },
  levers: { notBelowFirewall: 'refresh-below-firewall' },
  check(agent, context) {
    const firewall = context.environment.firewallIdleTimeout;
    let passedOnAssumption = false;
    for (const pool of agent.poolViews) {
      const refresh = durationOf(pool.settings, 'auth_server_pool_refresh');
      if (!refresh) continue;
      if (refresh.seconds < firewall.value) {
        passedOnAssumption ||= firewall.origin.kind === 'default';
        continue;
      }
      const suggestion = toAgentSyntax(slightlyBelow(firewall.value));
      const value = writtenValue(refresh.entry);
      const replacement = inStyleOf(value.text, suggestion);
      context.report({
        at: entrySpan(refresh.entry),
        messageId: 'notBelowFirewall',
        fix: { description: `Set the refresh of pool ${pool.id} to ${replacement}`, edits: [replaceSpan(value, replacement)] },
        data: {
          pool: pool.id,
          refresh: describeDuration(refresh.seconds),
          firewall: describeDuration(firewall.value),
          origin: describeOrigin(firewall.origin, 'environment.firewallIdleTimeout'),
          suggestion,
        },
      });
    }
    // A finding says which timeout it assumed; a pool that passed would say nothing, though a shorter real
    // timeout could fail it.
    if (passedOnAssumption) {
      context.notChecked({
        reason: `Pool refreshes passed against a firewall idle timeout of ${describeDuration(firewall.value)} (${describeOrigin(firewall.origin, 'environment.firewallIdleTimeout')}); against a shorter real timeout they may not.`,
        enable: HOW_TO_GIVE.firewallIdleTimeout,
      });
    }
  },
});

/**
 * `suggestion` ("50 Mins") written as the file writes its duration: the space (or none) between number and
 * unit, and the unit in lower or upper case when the file writes it so ("1hrs" -> "50mins").
 */
function inStyleOf(written: string, suggestion: string): string {
  const style = /^\d+(\s*)([A-Za-z]+)$/.exec(written);
  const [number, unit] = suggestion.split(' ') as [string, string];
  if (!style) return suggestion;
  const [, space = '', word = ''] = style;
  const cased = word === word.toLowerCase() ? unit.toLowerCase() : word === word.toUpperCase() ? unit.toUpperCase() : unit;
  return `${number}${space}${cased}`;
}
