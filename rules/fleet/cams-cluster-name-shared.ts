import { defineRule } from '../../src/engine/rule-api.js';
import { groupBy } from '../../src/model/fleet.js';

const CLUSTER_NAME = 'cams.cluster.name';

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
      "guide's Log and Error Codes chapter defines 5100 as an access check that failed for an unknown reason. " +
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
      .flatMap((cluster) => cluster.members.map((agent) => ({ agent, name: agent.setting(CLUSTER_NAME), deployment: cluster.name })));
    for (const group of groupBy(camsMembers, ({ name }) => name?.text ?? '')) {
      const deployments = new Set(group.map((m) => m.deployment));
      const name = group[0]?.name?.text;
      if (deployments.size < 2 || !name) continue;
      for (const { agent, name: setting, deployment } of group) {
        const others = [...deployments]
          .filter((d) => d !== deployment)
          .sort()
          .join(', ');
        context.report({ at: setting ? setting.valueAt : agent.anchor, agent: agent.id, messageId: 'shared', data: { name, deployments: others } });
      }
    }
  },
});
