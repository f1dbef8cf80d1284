import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_ENVIRONMENT } from '../../src/model/environment.js';
import { lintInMemory } from '../../src/engine/engine.js';
import { REASON_PLACEHOLDER, toDiagnostic, waiverAction } from '../../src/lsp/diagnostics.js';

const text = '<Pool id=__default__>\r\n  cleartrust.agent.auth_server_pool_refresh=1 Hrs\r\n</Pool>\r\n';
const links = { uriOf: (file: string) => `file:///ws/${file}`, docsOf: (ruleId: string) => `file:///docs/${ruleId}.md` };

function refreshFinding() {
  const { findings } = lintInMemory(
    [{ path: 'web01/webagent.conf', format: 'cleartrust-conf', agent: 'web01', content: { kind: 'bytes', bytes: new TextEncoder().encode(text) } }],
    { rules, environment: DEFAULT_ENVIRONMENT },
  );
  const finding = findings.find((f) => f.ruleId === 'cleartrust/pool-refresh-exceeds-firewall-idle');
  if (!finding) throw new Error('no refresh finding');
  return finding;
}

describe('toDiagnostic', () => {
  it('puts the finding at its 0-based range with the rule, its documentation, the predicted codes and the fix', () => {
    const diagnostic = toDiagnostic(refreshFinding(), links);
    expect(diagnostic).toMatchObject({
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 49 } },
      severity: 2,
      source: 'webagent-lint',
      code: 'cleartrust/pool-refresh-exceeds-firewall-idle',
      codeDescription: { href: 'file:///docs/cleartrust/pool-refresh-exceeds-firewall-idle.md' },
    });
    expect(diagnostic.message.split('\n').slice(1)).toEqual([
      'predicts CT_SOCKET_ERROR, CT_SERVER_TIMED_OUT_ERROR',
      'fix: Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, e.g. 55 Mins (RSA KB 000025051).',
    ]);
    expect(toDiagnostic(refreshFinding(), { ...links, docsOf: () => undefined }).codeDescription).toBeUndefined();
  });
});

describe('waiverAction', () => {
  it('inserts an indented waiver with a reason placeholder above the line, in the file’s line breaks', () => {
    const diagnostic = toDiagnostic(refreshFinding(), links);
    const action = waiverAction(text, 'file:///ws/web01/webagent.conf', false, diagnostic);
    expect(action?.edit?.changes?.['file:///ws/web01/webagent.conf']).toEqual([
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        newText: `  # webagent-lint-disable-next-line cleartrust/pool-refresh-exceeds-firewall-idle -- ${REASON_PLACEHOLDER}\r\n`,
      },
    ]);
    expect(waiverAction(text, 'u', true, diagnostic)?.edit?.changes?.['u']?.[0]?.newText).toBe(
      `  <!-- webagent-lint-disable-next-line cleartrust/pool-refresh-exceeds-firewall-idle -- ${REASON_PLACEHOLDER} -->\r\n`,
    );
    expect(waiverAction(text, 'u', false, { ...diagnostic, code: 'waiver/unused' })).toBeUndefined();
    expect(waiverAction(text, 'u', false, { ...diagnostic, source: 'another-linter' })).toBeUndefined();
  });
});
