import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
    // Links only within the page, to the rule docs, or the empty data: icon; none of them is fetched on load.
    const targets = [...stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1] as string);
    for (const target of targets) expect(target).toMatch(/^(#[a-z0-9-]+|data:,|https:\/\/github\.com\/webagent-lint\/webagent-lint\/blob\/main\/docs\/rules\/[a-z/-]+\.md)$/);
    expect(stdout).not.toMatch(/style="/);
  });

  it('is the same on every run (no timestamps), whether on stdout, in --output or in --report html=', async () => {
    const cwd = tempTree({ 'a/webagent.conf': readFileSync(path.join(repo, 'examples/firewall-drops/webagent.conf')) });
    const first = await runCli(['a', '--format', 'html'], { cwd });
    const second = await runCli(['a', '--format', 'html', '--output', 'out/report.html', '--report', 'html=also.html'], { cwd });
    expect(second.stdout).toBe('');
    expect(readFileSync(path.join(cwd, 'out/report.html'), 'utf8')).toBe(first.stdout);
    expect(readFileSync(path.join(cwd, 'also.html'), 'utf8')).toBe(first.stdout);
    expect(first.code).toBe(1);
  });

  it('lists a clean run as clean, without a filter', async () => {
    const { code, stdout } = await runCli(['lint', 'examples/healthy', '--format', 'html'], { cwd: repo });
    expect(code).toBe(0);
    expect(stdout).toContain('<title>webagent-lint: no problems in 1 agent</title>');
    expect(stdout).toContain('<p>No problems found.</p>');
    expect(stdout).toContain('<li>examples/healthy <span class="muted">(examples/healthy/webagent.conf)</span></li>');
    expect(stdout).not.toContain('id="filter"');
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
    const row = /<th scope="row"><code>cleartrust\.agent\.shared_secret<\/code><span class="tag">secret<\/span><\/th>(.*?)<\/tr>/.exec(compare.stdout)?.[1] ?? '';
    expect(row.match(/<code>fp:[0-9a-f]{8}<\/code>/g)).toHaveLength(2);
  });
});
