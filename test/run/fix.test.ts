/**
 * lint --fix and --fix-dry-run end to end: the fixed files differ from the originals exactly by the edits the
 * findings name (every other byte kept: line endings, byte-order mark, ISO-8859-1 bytes, trailing spaces,
 * comments), a second run offers no fix, and the dry run's diff is one git apply accepts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { applyFixes, type Fix } from '../../src/engine/fixes.js';
import { decodeText } from '../../src/parse/source.js';
import { runCli, tempTree } from '../helpers/cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');

function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = dir === '' ? name : `${dir}/${name}`;
    return statSync(path.join(root, relative)).isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

function snapshot(root: string): Map<string, Buffer> {
  return new Map(filesUnder(root).map((file) => [file, readFileSync(path.join(root, file))]));
}

interface JsonFinding {
  readonly file: string;
  readonly fix?: Fix;
}

/** The fixes the first lint offers, by file. */
async function offeredFixes(root: string): Promise<Map<string, Fix[]>> {
  const { stdout } = await runCli(['lint', '--format', 'json', '--no-fail', '.'], { cwd: root });
  const byFile = new Map<string, Fix[]>();
  for (const finding of (JSON.parse(stdout) as { findings: JsonFinding[] }).findings) {
    if (finding.fix) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding.fix]);
  }
  return byFile;
}

/** The bytes `original` must become: the edits applied to its decoded text, encoded as it was. */
function expectedBytes(original: Buffer, fixes: readonly Fix[]): Buffer {
  const decoded = decodeText(original);
  if (!decoded.ok || decoded.encoding !== 'utf-8') throw new Error('test files are UTF-8 or ISO-8859-1');
  const text = applyFixes(decoded.text, fixes).text;
  const bom = decoded.byteOrderMark ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
  return Buffer.concat([bom, Buffer.from(text, decoded.invalidUtf8At === undefined ? 'utf8' : 'latin1')]);
}

/** Runs --fix in `root` and checks every file byte for byte, then that a second run offers no fix. */
async function checkFix(root: string): Promise<Map<string, Fix[]>> {
  const before = snapshot(root);
  const fixes = await offeredFixes(root);
  await runCli(['lint', '--fix', '--no-fail', '.'], { cwd: root });
  const after = snapshot(root);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [file, bytes] of before) {
    const expected = fixes.has(file) ? expectedBytes(bytes, fixes.get(file) as Fix[]) : bytes;
    expect(after.get(file)?.equals(expected), file).toBe(true);
  }
  const again = await runCli(['lint', '--fix-dry-run', '--no-fail', '.'], { cwd: root });
  expect(again.stdout).toBe('');
  expect(await offeredFixes(root)).toEqual(new Map());
  return fixes;
}

function copyOf(source: string): string {
  const root = tempTree({});
  cpSync(source, root, { recursive: true });
  return root;
}

describe('lint --fix', () => {
  it('changes only what the fixes of the examples name, and a second run offers none', async () => {
    const fixes = await checkFix(copyOf(path.join(REPO, 'examples')));
    expect([...fixes].map(([file, list]) => [file, list.map((fix) => fix.description)])).toEqual([
      ['firewall-drops/webagent.conf', ['Set the refresh of pool __default__ to 55 Mins']],
      ['typos/webagent.conf', ['Rename to cleartrust.agent.idle_timeout']],
    ]);
  });

  it('keeps every byte of the vendored corpus outside the edits', async () => {
    await checkFix(copyOf(path.join(REPO, 'test/corpus')));
  });

  it('keeps line endings, byte-order marks, ISO-8859-1 bytes and trailing spaces of generated files', async () => {
    const random = mulberry32(18);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) {
      const eol = pick(['\n', '\r\n']);
      const latin1 = random() < 0.4;
      const lines = [
        `# agent ${i}: Zürich${pick(['', '  '])}`,
        '<Global>',
        `cleartrust.agent.idle_timeout=${pick(['30 Mins', '20 Mins'])}${pick(['', ' '])}`,
        ...(random() < 0.5 ? ['cleartrust.agent.idle_timeout=30 Mins'] : []),
        ...(random() < 0.5 ? [`cleartrust.agent.idle_timout=${pick(['5 Mins', '10 Mins'])}`] : []),
        '</Global>',
        `<Pool id=${pick(['__default__', 'east'])}>`,
        'cleartrust.agent.dispatcher_list=disp1.example.org:5608',
        `cleartrust.agent.auth_server_pool_refresh=${pick(['1 Hrs', '2hrs', '90 MINS', '"1 Hrs"', '45 Mins'])}${pick(['', '\t'])}`,
        '</Pool>',
      ];
      const text = lines.join(eol) + pick(['', eol]);
      const body = Buffer.from(text, latin1 ? 'latin1' : 'utf8');
      files[`agent${i}/webagent.conf`] = random() < 0.3 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
      files[`cams${i}/cams-webagent.conf`] = Buffer.from(
        ['cams.debug=true', 'cams.cluster.name=a,\\', `  b${pick(['', ' '])}`, 'cams.debug=false', 'cams.cluster.name=web'].join(eol) + eol,
        'latin1',
      );
    }
    const fixes = await checkFix(tempTree(files));
    expect(fixes.size).toBeGreaterThan(12);
  });
});

