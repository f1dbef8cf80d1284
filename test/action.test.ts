/**
 * The GitHub Action, run as the runner runs a node24 action: `node` on the committed entry point in the
 * workspace, every declared input in an INPUT_* variable (its default when the workflow gives none), outputs and
 * step summary in the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name. And the README's workflow that uses it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempTree } from './helpers/cli.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

interface ActionYml {
  readonly inputs: Record<string, { readonly description: string; readonly default?: string }>;
  readonly outputs: Record<string, { readonly description: string }>;
  readonly runs: Record<string, unknown>;
}
const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as ActionYml;

// The runner's names: upper-cased, spaces turned into underscores, hyphens kept (so no shell can read INPUT_SARIF-FILE).
const INPUT_VARIABLES: Record<string, string> = { paths: 'INPUT_PATHS', args: 'INPUT_ARGS', 'sarif-file': 'INPUT_SARIF-FILE' };

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  const outputFile = path.join(workspace, '..', 'github-output');
  const summaryFile = path.join(workspace, '..', 'step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: path.join(workspace, '..'),
  };
  for (const [name, { default: value }] of Object.entries(action.inputs)) env[INPUT_VARIABLES[name] as string] = inputs[name] ?? value ?? '';
  const result = spawnSync(process.execPath, [path.join(repo, action.runs['main'] as string)], { cwd: workspace, env, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** GITHUB_OUTPUT's two forms: name=value, and name<<DELIMITER, the value's lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)(?:=(.*)|<<(.+)\n([\s\S]*?)\n?^\3)$/gm)) outputs[match[1] as string] = match[2] ?? match[4] ?? '';
  return outputs;
}

/** A ClearTrust agent with its own dispatcher (so fleet rules stay out) refreshing its pool at this interval. */
const agent = (refresh: string) =>
  `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d-${refresh.replace(/\W/g, '')}:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

/** A workspace below a directory of its own, which holds the runner's files. */
const workspace = (files: Record<string, string>) =>
  path.join(tempTree(Object.fromEntries(Object.entries(files).map(([name, text]) => [`workspace/${name}`, text]))), 'workspace');

describe('action.yml', () => {
  it('is a node24 JavaScript action whose entry point is a committed build: nothing to install at run time', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.cjs' });
    expect(existsSync(path.join(repo, 'dist/action.cjs')), 'run `npm run bundle`').toBe(true);
    // git check-ignore exits 1 for a path that is not ignored, i.e. that is committed with the sources.
    expect(spawnSync('git', ['check-ignore', '--quiet', 'dist/action.cjs'], { cwd: repo }).status).toBe(1);
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_VARIABLES).sort());
  });
});

describe('the action, run as the runner runs it', () => {
  it('lints paths with spaces and shell syntax as they are, annotates the findings, writes the SARIF report, outputs and summary, and fails', () => {
    const dir = 'agents/web 01 $(touch pwned)';
    const cwd = workspace({ [`${dir}/webagent.conf`]: agent('1 Hrs'), 'agents/web02/webagent.conf': agent('30 Mins') });
    const run = runAction(cwd, { paths: `${dir}\nagents/web02\n`, args: '--fail-on warning' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::warning file=agents\/web 01 \$\(touch pwned\)\/webagent\.conf,line=6,.*title=cleartrust\/pool-refresh-exceeds-firewall-idle::/m,
    );
    expect(existsSync(path.join(cwd, 'pwned'))).toBe(false);
    expect(run.outputs).toEqual({ 'sarif-file': 'webagent-lint.sarif', errors: '0', warnings: '1', infos: '0' });
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'webagent-lint.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['agents/web%2001%20%24(touch%20pwned)/webagent.conf']);
    expect(run.summary).toBe(
      '### webagent-lint: failed\n\nFindings at or above the failure threshold: see the annotations.\n\n| errors | warnings | infos | agents | files |\n| ---: | ---: | ---: | ---: | ---: |\n| 0 | 1 | 0 | 2 | 2 |\n',
    );
  });

  it('passes when nothing reaches the failure threshold, with args split as a shell splits words but not expanded', () => {
    const cwd = workspace({ 'agents/web01/webagent.conf': agent('1 Hrs') });
    const run = runAction(cwd, { args: `--firewall-idle-timeout "2 Hrs" --report 'junit=$HOME/x.xml'`, 'sarif-file': '' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::error');
    expect(existsSync(path.join(cwd, '$HOME/x.xml'))).toBe(true);
    expect(run.outputs).toEqual({ 'sarif-file': '', errors: '0', warnings: '0', infos: '0' });
    expect(run.summary).toMatch(/^### webagent-lint: passed\n\nNo finding at or above the failure threshold\.\n\n.*\n.*\n\| 0 \| 0 \| 0 \| 1 \| 1 \|\n$/);
  });

  it('exits 2 and says the run failed when it cannot lint', () => {
    const cwd = workspace({ 'agents/web01/webagent.conf': agent('30 Mins') });
    const missing = runAction(cwd, { paths: 'agents/web99' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('webagent-lint: agents/web99: no such file or directory\n');
    expect(missing.summary).toMatch(/^### webagent-lint: could not run\n\nwebagent-lint exited with code 2: see the log of this step\.\n/);
    const unclosed = runAction(cwd, { args: '--fail-on "warning' });
    expect(unclosed.status).toBe(2);
    expect(unclosed.stderr).toBe('webagent-lint: the args input has an unclosed quote\n');
  });
});

describe("the README's workflow", () => {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  const block = /^### GitHub Action\n[\s\S]*?```yaml\n([\s\S]*?)```/m.exec(readme)?.[1];
  const workflow = parse(block ?? '') as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { id?: string; uses?: string; if?: string; with?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const lint = steps.find((step) => step.uses?.includes('/webagent-lint@'));

  it('grants what code scanning needs in a private repository, and no more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
  });

  it('pins the action to a release, gives it only inputs it has, and uploads the SARIF report with the current upload-sarif', () => {
    expect(lint?.uses).toMatch(/@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
    expect(Object.keys(lint?.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload?.with?.['sarif_file']).toBe(`\${{ steps.${lint?.id}.outputs.sarif-file }}`);
    // Also after the lint step failed on findings, which is when the report matters most.
    expect(upload?.if).toContain('!cancelled()');
    const named = [...(block ?? '').matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)].map((match) => match[1] as string);
    expect(named.filter((output) => !(output in action.outputs))).toEqual([]);
  });
});
