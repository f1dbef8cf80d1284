import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClearTrustConf } from '../../src/parse/cleartrust-conf.js';
import { decodeText, SourceFile } from '../../src/parse/source.js';

function parse(text: string) {
  const source = new SourceFile('webagent.conf', text);
  return { source, document: parseClearTrustConf(source) };
}

function at(source: SourceFile, start: number, end: number) {
  const s = source.positionAt(start);
  const e = source.positionAt(end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
}

describe('webagent.conf reader', () => {
  it('records positions of block headers, attributes, keys and values', () => {
    const { source, document } = parse(
      '<Global>\n\tcleartrust.agent.realm = "My Realm"\n</Global>\n<VirtualHost name=www.example.com address=* port=443>\n</VirtualHost>\n',
    );
    expect(document.problems).toEqual([]);
    const [global, vhost] = document.blocks;
    expect(global?.kind).toBe('global');
    expect(at(source, global!.start, global!.end)).toBe('1:1-1:9');
    expect(at(source, global!.closeStart!, global!.closeEnd!)).toBe('3:1-3:10');
    const entry = global!.entries[0]!;
    expect(entry).toMatchObject({ key: 'cleartrust.agent.realm', value: 'My Realm', quoted: true });
    expect(at(source, entry.keyStart, entry.keyEnd)).toBe('2:2-2:24');
    expect(at(source, entry.valueStart, entry.valueEnd)).toBe('2:27-2:37');
    expect(vhost?.attributes.map((a) => [a.name, a.value, at(source, a.start, a.end)])).toEqual([
      ['name', 'www.example.com', '4:14-4:34'],
      ['address', '*', '4:35-4:44'],
      ['port', '443', '4:45-4:53'],
    ]);
  });

  it('handles CRLF, a lone CR, blank lines and an empty value', () => {
    const { source, document } = parse('<Pool id=p>\r\ncleartrust.agent.wax=\r\rcleartrust.agent.retry_count=5\r\n</Pool>');
    expect(document.problems).toEqual([]);
    const [wax, retry] = document.blocks[0]!.entries;
    expect(wax).toMatchObject({ value: '' });
    expect(at(source, wax!.valueStart, wax!.valueEnd)).toBe('2:22-2:22');
    expect(at(source, retry!.start, retry!.end)).toBe('4:1-4:31');
  });

  it('counts columns in UTF-16 code units', () => {
    const { source, document } = parse('<Global>\ncleartrust.agent.realm=😀 x\ncleartrust.agent.sso=True\n</Global>');
    const realm = document.blocks[0]!.entries[0]!;
    expect(at(source, realm.valueStart, realm.valueEnd)).toBe('2:24-2:28');
  });

  it('keeps comments, including commented-out blocks, out of the structure', () => {
    const { document } = parse('#<VirtualHost name=x address=* port=*>\n#cleartrust.agent.enabled=True\n#</VirtualHost>\n');
    expect(document.blocks).toEqual([]);
    expect(document.comments.map((c) => [c.line, c.text])).toEqual([
      [1, '<VirtualHost name=x address=* port=*>'],
      [2, 'cleartrust.agent.enabled=True'],
      [3, '</VirtualHost>'],
    ]);
  });

  it('keeps = signs after the first inside the value', () => {
    const { document } = parse('<Global>\ncleartrust.agent.auth_resource_list=/*=BASIC\n</Global>');
    expect(document.blocks[0]!.entries[0]).toMatchObject({ key: 'cleartrust.agent.auth_resource_list', value: '/*=BASIC' });
  });

  it('reports structural problems with their positions and keeps reading', () => {
    const { source, document } = parse('cleartrust.agent.sso=True\n<Global>\n<Pool id=p>\n</Global>\n</Pool>\nnonsense\n<VirtualHost name=x>\n');
    expect(document.problems.map((p) => [p.messageId, at(source, p.start, p.end)])).toEqual([
      ['keyOutsideBlock', '1:1-1:21'],
      ['nestedBlock', '3:1-3:12'],
      ['mismatchedClose', '4:1-4:10'],
      ['unexpectedClose', '5:1-5:8'],
      ['unrecognizedLine', '6:1-6:9'],
      ['unclosedBlock', '7:1-7:21'],
    ]);
    expect(document.topLevelEntries.map((e) => e.key)).toEqual(['cleartrust.agent.sso']);
  });

  it('reads a UTF-8 BOM and UTF-16 files with a BOM', () => {
    const text = '<Global>\ncleartrust.agent.sso=True\n</Global>\n';
    const utf8 = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(utf8).toMatchObject({ ok: true, text });
    const utf16 = decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    expect(utf16).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x3c, 0x00, 0x41]))).toEqual({ ok: false, reason: 'binary', offset: 1 });
    expect(decodeText(new Uint8Array([0x61, 0x3d, 0xe9, 0x0a]))).toMatchObject({ ok: true, text: 'a=é\n', invalidUtf8At: 2 });
  });

  describe('real corpus', () => {
    const corpus = new URL('../corpus/cleartrust/', import.meta.url);
    for (const name of readdirSync(corpus)) {
      it(`${name} reads without a problem`, () => {
        const decoded = decodeText(readFileSync(new URL(name, corpus)));
        if (!decoded.ok) throw new Error('corpus file is binary');
        const { document } = parse(decoded.text);
        expect(document.problems).toEqual([]);
        expect(document.blocks.map((b) => b.kind)).toContain('pool');
        expect(document.topLevelEntries).toEqual([]);
      });
    }
  });

  // No wall-clock assertion (issue 7): the inputs are large enough that the quadratic versions ran far past this
  // test's timeout, while the linear ones take milliseconds.
  it('reads close tags that match no open block, and lines without =, in linear time', () => {
    // Each close tag searched every open block (79 seconds for 40,000, so four times that for these 80,000), and
    // each line without `=` searched for one to the end of the file.
    const closes = parse('<Pool>\n'.repeat(80_000) + '</Nope>\n'.repeat(80_000)).document.problems;
    expect(closes.filter((p) => p.messageId === 'unexpectedClose')).toHaveLength(80_000);
    const lines = parse(`<Global>\n${'abc\n'.repeat(100_000)}a=b\n</Global>\n`).document;
    expect(lines.problems).toHaveLength(100_000);
    expect(lines.blocks[0]?.entries.map((e) => e.key)).toEqual(['a']);
  });

  it('ends a tag at its > when other whitespace follows it on the line (found by fuzzing)', () => {
    const { source, document } = parse('<Global>\u00a0\ncleartrust.agent.enabled=True\n</Global>\f\n');
    const [global] = document.blocks;
    expect(at(source, global!.start, global!.end)).toBe('1:1-1:9');
    expect(at(source, global!.closeStart!, global!.closeEnd!)).toBe('3:1-3:10');
  });

  it('reads a 2,000,000-character tag name or attribute name in linear time (found by fuzzing: 1 s each for 200,000)', () => {
    expect(parse(`<${'a'.repeat(2_000_000)}`).document.problems.map((p) => p.messageId)).toEqual(['unrecognizedLine']);
    expect(parse(`<Pool ${'a'.repeat(2_000_000)}>\n</Pool>`).document.blocks[0]?.attributes).toEqual([]);
  });
});
