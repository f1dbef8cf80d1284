import { describe, expect, it } from 'vitest';
import { parseProperties, type PropertiesBytes } from '../../src/parse/properties.js';
import { SourceFile } from '../../src/parse/source.js';

function parse(text: string, bytes?: PropertiesBytes) {
  const source = new SourceFile('cams-webagent.conf', text);
  const document = parseProperties(source, bytes);
  const at = (offset: number) => {
    const { line, column } = source.positionAt(offset);
    return `${line}:${column}`;
  };
  return {
    document,
    entries: document.entries.map((e) => ({ key: e.key, value: e.value, key_at: at(e.keyStart), value_at: at(e.valueStart), value_end: at(e.valueEnd) })),
    problems: document.problems.map((p) => ({ messageId: p.messageId, at: at(p.start) })),
  };
}

describe('parseProperties', () => {
  it('reads all three separators with the positions of keys and values', () => {
    const { entries } = parse('a=1\n  b : 2\nc   3\n\td=\n');
    expect(entries).toEqual([
      { key: 'a', value: '1', key_at: '1:1', value_at: '1:3', value_end: '1:4' },
      { key: 'b', value: '2', key_at: '2:3', value_at: '2:7', value_end: '2:8' },
      { key: 'c', value: '3', key_at: '3:1', value_at: '3:5', value_end: '3:6' },
      { key: 'd', value: '', key_at: '4:2', value_at: '4:4', value_end: '4:4' },
    ]);
  });

  it('skips # and ! comments and joins continuation lines as Java does (value span over the lines)', () => {
    const { entries } = parse('# comment\n! also a comment\nlist=a,\\\r\n    b,\\\r\n    c\r\nnext=x');
    expect(entries).toEqual([
      { key: 'list', value: 'a,b,c', key_at: '3:1', value_at: '3:6', value_end: '5:6' },
      { key: 'next', value: 'x', key_at: '6:1', value_at: '6:6', value_end: '6:7' },
    ]);
  });

  it('resolves escapes in keys and values; columns count UTF-16 code units', () => {
    const { entries } = parse('k\\ ey=\\u0041\\tb\n😀=é\n');
    expect(entries).toEqual([
      { key: 'k ey', value: 'A\tb', key_at: '1:1', value_at: '1:7', value_end: '1:16' },
      { key: '😀', value: 'é', key_at: '2:1', value_at: '2:4', value_end: '2:5' },
    ]);
  });

  it('keeps repeated keys in file order', () => {
    expect(parse('a=1\na=2\n').entries.map((e) => e.value)).toEqual(['1', '2']);
  });

  it('reports a malformed \\u escape at its position and still reads the rest of the file', () => {
    const { entries, problems } = parse('a=ok\nb=x\\u00zz\nc=\\\\u00zz\n# \\uqq in a comment\nd=\\u12');
    expect(problems).toEqual([
      { messageId: 'malformedUnicodeEscape', at: '2:4' },
      { messageId: 'malformedUnicodeEscape', at: '5:3' },
    ]);
    expect(entries.map((e) => e.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(entries[2]?.value).toBe('\\u00zz');
  });

  it('records the first character outside ASCII', () => {
    const { document } = parse('a=plain\nb=Soci\u00e9t\u00e9\n');
    expect(document.entries.map((e) => e.firstNonAscii)).toEqual([undefined, 14]);
  });

  it('reads an empty file', () => {
    expect(parse('').entries).toEqual([]);
  });

  // No wall-clock assertion (issue 7): the inputs are large enough that the quadratic versions ran far past this
  // test's timeout, while the linear ones take milliseconds.
  it('reports 400,000 malformed \\u escapes in linear time', () => {
    // The text was copied once per escape (6 seconds for 40,000, so a hundred times that for these 400,000).
    const { document } = parse(`a=${'\\u'.repeat(400_000)}`);
    expect(document.problems).toHaveLength(400_000);
    expect(document.entries.map((e) => e.value)).toEqual(['\ufffdu'.repeat(400_000)]);
  });

  // Issue 16, item 4: the three readings in which the reader (then properties-file) and Java disagreed.
  it('reads a UTF-8 byte-order mark as Java does, as a character of line 1: a comment there is a property, and its \\u refuses the file', () => {
    const { document, entries, problems } = parse('# C:\\users\na=1\n', { byteOrderMark: true });
    expect(entries).toEqual([
      { key: '\ufeff#', value: 'C:\ufffdusers', key_at: '1:1', value_at: '1:3', value_end: '1:11' },
      { key: 'a', value: '1', key_at: '2:1', value_at: '2:3', value_end: '2:4' },
    ]);
    expect(document.comments).toEqual([]);
    expect(problems).toEqual([
      { messageId: 'malformedUnicodeEscape', at: '1:5' },
      { messageId: 'byteOrderMark', at: '1:1' },
    ]);
    expect(document.problems[1]).toMatchObject({ start: 0, end: 1, data: { effect: 'the comment there is read as a property with the key "\\uFEFF#"' } });
  });

  it('joins a \\u escape split over a continuation line before resolving it, as Java does', () => {
    const { entries, problems } = parse('a=\\u00\\\n  e9\nb=\\u0\\\r\n  zz\n');
    expect(entries).toEqual([
      { key: 'a', value: '\u00e9', key_at: '1:1', value_at: '1:3', value_end: '2:5' },
      { key: 'b', value: '\ufffdu0zz', key_at: '3:1', value_at: '3:3', value_end: '4:5' },
    ]);
    expect(problems).toEqual([{ messageId: 'malformedUnicodeEscape', at: '3:3' }]);
  });

  it('reads a # or ! line after a line holding only a backslash as a comment, as Java does', () => {
    const { document, entries } = parse('\\\n#b=1\n \\\n ! c\nd=2');
    expect(entries).toEqual([{ key: 'd', value: '2', key_at: '5:1', value_at: '5:3', value_end: '5:4' }]);
    expect(document.comments).toEqual([
      { start: 2, end: 6, text: 'b=1', line: 2 },
      { start: 11, end: 14, text: 'c', line: 4 },
    ]);
  });

  it('reads a U+FEFF in the text as a character of a key, as load(Reader) does', () => {
    const { document, entries } = parse('\ufeff# c\na=1\n');
    expect(entries).toEqual([
      { key: '\ufeff#', value: 'c', key_at: '1:1', value_at: '1:4', value_end: '1:5' },
      { key: 'a', value: '1', key_at: '2:1', value_at: '2:3', value_end: '2:4' },
    ]);
    expect(document.comments).toEqual([]);
  });

  it('reads a backslash at the end of the file as Java does: after LF an empty property, after CRLF none', () => {
    expect(parse('\f\\\r\n').document.entries).toEqual([]);
    expect(parse('\f\\\n').document.entries).toMatchObject([{ key: '', value: '', start: 1, end: 1, keyStart: 1, keyEnd: 1, valueStart: 1, valueEnd: 1 }]);
    // An empty key continued onto the next line lies at its separator (found by fuzzing: spans never run backwards).
    expect(parse('\f\\\n:').document.entries).toMatchObject([{ key: '', value: '', start: 3, end: 4, keyStart: 3, keyEnd: 3, valueStart: 4, valueEnd: 4 }]);
  });

  it('reports a UTF-16 file at its start and reads it as written', () => {
    const { entries, problems, document } = parse('a=1\n', { encoding: 'utf-16le' });
    expect(problems).toEqual([{ messageId: 'utf16', at: '1:1' }]);
    expect(document.problems[0]?.data).toEqual({ encoding: 'UTF-16LE' });
    expect(entries.map((e) => [e.key, e.value])).toEqual([['a', '1']]);
  });
});
