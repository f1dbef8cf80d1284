/**
 * Issue 15: the config file's globs (`ignore`, `clusters`) and directories (`cams.agentDomains`) are relative to
 * the directory holding it, as ESLint's flat config's are, whatever the current directory; `ignore` applies to
 * files named on the command line too, with a warning.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configDirectoryPaths } from '../../src/config/config-directory.js';
import { runCli, tempTree } from '../helpers/cli.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pool = (dispatcher: string, refresh: string) =>
  `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=${dispatcher}:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

const CONFIG = ['ignore: ["archive/**"]', 'clusters:', '  east: ["agents/east/*"]', 'cams:', '  agentDomains:', '    agents/web01: domains/a', ''].join('\n');

/**
 * root/proj holds the config file and: two ClearTrust agents that differ only in their pool refresh (one cluster
 * through `clusters:` alone, since their dispatchers differ), an archived agent the `ignore` glob leaves out
 * (2 Hrs would be a finding), and a Cams agent with two equally near security domains, linked through
 * `cams.agentDomains`. root/elsewhere is a directory outside the project; root/empty.yaml a config file without settings.
 */
function project(): string {
  const root = tempTree({
    'proj/.webagent-lint.yaml': CONFIG,
    'proj/agents/east/a/webagent.conf': pool('d1', '30 Mins'),
    'proj/agents/east/b/webagent.conf': pool('d2', '40 Mins'),
    'proj/archive/old/webagent.conf': pool('d3', '2 Hrs'),
    'proj/sub/README': 'a subdirectory to run from\n',
    'elsewhere/README': 'a directory outside the project\n',
    'empty.yaml': '# no settings\n',
  });
  const cams = path.join(repo, 'examples/cams/healthy');
  cpSync(path.join(cams, 'web01/cams-webagent.conf'), path.join(root, 'proj/agents/web01/cams-webagent.conf'));
  for (const domain of ['a', 'b']) {
    mkdirSync(path.join(root, 'proj/domains', domain), { recursive: true });
    for (const file of ['access-control-policy.xml', 'login-config.xml'])
      cpSync(path.join(cams, 'system', file), path.join(root, 'proj/domains', domain, file));
  }
  return root;
}

