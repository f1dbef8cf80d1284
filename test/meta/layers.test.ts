/**
 * The layers of design §2 as folders, checked: a module imports only from its own folder or from a folder of a
 * lower layer, and no module imports itself back through others (no cycle). The pure core (text … explain)
 * does no I/O; only src/run and src/cli touch the file system and the process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Layer of each folder, lowest first: a module may import from its folder and from lower layers only. */
const LAYERS: Readonly<Record<string, number>> = {
  'src/text': 0,
  'src/platform': 0,
  'src/generated': 0,
  'src/knowledge': 1,
  'src/parse': 2,
  'src/model': 3,
  'src/logs': 3,
  'src/engine': 4,
  rules: 5,
  'src/config': 5,
  'src/report': 6,
  'src/explain': 7,
  // The language server's pure parts: hover explains codes as explain does.
  'src/lsp': 8,
  'src/run': 9,
  'src/cli': 10,
};

const root = path.resolve(import.meta.dirname, '../..');

function modules(): string[] {
  return ['src', 'rules'].flatMap((top) =>
    readdirSync(path.join(root, top), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|cts)$/.test(file) && !file.endsWith('.d.cts'))
      .map((file) => `${top}/${file.split(path.sep).join('/')}`),
  );
}

const folderOf = (module: string) => module.slice(0, module.lastIndexOf('/'));

/** Relative imports (static, dynamic and type-only) of a module, as repository paths of .ts modules. */
function importsOf(module: string): string[] {
  const text = readFileSync(path.join(root, module), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
  return specifiers
    .filter((specifier) => !specifier.endsWith('.json'))
    .map((specifier) => path.posix.normalize(path.posix.join(folderOf(module), specifier)).replace(/\.c?js$/, (ext) => (ext === '.cjs' ? '.cjs' : '.ts')))
    .filter((target) => !target.endsWith('.cjs'));
}

describe('layers', () => {
  const all = modules();
  const graph = new Map(all.map((module) => [module, importsOf(module)]));

  it('every folder has a layer', () => {
    expect(
      [...new Set(all.map(folderOf).map((folder) => (folder.startsWith('rules') ? 'rules' : folder)))].filter((folder) => LAYERS[folder] === undefined),
    ).toEqual([]);
  });

  it('no module imports from a higher layer or a sibling folder of its own layer', () => {
    const layerOf = (module: string) => LAYERS[module.startsWith('rules/') ? 'rules' : folderOf(module)] as number;
    const upward = [...graph].flatMap(([module, targets]) =>
      targets
        .filter(
          (target) =>
            folderOf(target) !== folderOf(module) && !(module.startsWith('rules/') && target.startsWith('rules/')) && layerOf(target) >= layerOf(module),
        )
        .map((target) => `${module} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (module: string, trail: string[]): void => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(module)), module].join(' -> '));
        return;
      }
      state.set(module, 'visiting');
      for (const target of graph.get(module) ?? []) visit(target, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of all) visit(module, []);
    expect(cycles).toEqual([]);
  });

  it('every import resolves to a module of the tree (so the checks above see every edge)', () => {
    expect([...graph].flatMap(([module, targets]) => targets.filter((target) => !graph.has(target)).map((target) => `${module} -> ${target}`))).toEqual([]);
  });

  it('only src/run and src/cli touch the file system, child processes or the process', () => {
    const io = /from 'node:(fs|fs\/promises|child_process|readline)'|\bprocess\.(cwd|env|exit|stdout|stderr|stdin|argv)\b/;
    expect(
      all.filter((module) => !module.startsWith('src/run/') && !module.startsWith('src/cli/') && io.test(readFileSync(path.join(root, module), 'utf8'))),
    ).toEqual([]);
  });
});
