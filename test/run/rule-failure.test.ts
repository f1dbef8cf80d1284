/** Design §3.2: a crash never exits 0. A rule that throws ends the run with exit 2, naming the rule and the file. */
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

vi.mock('../../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules/index.js')>();
  const { defineRule } = await import('../../src/engine/rule-api.js');
  const throwing = defineRule({
    id: 'cleartrust/throws-in-test',
    title: 'Disallow nothing',
    severity: 'error',
    scope: 'cleartrust-agent',
    predicts: [],
    docs: { why: 'w', fix: 'f', bad: '', good: '', sources: [], confidence: 'inferred' },
    messages: { never: 'never' },
    check(agent) {
      if (agent.id === 'b') throw new TypeError('cannot read properties of undefined');
    },
  });
  return { ...original, rules: [...original.rules, throwing] };
});

describe('a rule that throws', () => {
  it('ends the run with exit 2 and a message naming the rule and the file; the report of the other files is still written', async () => {
    const healthy = '<Global>\ncleartrust.agent.enabled=True\n</Global>\n';
    const cwd = tempTree({ 'a/webagent.conf': healthy, 'b/webagent.conf': healthy });
    const { code, stdout, stderr } = await runCli(['--format', 'json', '.'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: internal error: rule cleartrust/throws-in-test failed on b/webagent.conf: cannot read properties of undefined\n');
    expect(JSON.parse(stdout).summary).toMatchObject({ agents: 2, files: 2 });
  });
});
