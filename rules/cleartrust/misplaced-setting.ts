import { defineRule } from '../../src/engine/rule-api.js';
import type { ConfBlock, ConfEntry } from '../../src/parse/cleartrust-conf.js';
import { blockLabel, definitionOf, keySpan, shortName, type ClearTrustAgent } from '../../src/model/cleartrust.js';

export default defineRule({
  id: 'cleartrust/misplaced-setting',
  title: 'Require pool settings in Pool blocks and the other settings in Global or VirtualHost blocks',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: [],
  docs: {
    why:
      'Settings of the connection pool (dispatcher and aserver lists, pool refresh, reply timeout, server mode, ' +
      'connection limit, SSL) describe one pool: each pool logs its own refresh, connection limit and mode, and ' +
      'every real configuration writes them inside the <Pool id=…> block that <Global> or a <VirtualHost> selects ' +
      'with server_pool. The other settings are written in <Global> and <VirtualHost>. No source says what the ' +
      'agent does with a setting written in the other kind of block; it may ignore the line and use a default ' +
      'nobody chose. webagent-lint judges such a line as if it applied wherever its own block does not set the ' +
      'setting (so a 2-hour pool refresh in <Global> is still compared with the firewall), and reports it here so ' +
      'that it is moved where the agent certainly reads it.',
    fix: 'Move the line into <Global>, or into the <VirtualHost> it is meant for.',
    bad: '<Global>\ncleartrust.agent.server_pool=__default__\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\n</Pool>',
    good: '<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>',
    sources: ['S-GH', 'KB25333', 'WEBAGENT-LINT'],
    confidence: 'inferred',
  },
  messages: {
    poolSettingOutside:
      '{property} is a pool setting but is written in <{block}>; whether the agent reads it outside a <Pool> block is not documented, ' +
      'and webagent-lint judges it as the value of pool {pool} ({poolState}).',
    agentSettingInPool:
      '{property} is a Global/VirtualHost setting but is written in <{block}>; whether the agent reads it in a <Pool> block is not ' +
      'documented, and webagent-lint judges it as the value of {scopes}, which do not set it.',
    shadowed:
      '{property} is written in <{block}>, outside its own kind of block; <{winnerBlock}> sets it at line {line}, and webagent-lint ' +
      'assumes that line wins, so this one is read as having no effect.',
    unusedPool: '{property} is a Global/VirtualHost setting written in <{block}>, a pool that neither Global nor any VirtualHost uses.',
  },
  remedies: {
    poolSettingOutside: 'Move the line into the <Pool id={pool}> block (add the block if the file has none).',
    shadowed: 'Delete the line: the value that applies is the one at line {line}.',
  },
  check(agent, context) {
    for (const block of agent.document.blocks) {
      if (block.kind === 'unknown') continue;
      for (const entry of block.entries) {
        const definition = definitionOf(entry);
        if (!definition || (block.kind === 'pool') === (definition.scope === 'pool') || overridden(block, entry)) continue;
        const property = shortName(entry.key);
        const label = blockLabel(block);
        const users = agent.scopes.filter((scope) => scope.settings.get(entry.key) === entry);
        const first = users[0];
        if (first && definition.scope === 'pool') {
          const poolState = first.pool ? 'its <Pool> block does not set it' : `the file has no <Pool id=${first.poolId}> block`;
          context.report({ at: keySpan(entry), messageId: 'poolSettingOutside', data: { property, block: label, pool: first.poolId, poolState } });
        } else if (first) {
          const scopes = users.map((scope) => scope.label).join(', ');
          context.report({ at: keySpan(entry), messageId: 'agentSettingInPool', data: { property, block: label, scopes } });
        } else {
          const winner = winnerOver(agent, block, entry);
          if (winner?.block) {
            const line = winner.source.positionAt(winner.start).line;
            context.report({ at: keySpan(entry), messageId: 'shadowed', data: { property, block: label, winnerBlock: blockLabel(winner.block), line } });
          } else {
            context.report({ at: keySpan(entry), messageId: 'unusedPool', data: { property, block: label } });
          }
        }
      }
    }
  },
});

/** Whether a later line of the same key in the block overrides the entry (cleartrust/duplicate-key reports it). */
function overridden(block: ConfBlock, entry: ConfEntry): boolean {
  return block.entries.some((other) => other.key === entry.key && other.start > entry.start);
}

/**
 * The line that applies instead of `entry` for the first scope the entry's block is tied to: the scope of a
 * Global or VirtualHost block, or the first scope that uses a Pool block (none: the pool is unused).
 */
function winnerOver(agent: ClearTrustAgent, block: ConfBlock, entry: ConfEntry): ConfEntry | undefined {
  const scope = agent.scopes.find((s) => (block.kind === 'pool' ? s.pool?.block === block : block.kind === 'global' ? s.kind === 'global' : s.block === block));
  return scope?.settings.get(entry.key);
}
