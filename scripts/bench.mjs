// `npm run bench`: generates deterministic fleets and logs, measures the baselines and webagent-lint side by
// side in the same run, and prints every figure as a ratio to its baseline with the target's pass/fail.
// Absolute times are not comparable between runs on shared machines; ratios measured together are.
//
//   npm run bench                 full run (1k, 10k, 100k agents; 300 MB log)
//   npm run bench -- --quick      1k and 10k agents, 50 MB log (for trying a change)
//   npm run bench -- --only log   one part: cold, lsp, fleet, policy or log (combine with --quick)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCamsDomain, generateClearTrustFleet, generateCtagentLog } from './bench-generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const parts = ['cold', 'lsp', 'fleet', 'policy', 'log'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !parts.includes(only)) {
  console.error(`--only takes one of ${parts.join(', ')}`);
  process.exit(2);
}
const selected = (part) => only === undefined || only === part;
const data = path.join(os.tmpdir(), 'webagent-lint-bench');
const cli = path.join(root, 'bin/webagent-lint.cjs');
const ioFloor = path.join(root, 'scripts/bench-io-floor.mjs');
const hasTime = existsSync('/usr/bin/time');

// The bundle is committed, but its code cache is made by a build on this machine (a fresh clone has none).
if (!existsSync(path.join(root, 'dist/webagent-lint-main.cjs.v8cache'))) run('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
mkdirSync(data, { recursive: true });

const results = [];
const fleets = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const logMegabytes = quick ? 50 : 300;

console.log(
  `webagent-lint bench — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
);
console.log(`data in ${data}${hasTime ? '' : ' (no /usr/bin/time: peak memory not measured)'}\n`);

// 1. Cold start of one small agent against `node -e 0`.
if (selected('cold')) {
  // Alternated: a few milliseconds of load drift between two series of runs would move the ratio by 10%.
  const [floor, lint] = measureAlternating(
    ['node -e 0', ['node', '-e', '0']],
    ['lint one agent', ['node', cli, 'lint', path.join(root, 'examples/healthy/webagent.conf')]],
    21,
  );
  target('cold start, one small agent', lint, floor, 1.3, 'node -e 0');
}

// 1b. The language server: diagnostics of a 200-line agent from a warm server (didChange → publishDiagnostics)
// against `lint` on the same file, which starts a process each time.
if (selected('lsp')) {
  const dir = path.join(data, 'lsp-agent');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'webagent.conf');
  writeFileSync(file, twoHundredLineAgent());
  const lint = measure('lint one 200-line agent', ['node', cli, 'lint', file], 21);
  const lsp = summarize('lsp diagnostics after a change', await lspDiagnosticsTimes(dir, file, 21));
  target('lsp diagnostics, 200-line agent (≤ 1.5× lint)', lsp, lint, 1.5, 'lint');
}

// 2. Fleets: lint with the fleet rules against reading every file and splitting it into lines.
const perAgent = {};
for (const size of selected('fleet') ? fleets : []) {
  const dir = path.join(data, `cleartrust-${size}`);
  const generated = ensure(dir, () => generateClearTrustFleet(dir, size, 20261122));
  const runs = size >= 100_000 ? 1 : 3;
  const floor = measure(`I/O floor ${size}`, ['node', ioFloor, dir], runs);
  const lint = measure(`lint ${size} agents`, ['node', cli, 'lint', dir, '--format', 'json', '--output', os.devNull, '--no-fail'], runs);
  perAgent[size] = lint.seconds / size;
  console.log(
    `  ${size} agents: ${(generated.bytes / 2 ** 20).toFixed(0)} MB, ${((lint.seconds * 1e6) / size).toFixed(0)} µs per agent, peak ${mb(lint.rss)} (files ${(generated.bytes / 2 ** 20).toFixed(0)} MB)`,
  );
  if (size === 10_000) {
    target('10k agents, lint with fleet rules', lint, floor, 2, 'I/O floor');
    limit('10k agents, peak memory', lint.rss, 300 * 2 ** 20);
    // predict is lint plus the model of every pool and of every remedy: measured against lint, the two runs
    // alternating, so that the load of a shared machine weighs on both alike.
    const [lintAgain, predict] = measureAlternating(
      [`lint ${size} agents (with predict)`, ['node', cli, 'lint', dir, '--format', 'json', '--output', os.devNull, '--no-fail']],
      [`predict ${size} agents`, ['node', cli, 'predict', dir, '--format', 'json', '--output', os.devNull]],
      runs,
    );
    target('10k agents, predict (≤ 1.5× lint)', predict, lintAgain, 1.5, 'lint');
  }
  if (size === 100_000) {
    limit('100k agents, per-agent time vs 10k (≤ 1.2×)', perAgent[100_000] / perAgent[10_000], 1.2, (v) => `${v.toFixed(2)}×`);
    limit('100k agents, peak memory vs file bytes (≤ 0.5×)', lint.rss / generated.bytes, 0.5, (v) => `${v.toFixed(2)}×`);
  }
}

// 3. Cams policy reading and all policy rules against xmllint --noout on the same large policy.
if (selected('policy')) {
  const xmllint = findXmllint();
  for (const permissions of quick ? [20_000] : [20_000, 200_000]) {
    const dir = path.join(data, `cams-policy-${permissions}`);
    const generated = ensure(dir, () => generateCamsDomain(path.join(dir, 'system'), permissions, 20261122));
    const lint = measure(`lint policy ${permissions} permissions`, ['node', cli, 'lint', dir, '--format', 'json', '--output', os.devNull, '--no-fail'], 3);
    console.log(`  ${permissions} permissions: ${(generated.bytes / 2 ** 20).toFixed(1)} MB, ${(generated.bytes / 2 ** 20 / lint.seconds).toFixed(1)} MB/s`);
    if (permissions === (quick ? 20_000 : 200_000)) {
      if (xmllint) {
        const native = measure(`xmllint --noout ${permissions}`, [xmllint, '--noout', path.join(dir, 'system', 'access-control-policy.xml')], 3);
        target(`policy of ${permissions} permissions, throughput (≥ 1/3 of xmllint)`, lint, native, 3, 'xmllint --noout');
      } else {
        console.log('  xmllint not found and could not be installed (Debian package libxml2-utils): policy target skipped');
      }
    }
  }
}

// 4. explain --log against grep -c of the same codes.
if (selected('log')) {
  const log = path.join(data, `ctagent-${logMegabytes}MB.log`);
  ensure(`${log}.done`, () => generateCtagentLog(log, logMegabytes * 2 ** 20, 20261122));
  const grep = measure('grep -c codes', ['grep', '-c', '-E', 'CT_SOCKET_ERROR|CT_SERVER_TIMED_OUT', log], 3);
  const explain = measure('explain --log', ['node', cli, 'explain', '--log', log, '--format', 'json', '--output', os.devNull], 3);
  target('explain --log throughput (≥ 1/4 of grep -c)', explain, grep, 4, 'grep -c');
  limit('explain --log peak memory (flat)', explain.rss, 256 * 2 ** 20);
}

console.log('\nsummary');
for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.text}`);
writeFileSync(path.join(data, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
console.log(`\nresults written to ${path.join(data, 'results.json')}`);

/** The example behind a firewall, grown to 200 lines with virtual hosts. */
function twoHundredLineAgent() {
  const lines = readFileSync(path.join(root, 'examples/firewall-drops/webagent.conf'), 'utf8').trimEnd().split('\n');
  for (let i = 0; lines.length + 5 <= 200; i++) {
    lines.push(
      `<VirtualHost name=www${i}.example.org address=* port=*>`,
      'cleartrust.agent.idle_timeout=30 Mins',
      'cleartrust.agent.session_lifetime=8 Hrs',
      `# host ${i}`,
      '</VirtualHost>',
    );
  }
  while (lines.length < 200) lines.push('#');
  return `${lines.join('\n')}\n`;
}

/**
 * Times from a didChange to the publishDiagnostics that follows it, `runs` times, from one server warmed up by
 * opening the file: a minimal JSON-RPC client over the server's standard input and output.
 */
async function lspDiagnosticsTimes(dir, file, runs) {
  const server = spawn('node', [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  let onMessage = () => {};
  server.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      onMessage(message);
    }
  });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const next = (accept) => new Promise((resolve) => (onMessage = (message) => accept(message) && resolve(message)));
  const uri = `file://${file}`;
  const diagnostics = () => next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri);
  const initialized = next((message) => message.id === 1);
  send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: `file://${dir}`, capabilities: {} } });
  await initialized;
  send({ method: 'initialized', params: {} });
  const text = readFileSync(file, 'utf8');
  const opened = diagnostics();
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'conf', version: 1, text } } });
  await opened;
  const times = [];
  for (let version = 2; version < runs + 2; version++) {
    const published = diagnostics();
    const start = process.hrtime.bigint();
    // Each change really changes the text: a comment line at the top says which version this is.
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text: `# version ${version}\n${text}` }] } });
    await published;
    times.push({ seconds: Number(process.hrtime.bigint() - start) / 1e9, rss: 0 });
  }
  const closed = new Promise((resolve) => server.on('close', resolve));
  const shutdown = next((message) => message.id === 2);
  send({ id: 2, method: 'shutdown', params: null });
  await shutdown;
  send({ method: 'exit', params: null });
  await closed;
  return times;
}

