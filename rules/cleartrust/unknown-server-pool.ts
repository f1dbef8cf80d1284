import { defineRule } from '../../src/engine/rule-api.js';
import { PREFIX, valueSpan } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/unknown-server-pool',
  title: 'Require server_pool to name a Pool block of the file',
  severity: 'error',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'cleartrust.agent.server_pool selects the <Pool id=…> block whose dispatchers and aservers the Global scope ' +
      'or a VirtualHost uses. When no Pool has that id, that scope has no server settings at all.',
    fix: 'Set server_pool to the id of an existing <Pool id=…> block, or add the Pool.',
    bad: '<Global>\ncleartrust.agent.server_pool=main\n</Global>\n<Pool id=__default__>\n</Pool>',
    good: '<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\n</Pool>',
    sources: ['S-GH'],
    confidence: 'inferred',
  },
  messages: {
    missingPool: 'server_pool is "{pool}", but no <Pool id={pool}> block exists (pools: {pools}).',
  },
  check(agent, context) {
    const ids = agent.pools.map((pool) => pool.id);
    for (const scope of agent.scopes) {
      const entry = scope.settings.get(`${PREFIX}server_pool`);
      const wanted = entry?.value.trim();
      if (!entry || !wanted || ids.includes(wanted)) continue;
      context.report({
        at: valueSpan(entry),
        messageId: 'missingPool',
        data: { pool: wanted, pools: ids.length > 0 ? ids.join(', ') : 'none' },
      });
    }
  },
});
