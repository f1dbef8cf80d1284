import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '../src/engine/engine.js';
import { DEFAULT_ENVIRONMENT } from '../src/model/environment.js';
import { SourceFile, unshared } from '../src/source.js';
import { buildWorkspace } from '../src/workspace.js';
import { rules } from '../rules/index.js';

describe('a released source file', () => {
  it('reads its text again through the reloader only when asked, and drops it again on compact', () => {
    let reads = 0;
    const source = new SourceFile('a/webagent.conf', 'one\ntwo\n');
    source.release(() => {
      reads++;
      return 'one\ntwo\n';
    });
    expect(reads).toBe(0);
    expect(source.positionAt(5)).toEqual({ line: 2, column: 2 });
    expect(source.text).toBe('one\ntwo\n');
    expect(reads).toBe(1);
    source.compact();
    expect(source.offsetOfLine(2)).toBe(4);
    expect(reads).toBe(2);
  });

  it('keeps a file that was never released on compact', () => {
    const source = new SourceFile('a', 'x');
    source.compact();
    expect(source.text).toBe('x');
  });

  it('unshared gives an equal string', () => {
    const text = 'cleartrust.agent.cookie_domain=.example.com';
    expect(unshared(text.slice(31))).toBe('.example.com');
  });
});

describe('fleet findings into released files', () => {
  it('are located and quoted from the text read back, as when nothing was released', () => {
    const conf = (refresh: string) => `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
    const texts: Record<string, string> = { 'a/webagent.conf': conf('30 Mins'), 'b/webagent.conf': conf('30 Mins'), 'c/webagent.conf': conf('1 Hrs') };
    const files = Object.entries(texts).map(([path, text]) => ({ path, format: 'cleartrust-conf' as const, agent: path.split('/')[0] as string, content: { kind: 'bytes' as const, bytes: new TextEncoder().encode(text) } }));
    const lint = (release: boolean) => {
      const workspace = buildWorkspace(files);
      if (release) for (const agent of workspace.agents) if (agent.product === 'cleartrust') agent.document.source.release(() => texts[agent.document.source.path] as string);
      return lintWorkspace(workspace, { rules, environment: DEFAULT_ENVIRONMENT }).findings.filter((f) => f.ruleId === 'fleet/cleartrust-pool-drift');
    };
    const released = lint(true);
    expect(released.map((f) => [f.file, f.line, f.column, f.sourceLine])).toEqual([['c/webagent.conf', 3, 1, 'cleartrust.agent.auth_server_pool_refresh=1 Hrs']]);
    expect(released).toEqual(lint(false));
  });
});

describe('reading a released file again', () => {
  it('refuses a file that changed since it was linted, with a message that says what to do', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { rereader, UsageError } = await import('../src/read.js');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'webagent-lint-')), 'webagent.conf');
    writeFileSync(file, '<Global>\n</Global>\n');
    const reload = rereader(file, 'a/webagent.conf', '<Global>\n</Global>\n'.length);
    expect(reload()).toBe('<Global>\n</Global>\n');
    writeFileSync(file, '<Global>\nx=1\n</Global>\n');
    expect(reload).toThrow(new UsageError('a/webagent.conf changed while it was being linted; run again'));
  });
});

describe('the read buffer reused for ClearTrust files', () => {
  it('reads each file whole, growing past its first 64 KiB, and gives the bytes of the last file only', async () => {
    const { closeSync, mkdtempSync, openSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { ReadBuffer } = await import('../src/read.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'webagent-lint-'));
    const big = Buffer.from(`${'x'.repeat(200_000)}\n`);
    writeFileSync(path.join(dir, 'big'), big);
    writeFileSync(path.join(dir, 'small'), 'abc');
    const buffer = new ReadBuffer();
    const read = (name: string) => {
      const descriptor = openSync(path.join(dir, name), 'r');
      try {
        return Buffer.from(buffer.read(descriptor));
      } finally {
        closeSync(descriptor);
      }
    };
    expect(read('big').equals(big)).toBe(true);
    expect(read('small').toString()).toBe('abc');
  });
});