/** Median wall time (and the largest peak RSS) of `runs` runs of a command. */
function measure(name, argv, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(runOnce(name, argv));
  return summarize(name, times);
}

/** Two commands run in turn, `runs` times each: their medians, measured under the same load. */
function measureAlternating([nameA, argvA], [nameB, argvB], runs) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(runOnce(nameA, argvA));
    b.push(runOnce(nameB, argvB));
  }
  return [summarize(nameA, a), summarize(nameB, b)];
}

/** One run's wall time and peak RSS. */
function runOnce(name, argv) {
  const command = hasTime ? ['/usr/bin/time', '-f', '%M', ...argv] : argv;
  const start = process.hrtime.bigint();
  // stdout is a pipe, not /dev/null: GNU grep stops at the first match when its output is /dev/null.
  const child = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${name} failed (${child.status}): ${child.stderr}`);
  return { seconds, rss: hasTime ? Number(child.stderr.trim().split('\n').pop()) * 1024 : 0 };
}

function summarize(name, times) {
  const seconds = times.map((time) => time.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  const rss = Math.max(...times.map((time) => time.rss));
  // No peak for what is not a process of its own (the language server's answers): its times carry rss 0.
  console.log(`${name.padEnd(34)} ${median.toFixed(3)} s (median of ${times.length})${hasTime && rss > 0 ? `, peak ${mb(rss)}` : ''}`);
  return { seconds: median, rss };
}

function target(name, measured, baseline, maxRatio, baselineName) {
  const ratio = measured.seconds / baseline.seconds;
  results.push({
    name,
    pass: ratio <= maxRatio,
    text: `${ratio.toFixed(2)}× ${baselineName} (target ≤ ${maxRatio}×)`,
    ratio,
    seconds: measured.seconds,
    baseline: baseline.seconds,
  });
}

function limit(name, value, max, show = mb) {
  results.push({ name, pass: value <= max, text: `${show(value)} (target ≤ ${show(max)})`, value });
}

function ensure(marker, create) {
  const stamp = `${marker}.json`;
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8'));
  console.log(`generating ${marker} …`);
  const info = create();
  writeFileSync(stamp, JSON.stringify(info));
  return info;
}

/** xmllint, installing Debian's libxml2-utils when it is missing and we may (root, apt-get present). */
function findXmllint() {
  const which = () => spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).stdout.trim();
  if (which()) return which();
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('installing libxml2-utils for the native XML baseline …');
    spawnSync('sh', [
      '-c',
      'apt-get install -y libxml2-utils >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y libxml2-utils >/dev/null 2>&1)',
    ]);
  }
  return which() || undefined;
}

function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

function run(command, args, options) {
  const result = spawnSync(command, args, options);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}