/** `ruleId file:line:column` of each finding, from the JSON report. */
async function findings(argv: readonly string[], cwd: string) {
  const { code, stdout, stderr } = await runCli(['--format', 'json', ...argv], { cwd });
  const report = JSON.parse(stdout);
  return {
    code,
    stderr,
    findings: report.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`),
    agents: report.summary.agents,
  };
}

const drift = (prefix: string) => [
  `fleet/cleartrust-pool-drift ${prefix}agents/east/a/webagent.conf:6:1`,
  `fleet/cleartrust-pool-drift ${prefix}agents/east/b/webagent.conf:6:1`,
];

describe('globs and directories relative to the config file', () => {
  it('the same findings from the config file directory, from a subdirectory, from elsewhere with --config, and for absolute paths', async () => {
    const root = project();
    const proj = path.join(root, 'proj');
    // 3 agents: the archived one is ignored; the Cams agent is linked (no cams/unlinked-agent); east is one cluster.
    expect(await findings(['.'], proj)).toEqual({ code: 0, stderr: '', findings: drift(''), agents: 3 });
    expect(await findings(['..'], path.join(proj, 'sub'))).toEqual({ code: 0, stderr: '', findings: drift('../'), agents: 3 });
    expect(await findings(['--config', '../proj/.webagent-lint.yaml', '../proj'], path.join(root, 'elsewhere'))).toEqual({
      code: 0,
      stderr: '',
      findings: drift('../proj/'),
      agents: 3,
    });
    expect(await findings([proj], path.join(proj, 'sub'))).toEqual({ code: 0, stderr: '', findings: drift('../'), agents: 3 });
  });

  it('without the config file: 4 agents, the archived one linted, the Cams agent unlinked, no cluster east', async () => {
    const root = project();
    expect(await findings(['--config', 'empty.yaml', 'proj'], root)).toEqual({
      code: 0,
      stderr: '',
      findings: [
        'cams/unlinked-agent proj/agents/web01/cams-webagent.conf:1:1',
        'cleartrust/pool-refresh-exceeds-firewall-idle proj/archive/old/webagent.conf:6:1',
      ],
      agents: 4,
    });
  });

  it('a file outside the config file directory is matched by no glob: linted, even where the glob reads as matching it', async () => {
    const root = tempTree({
      'proj/.webagent-lint.yaml': 'ignore: ["**/archive/**"]\n',
      'other/archive/old/webagent.conf': pool('d3', '2 Hrs'),
    });
    expect(await findings(['--config', 'proj/.webagent-lint.yaml', 'other'], root)).toEqual({
      code: 0,
      stderr: '',
      findings: ['cleartrust/pool-refresh-exceeds-firewall-idle other/archive/old/webagent.conf:6:1'],
      agents: 1,
    });
  });

  it('translates paths relative to the working directory into paths relative to the config file directory', () => {
    expect(configDirectoryPaths('/p', '/p')('a/b')).toBe('a/b');
    expect(configDirectoryPaths('/p', '/p')('.')).toBe('.');
    expect(configDirectoryPaths('/p', '/p/sub')('a')).toBe('sub/a');
    expect(configDirectoryPaths('/p', '/p/sub')('.')).toBe('sub');
    expect(configDirectoryPaths('/p', '/p/sub')('../a')).toBe('a');
    expect(configDirectoryPaths('/p', '/p/sub')('..')).toBe('.');
    expect(configDirectoryPaths('/p', '/p/sub')('../../q/a')).toBeUndefined();
    expect(configDirectoryPaths('/p', '/q')('../p/a')).toBe('a');
    expect(configDirectoryPaths('/p', '/q')('a')).toBeUndefined();
    expect(configDirectoryPaths('/p', '/')('p/a')).toBe('a');
    expect(configDirectoryPaths('/p', '/')('pa/a')).toBeUndefined();
    expect(configDirectoryPaths('/p', '/q')('/p/x/y')).toBe('x/y');
  });
});

describe('ignore on files named on the command line', () => {
  const warning = (file: string) => `webagent-lint: ${file} is ignored by .webagent-lint.yaml (ignore: "archive/**"); not linted\n`;

  it('an ignored named file is not linted, with a warning; the others are', async () => {
    const proj = path.join(project(), 'proj');
    expect(await findings(['archive/old/webagent.conf', 'agents/east'], proj)).toEqual({
      code: 0,
      stderr: warning('archive/old/webagent.conf'),
      findings: drift(''),
      agents: 2,
    });
  });

  it('when every named file is ignored, nothing was linted: the run failed (exit 2), never "No problems found"', async () => {
    const proj = path.join(project(), 'proj');
    expect(await runCli(['archive/old/webagent.conf'], { cwd: proj })).toEqual({
      code: 2,
      stdout:
        'Run failed:\n  nothing linted: every path given is ignored by .webagent-lint.yaml\n\nThe run failed (1 problem above); no findings in 0 agents (0 files).\n',
      stderr: `${warning('archive/old/webagent.conf')}webagent-lint: nothing linted: every path given is ignored by .webagent-lint.yaml\n`,
    });
  });

  it('a directory whose every agent is ignored says so (exit 2, as for a directory without agents)', async () => {
    const proj = path.join(project(), 'proj');
    const { code, stderr } = await runCli(['archive'], { cwd: proj });
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: 'webagent-lint: archive: every agent configuration found is ignored by .webagent-lint.yaml (ignore: "archive/**")\n',
    });
  });

  it('the same from a subdirectory, with the config file path as the run shows it', async () => {
    const proj = path.join(project(), 'proj');
    const { code, stderr } = await runCli(['../archive/old/webagent.conf', '../agents/east/a'], { cwd: path.join(proj, 'sub') });
    expect({ code, stderr }).toEqual({
      code: 0,
      stderr: 'webagent-lint: ../archive/old/webagent.conf is ignored by ../.webagent-lint.yaml (ignore: "archive/**"); not linted\n',
    });
  });
});
