import rule from '../../../rules/cams/default-cluster-name.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'an own name', text: 'cams.cluster.name=ExampleProd_1\n' }],
  invalid: [{ name: 'the shipped name', text: '# cluster\ncams.cluster.name:MyCamsCluster\n', errors: [{ messageId: 'shipped', line: 2, column: 19 }] }],
});

testFixtures(rule);
