import { chmodSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/formats.js';
import { runCli, tempTree } from './helpers/cli.js';
import { HEAVY_TEST_TIMEOUT } from './helpers/timeouts.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
// Each agent gets its own dispatcher, so fleet rules stay out of single-agent tests.
const refreshPool = (refresh: string) =>
  `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d-${refresh.replace(/\W/g, '')}:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
const healthy = refreshPool('30 Mins');

describe('lint acceptance', () => {
  it('reads the real corpus with no parse error and reports the repeated securid login form at its lines', async () => {
    const { code, stdout } = await runCli(['lint', '--format', 'json', 'test/corpus/cleartrust'], { cwd: repo });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId.endsWith('syntax-error'))).toEqual([]);
    const securid = report.findings
      .filter((f: { message: string }) => f.message.startsWith('cleartrust.agent.login_form_location_securid'))
      .map((f: { file: string; line: number; column: number; ruleId: string }) => `${path.basename(f.file)}:${f.line}:${f.column} ${f.ruleId}`);
    expect(securid).toEqual([
      'buildpack-first-commit-indented.webagent.conf:95:2 cleartrust/duplicate-key',
      'buildpack-one-vhost.webagent.conf:91:1 cleartrust/duplicate-key',
      'buildpack-three-vhosts.webagent.conf:91:1 cleartrust/duplicate-key',
      'buildpack-three-vhosts.webagent.conf:155:1 cleartrust/duplicate-key',
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 8, infos: 0, agents: 3, files: 3, waived: 0, baselined: 0 });
  });

  it('predicts CT_SOCKET_ERROR (and CT_SERVER_TIMED_OUT_ERROR) for a 1 Hrs refresh behind a 55-minute firewall, and not for 50 Mins', async () => {
    const cwd = tempTree({ 'hourly/webagent.conf': refreshPool('1 Hrs'), 'fifty/webagent.conf': refreshPool('50 Mins') });
    const { code, stdout } = await runCli(['lint', '--format', 'json', '--firewall-idle-timeout', '55m', '.'], { cwd });
    // A warning since the seed says these regular CT_SOCKET_ERRORs can mostly be ignored: the run passes.
    expect(code).toBe(0);
    const findings = JSON.parse(stdout).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle',
        severity: 'warning',
        file: 'hourly/webagent.conf',
        agent: 'hourly',
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 48,
        predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
      }),
    ]);
    expect(findings[0].message).toContain('55 minutes (from --firewall-idle-timeout)');
    expect(findings[0].remedy).toContain('50 Mins');
  });

  it('takes the firewall timeout from the config file and says where it came from', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('50 Mins'), '.webagent-lint.yaml': 'environment:\n  firewallIdleTimeout: 45m\n' });
    const { code, stdout } = await runCli(['--format', 'json', 'a'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings[0].message).toContain('(from .webagent-lint.yaml:2:24)');
  });

  it('applies severity overrides from the config file', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('1 Hrs'), 'cfg.yaml': 'rules:\n  cleartrust/pool-refresh-exceeds-firewall-idle: info\n' });
    const { code, stdout } = await runCli(['--config', 'cfg.yaml', '--format', 'json', 'a'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['info']);
  });

  it('--rule <id>=<severity> wins over the config file for this run; a mistyped id is exit 2 with the closest id', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('1 Hrs'), 'cfg.yaml': 'rules:\n  cleartrust/pool-refresh-exceeds-firewall-idle: off\n' });
    const severities = async (...argv: string[]) =>
      JSON.parse((await runCli(['--config', 'cfg.yaml', '--format', 'json', ...argv, 'a'], { cwd })).stdout).findings.map(
        (f: { severity: string }) => f.severity,
      );
    expect(await severities()).toEqual([]);
    expect(await severities('--rule', 'cleartrust/pool-refresh-exceeds-firewall-idle=error')).toEqual(['error']);
    expect(
      await severities('--rule', 'cleartrust/pool-refresh-exceeds-firewall-idle=error', '--rule', 'cleartrust/pool-refresh-exceeds-firewall-idle=info'),
    ).toEqual(['info']);
    expect(await runCli(['--rule', 'cleartrust/pool-refresh=off', 'a'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: "webagent-lint: option '--rule <id=severity>' argument 'cleartrust/pool-refresh=off' is invalid. no rule \"cleartrust/pool-refresh\"\n",
    });
  });

  it('is quiet and exits 0 on a healthy agent whose environment is given', async () => {
    const cwd = tempTree({ 'web01/webagent.conf': healthy });
    const { code, stdout, stderr } = await runCli(['web01', '--firewall-idle-timeout', '1h'], { cwd });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'No problems found in 1 agent (1 file).\n', stderr: '' });
  });

  it('ignores paths matching the config ignore globs', async () => {
    const cwd = tempTree({
      'live/webagent.conf': healthy,
      'archive/old/webagent.conf': refreshPool('2 Hrs'),
      '.webagent-lint.yaml': 'ignore: ["**/archive/**"]\n',
    });
    const { code, stdout } = await runCli(['--format', 'json', '.'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.agents).toBe(1);
  });
});

describe('bad input: one clear message, the right exit code, the other files still linted', () => {
  it('a missing path', async () => {
    const cwd = tempTree({ 'ok/webagent.conf': refreshPool('2 Hrs') });
    const { code, stdout, stderr } = await runCli(['--format', 'json', 'nope', 'ok'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: nope: no such file or directory\n');
    expect(JSON.parse(stdout).findings).toHaveLength(1);
  });

  it('a directory with no agents', async () => {
    const cwd = tempTree({ 'empty/readme.txt': 'nothing here' });
    const { code, stderr } = await runCli(['empty'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('webagent-lint: empty: no agent configuration found');
  });

  it('a binary file named on the command line', async () => {
    const cwd = tempTree({ 'agent.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) });
    const { code, stdout } = await runCli(['--format', 'json', 'agent.bin'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toEqual([expect.objectContaining({ ruleId: 'input/unreadable-file', file: 'agent.bin', line: 1, column: 1 })]);
  });

  it('a text file that is not an agent configuration', async () => {
    const cwd = tempTree({ 'notes.txt': 'hello\n' });
    const { code, stderr } = await runCli(['notes.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('notes.txt: not recognised as an agent configuration');
  });

  it('the README named on the command line is mostly prose: not an agent configuration, exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json', 'README.md'], { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^webagent-lint: README\.md: not an agent configuration: only \d+ of its \d+ lines \(blank and comment lines aside\) are settings or block tags; the rest reads as prose\n$/,
    );
    expect(JSON.parse(stdout).findings).toEqual([]);
  });

  it('a named file that is mostly settings is linted, its odd lines reported', async () => {
    const cwd = tempTree({
      'agent.txt': '# notes\n<Global>\ncleartrust.agent.enabled=True\nthis line is prose\n</Global>\n',
      'props.txt': 'cams.cluster.name=Prod\ncams.debug=\\\n  false\n',
    });
    const { code, stdout, stderr } = await runCli(['--format', 'json', 'agent.txt', 'props.txt'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    // The Cams agent is linted too (a continued line counts as a setting); it has no security domain here.
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string; file: string; line: number }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'agent.txt:4 cleartrust/syntax-error',
      'props.txt:1 cams/unlinked-agent',
    ]);
  });

  it('caps the syntax problems of a file: 20, then one "… and N more"', async () => {
    const junk = Array.from({ length: 25 }, (_, i) => `junk line ${i + 1}`).join('\n');
    const cwd = tempTree({ 'a/webagent.conf': `<Global>\n${junk}\n</Global>\n` });
    const { code, stdout } = await runCli(['--format', 'json', 'a'], { cwd });
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as { ruleId: string; line: number; message: string }[];
    expect(findings).toHaveLength(21);
    expect(findings.every((f) => f.ruleId === 'cleartrust/syntax-error')).toBe(true);
    expect(findings[19]?.line).toBe(21);
    expect(findings[20]).toMatchObject({ line: 22, message: '… and 5 more syntax problems in this file from this line on (only the first 20 are listed).' });
  });

  it('a 100 MB file is refused without being read', async () => {
    const cwd = tempTree({ 'big/webagent.conf': '' });
    truncateSync(path.join(cwd, 'big/webagent.conf'), 100 * 1024 * 1024);
    const { code, stdout } = await runCli(['--format', 'json', 'big'], { cwd });
    expect(code).toBe(1);
    const [finding] = JSON.parse(stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'input/unreadable-file', file: 'big/webagent.conf', line: 1, column: 1 });
    expect(finding.message).toBe('File is 104857600 bytes, above the limit of 67108864 bytes; it was not linted.');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const cwd = tempTree({ 'locked/webagent.conf': healthy, 'ok/webagent.conf': healthy });
    chmodSync(path.join(cwd, 'locked/webagent.conf'), 0o000);
    const { code, stderr, stdout } = await runCli(['.'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: locked/webagent.conf: permission denied\n');
    expect(stdout).toContain('1 agent');
  });

  it('a file that is not UTF-8 is read as ISO-8859-1 with a warning at the first bad byte', async () => {
    const cwd = tempTree({
      'a/webagent.conf': new Uint8Array([...Buffer.from('<Global>\ncleartrust.agent.realm=Soci'), 0xe9, ...Buffer.from('t\xe9\n</Global>\n', 'latin1')]),
    });
    const { code, stdout } = await runCli(['--format', 'json', 'a'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([
      expect.objectContaining({ ruleId: 'input/invalid-encoding', severity: 'warning', line: 2, column: 28, endColumn: 29 }),
    ]);
  });

  it('a dangling symbolic link named webagent.conf, beside a symbolic link loop', async () => {
    const cwd = tempTree({ 'ok/webagent.conf': healthy });
    mkdirSync(path.join(cwd, 'gone'));
    symlinkSync(path.join(cwd, 'nowhere.conf'), path.join(cwd, 'gone/webagent.conf'));
    symlinkSync('..', path.join(cwd, 'ok/loop'));
    const { code, stderr, stdout } = await runCli(['.'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: gone/webagent.conf: no such file or directory\n');
    expect(stdout).toContain('1 agent (1 file)');
  });

  it('a file with an unclosed block', async () => {
    const cwd = tempTree({ 'a/webagent.conf': '<Global>\ncleartrust.agent.enabled=True\n' });
    const { code, stdout } = await runCli(['--no-color', 'a'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain('a/webagent.conf\n  1:1     error   <Global> is never closed.  cleartrust/syntax-error');
  });

  it('an invalid config file', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy, '.webagent-lint.yaml': 'environment:\n  firewallIdleTimeout: [1h]\n' });
    const { code, stdout, stderr } = await runCli(['a'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('.webagent-lint.yaml:2:24: environment.firewallIdleTimeout must be string');
  });

  it('an unknown flag', async () => {
    const { code, stderr } = await runCli(['lint', '--frobnicate'], { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--frobnicate'");
  });

  it.each([
    [['--firewall-idle-timeout', '5x', 'examples'], '--firewall-idle-timeout: "5x" is not a duration'],
    [['--active-auth-servers', '0', 'examples'], '--active-auth-servers: "0" is not a positive whole number'],
    [['--max-file-size', 'huge', 'examples'], '--max-file-size: "huge" is not a size'],
    [['--format', 'xml', 'examples'], "argument 'xml' is invalid"],
  ])('a bad value %j', async (argv, message) => {
    const { code, stderr } = await runCli(argv, { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('    at ');
  });

  it('never prints a secret value, even from broken lines', async () => {
    const cwd = tempTree({
      'a/webagent.conf':
        '<Pool id=p>\ncleartrust.agent.key_client_secret=CANARY-s3cr3t\ncleartrust.agent.ssl.keystore_passphrase "CANARY-pass\ncleartrust.agent.retry_count=CANARY-s3cr3t\n',
    });
    for (const format of FORMATS) {
      const { stdout, stderr } = await runCli(['--format', format, 'a'], { cwd });
      expect(stdout + stderr).not.toContain('CANARY');
      expect(stdout).toContain('syntax-error');
    }
  });
});

describe('output', () => {
  it('writes the report to --output and nothing to stdout', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy });
    const { code, stdout } = await runCli(['--format', 'json', '--output', 'report.json', 'a'], { cwd });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')).summary.files).toBe(1);
  });

  it('colours only on a terminal, and never with NO_COLOR or --no-color', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('2 Hrs') });
    const ansi = /\u001b\[/;
    expect((await runCli(['a'], { cwd, tty: true })).stdout).toMatch(ansi);
    expect((await runCli(['a'], { cwd, tty: false })).stdout).not.toMatch(ansi);
    expect((await runCli(['a'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runCli(['--no-color', 'a'], { cwd, tty: true })).stdout).not.toMatch(ansi);
  });

  it('honours FORCE_COLOR as Node does (0 and false turn colour off) and lets a non-empty NO_COLOR win', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('2 Hrs') });
    const ansi = /\u001b\[/;
    const coloured = async (env: Record<string, string>, tty = false) => ansi.test((await runCli(['a'], { cwd, tty, env })).stdout);
    expect(await coloured({ FORCE_COLOR: '1' })).toBe(true);
    expect(await coloured({ FORCE_COLOR: '' })).toBe(true);
    expect(await coloured({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(await coloured({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('--quiet lists errors only; the summary still counts every finding and the exit code still weighs them', async () => {
    const cwd = tempTree({
      'typos/webagent.conf': readFileSync(path.join(repo, 'examples/typos/webagent.conf'), 'utf8'),
      'warn/webagent.conf': refreshPool('2 Hrs'),
    });
    const typos = await runCli(['--quiet', '--format', 'json', 'typos'], { cwd });
    const report = JSON.parse(typos.stdout);
    expect(typos.code).toBe(1);
    expect(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([
      ['cleartrust/invalid-value', 7],
      ['cleartrust/unknown-server-pool', 10],
    ]);
    expect(report.summary).toMatchObject({ errors: 2, warnings: 4 });
    const warningsOnly = await runCli(['-q', '--fail-on', 'warning', '--format', 'json', 'warn'], { cwd });
    expect(warningsOnly.code).toBe(1);
    expect(JSON.parse(warningsOnly.stdout).findings).toEqual([]);
  });

  it('--format compact: one path:line:column: severity: message [rule] line per finding, then the counts', async () => {
    const cwd = tempTree({
      'typos/webagent.conf': readFileSync(path.join(repo, 'examples/typos/webagent.conf'), 'utf8'),
      'warn/webagent.conf': refreshPool('2 Hrs'),
    });
    const typos = await runCli(['--quiet', '--format', 'compact', 'typos'], { cwd });
    expect({ code: typos.code, stdout: typos.stdout }).toEqual({
      code: 1,
      stdout: [
        'typos/webagent.conf:7:34: error: cookie_ip_check is "no thanks", which is not True or False. [cleartrust/invalid-value]',
        'typos/webagent.conf:10:30: error: server_pool is "main", but no <Pool id=main> block exists (pools: __default__). [cleartrust/unknown-server-pool]',
        '6 problems (2 errors, 4 warnings, 0 infos) in 1 agent (1 file).',
        '',
      ].join('\n'),
    });
    const { stdout } = await runCli(['--format', 'compact', 'warn'], { cwd });
    expect(stdout.split('\n')[0]).toMatch(
      /^warn\/webagent\.conf:6:1: warning: .* \(predicts CT_SOCKET_ERROR, CT_SERVER_TIMED_OUT_ERROR\) \[cleartrust\/pool-refresh-exceeds-firewall-idle\]$/,
    );
  });

  it('gives each finding the codes of its own message, in JSON and in SARIF', async () => {
    const timeout = (value: string) =>
      `<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d-${value.replace(/\W/g, '')}:5608\ncleartrust.agent.auth_server_timeout=${value}\n</Pool>\n`;
    const cwd = tempTree({ 'short/webagent.conf': timeout('2 Secs'), 'long/webagent.conf': timeout('5 Mins') });
    const json = JSON.parse((await runCli(['--format', 'json', '.'], { cwd })).stdout);
    expect(
      json.findings.map(
        (f: { ruleId: string; file: string; line: number; column: number; predicts: string[] }) =>
          `${f.ruleId} ${f.file}:${f.line}:${f.column} [${f.predicts}]`,
      ),
    ).toEqual([
      'cleartrust/auth-server-timeout-range long/webagent.conf:3:1 []',
      'cleartrust/auth-server-timeout-range short/webagent.conf:3:1 [CT_SERVER_TIMED_OUT_ERROR]',
    ]);
    const sarif = JSON.parse((await runCli(['--format', 'sarif', '.'], { cwd })).stdout);
    const results = sarif.runs[0].results.map(
      (r: {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        properties: { predicts: string[] };
      }) =>
        `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine} [${r.properties.predicts}]`,
    );
    expect(results).toEqual([
      'cleartrust/auth-server-timeout-range long/webagent.conf:3 []',
      'cleartrust/auth-server-timeout-range short/webagent.conf:3 [CT_SERVER_TIMED_OUT_ERROR]',
    ]);
  });

  it('lists the rules', async () => {
    const { code, stdout } = await runCli(['rules'], { cwd: repo });
    expect(code).toBe(0);
    expect(stdout).toMatch(/cleartrust\/pool-refresh-exceeds-firewall-idle\s+warning\s+CT_SOCKET_ERROR/);
  });

  it('rules <id> prints the documentation that ships in the package, and suggests the id of a typo', async () => {
    const docs = readFileSync(path.join(repo, 'docs/rules/cleartrust/pool-refresh-exceeds-firewall-idle.md'), 'utf8');
    expect(await runCli(['rules', 'cleartrust/pool-refresh-exceeds-firewall-idle'], { cwd: repo })).toEqual({ code: 0, stdout: docs, stderr: '' });
    expect(await runCli(['rules', 'cleartrust/debug-loging'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'webagent-lint: no rule "cleartrust/debug-loging"; did you mean cleartrust/debug-logging? (webagent-lint rules lists them)\n',
    });
  });

  it('init writes a starter config that lints cleanly, and refuses to overwrite it', async () => {
    const cwd = tempTree({ 'a/webagent.conf': healthy });
    expect((await runCli(['init'], { cwd })).code).toBe(0);
    expect(existsSync(path.join(cwd, '.webagent-lint.yaml'))).toBe(true);
    expect((await runCli(['a'], { cwd })).code).toBe(0);
    const again = await runCli(['init'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});

describe('the built bundle', () => {
  const bin = path.join(repo, 'bin/webagent-lint.cjs');

  it('runs the README main command on examples/ and predicts the documented codes', () => {
    expect(existsSync(bin), 'run `npm run bundle` first (npm test does)').toBe(true);
    const result = spawnSync(process.execPath, [bin, 'examples/', '--no-color'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('predicts CT_SOCKET_ERROR');
    expect(result.stdout).toContain('predicts CT_SERVER_TIMED_OUT ');
    expect(result.stdout).toContain('predicts CAMS-5005');
    // 4 ClearTrust agents (4 files) and 4 Cams agents with 2 security domains (8 files). Without a config file
    // the Cams login pages are inferred and the firewall timeout assumed: 3 checks not performed.
    expect(result.stdout).toMatch(
      /\d+ problems \(12 errors, \d+ warnings, 0 infos\) in 8 agents \(12 files\)\. 3 checks were not performed \(see "Not checked" above\)\./,
    );
    expect(result.stdout).toContain('fleet/cleartrust-pool-drift');
    expect(result.stderr).toBe('');
  });

  it('runs with no node_modules: the committed bundle and the launcher are all an install needs', () => {
    const install = tempTree({});
    for (const file of ['bin/webagent-lint.cjs', 'dist/webagent-lint-main.cjs']) cpSync(path.join(repo, file), path.join(install, file));
    const result = spawnSync(process.execPath, [path.join(install, 'bin/webagent-lint.cjs'), 'examples/', '--no-color'], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('predicts CT_SOCKET_ERROR');
    expect(result.status).toBe(1);
  });

  it('runs the language server with no node_modules: vscode-languageserver is in the bundle, loaded only by lsp', async () => {
    const install = tempTree({});
    for (const file of ['bin/webagent-lint.cjs', 'dist/webagent-lint-main.cjs']) cpSync(path.join(repo, file), path.join(install, file));
    const message = (id: number | undefined, method: string, params: object | null) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...(id !== undefined ? { id } : {}), method, params });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const server = spawn(process.execPath, [path.join(install, 'bin/webagent-lint.cjs'), 'lsp', '--stdio'], {
      cwd: install,
      env: { PATH: process.env['PATH'] },
    });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('close', resolve));
    // Each answer before the next message, stdin kept open, as an editor does: the server ends when stdin does.
    const answer = (id: number, text: string) =>
      new Promise<void>((resolve) => {
        server.stdout.on('data', () => {
          if (stdout.includes(`"id":${id}`)) resolve();
        });
        server.stdin.write(text);
      });
    server.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await answer(1, message(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
    await answer(2, message(2, 'shutdown', null));
    server.stdin.write(message(undefined, 'exit', null));
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('"hoverProvider":true');
  });

  it(
    'lints 1,500 ClearTrust agents in a 64 MB heap: each model and text is dropped once judged',
    async () => {
      const { generateClearTrustFleet } = await import('../scripts/bench-generate.mjs');
      const dir = tempTree({});
      generateClearTrustFleet(dir, 1500, 1);
      const result = spawnSync(process.execPath, ['--max-old-space-size=64', bin, dir, '--no-color', '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(result.stderr).toBe('');
      // Its findings (hourly refreshes, repeated login forms) are warnings: the run passes.
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, agents: 1500, files: 1500 });
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'shares a large fleet among worker threads with the same report as one thread',
    async () => {
      const { generateClearTrustFleet } = await import('../scripts/bench-generate.mjs');
      const { PARALLEL_THRESHOLD } = await import('../src/run/chunks.js');
      const cwd = tempTree({});
      generateClearTrustFleet(path.join(cwd, 'fleet'), PARALLEL_THRESHOLD + 200, 7);
      const args = ['lint', 'fleet', '--format', 'json'];
      // The built bundle splits the fleet (when the machine has more than one core); the CLI run from source never does.
      const parallel = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
      const single = await runCli(args, { cwd });
      expect(parallel.stderr).toBe('');
      expect(parallel.status).toBe(single.code);
      expect(JSON.parse(single.stdout).findings.length).toBeGreaterThan(100);
      expect(parallel.stdout).toBe(single.stdout);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('stops with a clear message, exit 2, when a fleet does not fit in the heap', () => {
    // A run keeps every agent's fleet facts: 1,500 agents of 400 settings each, every value its own (about
    // 30 MB of distinct strings as the fleet stores them), cannot fit in a 64 MB heap.
    const settings = (agent: number) =>
      Array.from({ length: 400 }, (_, i) => `cams.example.setting${i}=value ${i} of agent ${agent}, a long enough line`).join('\n');
    const files = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`web${i}/cams-webagent.conf`, `cams.cluster.name=Prod\n${settings(i)}\n`]));
    const dir = tempTree(files);
    const result = spawnSync(process.execPath, ['--max-old-space-size=64', bin, dir, '--no-color'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^webagent-lint: the 1500 files do not fit in Node's heap of \d+ MB \(stopped after \d+\); lint fewer at a time, or give Node more memory: NODE_OPTIONS=--max-old-space-size=\d+\n$/,
    );
  });

  describe('with its stdout closed by the reader (`webagent-lint … | head -1`)', () => {
    const cwd = tempTree({});
    beforeAll(async () => {
      const { generateClearTrustFleet } = await import('../scripts/bench-generate.mjs');
      // 400 generated agents give a text report of about 700 KB, far beyond a pipe's 64 KB buffer.
      generateClearTrustFleet(path.join(cwd, 'fleet'), 400, 1);
    });

    /** Runs the CLI into a real pipe, reads its first line and closes the pipe, as `| head -1` does. */
    const firstLineThenClose = (args: readonly string[]) =>
      new Promise<{ line: string; status: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('\n')) child.stdout.destroy();
        });
        child.on('error', reject);
        child.on('close', (status) => resolve({ line: stdout.slice(0, stdout.indexOf('\n')), status, stderr }));
      });

    it('exits 1 without a word on stderr when there are findings that fail the run', async () => {
      const result = await firstLineThenClose(['lint', 'fleet', '--no-color', '--fail-on', 'warning']);
      expect(result.line).toMatch(/^fleet\//);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
    });

    it('exits 0 when the findings do not fail the run', async () => {
      const result = await firstLineThenClose(['lint', 'fleet', '--no-color', '--no-fail']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  });

  it.runIf(existsSync('/dev/full'))('exits 2 with one line on stderr when the report cannot be written', () => {
    const result = spawnSync(process.execPath, [bin, 'examples/', '--no-color', '--no-fail'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
    });
    expect(result.stderr).toBe('webagent-lint: cannot write the output: ENOSPC: no space left on device, write\n');
    expect(result.status).toBe(2);
  });

  it('prints its version', () => {
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version);
    expect(result.status).toBe(0);
  });
});

// Keep the linted files untouched (design: the linter never writes to its inputs).
describe('inputs', () => {
  it('are not modified', async () => {
    const cwd = tempTree({ 'a/webagent.conf': refreshPool('2 Hrs') });
    const before = readFileSync(path.join(cwd, 'a/webagent.conf'));
    await runCli(['a'], { cwd });
    expect(readFileSync(path.join(cwd, 'a/webagent.conf'))).toEqual(before);
  });
});
