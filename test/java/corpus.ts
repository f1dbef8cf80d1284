/**
 * Files on which the Java properties reader disagreed with Java (issue 16, item 4), with what Java (OpenJDK 17)
 * read from them: load(InputStream) on the bytes, and load(Reader) over UTF-8 where they are UTF-8.
 * test/java/properties-java.test.ts checks the reader against these everywhere, and checks them against Java
 * itself where it is installed. Bytes are written as a string of ISO-8859-1 characters, one per byte.
 *
 * Every kind of disagreement of the former reader (properties-file, after a line-by-line scan for malformed
 * escapes) is here: a byte-order mark, UTF-16, a `\u` escape split over a continuation, a comment or a blank
 * line after a line holding only a backslash, a backslash and CRLF at the end. A few neighbouring cases on which
 * it agreed are pinned with them. A new mismatch is added as the differential test or `npm run fuzz` prints it.
 */
import type { JavaResult } from './java-properties.js';

export interface CorpusEntry {
  readonly name: string;
  readonly bytes: string;
  readonly java: JavaResult;
}

export const CORPUS: readonly CorpusEntry[] = [
  {
    name: 'a UTF-8 byte-order mark before "# C:\\users": line 1 is a property, its value holds the malformed escape \\us, Java refuses the file',
    bytes: '\u00ef\u00bb\u00bf# C:\\users\ncams.debug=false\n',
    java: { stream: { entries: [], refused: 'Malformed \\uxxxx encoding.' }, reader: { entries: [], refused: 'Malformed \\uxxxx encoding.' } },
  },
  {
    name: 'a \\u escape split over a continuation line',
    bytes: 'cams.cluster.name=Prod\\u00\\\n  e9\n',
    java: {
      stream: { entries: [['cams.cluster.name', 'Prod\u00e9']], refused: null },
      reader: { entries: [['cams.cluster.name', 'Prod\u00e9']], refused: null },
    },
  },
  {
    name: 'a \\u escape in a key split over a CR continuation (found by the differential test)',
    bytes: '\\u00\\\re9=x\r',
    java: { stream: { entries: [['\u00e9', 'x']], refused: null }, reader: { entries: [['\u00e9', 'x']], refused: null } },
  },
  {
    name: 'a # line after a line holding only a backslash is a comment',
    bytes: '\\\n# cams.debug=true\ncams.debug=false\n',
    java: { stream: { entries: [['cams.debug', 'false']], refused: null }, reader: { entries: [['cams.debug', 'false']], refused: null } },
  },
  {
    name: 'a ! line after a line holding only a backslash and whitespace is a comment',
    bytes: '  \\\n  ! x=1\ny=2\n',
    java: { stream: { entries: [['y', '2']], refused: null }, reader: { entries: [['y', '2']], refused: null } },
  },
  {
    name: 'a backslash and LF end the file: one more, empty, property',
    bytes: 'a=1\n\\\n',
    java: {
      stream: {
        entries: [
          ['a', '1'],
          ['', ''],
        ],
        refused: null,
      },
      reader: {
        entries: [
          ['a', '1'],
          ['', ''],
        ],
        refused: null,
      },
    },
  },
  {
    name: 'a backslash and CRLF end the file: no more property',
    bytes: 'a=1\n\\\r\n',
    java: { stream: { entries: [['a', '1']], refused: null }, reader: { entries: [['a', '1']], refused: null } },
  },
  {
    name: 'a line holding only a backslash, then a blank line',
    bytes: '\\\n \r\nb=2\n',
    java: { stream: { entries: [['b', '2']], refused: null }, reader: { entries: [['b', '2']], refused: null } },
  },
  {
    name: 'a malformed \\u escape split over a continuation line',
    bytes: 'a=1\nb=\\u0\\\n  zz\nc=3\n',
    java: {
      stream: { entries: [['a', '1']], refused: 'Malformed \\uxxxx encoding.' },
      reader: { entries: [['a', '1']], refused: 'Malformed \\uxxxx encoding.' },
    },
  },
  {
    name: 'a \\u escape cut by the end of the key',
    bytes: 'k\\u00=v\n',
    java: { stream: { entries: [], refused: 'Malformed \\uxxxx encoding.' }, reader: { entries: [], refused: 'Malformed \\uxxxx encoding.' } },
  },
  {
    name: 'escaped separators and a continuation inside a key',
    bytes: 'a\\=b\\\n  c\\:d\\ e=f\n',
    java: { stream: { entries: [['a=bc:d e', 'f']], refused: null }, reader: { entries: [['a=bc:d e', 'f']], refused: null } },
  },
  {
    name: 'a byte-order mark alone',
    bytes: '\u00ef\u00bb\u00bf',
    java: { stream: { entries: [['\u00ef\u00bb\u00bf', '']], refused: null }, reader: { entries: [['\ufeff', '']], refused: null } },
  },
  {
    name: 'a byte-order mark before a key',
    bytes: '\u00ef\u00bb\u00bfcams.debug=true\n',
    java: {
      stream: { entries: [['\u00ef\u00bb\u00bfcams.debug', 'true']], refused: null },
      reader: { entries: [['\ufeffcams.debug', 'true']], refused: null },
    },
  },
  {
    name: 'a byte-order mark before whitespace: the key is the mark, the rest of the line its value',
    bytes: '\u00ef\u00bb\u00bf cams.debug=true\n',
    java: {
      stream: { entries: [['\u00ef\u00bb\u00bf', 'cams.debug=true']], refused: null },
      reader: { entries: [['\ufeff', 'cams.debug=true']], refused: null },
    },
  },
  {
    name: 'a byte-order mark in a file that is not UTF-8',
    bytes: '\u00ef\u00bb\u00bfa=\u00e9\n',
    java: { stream: { entries: [['\u00ef\u00bb\u00bfa', '\u00e9']], refused: null }, reader: { undecodable: true } },
  },
  {
    name: 'UTF-16LE with a byte-order mark',
    bytes: '\u00ff\u00fea\u0000=\u00001\u0000\n\u0000#\u0000 \u0000c\u0000\n\u0000b\u0000=\u00002\u0000\n\u0000',
    java: {
      stream: {
        entries: [
          ['\u00ff\u00fea\u0000', '\u00001\u0000'],
          ['\u0000#\u0000', '\u0000c\u0000'],
          ['\u0000b\u0000', '\u00002\u0000'],
          ['\u0000', ''],
        ],
        refused: null,
      },
      reader: { undecodable: true },
    },
  },
  {
    name: 'UTF-16BE with a byte-order mark',
    bytes: '\u00fe\u00ff\u0000a\u0000=\u00001\u0000\n',
    java: { stream: { entries: [['\u00fe\u00ff\u0000a\u0000', '\u00001\u0000']], refused: null }, reader: { undecodable: true } },
  },
];
