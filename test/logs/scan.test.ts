import { describe, expect, it } from 'vitest';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis } from '../../src/logs/analysis.js';
import { messageMatchers } from '../../src/logs/line.js';
import { createLogScanner, WINDOW_BYTES } from '../../src/logs/scan.js';

const matchers = messageMatchers(logCodes);

/** The analysis after scanning `bytes` in chunks of `chunkBytes` (small here, so that chunks cut lines everywhere). */
function scan(bytes: Uint8Array, chunkBytes = bytes.length) {
  const analysis = createLogAnalysis(matchers);
  const scanner = createLogScanner(analysis, 'ctagent.log', matchers);
  // One buffer reused for every chunk, as the reader does: the scanner must copy what it keeps.
  const scratch = new Uint8Array(chunkBytes);
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    scratch.set(chunk);
    scanner.push(scratch.subarray(0, chunk.length));
    scratch.fill(0x43); // 'C': a kept reference would now read CT_-like garbage
  }
  scanner.end();
  // JSON keeps the key order of `recognised`, which the report shows.
  return JSON.parse(JSON.stringify({ files: analysis.files(), codes: analysis.codes().map((c) => [c.id, c.count, c.untimed, c.first?.text]) }));
}

/** Every chunk size from one byte to the whole input must give the same result. */
function scanEveryWay(bytes: Uint8Array) {
  const whole = scan(bytes);
  for (let size = 1; size < bytes.length; size++) expect(scan(bytes, size), `chunks of ${size} bytes`).toEqual(whole);
  return whole;
}

