import { describe, expect, it } from 'vitest';
import { hoverAt } from '../../src/lsp/hover.js';
import { parseXml } from '../../src/parse/xml.js';
import { permission, policy } from '../helpers/cams.js';

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

describe('hoverAt on a Cams resource pattern', () => {
  // Permissions on lines 3 to 6 (0-based 2 to 5), the `id` of the second one's pattern at 0-based columns 64 to 84; CRLF and a
  // byte-order mark, as an editor may hold them.
  const xml = `\ufeff${policy([
    permission('http://*:*/*', 'everyone', { desc: 'All', actions: '' }),
    permission('http://*:*/app/*', 'everyone', { desc: 'App', actions: 'GET,POST' }),
    permission('http://*:*/app/admin/*', 'everyone', { desc: 'Admin', actions: 'POST' }),
    permission('https://*:*/app/*', 'everyone', { desc: 'TLS' }),
  ]).replace(/\n/g, '\r\n')}`;
  const rule =
    'Best match as webagent-lint reads the Cams documentation: among the permissions whose pattern matches the URL and whose ' +
    'actions allow the method, the one with the most literal characters in its path, then its host, port and scheme; ' +
    'on a tie, the one earlier in the file.';

  it('lists the permissions it competes with, for which methods, and which is selected', () => {
    expect(hoverAt(xml, 'cams-policy', { line: 3, character: 66 }, parseXml)).toBe(
      [
        '**Resource pattern** `http://*:*/app/*` (line 4, permission "App")',
        '',
        'Competes for best match with:',
        '- `http://*:*/*` (line 3, permission "All"): it matches every URL this pattern matches for GET, POST; this permission is selected there',
        '- `http://*:*/app/admin/*` (line 5, permission "Admin"): this pattern matches every URL it matches for POST; it is selected there',
        '',
        rule,
      ].join('\n'),
    );
    // From the attribute's name to its closing quote; elsewhere on the line, nothing.
    const at = (character: number) => hoverAt(xml, 'cams-policy', { line: 3, character }, parseXml);
    expect([at(64), at(84)]).toEqual([at(66), at(66)]);
    expect([at(63), at(85)]).toEqual([undefined, undefined]);
  });

  it('says when no other pattern competes, and needs the XML reader', () => {
    expect(hoverAt(xml, 'cams-policy', { line: 5, character: 63 }, parseXml)?.split('\n').slice(0, 3)).toEqual([
      '**Resource pattern** `https://*:*/app/*` (line 6, permission "TLS")',
      '',
      "No other permission's pattern competes with it for best match.",
    ]);
    expect(hoverAt(xml, 'cams-policy', { line: 5, character: 63 })).toBeUndefined();
  });
});
