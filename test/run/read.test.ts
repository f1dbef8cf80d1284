import { describe, expect, it } from 'vitest';
import { unshared } from '../../src/parse/source.js';
import { tempDirectory } from '../helpers/cli.js';

describe('unshared', () => {
  it('gives an equal string', () => {
    const text = 'cleartrust.agent.cookie_domain=.example.com';
    expect(unshared(text.slice(31))).toBe('.example.com');
  });
});

describe('reading a file back for the fleet findings that point into it', () => {
  it('gives its text while it is the file that was linted, and nothing once its size changed', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { readBack } = await import('../../src/run/read.js');
    const file = path.join(tempDirectory(), 'webagent.conf');
    writeFileSync(file, '\ufeff<Global>\n</Global>\n');
    const size = Buffer.byteLength('\ufeff<Global>\n</Global>\n');
    expect(readBack(file, size)).toBe('<Global>\n</Global>\n');
    writeFileSync(file, '<Global>\nx=1\n</Global>\n');
    expect(readBack(file, size)).toBeUndefined();
    expect(readBack(path.join(path.dirname(file), 'gone'), size)).toBeUndefined();
  });
});

describe('the read buffer reused for ClearTrust files', () => {
  it('reads each file whole, growing past its first 64 KiB or its size when looked at, and gives the bytes of the last file only', async () => {
    const { closeSync, openSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { ReadBuffer } = await import('../../src/run/read.js');
    const dir = tempDirectory();
    const big = Buffer.from(`${'x'.repeat(200_000)}\n`);
    writeFileSync(path.join(dir, 'big'), big);
    writeFileSync(path.join(dir, 'small'), 'abc');
    const buffer = new ReadBuffer();
    // `size`: the file's size when it was looked at; a file may have grown or shrunk since.
    const read = (name: string, size: number) => {
      const descriptor = openSync(path.join(dir, name), 'r');
      try {
        return Buffer.from(buffer.read(descriptor, size));
      } finally {
        closeSync(descriptor);
      }
    };
    expect(read('big', 3).equals(big)).toBe(true);
    expect(read('small', 3).toString()).toBe('abc');
    expect(read('big', big.length).equals(big)).toBe(true);
    expect(read('small', 1).toString()).toBe('abc');
    expect(read('small', 10).toString()).toBe('abc');
  });
});
