/**
 * Issue 16, items 3 and 5: no stream grows without bound and no input is overwritten. Devices, FIFOs and other
 * files that are not regular files are refused with a clear message (exit 2) instead of hanging or filling the
 * memory; over-long log lines are cut and counted; a report never replaces a file the run reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const healthy = '<Global>\ncleartrust.agent.enabled=True\n</Global>\n';
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

function fifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

describe('what is not a regular file is refused, never read', () => {
  it('explain --log /dev/zero', async () => {
    const { code, stdout, stderr } = await runCli(['explain', '--log', '/dev/zero'], { cwd: tempTree({}) });
    expect([code, stdout, stderr]).toEqual([2, '', 'webagent-lint: /dev/zero: a device, not a regular file\n']);
  });

  it.skipIf(!hasMkfifo)('explain --log on a FIFO (opening it would wait for a writer)', async () => {
    const cwd = tempTree({});
    fifo(cwd, 'ctagent.log');
    const { code, stderr } = await runCli(['explain', '--log', 'ctagent.log'], { cwd });
    expect([code, stderr]).toEqual([2, 'webagent-lint: ctagent.log: a FIFO, not a regular file\n']);
  });

  it('--config /dev/zero and --baseline /dev/zero', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy });
    const config = await runCli(['--config', '/dev/zero', 'a'], { cwd });
    expect([config.code, config.stdout]).toEqual([2, '']);
    expect(config.stderr).toMatch(/^webagent-lint: config file \S*dev\/zero: a device, not a regular file\n$/);
    const baseline = await runCli(['--baseline', '/dev/zero', 'a'], { cwd });
    expect([baseline.code, baseline.stdout, baseline.stderr]).toEqual([2, '', 'webagent-lint: baseline /dev/zero: a device, not a regular file\n']);
  });

  it('a config file too large to be one is refused before it is read', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy, '.webagent-lint.yaml': `# ${'x'.repeat(300 * 1024)}\n` });
    const { code, stderr } = await runCli(['a'], { cwd });
    expect([code, stderr]).toEqual([
      2,
      `webagent-lint: config file .webagent-lint.yaml: the file is ${300 * 1024 + 3} bytes, above the limit of 262144 bytes\n`,
    ]);
  });

  it.skipIf(!hasMkfifo)('a FIFO or a directory named like an agent file in a linted directory is reported; the other agents are linted', async () => {
    const cwd = tempTree({ 'ok/webagent.conf': healthy, 'dir/webagent.conf/README': 'x' });
    fifo(cwd, 'pipe/webagent.conf');
    const { code, stdout, stderr } = await runCli(['--format', 'json', '.'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: dir/webagent.conf: a directory, not a regular file\nwebagent-lint: pipe/webagent.conf: not a regular file\n');
    expect(JSON.parse(stdout).summary).toMatchObject({ agents: 1, files: 1 });
  });

  it.skipIf(!hasMkfifo)('a file named on the command line that is a FIFO', async () => {
    const cwd = tempTree({});
    fifo(cwd, 'web.conf');
    const { code, stderr } = await runCli(['web.conf'], { cwd });
    expect([code, stderr]).toEqual([2, 'webagent-lint: web.conf: not a regular file or directory\n']);
  });
});

describe('a log line that never ends', () => {
  it('is read up to 1 MiB, counted as cut, and the lines after it are still read', async () => {
    const line = 'Mon Jan 05 10:00:00 2026 [1234:5678] ERROR: CT_SOCKET_ERROR server#1 dropped\n';
    const cwd = tempTree({ 'ctagent.log': Buffer.concat([Buffer.from(line), Buffer.alloc(3 * 1024 * 1024), Buffer.from(`\n${line}`)]) });
    const { code, stdout } = await runCli(['explain', '--log', 'ctagent.log', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files[0]).toMatchObject({ file: 'ctagent.log', lines: 3, cut: { count: 1, firstLine: 2 } });
    const text = await runCli(['explain', '--log', 'ctagent.log'], { cwd });
    expect(text.stdout).toContain('  1 line longer than 1 MiB, read only up to their first MiB (the first at line 2)\n');
  });
});

describe('a report never replaces a file the run reads', () => {
  const cases: [string, (dir: string) => string[]][] = [
    ['--output at a linted file', () => ['--output', 'a/webagent.conf', 'a']],
    ['--report at a linted file', () => ['--report', 'json=./a/../a/webagent.conf', 'a']],
    ['--output at the config file', () => ['--output', '.webagent-lint.yaml', 'a']],
    ['--update-baseline at a linted file', () => ['--baseline', 'a/webagent.conf', '--update-baseline', 'a']],
  ];
  for (const [name, argv] of cases) {
    it(name, async () => {
      const cwd = tempTree({ 'a/webagent.conf': healthy, '.webagent-lint.yaml': 'rules: {}\n' });
      const before = [readFileSync(path.join(cwd, 'a/webagent.conf')), readFileSync(path.join(cwd, '.webagent-lint.yaml'))];
      const { code, stdout, stderr } = await runCli(argv(cwd), { cwd });
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(/^webagent-lint: refusing to write \S+: it is \S+, one of the files this run reads; write the report elsewhere\n$/);
      expect([readFileSync(path.join(cwd, 'a/webagent.conf')), readFileSync(path.join(cwd, '.webagent-lint.yaml'))]).toEqual(before);
    });
  }

  it('explain --log --output at the log file', async () => {
    const cwd = tempTree({ 'ctagent.log': 'Mon Jan 05 10:00:00 2026 [1234:5678] ERROR: CT_SOCKET_ERROR server#1\n' });
    const { code, stderr } = await runCli(['explain', '--log', 'ctagent.log', '--output', 'ctagent.log'], { cwd });
    expect([code, stderr]).toEqual([
      2,
      'webagent-lint: refusing to write ctagent.log: it is ctagent.log, one of the files this run reads; write the report elsewhere\n',
    ]);
    expect(readFileSync(path.join(cwd, 'ctagent.log'), 'utf8')).toContain('CT_SOCKET_ERROR');
  });

  it('a baseline written into a directory that does not exist yet: the directory is made (it was an internal error)', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy });
    const { code, stderr } = await runCli(['--baseline', 'ci/new/baseline.json', '--update-baseline', 'a'], { cwd });
    expect([code, stderr]).toEqual([0, 'webagent-lint: wrote 0 findings to the baseline ci/new/baseline.json\n']);
    expect(JSON.parse(readFileSync(path.join(cwd, 'ci/new/baseline.json'), 'utf8')).findings).toEqual([]);
  });

  it('a report next to the inputs is written as before', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy });
    writeFileSync(path.join(cwd, 'report.json'), 'old');
    expect((await runCli(['--output', 'report.json', '--format', 'json', 'a'], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')).summary.agents).toBe(1);
  });
});
