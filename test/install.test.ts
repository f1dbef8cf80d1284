/**
 * Installing webagent-lint in one's own repository, as the README tells: from git with npm and with pre-commit.
 * Each starts from a clean git checkout, which has the committed bundle but no build and no node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempTree } from './helpers/cli.js';

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
});

describe('npm install from git', () => {
  it('installs without building and runs the committed bundle', () => {
    expect(existsSync(path.join(checkout, 'dist/webagent-lint-main.cjs')), 'the bundle must be committed (npm run bundle)').toBe(true);
    const project = tempTree({ 'package.json': '{ "private": true }\n' });
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `git+file://${checkout}`], { cwd: project, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync(path.join(project, 'node_modules/.bin/webagent-lint'), ['examples/', '--no-color'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('predicts CT_SOCKET_ERROR');
    expect(run.status).toBe(1);
  }, 120_000);
});
