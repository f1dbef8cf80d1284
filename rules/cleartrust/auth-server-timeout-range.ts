import { defineRule } from '../../src/engine/rule-api.js';
import { describeDuration } from '../../src/model/duration.js';
import { durationOf, entrySpan } from '../../src/model/cleartrust.js';

/** Below a third or above four times the documented 15-second default (thresholds are our judgement). */
const SHORT_FACTOR = 1 / 3;
const LONG_FACTOR = 4;

export default defineRule({
  id: 'cleartrust/auth-server-timeout-range',
  title: 'Limit auth_server_timeout to a plausible range around the documented 15 seconds',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT_SERVER_TIMED_OUT_ERROR'],
  // Waiting longer cannot make an aserver miss the timeout: only the short side predicts the error.
  predictsByMessage: { tooLong: [] },
  docs: {
    why:
      'The agent logs CT_SERVER_TIMED_OUT_ERROR when an aserver does not reply within the reply timeout, 15 seconds ' +
      'by default. A much shorter timeout turns ordinary load on the aserver into timeouts. A much longer one causes ' +
      'no such error, but keeps requests hanging on a dropped connection before the agent gives up on it and fails ' +
      "over. The bounds (a third of, and four times, the default) are webagent-lint's judgement, not RSA's.",
    fix: 'Set cleartrust.agent.auth_server_timeout close to the documented default of 15 Secs.',
    bad: '<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=2 Secs\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=15 Secs\n</Pool>',
    sources: ['KB25051'],
    confidence: 'inferred',
  },
  messages: {
    tooShort: 'auth_server_timeout is {timeout}, far below the documented default of {default}: a busy aserver will not reply in time.',
    tooLong:
      'auth_server_timeout is {timeout}, far above the documented default of {default}: requests hang that long on a dropped connection before the agent gives up.',
  },
  check(agent, context) {
    const defaultTimeout = context.environment.authServerReplyTimeout.value;
    for (const pool of agent.poolViews) {
      const timeout = durationOf(pool.settings, 'auth_server_timeout');
      if (!timeout) continue;
      const messageId = timeout.seconds < defaultTimeout * SHORT_FACTOR ? 'tooShort' : timeout.seconds > defaultTimeout * LONG_FACTOR ? 'tooLong' : undefined;
      if (!messageId) continue;
      context.report({
        at: entrySpan(timeout.entry),
        messageId,
        data: { timeout: describeDuration(timeout.seconds), default: describeDuration(defaultTimeout) },
      });
    }
  },
});
