/**
 * Hostile file systems (issue 8): a file past --max-file-size, an unreadable file (as root too), symbolic link
 * loops, a file that disappears between discovery and reading, 100,000 files in one directory. No crash, and
 * the exit codes of design §3.2: 2 when a path could not be read, else 1 or 0 by the findings.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/run/discover.js';
import { readCandidates } from '../../src/run/run.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';

const healthy = '<Global>\ncleartrust.agent.enabled=True\n</Global>\n';
const checkout = fileURLToPath(new URL('../../', import.meta.url));

/** Opens a directory and everything in it to every user (read, and enter or run). */
function openToAll(directory: string): void {
  chmodSync(directory, 0o755);
  for (const entry of readdirSync(directory, { recursive: true, encoding: 'utf8' })) chmodSync(path.join(directory, entry), 0o755);
}

/**
 * Runs the built CLI as nobody, from a copy (the launcher in bin/ and the bundle it runs in dist/) open to every
 * user: nobody cannot reach the checkout's own when a directory above it is closed to others (a `mktemp -d`).
 */
function runAsNobody(argv: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const copy = mkdtempSync(path.join(tmpdir(), 'webagent-lint-cli-'));
  try {
    for (const part of ['bin', 'dist']) cpSync(path.join(checkout, part), path.join(copy, part), { recursive: true });
    openToAll(copy);
    const bin = path.join(copy, 'bin/webagent-lint.cjs');
    return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...argv], { cwd, encoding: 'utf8' });
  } finally {
    rmSync(copy, { recursive: true });
  }
}

describe('file system trouble: a clear message, the other files still linted, exit codes per §3.2', () => {
  it('a file past a --max-file-size given on the command line is refused unread, with the limit in the message', async () => {
    const big = `${healthy}#${'x'.repeat(2048)}\n`;
    const cwd = tempTree({ 'big/webagent.conf': big, 'ok/webagent.conf': healthy });
    const { code, stdout, stderr } = await runCli(['--format', 'json', '--max-file-size', '1KB', '.'], { cwd });
    expect([code, stderr]).toEqual([1, '']);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { file: string; message: string }) => [f.file, f.message])).toEqual([
      ['big/webagent.conf', `File is ${big.length} bytes, above the limit of 1024 bytes; it was not linted.`],
    ]);
    expect(report.summary).toMatchObject({ agents: 1, files: 2 }); // the big file is not read, so it makes no agent
  });

  // chmod 000 does not stop root: the built CLI runs as nobody (setpriv, util-linux) to meet EACCES for real.
  const asRoot = process.getuid?.() === 0;
  const setpriv = asRoot && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(asRoot && !setpriv)(`an unreadable file${asRoot ? ' (run as nobody through setpriv, since tests run as root)' : ''}`, async () => {
    const cwd = tempTree({ 'locked/webagent.conf': healthy, 'ok/webagent.conf': healthy });
    openToAll(cwd);
    chmodSync(path.join(cwd, 'locked/webagent.conf'), 0o000);
    const run = asRoot
      ? runAsNobody(['--no-color', '.'], cwd)
      : await runCli(['--no-color', '.'], { cwd }).then((r) => ({ status: r.code, stdout: r.stdout, stderr: r.stderr }));
    expect(run.stderr).toBe('webagent-lint: locked/webagent.conf: permission denied\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('The run failed (');
  });

  it('symbolic link loops: two links naming each other, and a link to an enclosing directory', async () => {
    const cwd = tempTree({ 'ok/webagent.conf': healthy });
    mkdirSync(path.join(cwd, 'loop'));
    symlinkSync('b/webagent.conf', path.join(cwd, 'loop/webagent.conf'));
    symlinkSync('.', path.join(cwd, 'loop/b'));
    symlinkSync('..', path.join(cwd, 'ok/up'));
    mkdirSync(path.join(cwd, 'pair'));
    symlinkSync('webagent.conf', path.join(cwd, 'pair/a.webagent.conf'));
    symlinkSync('a.webagent.conf', path.join(cwd, 'pair/webagent.conf'));
    const { code, stdout, stderr } = await runCli(['--no-color', '.'], { cwd });
    expect(stderr.split('\n').sort()).toEqual([
      '',
      'webagent-lint: loop/webagent.conf: too many levels of symbolic links',
      'webagent-lint: pair/a.webagent.conf: too many levels of symbolic links',
      'webagent-lint: pair/webagent.conf: too many levels of symbolic links',
    ]);
    expect(code).toBe(2);
    expect(stdout).toContain('The run failed (');
  });

  it('a file removed between discovery and reading is a problem, not a crash', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy, 'b/webagent.conf': healthy });
    const { candidates } = await discover(['.'], cwd, undefined);
    unlinkSync(path.join(cwd, 'a/webagent.conf'));
    rmSync(path.join(cwd, 'b'), { recursive: true });
    const problems: string[] = [];
    const files = await readCandidates(candidates, 1024, (where, message) => problems.push(`${where}: ${message}`), cwd);
    expect(files).toEqual([]);
    expect(problems).toEqual(['a/webagent.conf: no such file or directory', 'b/webagent.conf: no such file or directory']);
  });

  it('a path named on the command line that is a dangling link, or gone', async () => {
    const cwd = tempTree({ 'ok/webagent.conf': healthy });
    symlinkSync('nowhere.conf', path.join(cwd, 'gone.conf'));
    const { code, stderr, stdout } = await runCli(['--no-color', 'gone.conf', 'vanished', 'ok'], { cwd });
    expect(stderr).toBe('webagent-lint: gone.conf: no such file or directory\nwebagent-lint: vanished: no such file or directory\n');
    expect(code).toBe(2);
    expect(stdout).toContain('The run failed (');
  });

  it(
    '100,000 files in one directory: walked in bounded time',
    async () => {
      const cwd = tempTree({});
      const crowded = path.join(cwd, 'crowded');
      mkdirSync(crowded);
      for (let i = 0; i < 100_000; i++) writeFileSync(path.join(crowded, `notes-${i}.txt`), '');
      writeFileSync(path.join(crowded, 'webagent.conf'), healthy);
      // Bounded by the test's timeout, not a wall-clock assertion (issue 7).
      const { code, stdout } = await runCli(['--no-color', 'crowded'], { cwd });
      expect([code, stdout]).toEqual([0, 'No problems found in 1 agent (1 file).\n']);
      rmSync(cwd, { recursive: true });
    },
    HEAVY_TEST_TIMEOUT,
  );
});
