/**
 * Issue 15: `lint --print-config <path>` prints the configuration and environment a run applies to the path, with
 * where each value came from, and lints nothing; `rules` lists the severities the config file gives.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runCli, tempTree } from '../helpers/cli.js';

const CONFIG = [
  'environment:',
  '  firewallIdleTimeout: 55m',
  '  authServers: 3',
  'cams:',
  '  loginPages: ["https://www.example.org/cams/login.jsp"]',
  '  agentDomains:',
  '    agents/web01: domains/system',
  'rules:',
  '  cleartrust/debug-logging: off',
  '  cleartrust/pool-refresh-exceeds-firewall-idle: error',
  'ignore: ["archive/**"]',
  'clusters:',
  '  east: ["agents/east/*"]',
  '',
].join('\n');

const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
const CHANGED: Readonly<Record<string, { severity: string; from: string }>> = {
  'cams/debug-logging': { severity: 'info', from: '--rule' },
  'cleartrust/debug-logging': { severity: 'off', from: '../.webagent-lint.yaml' },
  'cleartrust/pool-refresh-exceeds-firewall-idle': { severity: 'error', from: '../.webagent-lint.yaml' },
};
const ruleSettings = sorted.map((rule) => [rule.id, CHANGED[rule.id] ?? { severity: rule.severity, from: 'default' }] as const);

function project(): string {
  return tempTree({ 'proj/.webagent-lint.yaml': CONFIG, 'proj/archive/old/webagent.conf': '<Global>\n</Global>\n', 'proj/sub/README': 'x\n' });
}

const ARGS = ['lint', '--print-config', '../archive/old/webagent.conf', '--rule', 'cams/debug-logging=info', '--active-auth-servers', '2'];

describe('lint --print-config <path>', () => {
  it('prints YAML: config file, path as the globs see it, ignored, severities after --rule, globs, environment with origins', async () => {
    const cwd = path.join(project(), 'proj/sub');
    expect(await runCli(ARGS, { cwd })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'path: ../archive/old/webagent.conf',
        'configFile: ../.webagent-lint.yaml',
        'configDirectory: ..',
        'pathInConfigDirectory: archive/old/webagent.conf',
        'ignored: true',
        'ignoredBy: archive/**',
        'rules:',
        ...ruleSettings.map(([id, { severity, from }]) => `  ${id}: { severity: ${severity}, from: ${from} }`),
        'ignore:',
        '  - archive/**',
        'clusters:',
        '  east:',
        '    - agents/east/*',
        'cams:',
        '  loginPages:',
        '    - url: https://www.example.org/cams/login.jsp',
        '      from: ../.webagent-lint.yaml:5:16',
        '  agentDomains:',
        '    ../agents/web01:',
        '      domain: ../domains/system',
        '      from: ../.webagent-lint.yaml:7:19',
        'environment:',
        '  firewallIdleTimeout:',
        '    value: 55 minutes',
        '    seconds: 3300',
        '    from: ../.webagent-lint.yaml:2:24',
        '  authServerReplyTimeout:',
        '    value: 15 seconds',
        '    seconds: 15',
        '    from: default (RSA KB 000025051)',
        '  activeAuthServers:',
        '    value: 2',
        '    from: --active-auth-servers',
        '  authServers:',
        '    - dispatchers: every pool',
        '      value: 3',
        '      from: ../.webagent-lint.yaml:3:16',
        'documentationUrl: null',
        '',
      ].join('\n'),
    });
  });

  it('prints the same as JSON with --format json', async () => {
    const cwd = path.join(project(), 'proj/sub');
    const { code, stdout, stderr } = await runCli([...ARGS, '--format', 'json'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      path: '../archive/old/webagent.conf',
      configFile: '../.webagent-lint.yaml',
      configDirectory: '..',
      pathInConfigDirectory: 'archive/old/webagent.conf',
      ignored: true,
      ignoredBy: 'archive/**',
      rules: Object.fromEntries(ruleSettings),
      ignore: ['archive/**'],
      clusters: { east: ['agents/east/*'] },
      cams: {
        loginPages: [{ url: 'https://www.example.org/cams/login.jsp', from: '../.webagent-lint.yaml:5:16' }],
        agentDomains: { '../agents/web01': { domain: '../domains/system', from: '../.webagent-lint.yaml:7:19' } },
      },
      environment: {
        firewallIdleTimeout: { value: '55 minutes', seconds: 3300, from: '../.webagent-lint.yaml:2:24' },
        authServerReplyTimeout: { value: '15 seconds', seconds: 15, from: 'default (RSA KB 000025051)' },
        activeAuthServers: { value: 2, from: '--active-auth-servers' },
        authServers: [{ dispatchers: 'every pool', value: 3, from: '../.webagent-lint.yaml:3:16' }],
      },
      documentationUrl: null,
    });
  });

  it('a path outside the config file directory: no glob matches it; without a config file: the defaults', async () => {
    const root = tempTree({ 'proj/.webagent-lint.yaml': 'ignore: ["**"]\n', 'other/webagent.conf': '<Global>\n</Global>\n' });
    const outside = JSON.parse((await runCli(['lint', '-c', 'proj/.webagent-lint.yaml', '--print-config', 'other', '-f', 'json'], { cwd: root })).stdout);
    expect(outside).toMatchObject({
      path: 'other',
      configFile: 'proj/.webagent-lint.yaml',
      configDirectory: 'proj',
      pathInConfigDirectory: null,
      ignored: false,
    });
    const none = JSON.parse((await runCli(['lint', '--print-config', 'other/webagent.conf', '-f', 'json'], { cwd: root })).stdout);
    expect(none).toMatchObject({ configFile: null, configDirectory: null, pathInConfigDirectory: null, ignored: false, ignore: [], clusters: {} });
    expect(none.environment.firewallIdleTimeout).toEqual({ value: '1 hour', seconds: 3600, from: 'default (RSA KB 000025051)' });
  });

  it('a missing path or a report format is a usage error (exit 2)', async () => {
    const cwd = tempTree({});
    expect(await runCli(['lint', '--print-config', 'nope'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'webagent-lint: --print-config: nope: no such file or directory\n',
    });
    expect(await runCli(['lint', '--print-config', '.', '--format', 'sarif'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'webagent-lint: --print-config prints YAML (the default) or JSON (--format json), not sarif\n',
    });
  });
});

describe('rules honours the config file', () => {
  const width = Math.max(...sorted.map((rule) => rule.id.length));
  const line = (id: string, columns: string) => `${id.padEnd(width)}  ${columns}`;

  it('text: an effective column, the changes marked (config), the config file named', async () => {
    const cwd = path.join(project(), 'proj/sub');
    const { code, stdout, stderr } = await runCli(['rules'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(line('rule', 'default  effective       predicts'));
    expect(lines).toContain(line('cleartrust/debug-logging', 'warning  off (config)    -'));
    expect(lines).toContain(line('cleartrust/pool-refresh-exceeds-firewall-idle', 'warning  error (config)  CT_SOCKET_ERROR, CT_SERVER_TIMED_OUT_ERROR'));
    expect(lines).toContain(line('cams/debug-logging', 'warning  warning         -'));
    expect(lines.slice(-2)).toEqual(['Effective severities with ../.webagent-lint.yaml; (config) marks the ones it changes.', '']);
    expect(lines).toHaveLength(sorted.length + 3);
  });

  it('--config names the file; JSON gives effectiveSeverity and changedBy', async () => {
    const cwd = project();
    const { code, stdout } = await runCli(['rules', '--config', 'proj/.webagent-lint.yaml', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const list: { id: string; severity: string; effectiveSeverity: string; changedBy?: string }[] = JSON.parse(stdout);
    expect(
      list
        .filter((rule) => rule.changedBy !== undefined)
        .map(({ id, severity, effectiveSeverity, changedBy }) => ({ id, severity, effectiveSeverity, changedBy })),
    ).toEqual([
      { id: 'cleartrust/debug-logging', severity: 'warning', effectiveSeverity: 'off', changedBy: 'proj/.webagent-lint.yaml' },
      { id: 'cleartrust/pool-refresh-exceeds-firewall-idle', severity: 'warning', effectiveSeverity: 'error', changedBy: 'proj/.webagent-lint.yaml' },
    ]);
    expect(list.every((rule) => rule.changedBy !== undefined || rule.effectiveSeverity === rule.severity)).toBe(true);
  });

  it('without a config file: the defaults, as before', async () => {
    const { stdout } = await runCli(['rules'], { cwd: tempTree({}) });
    expect(stdout.split('\n')[0]).toBe(line('rule', 'default  predicts'));
    expect(stdout).toContain(line('cleartrust/debug-logging', 'warning  -'));
  });

  it('an invalid config file: its errors, exit 2', async () => {
    const cwd = tempTree({ '.webagent-lint.yaml': 'rules:\n  cleartrust/debug-loging: off\n' });
    expect(await runCli(['rules'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '.webagent-lint.yaml:2:3: unknown rule "cleartrust/debug-loging"; did you mean "cleartrust/debug-logging"?\nwebagent-lint: invalid config file .webagent-lint.yaml; fix the errors above.\n',
    });
  });
});
