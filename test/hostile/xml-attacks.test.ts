/**
 * XML attacks through the whole CLI (issue 8): each is one cams/xml-syntax finding within bounded time and
 * memory, no file named in a document is read (a canary file's text appears nowhere) and no connection is
 * attempted (a socket listening on 127.0.0.1 counts connections; it closes itself after the tests or after
 * a minute at most).
 */
import { createServer, type Server } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';

const CANARY = 'CANARY-XXE-7f3c9e';
const loginConfig =
  '<login-config>\n  <login-config-entry name="http"><login-module-entry className="x.Login" flag="REQUIRED"/></login-config-entry>\n</login-config>\n';

let server: Server;
let connections = 0;
let port = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  // Bounded: whatever happens to the test run, the socket does not outlive it by more than a minute.
  setTimeout(() => server.close(), 60_000).unref();
  server.unref();
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function policy(prolog: string, body = '<permission-collection/>'): string {
  return `<?xml version="1.0"?>\n${prolog}\n<access-control-policy>${body}</access-control-policy>\n`;
}

describe('XML attacks: one finding each, nothing read, nothing connected, bounded time and memory', () => {
  const canaryFile = () => path.join(cwd, 'canary.txt');
  let cwd = '';
  beforeAll(() => {
    cwd = tempTree({ 'canary.txt': `${CANARY}\n`, 'domain/login-config.xml': loginConfig });
  });

  const url = (file: string) => `http://127.0.0.1:${port}/${file}`;
  const billionLaughs = () => {
    const lines = ['<!DOCTYPE access-control-policy [', '<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    return policy([...lines, ']>'].join('\n'), '&lol9;');
  };
  const attacks: readonly (readonly [name: string, text: () => string, message: RegExp])[] = [
    [
      'an external entity naming a file',
      () => policy(`<!DOCTYPE access-control-policy [<!ENTITY x SYSTEM "file://${canaryFile()}">]>`, '&x;'),
      /DTD entities not supported/,
    ],
    [
      'an external entity naming a URL',
      () => policy(`<!DOCTYPE access-control-policy [<!ENTITY x SYSTEM "${url('x')}">]>`, '&x;'),
      /DTD entities not supported/,
    ],
    [
      'a parameter entity naming a URL',
      () => policy(`<!DOCTYPE access-control-policy [<!ENTITY % p SYSTEM "${url('p.dtd')}"> %p;]>`),
      /DTD entities not supported/,
    ],
    [
      'an external DTD whose entity the document uses',
      () => policy(`<!DOCTYPE access-control-policy SYSTEM "${url('a.dtd')}">`, '&fromDtd;'),
      /Not well-formed XML: undefined entity/,
    ],
    [
      'an external DTD on the file system',
      () => policy(`<!DOCTYPE access-control-policy SYSTEM "${canaryFile()}">`, '&fromDtd;'),
      /Not well-formed XML: undefined entity/,
    ],
    ['a billion laughs', billionLaughs, /DTD entities not supported/],
    [
      'a quadratic blow-up (one 100 kB entity referenced 100,000 times)',
      () => policy(`<!DOCTYPE access-control-policy [<!ENTITY a "${'a'.repeat(100_000)}">]>`, '&a;'.repeat(100_000)),
      /DTD entities not supported/,
    ],
    ['100,000-deep nesting', () => policy('', '<and>'.repeat(100_000) + '</and>'.repeat(100_000)), /nested more than 1000 levels deep/],
    ['a 50 MB attribute', () => policy('', `<permission-collection desc="${'a'.repeat(50 * 1024 * 1024)}"/>`), /attribute desc is 52428800 characters long/],
  ];

  it.each(attacks)(
    '%s',
    async (_, text, message) => {
      writeFileSync(path.join(cwd, 'domain/access-control-policy.xml'), text());
      const heapBefore = process.memoryUsage().heapUsed;
      // Time is bounded by the test's timeout only: a wall-clock assertion fails at random on a loaded machine.
      const { code, stdout, stderr } = await runCli(['--format', 'json', 'domain'], { cwd });
      expect(code).toBe(1);
      expect(stderr).toBe('');
      const findings = JSON.parse(stdout).findings as { ruleId: string; message: string; file: string }[];
      expect(findings.filter((f) => f.ruleId === 'cams/xml-syntax')).toEqual([
        expect.objectContaining({ file: 'domain/access-control-policy.xml', message: expect.stringMatching(message) }),
      ]);
      expect(stdout).not.toContain(CANARY);
      expect(connections).toBe(0);
      // The 50 MB file itself is a 50 MB string; nothing may be expanded or copied per level beyond that.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('names no canary and makes no connection in any output format', async () => {
    writeFileSync(
      path.join(cwd, 'domain/access-control-policy.xml'),
      policy(`<!DOCTYPE access-control-policy [<!ENTITY x SYSTEM "file://${canaryFile()}"><!ENTITY y SYSTEM "${url('y')}">]>`, '&x;&y;'),
    );
    for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'html']) {
      const { stdout, stderr } = await runCli(['--format', format, 'domain'], { cwd });
      expect(stdout + stderr).not.toContain(CANARY);
    }
    // Give a connection attempt, had there been one, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toBe(0);
  });
});
