/**
 * Installing webagent-lint in one's own repository, as the README tells: with npm from git or from a tarball,
 * and with pre-commit. Each starts from a clean git checkout, which has the committed bundle but no build and no
 * node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempTree } from './helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from './helpers/timeouts.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * A new git repository holding this checkout's files as they are now, tracked or new but not ignored (so without
 * node_modules, src/generated and the code cache): what a user clones, with uncommitted work included as
 * pre-commit try-repo includes it.
 */
function cleanCheckout(): string {
  const listed = git(repo, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0');
  const checkout = tempTree({});
  for (const file of listed.filter((name) => name !== '' && existsSync(path.join(repo, name)))) {
    mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(checkout, file));
  }
  git(checkout, 'init', '--quiet');
  git(checkout, 'add', '--all');
  git(checkout, '-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '--message', 'clean checkout');
  return checkout;
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

let checkout: string;
beforeAll(() => {
  checkout = cleanCheckout();
}, HEAVY_TEST_TIMEOUT);

/** npm install of `spec` into a new project, then its webagent-lint on the examples. */
function installAndRun(spec: string): void {
  const project = tempTree({ 'package.json': '{ "private": true }\n' });
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', spec], { cwd: project, encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  const run = spawnSync(path.join(project, 'node_modules/.bin/webagent-lint'), ['examples/', '--no-color'], { cwd: repo, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('predicts CT_SOCKET_ERROR');
  expect(run.status).toBe(1);
}

describe('npm install', () => {
  it(
    'from git installs without building and runs the committed bundle',
    () => {
      expect(existsSync(path.join(checkout, 'dist/webagent-lint-main.cjs')), 'the bundle must be committed (npm run bundle)').toBe(true);
      installAndRun(`git+file://${checkout}`);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'from the tarball npm pack makes in a checkout',
    () => {
      const destination = tempTree({});
      const pack = spawnSync('npm', ['pack', '--pack-destination', destination], { cwd: checkout, encoding: 'utf8' });
      expect(pack.status, pack.stderr).toBe(0);
      // The tarball's name alone on stdout: pre-commit 3 reads it from there.
      const tarball = `webagent-lint-${(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version}.tgz`;
      expect(pack.stdout).toBe(`${tarball}\n`);
      installAndRun(path.join(destination, tarball));
    },
    HEAVY_TEST_TIMEOUT,
  );
});

interface Hook {
  readonly id: string;
  readonly files: string;
  readonly pass_filenames?: boolean;
}
const hooks = parse(readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = (id: string) => hooks.find((candidate) => candidate.id === id) as Hook;

describe('pre-commit', () => {
  const agentFiles = [
    'webagent.conf',
    'a/b/webagent.conf',
    'web01.webagent.conf',
    'cams/web01/cams-webagent.conf',
    'system/access-control-policy.xml',
    'system/login-config.xml',
    'system/security-domain.xml',
  ];
  const otherFiles = ['README.md', 'webagent.conf.bak', 'a/mywebagent.conf', 'system/old-login-config.xml', 'login-config.xml.orig'];

  it('runs the per-file hook on every agent and security domain file, and nothing else', () => {
    // pre-commit matches files with Python's re.search, which reads these patterns as JavaScript does.
    const files = new RegExp(hook('webagent-lint').files);
    expect(agentFiles.filter((file) => !files.test(file))).toEqual([]);
    expect([...otherFiles, '.webagent-lint.yaml'].filter((file) => files.test(file))).toEqual([]);
  });

  it('runs the repository hook when an agent file or the configuration changes', () => {
    const repository = hook('webagent-lint-repository');
    const files = new RegExp(repository.files);
    expect([...agentFiles, '.webagent-lint.yaml', 'agents/.webagent-lint.yml'].filter((file) => !files.test(file))).toEqual([]);
    expect(otherFiles.filter((file) => files.test(file))).toEqual([]);
    expect(repository.pass_filenames).toBe(false);
  });

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

  it(
    'installs both hooks from a clean checkout and runs them: one on the changed files, one on the whole repository',
    ({ skip }) => {
      if (preCommit.status !== 0) {
        // Said on stderr too: the reporter does not show why a test was skipped.
        const reason = 'pre-commit is not installed, so the hooks were not tried: apt-get install -y pre-commit (.ci/run installs it)';
        console.warn(`SKIPPED: ${reason}`);
        skip(reason);
      }
      const healthy = readFileSync(path.join(repo, 'examples/healthy/webagent.conf'), 'utf8');
      const files: Record<string, string> = {
        // Three agents of one dispatcher cluster; web03 alone refreshes its pool at another interval.
        'agents/web01/webagent.conf': healthy,
        'agents/web02/webagent.conf': healthy,
        'agents/web03/webagent.conf': healthy.replace('auth_server_pool_refresh=30 Mins', 'auth_server_pool_refresh=20 Mins'),
        '.webagent-lint.yaml': 'rules:\n  fleet/cleartrust-pool-drift: error\n',
        'README.md': '# agents\n',
      };
      for (const file of ['web01/cams-webagent.conf', 'web02/cams-webagent.conf', 'system/access-control-policy.xml', 'system/login-config.xml']) {
        files[`cams/${file}`] = readFileSync(path.join(repo, 'examples/cams/healthy', file), 'utf8');
      }
      const project = tempTree(files);
      git(project, 'init', '--quiet');
      git(project, 'add', '--all');
      // A commit that changes one ClearTrust agent, one Cams agent and its security domain (and the README).
      const changed = [
        'agents/web01/webagent.conf',
        'cams/web01/cams-webagent.conf',
        'cams/system/access-control-policy.xml',
        'cams/system/login-config.xml',
        'README.md',
      ];
      const run = spawnSync('pre-commit', ['try-repo', '--verbose', '--color=never', checkout, '--files', ...changed], {
        cwd: project,
        encoding: 'utf8',
        // As on a fresh machine: no hook environment left by an earlier run.
        env: { ...process.env, PRE_COMMIT_HOME: path.join(tempTree({}), 'pre-commit-home') },
      });
      const output = run.stdout + run.stderr;
      // The changed agent files, each Cams one included; the fleet rules see only these, so web03 is not compared.
      // (Checks that lack a setting, such as the real firewall idle timeout, are listed above the summary line.)
      expect(output).toMatch(/^webagent-lint\.+Passed\n- hook id: webagent-lint\n[\s\S]*?^No problems found in 2 agents \(4 files\)\./m);
      // The whole repository: web03 differs from the two other agents of its cluster.
      expect(output).toMatch(
        /^webagent-lint \(repository\)\.+Failed\n- hook id: webagent-lint-repository\n.*\n- exit code: 1\n\nagents\/web03\/webagent\.conf\n.*fleet\/cleartrust-pool-drift\n/m,
      );
      expect(output).toMatch(/^1 problem \(1 error, 0 warnings, 0 infos\) in 5 agents \(7 files\)\./m);
      expect(run.status).toBe(1);
    },
    HEAVY_TEST_TIMEOUT,
  );
});
