import { defineRule } from '../../src/engine/rule-api.js';
import { entrySpan, nonEmpty } from '../../src/model/cleartrust.js';
import { replaceSpan } from '../../src/engine/fixes.js';
import { writtenValue } from '../../src/parse/source.js';

export default defineRule({
  id: 'cleartrust/duplicate-server-lists',
  title: 'Disallow setting both dispatcher_list and auth_server_list in one pool',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT_SERVER_TIMED_OUT'],
  docs: {
    why:
      'The agent learns its aservers from the dispatchers. An explicit auth_server_list in the same pool adds the ' +
      'same aservers a second time, so the pool holds duplicate connections: load balancing becomes erratic in ' +
      'DISTRIBUTED mode, and in STANDARD mode the idle duplicates are dropped by the firewall and every pool ' +
      'refresh logs "Critical error: CT_SERVER_TIMED_OUT".',
    fix: "Leave cleartrust.agent.auth_server_list empty and use cleartrust.agent.dispatcher_list alone, unless you want an explicit list instead of the dispatcher's (e.g. a fail-over location class); then waive this finding with the reason.",
    bad: '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_list=az1.example.com:5615\n</Pool>',
    good: '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_list=\n</Pool>',
    sources: ['KB23587'],
    confidence: 'documented',
  },
  messages: {
    bothLists: 'Pool {pool} sets auth_server_list as well as dispatcher_list: the pool holds duplicate aserver connections and its refreshes time out on them.',
  },
  levers: { bothLists: 'dispatcher-list-alone' },
  check(agent, context) {
    for (const pool of agent.poolViews) {
      const authServers = nonEmpty(pool.settings, 'auth_server_list');
      const dispatchers = nonEmpty(pool.settings, 'dispatcher_list');
      if (authServers && dispatchers) {
        // Which list is right depends on the site (an explicit fail-over class is legitimate): a person chooses.
        const empty = (entry: typeof authServers, kept: string) => ({
          description: `Keep ${kept} alone: empty ${entry.key}`,
          edits: [replaceSpan(writtenValue(entry), '')],
        });
        context.report({
          at: entrySpan(authServers),
          messageId: 'bothLists',
          data: { pool: pool.id },
          suggestions: [empty(authServers, 'dispatcher_list'), empty(dispatchers, 'auth_server_list')],
        });
      }
    }
  },
});
