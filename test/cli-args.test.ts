// The command line as users see it (src/cli/options.ts, src/cli/program.ts): exact messages and exit codes of mistakes,
// the words commander splits, help and version. Every mistake has the one prefix 'webagent-lint: '.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/platform/meta.js';
import { runCli, tempTree } from './helpers/cli.js';

const clean = `<Global>\ncleartrust.agent.server_pool=p\n</Global>\n<Pool id=p>\ncleartrust.agent.dispatcher_list=d:5608\n</Pool>\n`;
const debug = `<Global>\ncleartrust.agent.log_level=Debug\n</Global>\n`;

describe('mistakes: one message on stderr, exit 2, nothing on stdout', () => {
  const cwd = tempTree({ 'a/webagent.conf': clean });

  it.each([
    [['lint', '--formt', 'json'], "webagent-lint: unknown option '--formt'\n(Did you mean --format?)\n"],
    [['--formt=json', 'a'], "webagent-lint: unknown option '--formt=json'\n"],
    [['--color', 'a'], "webagent-lint: unknown option '--color'\n(Did you mean --no-color?)\n"],
    [['--inline-waivers', 'a'], "webagent-lint: unknown option '--inline-waivers'\n(Did you mean --no-inline-waivers?)\n"],
    [['lint', '--frobnicate'], "webagent-lint: unknown option '--frobnicate'\n"],
    [['-x', 'a'], "webagent-lint: unknown option '-x'\n"],
    [['compare', '--log', 'a'], "webagent-lint: unknown option '--log'\n"],
    [['--fail-on', 'warn', 'a'], "webagent-lint: option '--fail-on <severity>' argument 'warn' is invalid. Allowed choices are error, warning, info.\n"],
    [
      ['-f', 'xml', 'a'],
      "webagent-lint: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, compact, json, sarif, github, junit, html.\n",
    ],
    [['compare', '--format', 'sarif'], "webagent-lint: option '-f, --format <format>' argument 'sarif' is invalid. Allowed choices are text, json, html.\n"],
    [['a', '--output'], "webagent-lint: option '-o, --output <file>' argument missing\n"],
    [['explain', '-f'], "webagent-lint: option '-f, --format <format>' argument missing\n"],
    [['--max-warnings', 'x', 'a'], "webagent-lint: option '--max-warnings <count>' argument 'x' is invalid. expected a whole number\n"],
    // A value is whatever follows the option, even when it starts with a dash.
    [['--max-warnings', '-1', 'a'], "webagent-lint: option '--max-warnings <count>' argument '-1' is invalid. expected a whole number\n"],
    [
      ['--report', 'pdf=x.pdf', 'a'],
      "webagent-lint: option '--report <format=file>' argument 'pdf=x.pdf' is invalid. expected <format>=<file> with a format among text, compact, json, sarif, github, junit, html\n",
    ],
    [
      ['--report', 'sarif', 'a'],
      "webagent-lint: option '--report <format=file>' argument 'sarif' is invalid. expected <format>=<file> with a format among text, compact, json, sarif, github, junit, html\n",
    ],
    [['--no-color=1', 'a'], "webagent-lint: unknown option '--no-color=1'\n(Did you mean --no-color?)\n"],
    [['init', 'extra'], "webagent-lint: too many arguments for 'init'. Expected 0 arguments but got 1.\n"],
    [['help', 'lnt'], "webagent-lint: unknown command 'lnt'\n(Did you mean lint?)\n"],
    [['help', 'nope'], "webagent-lint: unknown command 'nope'\n"],
    // A first word that is no path but a few letters from a command is that command mistyped.
    [['lnt', 'a'], "webagent-lint: unknown command 'lnt'\n(Did you mean lint?)\n"],
    [['compre'], "webagent-lint: unknown command 'compre'\n(Did you mean compare?)\n"],
    [['rule', '--format', 'json'], "webagent-lint: unknown command 'rule'\n(Did you mean rules?)\n"],
  ])('%j', async (argv, message) => {
    expect(await runCli(argv, { cwd })).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

describe('the words', () => {
  const cwd = tempTree({ 'a/webagent.conf': clean, 'w/webagent.conf': debug });

  it('-f json, -fjson, --format json and --format=json are the same', async () => {
    const runs = await Promise.all([['-f', 'json'], ['-fjson'], ['--format', 'json'], ['--format=json']].map((flags) => runCli([...flags, 'a'], { cwd })));
    for (const run of runs) expect(run).toEqual(runs[0]);
    expect(JSON.parse(runs[0]!.stdout).summary.agents).toBe(1);
  });

  it('options go before or after the paths; the last value of an option wins', async () => {
    expect((await runCli(['a', '--format', 'text', '--format', 'json'], { cwd })).stdout).toMatch(/^\{/);
  });

  it('an unknown first word is a path of the default command, as `webagent-lint examples/` is', async () => {
    expect(await runCli(['agents', 'a'], { cwd })).toEqual({
      code: 2,
      stdout: 'Run failed:\n  agents: no such file or directory\n\nThe run failed (1 problem above); no findings in 1 agent (1 file).\n',
      stderr: 'webagent-lint: agents: no such file or directory\n',
    });
    // No path at all is the current directory.
    const none = await runCli([], { cwd });
    expect(none.stdout).toContain('in 2 agents (2 files)');
    expect(none).toEqual(await runCli(['.'], { cwd }));
  });

  it('a word close to a command is still a path when it exists', async () => {
    const dir = tempTree({ 'lnt/webagent.conf': clean });
    expect(await runCli(['lnt'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });

  it('after --, every word is a path, even one that looks like an option', async () => {
    expect(await runCli(['lint', 'a', '--', '--help'], { cwd })).toEqual({
      code: 2,
      stdout: 'Run failed:\n  --help: no such file or directory\n\nThe run failed (1 problem above); no findings in 1 agent (1 file).\n',
      stderr: 'webagent-lint: --help: no such file or directory\n',
    });
  });

  it('--no-fail, --no-color and --no-inline-waivers switch off what is on by default', async () => {
    expect((await runCli(['w', '--fail-on', 'warning'], { cwd })).code).toBe(1);
    expect((await runCli(['w', '--fail-on', 'warning', '--no-fail'], { cwd })).code).toBe(0);
    expect((await runCli(['w', '--no-color'], { cwd, tty: true })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--report is repeatable and every report is written', async () => {
    const dir = tempTree({ 'a/webagent.conf': clean });
    const { code } = await runCli(['a', '--report', 'json=out/a.json', '--report=junit=out/a.xml', '--sarif-file', 'out/a.sarif'], { cwd: dir });
    expect(code).toBe(0);
    for (const file of ['out/a.json', 'out/a.xml', 'out/a.sarif']) expect(existsSync(path.join(dir, file)), file).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'out/a.json'), 'utf8')).summary.agents).toBe(1);
  });

  it('-c takes the rest of its word as the value (-cfile)', async () => {
    expect(await runCli(['-cnone.yaml', 'a'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('none.yaml') });
  });
});

describe('help and version: stdout, exit 0', () => {
  const cwd = tempTree({});

  it.each([[['--version']], [['-V']], [['lint', '--version']], [['rules', '-V']]])('%j prints the version', async (argv) => {
    expect(await runCli(argv, { cwd })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('--help, -h and help without a command describe the program and list every command', async () => {
    const { code, stdout, stderr } = await runCli(['--help'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: webagent-lint \[options\] \[command\]\n/);
    for (const command of [
      'lint [options] [paths...]',
      'compare [options] [paths...]',
      'explain [options] [args...]',
      'rules [options]',
      'init',
      'help [command]',
    ]) {
      expect(stdout).toMatch(new RegExp(`\\n  ${command.replace(/[[\].]/g, '\\$&')} +\\S`));
    }
    expect((await runCli(['-h'], { cwd })).stdout).toBe(stdout);
    expect((await runCli(['help'], { cwd })).stdout).toBe(stdout);
    // Without a command name the help is the program's, wherever --help stands.
    expect((await runCli(['a', '--help'], { cwd })).stdout).toBe(stdout);
  });

  it.each([
    [
      'lint',
      [
        '-f, --format <format>',
        '--report <format=file>',
        '--sarif-file <file>',
        '-o, --output <file>',
        '-c, --config <file>',
        '--no-color',
        '--firewall-idle-timeout <duration>',
        '--active-auth-servers <count>',
        '--max-file-size <size>',
        '--max-warnings <count>',
        '--baseline <file>',
        '--update-baseline',
        '-q, --quiet',
        '--stdin',
        '--stdin-filename <path>',
        '--fix',
        '--fix-dry-run',
        '--print-config <path>',
        '--fail-on <severity>',
        '--no-fail',
        '--no-inline-waivers',
        '--rule <id=severity>',
        '-h, --help',
      ],
    ],
    [
      'compare',
      [
        '-f, --format <format>',
        '--all',
        '-o, --output <file>',
        '-c, --config <file>',
        '--no-color',
        '--firewall-idle-timeout <duration>',
        '--active-auth-servers <count>',
        '--max-file-size <size>',
        '--fail-on <severity>',
        '--no-fail',
        '--no-inline-waivers',
        '--rule <id=severity>',
        '-h, --help',
      ],
    ],
    [
      'explain',
      [
        '-f, --format <format>',
        '-l, --log',
        '-o, --output <file>',
        '-c, --config <file>',
        '--no-color',
        '--firewall-idle-timeout <duration>',
        '--active-auth-servers <count>',
        '--max-file-size <size>',
        '-h, --help',
      ],
    ],
    ['rules', ['-f, --format <format>', '-c, --config <file>', '-h, --help']],
    ['init', ['-h, --help']],
  ])('%s --help lists each option, in order, with its description', async (command, flags) => {
    const { code, stdout, stderr } = await runCli([command, '--help'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const options = stdout.slice(stdout.indexOf('\nOptions:\n'));
    const listed = [...options.matchAll(/^ {2}(-\S.*?) {2,}\S/gm)].map((match) => match[1]);
    expect(listed).toEqual(flags);
    expect((await runCli(['help', command], { cwd })).stdout).toBe(stdout);
    expect((await runCli([command, '-h'], { cwd })).stdout).toBe(stdout);
  });

  it('shows choices and defaults, and wraps at 80 columns', async () => {
    expect((await runCli(['rules', '--help'], { cwd })).stdout).toBe(
      [
        'Usage: webagent-lint rules [options] [ids...]',
        '',
        'list the rules with id, default severity, the severity the config file gives',
        'them and predicted log codes; with rule ids, print their documentation',
        '',
        'Arguments:',
        '  ids                    rule ids whose documentation to print (offline: it',
        '                         ships in the package)',
        '',
        'Options:',
        '  -f, --format <format>  output format (choices: "text", "json", default:',
        '                         "text")',
        '  -c, --config <file>    use this config file instead of the nearest',
        '                         .webagent-lint.yaml',
        '  -h, --help             display help for command',
        '',
      ].join('\n'),
    );
    const lint = (await runCli(['lint', '--help'], { cwd })).stdout;
    expect(lint).toContain(
      '  paths                               agent directories or configuration files\n                                      (default: ["."])\n',
    );
    expect(lint).toContain('(choices: "error", "warning",\n                                      "info", default: "error")');
    for (const line of lint.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('asking for help wins over a mistake elsewhere on the line', async () => {
    expect(await runCli(['lint', '--frobnicate', '--format', 'xml', '--help'], { cwd })).toMatchObject({ code: 0, stderr: '' });
  });
});
