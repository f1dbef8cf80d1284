/**
 * Encodings and line endings (issue 8): the same configuration in every encoding and with every line ending
 * gives the same findings at the same line and column (UTF-16 columns), or one clear finding (and for a Java
 * properties file, what Java reads differently from the decoded text).
 */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/lint.js';

const where = (findings: ReturnType<typeof lintFiles>) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const ENCODINGS: readonly (readonly [string, (text: string) => Uint8Array])[] = [
  ['UTF-8', (text) => Buffer.from(text, 'utf8')],
  ['UTF-8 with BOM', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ['UTF-16 LE with BOM', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['UTF-16 BE with BOM', (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
];
const LINE_ENDINGS: readonly (readonly [string, string])[] = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['lone CR', '\r'],
];

describe('the same findings at the same positions in every encoding and with every line ending', () => {
  // Line 4: the quote is at column 27 and the value after it, é and 😀 (two UTF-16 code units), ends at 31.
  const conf = (eol: string) =>
    ['<Global>', '\tcleartrust.agent.realm=Société', '\t😀cleartrust.agent.x=1', '\tcleartrust.agent.realm = "é😀', '</Global>', ''].join(eol);
  const cams = (eol: string) => ['# é', 'cams.cluster.name=Prod_1', 'cams.login.uri=/😀é/x', 'cams.loginconfig.entry=http', ''].join(eol);
  const expectedConf = ['cleartrust/syntax-error 3:2-3:24', 'cleartrust/syntax-error 4:27-4:31', 'cleartrust/duplicate-key 4:2-4:24'];
  const expectedCams = ['cams/unlinked-agent 1:1-1:1', 'cams/non-ascii-character 3:17-3:19'];
  // Java does not decode a properties file as webagent-lint does (issue 16, item 4): it reads a UTF-8 byte-order
  // mark as a character, which makes the comment on line 1 a property (whose é is then reported), and UTF-16 as
  // other characters altogether. Each is one cams/properties-syntax finding at the start.
  const expectedCamsIn: Readonly<Record<string, readonly string[]>> = {
    'UTF-8': expectedCams,
    'UTF-8 with BOM': [
      'cams/properties-syntax 1:1-1:2',
      'cams/unlinked-agent 1:1-1:1',
      'cams/non-ascii-character 1:3-1:4',
      'cams/non-ascii-character 3:17-3:19',
    ],
    'UTF-16 LE with BOM': ['cams/properties-syntax 1:1-1:1', ...expectedCams],
    'UTF-16 BE with BOM': ['cams/properties-syntax 1:1-1:1', ...expectedCams],
  };

  for (const [encoding, encode] of ENCODINGS) {
    for (const [ending, eol] of LINE_ENDINGS) {
      it(`${encoding}, ${ending}`, () => {
        expect(
          where(lintFiles({ 'webagent.conf': encode(conf(eol)) }))
            .filter((w) => !w.startsWith('cleartrust/unknown-property'))
            .sort(),
        ).toEqual([...expectedConf].sort());
        expect(where(lintFiles({ 'cams-webagent.conf': encode(cams(eol)) }))).toEqual(expectedCamsIn[encoding]);
      });
    }
  }
});

describe('bytes that are not text in any of those encodings: one clear finding', () => {
  it('ISO-8859-1 Java properties (what Java itself reads): read as such, a warning at the first byte that is not UTF-8', () => {
    const findings = lintFiles({
      'cams-webagent.conf': Buffer.from('cams.cluster.name=Prod_1\ncams.login.uri=/caf\xe9\ncams.loginconfig.entry=http\n', 'latin1'),
    });
    expect(findings.filter((f) => f.ruleId !== 'cams/unlinked-agent').map((f) => [f.ruleId, f.severity, `${f.line}:${f.column}`, f.message])).toEqual([
      ['cams/non-ascii-character', 'warning', '2:20', expect.stringContaining('\\u00e9')],
      ['input/invalid-encoding', 'warning', '2:20', 'Not valid UTF-8 from here on; the file was read as ISO-8859-1.'],
    ]);
  });

  it('invalid UTF-8 in a ClearTrust file: a warning at the byte, columns counted in the ISO-8859-1 text', () => {
    const bytes = Buffer.concat([Buffer.from('<Global>\n\tcleartrust.agent.realm=a'), Buffer.from([0xc3, 0x28]), Buffer.from('\n"\n</Global>\n')]);
    expect(where(lintFiles({ 'webagent.conf': bytes }))).toEqual(['input/invalid-encoding 2:26-2:27', 'cleartrust/syntax-error 3:1-3:2']);
  });

  it.each([
    ['a NUL byte in UTF-8', Buffer.from('<Global>\ncleartrust.agent.enabled=True\u0000\n</Global>\n')],
    ['a NUL byte with no BOM before UTF-16 text', Buffer.from('<Global>\n', 'utf16le')],
  ])('%s: not a text file, one finding at 1:1', (_, bytes) => {
    const findings = lintFiles({ 'webagent.conf': bytes });
    expect(findings.map((f) => [f.ruleId, `${f.line}:${f.column}`, f.message])).toEqual([
      ['input/unreadable-file', '1:1', expect.stringMatching(/^Not a text file \(NUL byte at offset \d+\)/)],
    ]);
  });

  it('an XML file in UTF-8 or UTF-16, with CRLF line ends, is read with UTF-16 columns', () => {
    const policy =
      '<?xml version="1.0" encoding="UTF-16"?>\r\n<access-control-policy>\r\n  <permission-collection>\r\n    <permission desc="é😀" actions="GET,FROB"><resource-pattern id="*://*:*/*"/><acr-ref id="a"/></permission>\r\n  </permission-collection>\r\n  <acr-lib><acr id="a"><granted/></acr></acr-lib>\r\n</access-control-policy>\r\n';
    for (const [, encode] of ENCODINGS) {
      expect(where(lintFiles({ 'access-control-policy.xml': encode(policy) })).filter((w) => w.startsWith('cams/unknown-action'))).toEqual([
        'cams/unknown-action 4:41-4:45',
      ]);
    }
  });
});

describe('control characters from a file never reach a terminal raw', () => {
  it('an escape sequence in a value is shown escaped in the message (it cleared the screen of whoever read the report)', () => {
    const [finding] = lintFiles({ 'webagent.conf': '<Global>\ncleartrust.agent.auth_server_timeout=5\u001b[2J Secs\n</Global>\n' }).filter(
      (f) => f.ruleId === 'cleartrust/invalid-value',
    );
    expect(finding?.message).toContain('"5\\u001b[2J Secs"');
    expect(finding?.message).not.toContain('\u001b');
  });
});
