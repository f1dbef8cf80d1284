import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintInMemory } from '../../src/engine/engine.js';
import { toDiagnostic } from '../../src/lsp/diagnostics.js';
import { FIX_ALL_KIND, fixActions, fixAllAction, lintedDiagnosticOf, toLspEdits } from '../../src/lsp/fix-actions.js';
import { DEFAULT_ENVIRONMENT } from '../../src/model/environment.js';

const range = (line: number, character: number, endLine: number, endCharacter: number) => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

describe('toLspEdits', () => {
  it('turns offsets into lines and UTF-16 characters with LF, CRLF and lone CR line breaks', () => {
    expect(toLspEdits('ab\ncd\n', [{ offset: 4, length: 1, text: 'X' }])).toEqual([{ range: range(1, 1, 1, 2), newText: 'X' }]);
    expect(toLspEdits('ab\r\ncd\r\n', [{ offset: 5, length: 1, text: 'X' }])).toEqual([{ range: range(1, 1, 1, 2), newText: 'X' }]);
    expect(toLspEdits('ab\rcd', [{ offset: 3, length: 0, text: 'X' }])).toEqual([{ range: range(1, 0, 1, 0), newText: 'X' }]);
    // A removed line, its CRLF included, ends at the start of the next line; at the end of the text, past the last line.
    expect(toLspEdits('a=1\r\nb=2\r\n', [{ offset: 0, length: 5, text: '' }])).toEqual([{ range: range(0, 0, 1, 0), newText: '' }]);
    expect(toLspEdits('a=1\r\nb=2\r\n', [{ offset: 5, length: 5, text: '' }])).toEqual([{ range: range(1, 0, 2, 0), newText: '' }]);
  });

  it('counts a character outside the BMP as two, and an accented one as one, as LSP does', () => {
    // "Zürich 😀 " is 10 UTF-16 code units (13 bytes in UTF-8): the edit's column counts code units.
    const text = '# Zürich\nname=Zürich 😀 1 Hrs\n';
    const offset = text.indexOf('1 Hrs');
    expect(offset).toBe(24);
    expect(toLspEdits(text, [{ offset, length: 5, text: '55 Mins' }])).toEqual([{ range: range(1, 15, 1, 20), newText: '55 Mins' }]);
  });

  it('skips a byte-order mark the buffer still holds, since the file was linted without it', () => {
    expect(toLspEdits('\ufeffa=1\nb=2\n', [{ offset: 6, length: 1, text: '3' }])).toEqual([{ range: range(1, 2, 1, 3), newText: '3' }]);
    expect(toLspEdits('\ufeffa=1\nb=2\n', [{ offset: 0, length: 1, text: 'c' }])).toEqual([{ range: range(0, 1, 0, 2), newText: 'c' }]);
  });
});

const text = '\ufeff<Pool id=__default__>\r\n  cleartrust.agent.auth_server_pool_refresh=1 Hrs\r\n  cleartrust.agent.idle_timout=30 Mins\r\n</Pool>\r\n';
const uri = 'file:///ws/web01/webagent.conf';

function linted() {
  const { findings } = lintInMemory(
    [{ path: 'web01/webagent.conf', format: 'cleartrust-conf', agent: 'web01', content: { kind: 'bytes', bytes: Buffer.from(text, 'utf8') } }],
    { rules, environment: DEFAULT_ENVIRONMENT },
  );
  return findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, { uriOf: () => uri, docsOf: () => undefined }) }));
}

describe('fixActions', () => {
  it('offers the fix as the preferred quick fix, in the buffer with its byte-order mark and CRLF', () => {
    const refresh = linted().find(({ finding }) => finding.ruleId === 'cleartrust/pool-refresh-exceeds-firewall-idle');
    if (!refresh) throw new Error('no refresh finding');
    expect(fixActions(text, uri, refresh)).toEqual([
      {
        title: 'Set the refresh of pool __default__ to 55 Mins',
        kind: 'quickfix',
        diagnostics: [refresh.diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: range(1, 44, 1, 49), newText: '55 Mins' }] } },
      },
    ]);
  });

  it('offers each suggestion but the waiver as a quick fix that is not preferred', () => {
    const duration = lintInMemory(
      [
        {
          path: 'a/webagent.conf',
          format: 'cleartrust-conf',
          agent: 'a',
          content: { kind: 'bytes', bytes: Buffer.from('<Global>\ncleartrust.agent.idle_timeout=30\n</Global>\n') },
        },
      ],
      { rules, environment: DEFAULT_ENVIRONMENT },
    ).findings.find((finding) => finding.ruleId === 'cleartrust/duration-without-unit');
    if (!duration) throw new Error('no duration finding');
    const actions = fixActions('<Global>\ncleartrust.agent.idle_timeout=30\n</Global>\n', uri, {
      finding: duration,
      diagnostic: toDiagnostic(duration, { uriOf: () => uri, docsOf: () => undefined }),
    });
    expect(actions.map((action) => [action.title, action.isPreferred, action.edit?.changes?.[uri]])).toEqual(
      ['Secs', 'Mins', 'Hrs'].map((unit) => [`Write 30 ${unit}`, false, [{ range: range(1, 32, 1, 32), newText: ` ${unit}` }]]),
    );
    // The engine's waiver suggestion is not among them: the server's waiver action offers it.
    expect(duration.suggestions?.map((suggestion) => suggestion.description).at(-1)).toBe('Waive cleartrust/duration-without-unit here, giving the reason');
  });
});

describe('fixAllAction', () => {
  it('applies every fix of the buffer in one edit list, and is absent when there is none', () => {
    expect(fixAllAction(text, uri, linted())).toEqual({
      title: 'Fix all webagent-lint problems that have a fix',
      kind: FIX_ALL_KIND,
      edit: {
        changes: {
          [uri]: [
            { range: range(1, 44, 1, 49), newText: '55 Mins' },
            { range: range(2, 2, 2, 30), newText: 'cleartrust.agent.idle_timeout' },
          ],
        },
      },
    });
    expect(fixAllAction(text, uri, [])).toBeUndefined();
  });
});

describe('lintedDiagnosticOf', () => {
  it('finds the diagnostic an editor sends back by rule, range and message', () => {
    const all = linted();
    const [first] = all;
    if (!first) throw new Error('no diagnostic');
    const sent = { range: first.diagnostic.range, code: first.diagnostic.code, message: first.diagnostic.message };
    expect(lintedDiagnosticOf(all, sent)).toBe(first);
    expect(lintedDiagnosticOf(all, { ...sent, range: range(9, 0, 9, 1) })).toBeUndefined();
    expect(lintedDiagnosticOf(all, { ...sent, code: 'another/rule' })).toBeUndefined();
  });
});
