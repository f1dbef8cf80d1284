import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { MAX_CONFIG_LENGTH, MAX_NESTING, parseConfig } from '../src/config/config.js';

const ruleIds = new Set(rules.map((rule) => rule.id));
const parse = (text: string) => parseConfig('.webagent-lint.yaml', text, ruleIds);

describe('.webagent-lint.yaml', () => {
  it('reads environment, severities and ignores', () => {
    const result = parse(
      'environment:\n  firewallIdleTimeout: 55m\n  activeAuthServers: 2\nrules:\n  cleartrust/debug-logging: off\nignore: ["**/archive/**"]\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.environment).toEqual({
      firewallIdleTimeout: { seconds: 3300, where: '.webagent-lint.yaml:2:24' },
      activeAuthServers: { value: 2, where: '.webagent-lint.yaml:3:22' },
    });
    expect(result.config.severities.get('cleartrust/debug-logging')).toBe('off');
    expect(result.config.ignore).toEqual(['**/archive/**']);
  });

  it('reads the aservers of the dispatchers, for every pool or per dispatcher group (list order and case ignored)', () => {
    const all = parse('environment:\n  authServers: 3\n');
    expect(all.ok && all.config.environment.authServers).toEqual([{ value: 3, where: '.webagent-lint.yaml:2:16' }]);
    const groups = parse('environment:\n  authServers:\n    "Disp2:5608, disp1:5608": 4\n    disp3:5608: 2\n');
    expect(groups.ok && groups.config.environment.authServers).toEqual([
      { dispatchers: 'disp1:5608,disp2:5608', value: 4, where: '.webagent-lint.yaml:3:31' },
      { dispatchers: 'disp3:5608', value: 2, where: '.webagent-lint.yaml:4:17' },
    ]);
    expect(parse('environment:\n  authServers: 0\n').ok).toBe(false);
  });

  it('accepts an empty file', () => expect(parse('').ok).toBe(true));

  it('keeps documentationUrl without its trailing slashes, the only URL a report may link to', () => {
    const result = parse('documentationUrl: https://git.example.com/tools/webagent-lint/\n');
    expect(result.ok && result.config.documentationUrl).toBe('https://git.example.com/tools/webagent-lint');
    expect(parse('documentationUrl: git.example.com/tools\n').ok).toBe(false);
  });

  it.each([
    ['YAML syntax', 'rules:\n  a: [\n', 3, 1, 'invalid YAML'],
    ['an unknown top-level key, at the key', 'environment: {}\nrulez:\n  x: off\n', 2, 1, 'unknown setting "rulez"'],
    ['an unknown environment key', 'environment:\n  firewallTimeout: 1h\n', 2, 3, 'unknown setting "environment.firewallTimeout"'],
    [
      'a bad severity, at the value',
      'rules:\n  cleartrust/debug-logging: fatal\n',
      2,
      29,
      'rules.cleartrust/debug-logging must be equal to one of the allowed values: error, warning, info, off',
    ],
    ['a wrong type', 'environment:\n  activeAuthServers: two\n', 2, 22, 'environment.activeAuthServers must be integer'],
    ['a bad duration', 'environment:\n  firewallIdleTimeout: soon\n', 2, 24, 'is not a duration'],
    ['an unknown rule with a suggestion', 'rules:\n  cleartrust/debug-loging: off\n', 2, 3, 'did you mean "cleartrust/debug-logging"'],
    ['a duplicate key', 'rules: {}\nrules: {}\n', 2, 1, 'invalid YAML'],
  ])('reports %s at its line and column', (_, text, line, column, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: '.webagent-lint.yaml', line, column });
    expect(result.errors[0]?.message).toContain(message);
  });

  it('reports aliases that expand exponentially (a YAML billion laughs) at the first alias, instead of throwing', () => {
    const lines = ['ignore:', '  - x', `a: &a [${Array(9).fill('"lol"').join(',')}]`];
    for (let i = 1; i < 9; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    expect(parse(lines.join('\n'))).toEqual({
      ok: false,
      errors: [{ path: '.webagent-lint.yaml', line: 4, column: 8, message: 'invalid YAML: Excessive alias count indicates a resource exhaustion attack' }],
    });
  });

  it('refuses nesting past MAX_NESTING before yaml sees it: 4,000 [ once aborted the whole process in V8', () => {
    for (const text of [`ignore: ${'['.repeat(4000)}`, `${'- '.repeat(60)}x`, `${'? '.repeat(500)}x`]) {
      const result = parse(text);
      expect(result.ok || result.errors[0]?.message).toBe(`invalid YAML: nested more than ${MAX_NESTING} levels deep`);
    }
  });

  it('refuses a login page URL with a user name or password, without quoting it (findings and --print-config show login pages)', () => {
    expect(parse('cams:\n  loginPages:\n    - https://www.example.org/ok.jsp\n    - https://admin:s3cret@www.example.org/cams/login.jsp\n')).toEqual({
      ok: false,
      errors: [
        {
          path: '.webagent-lint.yaml',
          line: 4,
          column: 7,
          message: 'cams.loginPages: a login page URL must not carry a user name or password (write e.g. https://www.example.com/cams/login.jsp)',
        },
      ],
    });
  });

  it("places errors after an unterminated quoted scalar on their own line (yaml's line counter put them on line 1)", () => {
    expect(parse('"""# c\ncams:\n  loginPages: ["https://x"]\n')).toEqual({
      ok: false,
      errors: [
        { path: '.webagent-lint.yaml', line: 1, column: 3, message: 'invalid YAML: Unexpected double-quoted-scalar at node end' },
        { path: '.webagent-lint.yaml', line: 3, column: 17, message: 'invalid YAML: Unexpected scalar at node end' },
      ],
    });
  });

  // Found by the property test of test/fuzz/readers.ts: yaml puts an error at the end of a CRLF line on the LF,
  // which was reported one column past the line's end. Each is now where the same file with LF line ends has it.
  const indented = (collection: string, close: string) =>
    `invalid YAML: ${collection} in block collection must be sufficiently indented and end with a ${close}`;
  it.each([
    ['[[}\r\n', [1, 3, indented('Flow sequence', ']')], [1, 4, 'invalid YAML: Flow sequence must end with a ]']],
    ['{{]\r\n', [1, 3, indented('Flow map', '}')], [1, 4, 'invalid YAML: Flow map must end with a }']],
    ['[{"https://www.example.org/cams/login.jsp"]\r\n', [1, 43, indented('Flow map', '}')], [1, 44, 'invalid YAML: Flow sequence must end with a ]']],
  ] as const)('reports the errors of %j inside its CRLF line', (text, ...errors) => {
    expect(parse(text)).toEqual({ ok: false, errors: errors.map(([line, column, message]) => ({ path: '.webagent-lint.yaml', line, column, message })) });
  });

  it('keeps the first 20 yaml errors, on one line each and without terminal escapes', () => {
    const result = parse(`${'"'.repeat(1000)}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(21);
    expect(result.errors[20]?.message).toBe('invalid YAML: 479 more errors after these');
    const escaped = parse('> a\u001b[2J\rb: c\r');
    expect(escaped.ok || escaped.errors.map((e) => e.message)).toEqual(['invalid YAML: Not a YAML token: a\\u001b[2J']);
  });

  it('shows a key that is a whole YAML document on one line, quoted and cut', () => {
    const result = parse(`? {a: [1, 2], b: "${'x'.repeat(100)}"}\n: 1\n`);
    expect(result.ok || result.errors[0]?.message).toBe(`unknown setting "{\\n  a: [ 1, 2 ],\\n  b: \\"${'x'.repeat(57)}…"`);
  });

  it(`refuses a file over ${MAX_CONFIG_LENGTH} characters without parsing it`, () => {
    expect(parse(`ignore:\n${'  - a\n'.repeat(30_000)}`)).toEqual({
      ok: false,
      errors: [
        {
          path: '.webagent-lint.yaml',
          line: 1,
          column: 1,
          message: `the file is 180008 characters long, more than the ${MAX_CONFIG_LENGTH} a config file may have`,
        },
      ],
    });
  });
});
