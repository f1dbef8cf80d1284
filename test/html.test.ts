import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bucketHours } from '../src/explain/log-html.js';
import { html, join } from '../src/report/html-page.js';
import { runCli, tempTree } from './helpers/cli.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

describe('the html tag', () => {
  it('escapes every interpolated string, and only once', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${`"'&`}">${'<script>'}${inner}${['<a>', inner]}${undefined}${false}${3}</p>`.text).toBe(
      '<p title="&quot;&#39;&amp;">&lt;script&gt;<b>&lt;i&gt;</b>&lt;a&gt;<b>&lt;i&gt;</b>3</p>',
    );
    expect(join(['<x>', html`<br>`], ', ').text).toBe('&lt;x&gt;, <br>');
    expect(html`${'a\u0000b\u001bc\td'}`.text).toBe('abc\td');
  });
});

describe('--format html', () => {
  it('is one self-contained page: inline style and script allowed by hash, nothing loaded from anywhere', async () => {
    const { code, stdout } = await runCli(['lint', 'examples', '--format', 'html'], { cwd: repo });
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(stdout.match(/<style>/g)).toHaveLength(1);
    expect(stdout.match(/<script\b/g)).toHaveLength(1);
    expect(stdout).not.toMatch(/\ssrc=|<link rel="stylesheet"|@import|url\(/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(stdout)?.[1] ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(stdout)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(stdout)?.[1] ?? '';
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${sha(style)}`,
      `script-src ${sha(script)}`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // Links only within the page or the empty data: icon; none of them is fetched on load, none leaves the page.
    const targets = [...stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1] as string);
    for (const target of targets) expect(target).toMatch(/^(#[a-z0-9-]+|data:,)$/);
    expect(stdout).not.toMatch(/style="/);
  });

  it('is the same on every run (no timestamps), whether on stdout, in --output or in --report html=', async () => {
    const cwd = tempTree({ 'a/webagent.conf': readFileSync(path.join(repo, 'examples/firewall-drops/webagent.conf')) });
    const first = await runCli(['a', '--format', 'html'], { cwd });
    const second = await runCli(['a', '--format', 'html', '--output', 'out/report.html', '--report', 'html=also.html'], { cwd });
    expect(second.stdout).toBe('');
    expect(readFileSync(path.join(cwd, 'out/report.html'), 'utf8')).toBe(first.stdout);
    expect(readFileSync(path.join(cwd, 'also.html'), 'utf8')).toBe(first.stdout);
    // Its findings are warnings (the refresh rule is one since the seed calls hourly CT_SOCKET_ERRORs mostly harmless).
    expect(first.code).toBe(0);
  });

  it('lists a clean run as clean, without a filter', async () => {
    const { code, stdout } = await runCli(['lint', 'examples/healthy', '--format', 'html'], { cwd: repo });
    expect(code).toBe(0);
    expect(stdout).toContain('<title>webagent-lint: no problems in 1 agent</title>');
    expect(stdout).toContain('<p>No problems found.</p>');
    expect(stdout).toContain('<li>examples/healthy <span class="muted">(examples/healthy/webagent.conf)</span></li>');
    expect(stdout).not.toContain('id="filter"');
  });

  it('opens with the verdict (exit code and thresholds), then the findings, then the agents, the clean ones folded', async () => {
    const { stdout } = await runCli(['lint', 'examples', '--format', 'html', '--fail-on', 'warning', '--max-warnings', '3'], { cwd: repo });
    expect(stdout).toContain(
      '<header>\n<h1>webagent-lint report</h1>\n<section class="verdict failed" aria-labelledby="verdict-heading">\n<h2 id="verdict-heading">Failed <span class="exit">exit code 1</span></h2>\n<p>12 errors, 17 warnings, 0 infos. The run fails on a finding of severity warning or above or more than 3 warnings.</p>\n<p class="options">Run with <code>(no config file)</code> <code>--fail-on warning</code> <code>--max-warnings 3</code> <code>examples</code></p>\n</section>\n<p class="lead">',
    );
    expect(stdout.indexOf('id="findings-heading"')).toBeLessThan(stdout.indexOf('id="agents-heading"'));
    expect(stdout).toContain(
      '<details class="clean">\n<summary>4 agents without findings</summary>\n<ul><li>examples/cams/healthy/system <span class="muted">(',
    );
    expect(stdout).toContain('<li>examples/healthy <span class="muted">(examples/healthy/webagent.conf)</span></li></ul>\n</details>\n</section>');
    // Plurals as in every other format.
    expect(stdout).toContain('<li><strong>0</strong> infos</li>');
    const report = (await runCli(['lint', 'examples/healthy', '--format', 'html', '--no-fail'], { cwd: repo })).stdout;
    expect(report).toContain(
      '<h2 id="verdict-heading">Passed <span class="exit">exit code 0</span></h2>\n<p>0 errors, 0 warnings, 0 infos. Findings do not fail this run (--no-fail).</p>\n<p class="options">Run with <code>(no config file)</code> <code>--no-fail</code> <code>examples/healthy</code></p>',
    );
  });

  it('compare --format html prints the matrix per cluster', async () => {
    const { code, stdout } = await runCli(['compare', 'examples', '--format', 'html'], { cwd: repo });
    expect(code).toBe(0);
    expect(stdout).toMatch(/<caption id="cluster-\d+-caption">ClearTrust cluster disp1\.corp\.example\.org:5608: 22 settings by 3 groups of agents<\/caption>/);
    expect(stdout).toContain('<th scope="row"><span class="block">&lt;Pool __default__&gt;</span><code>cleartrust.agent.auth_server_pool_refresh</code></th>');
    expect(stdout).toContain('<td class="differs"><span class="visually-hidden">differs: </span><code>1 Hrs</code></td>');
    expect(stdout).toContain('A single agent: nothing to compare it with. Agents: examples/typos.');
  });
});

describe('explain --log --format html', () => {
  // Each log named with its agent (the logs are not in the agents' directories).
  const args = [
    'explain',
    '--log',
    'examples/firewall-drops=examples/logs/firewall-drops-ctagent.log',
    'examples/duplicate-server-lists=examples/logs/duplicate-server-lists-ctagent.log',
    '--format',
    'html',
  ];

  it('charts each code per hour beside the findings that explain it', async () => {
    const { code, stdout, stderr } = await runCli(args, { cwd: repo });
    // The two agents' findings are all warnings: lint's exit code is 0.
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const sections = stdout.split('<section class="log-code"').slice(1);
    expect(sections.map((s) => /<h3[^>]*><code>([^<]+)<\/code>/.exec(s)?.[1])).toEqual([
      'CT_SOCKET_ERROR',
      'CT_SERVER_TIMED_OUT_ERROR',
      'CT-MSG-TOKEN-IP-MISMATCH',
    ]);
    const socket = sections[0] ?? '';
    expect(socket.match(/<rect class="bar"/g)).toHaveLength(24);
    expect(socket).toContain('<p class="rhythm">Periodic: recurs about every 60 minutes (24 events).</p>');
    expect(socket).toContain('<title id="code-1-ct-socket-error-chart-title">CT_SOCKET_ERROR: occurrences per hour (UTC)</title>');
    expect(socket).toContain('<h4>Explained by 2 findings</h4>');
    expect(socket).toContain('<code>examples/firewall-drops/webagent.conf:15:1</code>');
    expect(sections[1]).toContain('<p>Not periodic: median 5.3 hours between 5 events.</p>');
  });

  it('says why a code is not explained, and that html is for --log only', async () => {
    const { stdout } = await runCli(['explain', '--log', 'examples/logs/firewall-drops-ctagent.log', '--format', 'html'], { cwd: repo });
    expect(stdout).toContain('<h4>Not explained by a finding</h4><p>Predictable from configuration, but no configuration paths were given.</p>');
    const codes = await runCli(['explain', 'CT_SOCKET_ERROR', '--format', 'html'], { cwd: repo });
    expect(codes.code).toBe(2);
    expect(codes.stderr).toBe('webagent-lint: explain: --format html is for explain --log (log timelines); use text or json for codes\n');
  });

  it('counts per hour up to a month of hours, then per day', () => {
    const hour = 3_600_000;
    const t0 = Date.UTC(2007, 1, 24, 7);
    expect(
      bucketHours([
        { hour: t0, count: 2 },
        { hour: t0 + 3 * hour, count: 1 },
      ]),
    ).toEqual({ size: 1, start: t0, counts: [2, 0, 0, 1] });
    const long = bucketHours([
      { hour: t0, count: 2 },
      { hour: t0 + 5 * hour, count: 1 },
      { hour: t0 + 800 * hour, count: 4 },
    ]);
    expect(long).toMatchObject({ size: 24, start: Date.UTC(2007, 1, 24) });
    expect(long?.counts[0]).toBe(3);
    expect(long?.counts.at(-1)).toBe(4);
    expect(bucketHours([])).toBeUndefined();
  });
});

describe('secrets in the HTML reports (design §3.8)', () => {
  const agent = (secret: string, refresh: string) =>
    [
      '<Global>',
      `cleartrust.agent.shared_secret=${secret}`,
      `cleartrust.agent.shared_secret=${secret}`,
      `cleartrust.agent.admin_passwd=${secret}-p`,
      `cleartrust.agent.cookie_name=${secret}`,
      `cleartrust.agent.cookie_name=${secret}`,
      `cleartrust.agent.ssl.keystore_passphrase "${secret}-broken`,
      '</Global>',
      '<Pool id=__default__>',
      'cleartrust.agent.dispatcher_list=disp1:5608',
      `cleartrust.agent.auth_server_pool_refresh=${refresh}`,
      `cleartrust.agent.auth_server_secret=${secret}-pool`,
      '</Pool>',
      '',
    ].join('\n');
  const fleet = {
    'agents/a/webagent.conf': agent('CANARY-1111', '30 Mins'),
    'agents/b/webagent.conf': agent('CANARY-1111', '30 Mins'),
    'agents/c/webagent.conf': agent('CANARY-2222', '1 Hrs'),
  };

  it('never appear in lint or compare, though findings point at the lines that hold them', async () => {
    const cwd = tempTree(fleet);
    const lint = await runCli(['lint', 'agents', '--format', 'html', '--report', 'html=lint.html'], { cwd });
    const compare = await runCli(['compare', 'agents', '--all', '--format', 'html'], { cwd });
    const written = readFileSync(path.join(cwd, 'lint.html'), 'utf8');
    for (const output of [lint.stdout, lint.stderr, compare.stdout, compare.stderr, written]) expect(output).not.toContain('CANARY');
    // The findings on those lines are there, cut before the value.
    expect(lint.stdout).toContain('<span class="ln">3</span><mark>cleartrust.agent.shared_secret</mark></code></pre>');
    expect(lint.stdout).toContain('<mark>cleartrust.agent.cookie_name</mark>=********');
    expect(lint.stdout).toContain('cleartrust.agent.ssl.keystore_passphrase</code></pre>');
    // compare shows fingerprints and which agents share one.
    const row =
      /<th scope="row"><code>cleartrust\.agent\.shared_secret<\/code><span class="tag">secret<\/span><\/th>(.*?)<\/tr>/.exec(compare.stdout)?.[1] ?? '';
    expect(row.match(/<code>fp:[0-9a-f]{8}<\/code>/g)).toHaveLength(2);
  });

  it('never appear in explain --log, whose findings point at the same lines', async () => {
    const cwd = tempTree({ ...fleet, 'ctagent.log': 'Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR\n' });
    const { stdout, stderr } = await runCli(['explain', '--log', 'agents/c=ctagent.log', 'agents', '--format', 'html'], { cwd });
    expect(stdout + stderr).not.toContain('CANARY');
    expect(stdout).toContain('<mark>cleartrust.agent.auth_server_pool_refresh=1 Hrs</mark>');
  });
});
