// lint --stdin [--stdin-filename <path>] [paths…]: the text on standard input linted in place of a file, the
// paths (if any) the fleet it is compared with; only its findings are reported.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const pool = (refresh: string) =>
  `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
const debug = '<Global>\ncleartrust.agent.log_level=Debug\n</Global>\n';

const findingsOf = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] }).findings.map(({ ruleId, file, line, column }) => ({
    ruleId,
    file,
    line,
    column,
  }));

describe('lint --stdin', () => {
  it('lints the text as the file --stdin-filename names, alone when no path is given', async () => {
    const cwd = tempTree({ 'agents/web01/webagent.conf': debug, 'agents/web02/webagent.conf': debug });
    const run = await runCli(['lint', '--stdin', '--stdin-filename', 'agents/web01/webagent.conf', '-f', 'json'], { cwd, stdin: `\n${debug}` });
    expect(run.code).toBe(0);
    // The text on standard input (line 3), not the file on disk (line 2); agents/web02 is not linted.
    expect(findingsOf(run.stdout)).toEqual([{ ruleId: 'cleartrust/debug-logging', file: 'agents/web01/webagent.conf', line: 3, column: 28 }]);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ agents: 1, files: 1 });
  });

  it('without --stdin-filename the text is <stdin>, recognised by its content', async () => {
    const cwd = tempTree({});
    const run = await runCli(['--stdin', '-f', 'compact'], { cwd, stdin: debug });
    expect(run.stdout.split('\n')[0]).toBe('<stdin>:2:28: warning: log_level is Debug in Global, a diagnostic level. [cleartrust/debug-logging]');
  });

  it('with paths, the fleet rules compare it with their agents, and only its findings are reported', async () => {
    const cwd = tempTree({
      'agents/web01/webagent.conf': pool('50 Mins'),
      'agents/web02/webagent.conf': `${debug}${pool('50 Mins')}`,
      'agents/web03/webagent.conf': pool('50 Mins'),
    });
    const stdin = pool('1 Hrs');
    const run = await runCli(['lint', '--stdin', '--stdin-filename', 'agents/web03/webagent.conf', 'agents', '-f', 'json'], { cwd, stdin });
    expect(findingsOf(run.stdout)).toEqual([
      { ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle', file: 'agents/web03/webagent.conf', line: 3, column: 1 },
      { ruleId: 'fleet/cleartrust-pool-drift', file: 'agents/web03/webagent.conf', line: 3, column: 1 },
    ]);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ agents: 3, files: 3 });
    // The same text on disk gives the same findings for that file.
    const onDisk = tempTree({
      'agents/web01/webagent.conf': pool('50 Mins'),
      'agents/web02/webagent.conf': pool('50 Mins'),
      'agents/web03/webagent.conf': stdin,
    });
    expect(findingsOf((await runCli(['lint', 'agents', '-f', 'json'], { cwd: onDisk })).stdout)).toEqual(findingsOf(run.stdout));
  });

  it.each([
    [['--stdin-filename', 'a/webagent.conf'], 'webagent-lint: --stdin-filename names the file the standard input stands for: give --stdin too\n'],
    [['--stdin', '--fix'], 'webagent-lint: --fix and --fix-dry-run write or diff files on disk: not with --stdin\n'],
    [['--stdin', '--max-file-size', '10'], 'webagent-lint: --stdin: the standard input is larger than --max-file-size 10\n'],
  ])('%j is a usage error', async (argv, stderr) => {
    expect(await runCli(argv, { cwd: tempTree({}), stdin: debug })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('text that is no agent configuration fails the run (exit 2), never "No problems found"', async () => {
    const run = await runCli(['--stdin'], { cwd: tempTree({}), stdin: 'hello\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('No problems found');
    expect(run.stderr).toMatch(/^webagent-lint: <stdin>: not recognised as an agent configuration/);
  });

  it('reads a real pipe through the launcher', () => {
    const launcher = path.resolve(__dirname, '../../bin/webagent-lint.cjs');
    const cwd = tempTree({});
    const run = spawnSync(process.execPath, [launcher, '--stdin', '--stdin-filename', 'x/webagent.conf', '-f', 'compact'], {
      cwd,
      input: debug,
      encoding: 'utf8',
    });
    expect({ status: run.status, first: run.stdout.split('\n')[0] }).toEqual({
      status: 0,
      first: 'x/webagent.conf:2:28: warning: log_level is Debug in Global, a diagnostic level. [cleartrust/debug-logging]',
    });
  });
});
