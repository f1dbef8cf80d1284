import { defineRule } from '../../src/engine/rule-api.js';
import { fileStart, valueSpan } from '../../src/model/cams.js';
import { groupBy } from '../../src/model/fleet.js';

export default defineRule({
  id: 'fleet/cams-cluster-name-shared',
  title: 'Disallow one cams.cluster.name in separate Cams deployments',
  severity: 'warning',
  scope: 'fleet',
  predicts: [],
  docs: {
    why:
      'A Cams agent recognises session cookies by the cluster name. When two separate deployments (named as ' +
      'clusters in the config file, e.g. test and production) use the same cams.cluster.name and their cookies ' +
      'reach the same browsers, an agent receives cookies of the other deployment. No log code is predicted: an ' +
      'older Cams page (Configuring Cams Server, 2.1) ties such cookies to web agent error 5100, but the Cams ' +
      'guide\'s Log and Error Codes chapter defines 5100 as an access check that failed for an unknown reason. ' +
      'Give each deployment its own cluster name, as Cafésoft advises for dev, test and production.',
    fix: 'Use a distinct cams.cluster.name in each deployment (and the same one on its policy servers).',
    bad:
      '=== .webagent-lint.yaml\nclusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n' +
      '=== test/web01/cams-webagent.conf\ncams.cluster.name=Cams\n' +
      '=== prod/web01/cams-webagent.conf\ncams.cluster.name=Cams\n',
    good:
      '=== .webagent-lint.yaml\nclusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n' +
      '=== test/web01/cams-webagent.conf\ncams.cluster.name=CamsTest\n' +
      '=== prod/web01/cams-webagent.conf\ncams.cluster.name=CamsProd\n',
    sources: ['CAMS-CCS21', 'CAMS-CP32'],
    confidence: 'inferred',
  },
  messages: {
    shared: 'cams.cluster.name {name} is also used by deployment(s) {deployments}; cookies of one deployment reach the agents of the other.',
  },
  check(fleet, context) {
    // Deployments are the clusters the config file names; without them every agent of a name is one deployment.
    const camsMembers = fleet.clusters
      .filter((cluster) => cluster.product === 'cams' && cluster.source === 'config file')
      .flatMap((cluster) => cluster.members.map((facts) => ({ facts, deployment: cluster.name })));
    for (const group of groupBy(camsMembers, ({ facts }) => facts.settings.get('cams.cluster.name')?.text ?? '')) {
      const deployments = new Set(group.map((m) => m.deployment));
      const name = group[0]?.facts.settings.get('cams.cluster.name')?.text;
      if (deployments.size < 2 || !name) continue;
      for (const { facts, deployment } of group) {
        const agent = facts.cams;
        if (!agent) continue;
        const entry = agent.settings.get('cams.cluster.name');
        const others = [...deployments].filter((d) => d !== deployment).sort().join(', ');
        context.report({ at: entry ? valueSpan(entry) : fileStart(agent), agent: agent.id, messageId: 'shared', data: { name, deployments: others } });
      }
    }
  },
});