const quiet = (time: string, message: string) => `${time} - [105] - <Debug> - ${message}`;
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('log scanner (bytes in chunks into the analysis)', () => {
  it('reads CRLF, a lone CR and a last line without a line break, whatever the chunks cut (inside é, between CR and LF)', () => {
    const input = bytes(
      quiet('Nov 01, 2026 12:00:00 AM GMT', 'café served'),
      '\r\n',
      'Nov 01, 2026 01:00:00 AM GMT - [7] - <Critical> - server#1, 192.0.2.10:5615 CT_SOCKET_ERROR',
      '\r',
      quiet('2011-09-14 08:41:55 +0200', '[AuthN] - request'),
      '\n',
      '\r\n',
      'junk é',
    );
    expect(scanEveryWay(input)).toEqual({
      files: [{ file: 'ctagent.log', lines: 5, recognised: { ctagent: 3 }, unmatched: 1, samples: [{ line: 5, text: 'junk é' }] }],
      codes: [['CT_SOCKET_ERROR', 1, 0, 'Nov 01, 2026 01:00:00 AM GMT']],
    });
  });

  it('keeps the BOM, U+2028, NBSP and invalid UTF-8 as decoding the whole file line by line does', () => {
    const input = bytes(
      [0xef, 0xbb, 0xbf],
      quiet('Nov 01, 2026 12:00:00 AM GMT', 'after a BOM (\\s matches it)'),
      '\n',
      quiet('Nov 01, 2026 12:00:01 AM GMT', 'a line\u2028separator, where . stops'),
      '\n',
      quiet('Nov 01, 2026\u00a012:00:02 AM GMT', 'a no-break space, which \\s matches'),
      '\n',
      quiet('Nov 01, 2026 12:00:03 AM GMT', 'bad '),
      [0xff, 0xe2, 0x80],
      ' bytes in the message',
      '\n',
      'bad ',
      [0xc3],
      '\n',
    );
    expect(scanEveryWay(input)).toEqual({
      files: [
        {
          file: 'ctagent.log',
          lines: 5,
          recognised: { ctagent: 3 },
          unmatched: 2,
          samples: [
            { line: 2, text: 'Nov 01, 2026 12:00:01 AM GMT - [105] - <Debug> - a line\u2028separator, where . stops' },
            { line: 5, text: 'bad \ufffd' },
          ],
        },
      ],
      codes: [],
    });
  });

  it('counts code-less ctagent lines in file order with the other formats (the order of `recognised`)', () => {
    const cams = '[24/Mar/2005:10:43:58 -0800] 192.168.0.1 "http" 2 7 - bob';
    const ct = quiet('Nov 01, 2026 12:00:00 AM GMT', 'x');
    expect(scan(bytes(`${cams}\n${ct}\n${ct}\n`)).files[0].recognised).toEqual({ 'cams-auth': 1, ctagent: 2 });
    expect(Object.keys(scan(bytes(`${cams}\n${ct}\n${ct}\n`)).files[0].recognised)).toEqual(['cams-auth', 'ctagent']);
    expect(Object.keys(scan(bytes(`${ct}\n${ct}\n${cams}\n`)).files[0].recognised)).toEqual(['ctagent', 'cams-auth']);
  });

  it('decodes the lines that may carry a code (catalog fragments, CT_ tokens, split across chunks) and those sharing only a prefix', () => {
    const input = bytes(
      quiet('2011-09-14 08:02:31 +0000', 'Token IP and client IP address do not match'),
      '\n',
      quiet('2011-09-14 08:02:32 +0000', 'Critical error: CT_SERVER_TIMED_OUT'),
      '\n',
      quiet('2011-09-14 08:02:33 +0000', 'ct_lower case is no token'),
      '\n',
      quiet('2011-09-14 08:02:34 +0000', 'Token refreshed, ’quoted’ (U+2019 shares its first bytes with U+2028)'),
      '\n',
    );
    expect(scanEveryWay(input)).toEqual({
      files: [{ file: 'ctagent.log', lines: 4, recognised: { ctagent: 4 }, unmatched: 0, samples: [] }],
      codes: [
        ['CT-MSG-TOKEN-IP-MISMATCH', 1, 0, '2011-09-14 08:02:31 +0000'],
        ['CT_SERVER_TIMED_OUT', 1, 0, '2011-09-14 08:02:32 +0000'],
      ],
    });
  });

  it('gives an empty file no summary, and a file of one line break one empty line', () => {
    expect(scan(bytes(''))).toEqual({ files: [], codes: [] });
    expect(scan(bytes('\r\n'))).toEqual({ files: [{ file: 'ctagent.log', lines: 1, recognised: {}, unmatched: 0, samples: [] }], codes: [] });
  });

  it('cuts a large chunk into windows without changing anything: CRLF and a CT_ token across window ends', () => {
    const parts: string[] = [];
    let length = 0;
    const add = (text: string) => {
      parts.push(text);
      length += Buffer.byteLength(text);
    };
    const line = quiet('Nov 01, 2026 12:00:00 AM GMT', 'request');
    // Lines to the end of the first window, the last one padded so that its CR is the window's last byte.
    while (length + 2 * (line.length + 2) < WINDOW_BYTES) add(`${line}\r\n`);
    add(`${line}${'x'.repeat(WINDOW_BYTES - 1 - length - line.length)}\r\n`);
    // Lines to the end of the second window, the last one with a token across it; one more without a break.
    while (length + 2 * (line.length + 2) < 2 * WINDOW_BYTES) add(`${line}\r\n`);
    add(`${line}${'y'.repeat(2 * WINDOW_BYTES - 1 - length - line.length - ' error: '.length)} error: CT_SOCKET_ERROR\r\n`);
    add(line);
    const input = bytes(parts.join(''));
    expect([input[WINDOW_BYTES - 1], input.indexOf('CT_')]).toEqual([0x0d, 2 * WINDOW_BYTES - 1]);
    const expected = {
      files: [{ file: 'ctagent.log', lines: parts.length, recognised: { ctagent: parts.length }, unmatched: 0, samples: [] }],
      codes: [['CT_SOCKET_ERROR', 1, 0, 'Nov 01, 2026 12:00:00 AM GMT']],
    };
    expect(scan(input)).toEqual(expected);
    expect(scan(input, 1000)).toEqual(expected);
  });

  it('reads a line longer than many chunks', () => {
    const long = quiet('Nov 01, 2026 12:00:00 AM GMT', 'x'.repeat(100_000));
    expect(scan(bytes(`${long}\n${long} CT_SOCKET_ERROR`), 4096).files).toEqual([
      { file: 'ctagent.log', lines: 2, recognised: { ctagent: 2 }, unmatched: 0, samples: [] },
    ]);
  });
});
