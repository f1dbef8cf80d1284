/**
 * End to end with an LSP client nobody here wrote: Neovim's built-in client (Debian's `neovim`, installed by
 * .ci/run) runs the built `bin/webagent-lint.cjs lsp --stdio` on copies of the examples, driven by
 * neovim-client.lua, which writes what it saw as JSON.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_PLACEHOLDER } from '../../src/lsp/diagnostics.js';
import { tempDirectory } from '../helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });

interface ClientResult {
  readonly error?: string;
  readonly diagnosticArrived: boolean;
  readonly diagnostic?: { readonly line: number; readonly column: number; readonly source: string; readonly message: string };
  /** The Markdown of each hover asked for ('' for none). */
  readonly hovers?: readonly string[];
  /** The titles of the code actions offered at the diagnostic, and the one applied. */
  readonly actions?: readonly string[];
  readonly action?: string;
  /** The actions offered when the editor asks for source.fixAll. */
  readonly fixAll?: readonly { readonly title: string; readonly kind: string; readonly edits: number }[];
  /** The buffer's line `changedLine` (the diagnostic's by default) after the action. */
  readonly changed?: string;
  readonly diagnosticGone?: boolean;
}

interface Drive {
  readonly hovers: readonly { readonly line: number; readonly character: number }[];
  /** Which code action to apply: the preferred fix, or "waive with reason". */
  readonly action: 'fix' | 'waiver';
  readonly changedLine?: number;
  /** Changes the copy of the example before Neovim opens it. */
  readonly prepare?: (root: string) => void;
}

/** The example copied to a temporary workspace folder, `file` opened in Neovim with the server attached. */
function drive(example: string, file: string, rule: string, { hovers, action, changedLine, prepare }: Drive): ClientResult {
  const root = tempDirectory('webagent-lint-nvim-');
  cpSync(path.join(repo, example), root, { recursive: true });
  prepare?.(root);
  const resultFile = path.join(root, 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(repo, 'test/lsp/neovim-client.lua')}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: HEAVY_TEST_TIMEOUT,
    env: {
      ...process.env,
      WEBAGENT_LINT_BIN: path.join(repo, 'bin/webagent-lint.cjs'),
      WEBAGENT_LINT_ROOT: root,
      WEBAGENT_LINT_FILE: path.join(root, file),
      WEBAGENT_LINT_RULE: rule,
      WEBAGENT_LINT_HOVERS: JSON.stringify(hovers),
      WEBAGENT_LINT_ACTION: action,
      ...(changedLine !== undefined ? { WEBAGENT_LINT_CHANGED_LINE: String(changedLine) } : {}),
      WEBAGENT_LINT_RESULT: resultFile,
    },
  });
  expect(run.error).toBeUndefined();
  return JSON.parse(readFileSync(resultFile, 'utf8')) as ClientResult;
}

/** The diagnostic arrived at `at` (0-based), the code action `action` was applied, the line reads `changed`, and the diagnostic went. */
function expectApplied(result: ClientResult, at: { line: number; column: number }, action: string, changed: string): void {
  expect(result.error).toBeUndefined();
  expect(result.diagnostic).toMatchObject({ ...at, source: 'webagent-lint' });
  expect(result.action).toBe(action);
  expect(result.changed).toBe(changed);
  expect(result.diagnosticGone).toBe(true);
}

