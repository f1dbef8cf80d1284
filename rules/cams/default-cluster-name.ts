import { defineRule } from '../../src/engine/rule-api.js';
import { valueSpan } from '../../src/model/cams.js';

const SHIPPED_CLUSTER_NAME = 'MyCamsCluster';

export default defineRule({
  id: 'cams/default-cluster-name',
  title: 'Disallow the shipped cluster name MyCamsCluster',
  severity: 'warning',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'MyCamsCluster is the name Cams ships with. Cafésoft recommends changing it when hardening and using ' +
      'different names for development, test and production, so that an agent never takes the session cookie ' +
      'of another cluster for one of its own.',
    fix: 'Give the cluster its own name on the policy servers and set the same cams.cluster.name on every agent.',
    bad: 'cams.cluster.name=MyCamsCluster',
    good: 'cams.cluster.name=ExampleProd_1',
    sources: ['CAMS-CP32', 'CAMS-PSC32'],
    confidence: 'documented',
  },
  messages: {
    shipped: 'cams.cluster.name is left at the shipped {name}.',
  },
  check(agent, context) {
    const entry = agent.settings.get('cams.cluster.name');
    if (entry?.value.trim() === SHIPPED_CLUSTER_NAME) context.report({ at: valueSpan(entry), messageId: 'shipped', data: { name: SHIPPED_CLUSTER_NAME } });
  },
});
