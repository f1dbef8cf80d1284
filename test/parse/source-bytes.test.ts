/** SourceFile.byteOffsetAt: where a text offset lies in the file's bytes (SARIF's byteOffset of a fix). */
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/parse/source.js';

describe('SourceFile.byteOffsetAt', () => {
  it('in UTF-8, counts 1 to 4 bytes per character on every line, the BOM included, at every offset', () => {
    const text = 'aé\r\n€😀b\rx\n\nü😀z';
    const source = new SourceFile('f', text, { encoding: 'utf-8', byteOrderMark: 3 });
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i).filter((i) => !/[\udc00-\udfff]/.test(text.charAt(i)));
    expect(offsets.map((i) => source.byteOffsetAt(i))).toEqual(offsets.map((i) => 3 + Buffer.byteLength(text.slice(0, i))));
  });

  it('in UTF-16, two bytes per unit after the BOM; read as ISO-8859-1, one byte per character; unknown without the bytes', () => {
    expect(new SourceFile('f', 'aé\nb', { encoding: 'utf-16be', byteOrderMark: 2 }).byteOffsetAt(3)).toBe(8);
    expect(new SourceFile('f', 'aé\nb', { encoding: 'latin1', byteOrderMark: 0 }).byteOffsetAt(3)).toBe(3);
    expect(new SourceFile('f', 'aé\nb').byteOffsetAt(3)).toBeUndefined();
  });
});
