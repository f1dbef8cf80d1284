import { describe, expect, it } from 'vitest';
import { applyFixes, type Fix } from '../../src/engine/fixes.js';
import { lintFiles, lintText, ROOT } from '../helpers/lint.js';

const edit = (offset: number, length: number, text: string): Fix => ({ description: `${offset}+${length}`, edits: [{ offset, length, text }] });

describe('applyFixes', () => {
  it('applies non-overlapping fixes whatever their order', () => {
    expect(applyFixes('abcdef', [edit(4, 1, 'E'), edit(0, 2, '')])).toEqual({ text: 'cdEf', applied: [edit(0, 2, ''), edit(4, 1, 'E')] });
  });

  it('applies adjacent removals but skips a fix overlapping one applied before it', () => {
    expect(applyFixes('a\nb\nc\n', [edit(0, 2, ''), edit(2, 2, ''), edit(3, 2, 'X')]).text).toBe('c\n');
  });

  it('skips an insertion where another edit starts, and an edit beyond the text', () => {
    expect(applyFixes('abc', [edit(1, 1, 'B'), edit(1, 0, '+'), edit(2, 5, '')]).text).toBe('aBc');
  });
});

/** The text of a one-file lint with every offered fix applied. */
function fixed(text: string, ruleId: string, path = `${ROOT}webagent.conf`): string {
  const findings = lintFiles({ [path]: text }).filter((finding) => finding.ruleId === ruleId);
  return applyFixes(
    text,
    findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
  ).text;
}

describe('rule fixes', () => {
  it('suggests a waiver with a reason to fill in above a ClearTrust finding, with the line’s indent and line ending', () => {
    const text = '<Pool id=__default__>\r\n  cleartrust.agent.dispatcher_list=d:5608\r\n  cleartrust.agent.auth_server_list=a:5615\r\n</Pool>';
    const [finding] = lintText(text).filter((f) => f.ruleId === 'cleartrust/duplicate-server-lists');
    expect(finding?.fix).toBeUndefined();
    const applied = finding?.suggestions?.map((suggestion) => [suggestion.description, applyFixes(text, [suggestion]).text]);
    expect(applied).toEqual([
      ['Keep dispatcher_list alone: empty cleartrust.agent.auth_server_list', text.replace('=a:5615', '=')],
      ['Keep auth_server_list alone: empty cleartrust.agent.dispatcher_list', text.replace('=d:5608', '=')],
      [
        'Waive cleartrust/duplicate-server-lists here, giving the reason',
        text.replace('  cleartrust.agent.auth', '  # webagent-lint-disable-next-line cleartrust/duplicate-server-lists -- <reason>\r\n  cleartrust.agent.auth'),
      ],
    ]);
    // The comment is a waiver the reader accepts: the finding is waived once it is inserted.
    const waived = applied?.[2]?.[1] as string;
    expect(lintText(waived).filter((f) => f.ruleId.startsWith('cleartrust/duplicate-server-lists') || f.ruleId.startsWith('waiver/'))).toEqual([]);
  });

  it('sets the pool refresh below the firewall idle timeout, in the file’s duration style', () => {
    const text = '<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>\n';
    const [finding] = lintText(text).filter((f) => f.ruleId === 'cleartrust/pool-refresh-exceeds-firewall-idle');
    // The file's bytes are known (UTF-8 without a BOM, ASCII): its byte range is its text range.
    expect(finding?.fix).toEqual({
      description: 'Set the refresh of pool __default__ to 55 Mins',
      edits: [{ offset: 64, length: 5, text: '55 Mins', byteOffset: 64, byteLength: 5 }],
    });
    expect(
      fixed('<Pool id=__default__>\r\ncleartrust.agent.auth_server_pool_refresh = "2hrs" \r\n</Pool>', 'cleartrust/pool-refresh-exceeds-firewall-idle'),
    ).toBe('<Pool id=__default__>\r\ncleartrust.agent.auth_server_pool_refresh = "55mins" \r\n</Pool>');
  });

  it('removes the earlier of two equal ClearTrust lines, and only suggests when they differ', () => {
    const same = '<Global>\r\ncleartrust.agent.idle_timeout=30 Mins\r\n  cleartrust.agent.idle_timeout=30 Mins  \r\n</Global>';
    expect(fixed(same, 'cleartrust/duplicate-key')).toBe('<Global>\r\n  cleartrust.agent.idle_timeout=30 Mins  \r\n</Global>');
    const differ = '<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.idle_timeout=20 Mins\n</Global>';
    const [finding] = lintText(differ).filter((f) => f.ruleId === 'cleartrust/duplicate-key');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toEqual([
      { description: 'Remove the earlier line 2', edits: [{ offset: 9, length: 38, text: '' }] },
      { description: 'Remove this later line', edits: [{ offset: 47, length: 38, text: '' }] },
      {
        description: 'Waive cleartrust/duplicate-key here, giving the reason',
        edits: [{ offset: 47, length: 0, text: '# webagent-lint-disable-next-line cleartrust/duplicate-key -- <reason>\n' }],
      },
    ]);
  });

  it('removes every unused Cams line in one pass, continuation lines included', () => {
    const text = 'cams.debug=true\ncams.cluster.name=a,\\\n  b\ncams.debug=false\ncams.cluster.name=c\ncams.debug=true\n';
    expect(fixed(text, 'cams/duplicate-key', `${ROOT}cams-webagent.conf`)).toBe('cams.cluster.name=c\ncams.debug=true\n');
  });

  it('renames a property with exactly one close known name', () => {
    const text = '<Global>\ncleartrust.agent.idle_timout=30 Mins # why\n</Global>';
    expect(fixed(text, 'cleartrust/unknown-property')).toBe('<Global>\ncleartrust.agent.idle_timeout=30 Mins # why\n</Global>');
  });

  it('offers each unit of a bare duration as a suggestion, never as a fix', () => {
    const [finding] = lintText('<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50\n</Pool>').filter(
      (f) => f.ruleId === 'cleartrust/duration-without-unit',
    );
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.slice(0, 3).map((s) => s.edits)).toEqual([' Secs', ' Mins', ' Hrs'].map((text) => [{ offset: 66, length: 0, text }]));
  });
});
