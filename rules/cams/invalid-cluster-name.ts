import { defineRule } from '../../src/engine/rule-api.js';
import { valueSpan } from '../../src/model/cams.js';

export default defineRule({
  id: 'cams/invalid-cluster-name',
  title: 'Require cams.cluster.name to consist of letters, digits and underscores',
  severity: 'error',
  scope: 'cams-agent',
  predicts: [],
  docs: {
    why:
      'The agent recognises the session cookies of its Cams cluster by cams.cluster.name, which must equal the ' +
      "policy servers' cluster name; the policy server allows only letters, digits and underscores in it. A name " +
      "with other characters (or none) cannot be the policy servers' name, so the agent cannot recognise the " +
      "cluster's sessions. Applying the policy server's character rule to the agent is inferred.",
    fix: "Set cams.cluster.name to the policy servers' cluster name, written with letters, digits and _ only.",
    bad: 'cams.cluster.name=Example-Prod',
    good: 'cams.cluster.name=Example_Prod',
    sources: ['CAMS-CP32', 'CAMS-PSC32', 'CAMS-CCS21'],
    confidence: 'inferred',
  },
  messages: {
    badCharacters: 'cams.cluster.name "{name}" has characters other than letters, digits and _; the policy server does not allow them.',
    empty: 'cams.cluster.name is empty; it must name the Cams cluster of the policy servers.',
  },
  check(agent, context) {
    const entry = agent.settings.get('cams.cluster.name');
    if (!entry) return;
    const name = entry.value.trim();
    if (name === '') context.report({ at: valueSpan(entry), messageId: 'empty' });
    else if (!/^[A-Za-z0-9_]+$/.test(name)) context.report({ at: valueSpan(entry), messageId: 'badCharacters', data: { name } });
  },
});
