import { defineRule } from '../../src/engine/rule-api.js';
import { describeDuration } from '../../src/model/duration.js';
import { durationOf, entrySpan } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/idle-timeout-not-below-session-lifetime',
  title: 'Require idle_timeout to be shorter than session_lifetime',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'A session ends when it has been idle for idle_timeout or has existed for session_lifetime. When the idle ' +
      'timeout is not shorter than the lifetime, the lifetime always ends the session first and the idle timeout ' +
      'never takes effect, which is rarely what was meant.',
    fix: 'Make cleartrust.agent.idle_timeout shorter than cleartrust.agent.session_lifetime.',
    bad: '<Global>\ncleartrust.agent.idle_timeout=8 Hrs\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>',
    good: '<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>',
    sources: ['KB15952'],
    confidence: 'inferred',
  },
  messages: {
    neverApplies: 'idle_timeout ({idle}) is not shorter than session_lifetime ({lifetime}) in {scope}, so it never takes effect.',
  },
  check(agent, context) {
    for (const scope of agent.scopes) {
      const idle = durationOf(scope.settings, 'idle_timeout');
      const lifetime = durationOf(scope.settings, 'session_lifetime');
      if (!idle || !lifetime || idle.seconds < lifetime.seconds) continue;
      context.report({
        at: entrySpan(idle.entry),
        messageId: 'neverApplies',
        data: { idle: describeDuration(idle.seconds), lifetime: describeDuration(lifetime.seconds), scope: scope.label },
      });
    }
  },
});
