/** The package's own bookkeeping: what package.json promises exists. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };

describe('package.json', () => {
  it('names only scripts that exist', () => {
    const missing = Object.entries(pkg.scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\bnode (\S+)/g)].map((match) => match[1] as string).filter((file) => !existsSync(new URL(file, root))).map((file) => `${name}: ${file}`),
    );
    expect(missing).toEqual([]);
  });

  // github.com/webagent-lint/webagent-lint was invented and does not exist; a real address is added once there is one.
  it('points to no invented repository', () => {
    expect(readFileSync(new URL('package.json', root), 'utf8')).not.toMatch(/github\.com\/webagent-lint/);
  });
});
