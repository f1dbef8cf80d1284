import { describe, expect, it } from 'vitest';
import { hoverAt } from '../../src/lsp/hover.js';

const conf = [
  '# Expect CT_SOCKET_ERROR every hour.',
  '<Pool id=__default__>',
  'cleartrust.agent.auth_server_pool_refresh=1 Hrs',
  'cleartrust.agent.shared_secret=s3cr3t-value',
].join('\r\n');

describe('hoverAt', () => {
  it('shows a ClearTrust property from the catalog on its key, and nothing on its value', () => {
    const hover = hoverAt(conf, 'cleartrust-conf', { line: 2, character: 20 });
    expect(hover?.split('\n').slice(0, 7)).toEqual([
      '**cleartrust.agent.auth_server_pool_refresh**',
      '',
      'Interval at which the agent refreshes its aserver pool and validates pooled connections.',
      '',
      '- type: duration',
      '- scope: pool setting (Pool block, or Global for the default pool)',
      '- default: not documented',
    ]);
    expect(hoverAt(conf, 'cleartrust-conf', { line: 2, character: 0 })).toBe(hover);
    expect(hoverAt(conf, 'cleartrust-conf', { line: 2, character: 45 })).toBeUndefined();
  });

  it('never shows the value of a secret property', () => {
    for (let character = 0; character < 44; character++) {
      expect(hoverAt(conf, 'cleartrust-conf', { line: 3, character }) ?? '').not.toContain('s3cr3t');
    }
  });

  it('explains a log code in a comment, as explain does', () => {
    const hover = hoverAt(conf, 'cleartrust-conf', { line: 0, character: 12 });
    expect(hover?.split('\n').slice(0, 2)).toEqual(['```text', 'CT_SOCKET_ERROR  ClearTrust ctagent.log token · documented · predictable from configuration']);
    expect(hoverAt(conf, 'cleartrust-conf', { line: 0, character: 30 })).toBeUndefined();
  });

  it('explains a Cams code in a waiver and a qualified number in an XML comment, not a bare number', () => {
    const properties = '# webagent-lint-disable-next-line cams/debug-logging -- seen as 5005 last week\ncams.debug=true\n';
    expect(hoverAt(properties, 'cams-conf', { line: 0, character: 65 })?.split('\n')[1]).toMatch(/^CAMS-5005 {2}Cams web agent error · /);
    expect(hoverAt(properties, 'cams-conf', { line: 1, character: 3 })?.split('\n')[0]).toBe('**cams.debug**');
    const xml = '<policy>\n  <!-- access reason 13 on payroll, 13 times -->\n  <permission/>\n</policy>\n';
    expect(hoverAt(xml, 'cams-policy', { line: 1, character: 22 })?.split('\n')[1]).toMatch(/^CAMS-ACCESS-REASON-13 {2}/);
    expect(hoverAt(xml, 'cams-policy', { line: 1, character: 36 })).toBeUndefined();
    expect(hoverAt(xml, 'cams-policy', { line: 2, character: 5 })).toBeUndefined();
  });
});
