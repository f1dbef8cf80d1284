import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-cluster-name-shared.js';
import { lintFiles } from '../../helpers/lint.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const config = 'clusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n';
const run = (files: Record<string, string>) =>
  lintFiles(files, { only: [rule] })
    .filter((f) => f.ruleId === rule.id)
    .map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()} ${f.message}`);

describe('fleet/cams-cluster-name-shared', () => {
  // The Cams guide defines 5100 as an access check failing for an unknown reason: no code is predicted.
  it('reports every agent of a cluster name used by two deployments of the config file, predicting no code', () => {
    expect(
      run({ '.webagent-lint.yaml': config, 'test/a/cams-webagent.conf': 'cams.cluster.name=Cams\n', 'prod/b/cams-webagent.conf': 'cams.cluster.name=Cams\n' }),
    ).toEqual([
      'prod/b:1:19  cams.cluster.name Cams is also used by deployment(s) test; cookies of one deployment reach the agents of the other.',
      'test/a:1:19  cams.cluster.name Cams is also used by deployment(s) prod; cookies of one deployment reach the agents of the other.',
    ]);
  });

  it('points at the whole value as written: over its continued line, with the trailing blanks a properties value keeps', () => {
    const findings = lintFiles(
      {
        '.webagent-lint.yaml': config,
        'test/a/cams-webagent.conf': '# a\ncams.cluster.name = Ca\\\n    ms   \n',
        'prod/b/cams-webagent.conf': 'cams.cluster.name=Cams\n',
      },
      { only: [rule] },
    ).filter((f) => f.ruleId === rule.id);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual([
      'prod/b/cams-webagent.conf:1:19-1:23',
      'test/a/cams-webagent.conf:2:21-3:10',
    ]);
  });

  it('without deployments in the config file there is nothing to compare', () => {
    expect(run({ 'test/a/cams-webagent.conf': 'cams.cluster.name=Cams\n', 'prod/b/cams-webagent.conf': 'cams.cluster.name=Cams\n' })).toEqual([]);
  });
});

testFixtures(rule);

const deployments = '.webagent-lint.yaml';

testRule(rule, {
  valid: [
    {
      name: 'each deployment its own name',
      files: {
        [deployments]: config,
        'test/a/cams-webagent.conf': 'cams.cluster.name=CamsTest\n',
        'prod/b/cams-webagent.conf': 'cams.cluster.name=CamsProd\n',
      },
    },
  ],
  invalid: [
    {
      name: 'one name in two deployments, reported on both',
      files: { [deployments]: config, 'test/a/cams-webagent.conf': 'cams.cluster.name=Cams\n', 'prod/b/cams-webagent.conf': 'cams.cluster.name=Cams\n' },
      errors: [
        { messageId: 'shared', file: 'prod/b/cams-webagent.conf', line: 1, column: 19, data: { deployments: 'test' } },
        { messageId: 'shared', file: 'test/a/cams-webagent.conf', line: 1, column: 19, data: { deployments: 'prod' } },
      ],
    },
  ],
});