describe.skipIf(nvim.status !== 0)(`Neovim's LSP client${nvim.status !== 0 ? ' (skipped: nvim is not installed; apt-get install neovim)' : ''}`, () => {
  it(
    'shows the refresh diagnostic at its line and column, the property hover, and waives it with a reason',
    () => {
      const result = drive('examples/firewall-drops', 'webagent.conf', 'cleartrust/pool-refresh-exceeds-firewall-idle', {
        hovers: [{ line: 14, character: 25 }],
        action: 'waiver',
      });
      // Line 15, column 1 of the CLI's report, 0-based in LSP.
      expectApplied(
        result,
        { line: 14, column: 0 },
        'Waive cleartrust/pool-refresh-exceeds-firewall-idle on this line (with a reason)',
        `# webagent-lint-disable-next-line cleartrust/pool-refresh-exceeds-firewall-idle -- ${REASON_PLACEHOLDER}`,
      );
      expect(result.diagnosticArrived).toBe(true);
      expect(result.diagnostic?.message).toContain('predicts CT_SOCKET_ERROR, CT_SERVER_TIMED_OUT_ERROR');
      expect(result.hovers?.[0]?.split('\n').slice(0, 5)).toEqual([
        '**cleartrust.agent.auth_server_pool_refresh**',
        '',
        'Interval at which the agent refreshes its aserver pool and validates pooled connections.',
        '',
        '- type: duration',
      ]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'lints a Cams policy with the agents and the config file of its workspace, and explains the code in a comment',
    () => {
      // The finding needs the config file's login page and the agents' cams.login.uri: the whole folder is linted.
      const result = drive('examples/cams/broken', 'system/access-control-policy.xml', 'cams/login-page-requires-auth', {
        // The code in a comment, then the resource pattern of "Reports" (line 18).
        hovers: [
          { line: 3, character: 55 },
          { line: 17, character: 30 },
        ],
        action: 'waiver',
      });
      expectApplied(
        result,
        { line: 4, column: 4 },
        'Waive cams/login-page-requires-auth on this line (with a reason)',
        `    <!-- webagent-lint-disable-next-line cams/login-page-requires-auth -- ${REASON_PLACEHOLDER} -->`,
      );
      expect(result.diagnosticArrived).toBe(true);
      expect(result.diagnostic?.message).toContain('predicts CAMS-5005, CAMS-ACCESS-REASON-10');
      expect(result.hovers?.[0]?.split('\n').slice(0, 2)).toEqual(['```text', expect.stringMatching(/^CAMS-5005 {2}Cams web agent error · /)]);
      expect(result.hovers?.[1]?.split('\n').slice(0, 4)).toEqual([
        '**Resource pattern** `http://www.example.org:80/reports/*` (line 18, permission "Reports")',
        '',
        'Competes for best match with:',
        '- `http://www.example.org:80/reports/*` (line 22, permission "Reports again"): it matches every URL this pattern matches for GET; this permission is selected there',
      ]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'applies the refresh fix, which sets the suggested value, and the diagnostic goes',
    () => {
      const rule = 'cleartrust/pool-refresh-exceeds-firewall-idle';
      const result = drive('examples/firewall-drops', 'webagent.conf', rule, { hovers: [{ line: 14, character: 25 }], action: 'fix' });
      expectApplied(result, { line: 14, column: 0 }, 'Set the refresh of pool __default__ to 55 Mins', 'cleartrust.agent.auth_server_pool_refresh=55 Mins');
      expect(result.actions).toEqual(['Set the refresh of pool __default__ to 55 Mins', `Waive ${rule} on this line (with a reason)`]);
      expect(result.fixAll).toEqual([{ title: 'Fix all webagent-lint problems that have a fix', kind: 'source.fixAll.webagent-lint', edits: 1 }]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'applies the fix of a repeated key in a Cams agent file, which removes the earlier line, and the diagnostic goes',
    () => {
      const result = drive('examples/cams/healthy', 'web01/cams-webagent.conf', 'cams/duplicate-key', {
        hovers: [{ line: 1, character: 3 }],
        action: 'fix',
        changedLine: 1,
        // Line 13: the same value again, so that only the repeat is wrong.
        prepare: (root) => appendFileSync(path.join(root, 'web01/cams-webagent.conf'), 'cams.debug=false\n'),
      });
      // Line 2 (cams.debug=false) removed: line 3 moved up.
      expectApplied(result, { line: 12, column: 0 }, 'Remove the earlier, unused line 2', 'cams.cluster.debug=false');
      expect(result.hovers?.[0]?.split('\n')[0]).toBe('**cams.debug**');
      expect(result.actions).toEqual(['Remove the earlier, unused line 2', 'Waive cams/duplicate-key on this line (with a reason)']);
    },
    HEAVY_TEST_TIMEOUT,
  );
});
