/**
 * Issue 15: with many findings (more than 10) the text summary counts them per rule, most first, before the
 * totals; the compact format in one line before its last. Few findings are counted at a glance: no such lines.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

// Each agent its own dispatcher, so that no fleet rule joins in; every one refreshes too late.
const late = (id: string) => `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=${id}:5608\ncleartrust.agent.auth_server_pool_refresh=2 Hrs\n</Pool>\n`;
const duplicated = '<Global>\ncleartrust.agent.enabled=True\ncleartrust.agent.enabled=True\ncleartrust.agent.bogus=1\n</Global>\n';

function fleet(lateAgents: number): string {
  const files: Record<string, string> = { 'a00/webagent.conf': duplicated };
  for (let i = 1; i <= lateAgents; i++) files[`a${String(i).padStart(2, '0')}/webagent.conf`] = late(`d${i}`);
  return tempTree(files);
}

const args = ['.', '--firewall-idle-timeout', '1h'];

describe('findings per rule', () => {
  it('text: more than 10 findings are counted per rule, most first, then by rule id, counts aligned', async () => {
    const { stdout } = await runCli([...args, '--no-color'], { cwd: fleet(10) });
    expect(stdout.split('\n').slice(-8)).toEqual([
      '',
      'Findings per rule:',
      '  10  cleartrust/pool-refresh-exceeds-firewall-idle',
      '   1  cleartrust/duplicate-key',
      '   1  cleartrust/unknown-property',
      '',
      '12 problems (0 errors, 12 warnings, 0 infos) in 11 agents (11 files).',
      '',
    ]);
  });

  it('compact: one line before the totals', async () => {
    const { stdout } = await runCli([...args, '--format', 'compact'], { cwd: fleet(10) });
    expect(stdout.split('\n').slice(-3)).toEqual([
      'Per rule: 10 cleartrust/pool-refresh-exceeds-firewall-idle, 1 cleartrust/duplicate-key, 1 cleartrust/unknown-property.',
      '12 problems (0 errors, 12 warnings, 0 infos) in 11 agents (11 files).',
      '',
    ]);
  });

  it('10 findings or fewer: no per-rule counts in either format', async () => {
    const cwd = fleet(8);
    const text = (await runCli([...args, '--no-color'], { cwd })).stdout;
    expect(text).not.toContain('Findings per rule');
    expect(text.endsWith('\n\n10 problems (0 errors, 10 warnings, 0 infos) in 9 agents (9 files).\n')).toBe(true);
    expect((await runCli([...args, '--format', 'compact'], { cwd })).stdout).not.toContain('Per rule:');
  });

  it('counts what is shown: with --quiet, the errors only', async () => {
    const { stdout } = await runCli([...args, '--no-color', '--quiet'], { cwd: fleet(10) });
    expect(stdout).not.toContain('Findings per rule');
  });
});
