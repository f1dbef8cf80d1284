/** The package's own bookkeeping: what package.json promises exists. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };

describe('package.json', () => {
  it('names only scripts that exist', () => {
    const missing = Object.entries(pkg.scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\bnode (\S+)/g)]
        .map((match) => match[1] as string)
        .filter((file) => !existsSync(new URL(file, root)))
        .map((file) => `${name}: ${file}`),
    );
    expect(missing).toEqual([]);
  });

  it('has every script that the sources and documents tell to run with npm run', () => {
    const places = ['README.md', 'BENCHMARKS.md', '.ci/run', '.gitattributes', 'bin', 'docs', 'scripts', 'src', 'test'];
    const files = places.flatMap((place) =>
      statSync(new URL(place, root)).isDirectory()
        ? readdirSync(new URL(place, root), { recursive: true, encoding: 'utf8' }).map((file) => `${place}/${file}`)
        : [place],
    );
    const missing = files
      .filter((file) => statSync(new URL(file, root)).isFile())
      .flatMap((file) =>
        [...readFileSync(new URL(file, root), 'utf8').matchAll(/npm run ([\w-]+(?::[\w-]+)*)/g)]
          .map((match) => match[1] as string)
          .filter((name) => !(name in pkg.scripts))
          .map((name) => `${file}: ${name}`),
      );
    expect(missing).toEqual([]);
  });

  // An install from git needs neither a build nor the development dependencies: the bundle is committed. npm
  // runs these scripts when it installs or packs the package (prepare with the development dependencies; under
  // pre-commit their output lands on npm pack's stdout, which it reads as the tarball's name), and it installs
  // every development dependency of a git dependency that merely has a build script (pacote's git fetcher).
  it('runs no script on install or pack, and has none named build', () => {
    const installing = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare', 'prepack', 'postpack', 'build'];
    expect(Object.keys(pkg.scripts).filter((name) => installing.includes(name))).toEqual([]);
  });

  // github.com/webagent-lint/webagent-lint was invented and does not exist; a real address is added once there is one.
  it('points to no invented repository, nor do the action and the README', () => {
    for (const file of ['package.json', 'action.yml', 'README.md'])
      expect(readFileSync(new URL(file, root), 'utf8'), file).not.toMatch(/github\.com\/webagent-lint\/|webagent-lint\/webagent-lint@/);
  });
});