describe('lint --fix in UTF-16', () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const conf = (comment: string) => `# ${comment}\r\n<Pool id=__default__>\r\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\r\n</Pool>\r\n`;

  it('writes a UTF-16 file back in UTF-16 with its byte-order mark', async () => {
    const cwd = tempTree({ 'a/webagent.conf': utf16(conf('Zürich')) });
    await runCli(['lint', '--fix', '--no-fail', 'a'], { cwd });
    expect(readFileSync(path.join(cwd, 'a/webagent.conf')).equals(utf16(conf('Zürich').replace('=1 Hrs', '=55 Mins')))).toBe(true);
  });

  it('leaves alone a file whose bytes decoding would change (a lone surrogate), and says so', async () => {
    const bytes = utf16(conf('\ud800'));
    const cwd = tempTree({ 'a/webagent.conf': bytes });
    const { stderr } = await runCli(['lint', '--fix', '--no-fail', 'a'], { cwd });
    expect(stderr).toContain('webagent-lint: not fixing a/webagent.conf: its bytes would not be written back unchanged in its encoding\n');
    expect(readFileSync(path.join(cwd, 'a/webagent.conf')).equals(bytes)).toBe(true);
  });
});

describe('lint --fix-dry-run', () => {
  it('writes nothing and prints a diff git apply accepts', async () => {
    const root = copyOf(path.join(REPO, 'examples'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    git('init', '-q');
    const before = snapshot(root);
    const { stdout } = await runCli(['lint', '--fix-dry-run', '.'], { cwd: root });
    expect(snapshot(root)).toEqual(before);
    expect(stdout).toContain('--- a/firewall-drops/webagent.conf\n+++ b/firewall-drops/webagent.conf\n');
    expect(stdout).toContain('-cleartrust.agent.auth_server_pool_refresh=1 Hrs\n+cleartrust.agent.auth_server_pool_refresh=55 Mins\n');
    execFileSync('git', ['apply', '--check', '-'], { cwd: root, input: stdout });
  });

  // Pass 1 corrects the misspelt key, which makes it a repeat with the same value; pass 2 removes it.
  const twoPasses = '<Global>\ncleartrust.agent.idle_timout=30 Mins\ncleartrust.agent.idle_timeout=30 Mins\n</Global>\n';

  it('shows every pass, from the file on disk to what --fix writes, in one diff git apply applies', async () => {
    const root = tempTree({ 'dry/webagent.conf': twoPasses, 'fix/webagent.conf': twoPasses });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const { stdout } = await runCli(['lint', '--fix-dry-run', '--no-fail', 'dry'], { cwd: root });
    expect(stdout).toBe(
      [
        '--- a/dry/webagent.conf',
        '+++ b/dry/webagent.conf',
        '@@ -1,4 +1,3 @@',
        ' <Global>',
        '-cleartrust.agent.idle_timout=30 Mins',
        ' cleartrust.agent.idle_timeout=30 Mins',
        ' </Global>',
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(root, 'dry/webagent.conf'), 'utf8')).toBe(twoPasses);
    execFileSync('git', ['apply', '-'], { cwd: root, input: stdout });
    await runCli(['lint', '--fix', '--no-fail', 'fix'], { cwd: root });
    const fixed = '<Global>\ncleartrust.agent.idle_timeout=30 Mins\n</Global>\n';
    expect(readFileSync(path.join(root, 'fix/webagent.conf'), 'utf8')).toBe(fixed);
    expect(readFileSync(path.join(root, 'dry/webagent.conf'), 'utf8')).toBe(fixed);
  });
});

describe('lint --fix over several passes', () => {
  it('prints the problems of the run once, for the fixed files, not once per pass', async () => {
    const root = tempTree({ 'a/webagent.conf': '<Global>\ncleartrust.agent.idle_timout=30 Mins\ncleartrust.agent.idle_timeout=30 Mins\n</Global>\n' });
    for (const flag of ['--fix-dry-run', '--fix']) {
      const { stderr } = await runCli(['lint', flag, '--no-fail', 'a', 'missing'], { cwd: root });
      expect(stderr, flag).toBe('webagent-lint: missing: no such file or directory\n');
    }
  });
});

describe('JSON fixes', () => {
  it('publishes fix and suggestions as the report schema says', async () => {
    const { stdout } = await runCli(['lint', '--format', 'json', '.'], { cwd: copyOf(path.join(REPO, 'examples')) });
    const report = JSON.parse(stdout) as { findings: { fix?: Fix; suggestions?: Fix[] }[] };
    expect(report.findings.some((finding) => finding.fix) && report.findings.some((finding) => finding.suggestions)).toBe(true);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(REPO, 'schemas/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('SARIF fixes', () => {
  it('gives a result its fix as replacements by character and byte offset', async () => {
    const cwd = tempTree({ 'a/webagent.conf': '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>\n' });
    const [result] = JSON.parse((await runCli(['a', '--format', 'sarif'], { cwd })).stdout).runs[0].results;
    expect(result.fixes).toEqual([
      {
        description: { text: 'Set the refresh of pool __default__ to 55 Mins' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a/webagent.conf', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 64, charLength: 5, byteOffset: 64, byteLength: 5 }, insertedContent: { text: '55 Mins' } }],
          },
        ],
      },
    ]);
  });
});

/** A small seeded generator, so that the generated files are the same in every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
