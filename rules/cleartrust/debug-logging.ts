import { defineRule } from '../../src/engine/rule-api.js';
import { PREFIX, valueSpan } from '../../src/model/cleartrust.js';

const VERBOSE_LEVELS = new Set(['debug', 'massive']);

export default defineRule({
  id: 'cleartrust/debug-logging',
  title: 'Disallow Debug and Massive log levels outside diagnosis',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'Debug (and Massive, which is more verbose still) are diagnostic levels: the agent then writes a great deal ' +
      'per request. Left on in production the log grows quickly and real Critical errors are hard to find. The ' +
      'default level is Critical.',
    fix: 'Set cleartrust.agent.log_level back to Critical (or Security) once the diagnosis is done.',
    bad: '<Global>\ncleartrust.agent.log_level=DEBUG\n</Global>',
    good: '<Global>\ncleartrust.agent.log_level=Critical\n</Global>',
    sources: ['KB14470', 'KB48839'],
    confidence: 'inferred',
  },
  messages: {
    verbose: 'log_level is {level} in {scope}, a diagnostic level.',
  },
  check(agent, context) {
    for (const scope of agent.scopes) {
      const entry = scope.settings.get(`${PREFIX}log_level`);
      if (!entry || !VERBOSE_LEVELS.has(entry.value.trim().toLowerCase())) continue;
      context.report({ at: valueSpan(entry), messageId: 'verbose', data: { level: entry.value.trim(), scope: scope.label } });
    }
  },
});
