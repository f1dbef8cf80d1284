/** The explain command as a user runs it: the acceptance of issue 5. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { readLog } from '../../src/run/explain.js';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis } from '../../src/logs/analysis.js';
import { messageMatchers } from '../../src/logs/line.js';
import { runCli, tempTree } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/explain.schema.json', import.meta.url), 'utf8')) as object;
const reportSchema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const predictSchema = JSON.parse(readFileSync(new URL('../../schemas/predict.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).addSchema(reportSchema).addSchema(predictSchema).compile(schema);
const valid = (report: unknown): boolean => {
  const ok = validate(report);
  if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
  return ok;
};

const agent = (refresh: string, extra = '') =>
  `<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n${extra}</Pool>\n`;

/** CT_SOCKET_ERROR once an hour for a day, in the seed's line format (RSA KB 000025051). */
function hourlySocketErrors(): string {
  return Array.from({ length: 24 }, (_, hour) => {
    const h12 = String(hour % 12 === 0 ? 12 : hour % 12).padStart(2, '0');
    return `Feb 24, 2007 ${h12}:48:50 ${hour < 12 ? 'AM' : 'PM'} MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR\n`;
  }).join('');
}

describe('explain <code…>', () => {
  it('CT_SOCKET_ERROR names the firewall idle timeout, auth_server_pool_refresh, max_open_connections and the rules that predict it', async () => {
    const { code, stdout, stderr } = await runCli(['explain', 'CT_SOCKET_ERROR'], { cwd: tempTree({}) });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('idle timeout');
    expect(stdout).toContain('cleartrust.agent.auth_server_pool_refresh');
    expect(stdout).toContain('cleartrust.agent.max_open_connections');
    expect(stdout).toContain('predicted by cleartrust/idle-failover-connections (warning), cleartrust/pool-refresh-exceeds-firewall-idle (warning)');
  });

  it('lists exactly the rules whose metadata predicts the code', async () => {
    const { stdout } = await runCli(['explain', '--format', 'json', 'CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT'], { cwd: tempTree({}) });
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    for (const code of report.codes) {
      expect(code.predictedBy.map((r: { ruleId: string }) => r.ruleId)).toEqual(
        rules
          .filter((r) => r.predicts.includes(code.id))
          .map((r) => r.id)
          .sort(),
      );
    }
    expect(report.codes.map((c: { id: string }) => c.id)).toEqual(['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR']);
  });

  it('accepts the spellings of RSA KB 000025051, showing both entries CT_SERVER_TIMED_OUT may mean', async () => {
    const { code, stdout } = await runCli(['explain', '--format', 'json', 'CT_SOCKET_ERRORS', 'CT_SERVER_TIMED_OUT'], { cwd: tempTree({}) });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    expect(report.queries.map((q: { query: string; matches: string[] }) => [q.query, q.matches])).toEqual([
      ['CT_SOCKET_ERRORS', ['CT_SOCKET_ERROR']],
      ['CT_SERVER_TIMED_OUT', ['CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR']],
    ]);
    expect(report.codes.map((c: { id: string }) => c.id)).toEqual(['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR']);
    const text = await runCli(['explain', 'CT_SERVER_TIMED_OUT'], { cwd: tempTree({}) });
    expect(text.stdout).toMatch(/^"CT_SERVER_TIMED_OUT" names 2 codes: CT_SERVER_TIMED_OUT, CT_SERVER_TIMED_OUT_ERROR\n/);
  });

  it('tells the two facts of RSA KB 000025051 beyond the causes: the fail-over delay and the hotfix that added logging', async () => {
    const { stdout } = await runCli(['explain', '--format', 'json', 'CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'], { cwd: tempTree({}) });
    const [socket, timedOut] = JSON.parse(stdout).codes;
    expect(socket.meaning).toContain(
      'When a primary aserver fails and the agent fails over (to another location class, or to a secondary aserver in STANDARD mode), requests may wait briefly while the agent finds the socket dead and opens a new connection.',
    );
    expect(timedOut.causes).toContain(
      'An agent upgraded to a later hotfix: that hotfix added logging, which may make these messages more frequent (the KB calls them CT_SERVER_TIMED_OUT and names no version).',
    );
    expect([socket.sources[0].key, timedOut.sources[0].key]).toEqual(['KB25051', 'KB25051']);
  });

  it('says a code is predicted by its rules, or by no rule, never both "not predictable" and "predicted by"', async () => {
    const predicted = await runCli(['explain', 'access reason 10'], { cwd: tempTree({}) });
    expect(predicted.stdout).toMatch(/^CAMS-ACCESS-REASON-10 {2}Cams access control reason · inferred · predictable from configuration\n/);
    expect(predicted.stdout).toContain('\n  predicted by cams/login-page-requires-auth (error)\n');
    const unpredicted = await runCli(['explain', '5102'], { cwd: tempTree({}) });
    expect(unpredicted.stdout).toMatch(/^CAMS-5102 {2}Cams web agent error · inferred · not predicted by any rule\n/);
    expect(unpredicted.stdout).not.toMatch(/^ {2}predicted by/m);
  });

  it('5005 explains the login page loop and its fix', async () => {
    const { code, stdout } = await runCli(['explain', '5005'], { cwd: tempTree({}) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CAMS-5005 {2}Cams web agent error · documented · predictable from configuration\n/);
    expect(stdout).toContain('redirect to the login page forever');
    expect(stdout).toContain('remedy       Grant everyone access to the login page, or protect it only with a rule that needs no login');
  });

  it('7 shows both reason-7 meanings', async () => {
    const { code, stdout } = await runCli(['explain', '7'], { cwd: tempTree({}) });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('"7" names 2 codes: CAMS-AUTH-REASON-7, CAMS-ACCESS-REASON-7');
    expect(stdout).toContain('CAMS-AUTH-REASON-7  Cams authentication reason');
    expect(stdout).toContain('an ordinary failed login');
    expect(stdout).toContain('CAMS-ACCESS-REASON-7  Cams access control reason');
    expect(stdout).toContain('The resource identifier in the request could not be understood.');
  });

  it('accepts the words a user copies from a log, quoted or not', async () => {
    const { code, stdout } = await runCli(['explain', '--format', 'json', 'access', 'reason', '13', 'auth reason 6'], { cwd: tempTree({}) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).queries).toEqual([
      { query: 'access reason 13', matches: ['CAMS-ACCESS-REASON-13'], closest: [] },
      { query: 'auth reason 6', matches: ['CAMS-AUTH-REASON-6'], closest: [] },
    ]);
  });

  it('an unknown code exits 2 with the closest matches, after explaining the known ones', async () => {
    const { code, stdout, stderr } = await runCli(['explain', 'CT_SOCKET_EROR', '5005'], { cwd: tempTree({}) });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: unknown code "CT_SOCKET_EROR"; closest: CT_SOCKET_ERROR, CT_SERVER_TIMED_OUT, CAMS-5000\n');
    expect(stdout).toMatch(/^CAMS-5005 /);
  });

  it('without a code is a usage error', async () => {
    const { code, stderr } = await runCli(['explain'], { cwd: tempTree({}) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^webagent-lint: explain: name at least one code/);
  });
});

describe('explain --log <files…> [paths…]', () => {
  it('reports hourly CT_SOCKET_ERROR as periodic at about 60 minutes and matches it to the pool refresh line', async () => {
    const cwd = tempTree({ 'logs/ctagent.log': hourlySocketErrors(), 'web01/webagent.conf': agent('1 Hrs') });
    const { code, stdout, stderr } = await runCli(['explain', '--log', 'logs/ctagent.log', 'web01', '--format', 'json'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0); // the agent's only finding is a warning (design §3.2)
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    expect(report.files).toEqual([{ file: 'logs/ctagent.log', lines: 24, recognised: { ctagent: 24 }, unmatched: 0, samples: [] }]);
    expect(report.codes).toHaveLength(1);
    const [socket] = report.codes;
    expect(socket).toMatchObject({
      id: 'CT_SOCKET_ERROR',
      known: true,
      count: 24,
      untimed: 0,
      servers: ['server#1'],
      events: 24,
      medianIntervalSeconds: 3600,
      periodic: true,
      first: { text: 'Feb 24, 2007 12:48:50 AM MST', utc: '2007-02-24T07:48:50.000Z' },
      last: { text: 'Feb 24, 2007 11:48:50 PM MST', utc: '2007-02-25T06:48:50.000Z' },
    });
    expect(socket.explainedBy).toEqual([
      expect.objectContaining({ ruleId: 'cleartrust/pool-refresh-exceeds-firewall-idle', file: 'web01/webagent.conf', line: 6, column: 1, agent: 'web01' }),
    ]);
    expect(socket.unexplained).toBeUndefined();
    expect(report.lint).toEqual({ errors: 0, warnings: 1, infos: 0, agents: 1, files: 1, waived: 0, baselined: 0 });
  });

  it('says the same in text, with the finding at its file:line', async () => {
    const cwd = tempTree({ 'ctagent.log': hourlySocketErrors(), 'web01/webagent.conf': agent('1 Hrs') });
    const { stdout } = await runCli(['explain', '--log', 'ctagent.log', 'web01'], { cwd });
    expect(stdout).toContain('  CT_SOCKET_ERROR  ClearTrust ctagent.log token  24×\n');
    expect(stdout).toContain('    interval     median 60 minutes between 24 events; periodic: recurs about every 60 minutes\n');
    expect(stdout).toContain(
      '    explained by web01/webagent.conf:6:1  warning  Pool __default__ refreshes every 1 hour, not below the firewall idle timeout of 1 hour',
    );
    expect(stdout).not.toContain('Not explained by any finding');
  });

  it('ties both sample lines of RSA KB 000025051 to the refresh-versus-firewall and the idle fail-over findings', async () => {
    // The KB: CT_SERVER_TIMED_OUT_ERROR "can also occur if the TCP/IP socket is dropped", as CT_SOCKET_ERROR does.
    const log = [
      'Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR',
      '01, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR',
    ].join('\n');
    const standard = 'cleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=0\n';
    const cwd = tempTree({ 'ctagent.log': `${log}\n`, 'web01/webagent.conf': agent('1 Hrs', standard) });
    const { code, stdout } = await runCli(['explain', '--log', '--format', 'json', 'ctagent.log', 'web01'], { cwd });
    // Both findings are warnings (the refresh rule since issue 14): the run passes.
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    const explained = (id: string) =>
      report.codes
        .find((c: { id: string }) => c.id === id)
        .explainedBy.map(
          (f: { ruleId: string; file: string; line: number; column: number; predicts: string[] }) =>
            `${f.file}:${f.line}:${f.column} ${f.ruleId} [${f.predicts}]`,
        );
    const both = [
      'web01/webagent.conf:6:1 cleartrust/pool-refresh-exceeds-firewall-idle [CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR]',
      'web01/webagent.conf:8:1 cleartrust/idle-failover-connections [CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR]',
    ];
    expect(explained('CT_SOCKET_ERROR')).toEqual(both);
    expect(explained('CT_SERVER_TIMED_OUT_ERROR')).toEqual(both);
  });

  it('lists the codes no finding explains, and why', async () => {
    const log = [
      '2011-09-14 08:00:00 +0000 - [1] - <Critical> - server#1, 10.0.0.1:5615 CT_SERVER_TIMED_OUT_ERROR',
      '[24/Mar/2005:10:43:58 -0800] 192.168.0.1 "http" 2 7 - bob',
      '2011-09-14 08:00:00 +0000 - [1] - <Critical> - server#1, CT_BRAND_NEW',
    ].join('\n');
    const cwd = tempTree({ 'mixed.log': `${log}\n`, 'web01/webagent.conf': agent('30 Mins') });
    const { code, stdout } = await runCli(['explain', '--log', '--format', 'json', '--firewall-idle-timeout', '1h', 'mixed.log', 'web01'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(valid(report)).toBe(true);
    expect(Object.fromEntries(report.codes.map((c: { id: string; unexplained: string }) => [c.id, c.unexplained]))).toEqual({
      'CAMS-AUTH-REASON-7': 'runtime cause',
      'CAMS-AUTH-STATUS-2': 'runtime cause',
      CT_BRAND_NEW: 'unknown code',
      CT_SERVER_TIMED_OUT_ERROR: 'no finding',
    });
  });

  it('without configuration paths, counts and times the codes and says no configuration was given', async () => {
    const cwd = tempTree({ 'ctagent.log': `garbage\n${hourlySocketErrors()}` });
    const { code, stdout } = await runCli(['explain', '--log', 'ctagent.log'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('  ctagent.log  25 lines; recognised: 24 ctagent; unmatched: 1\n    unmatched ctagent.log:1: garbage\n');
    expect(stdout).toContain('  CT_SOCKET_ERROR: predictable from configuration, but no configuration paths were given\n');
  });

  it('reads a log with a BOM, CRLF, invalid UTF-8 and no last line break, in chunks of any size', async () => {
    const log = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(hourlySocketErrors().replaceAll('\n', '\r\n')),
      Buffer.from('Feb 25, 2007 12:00:00 AM MST - [12] - <Debug> - caf\xe9 ', 'latin1'),
      Buffer.from('\r\nnot a log line \xff', 'latin1'),
    ]);
    const cwd = tempTree({ 'ctagent.log': log });
    const files = [{ file: 'ctagent.log', lines: 26, recognised: { ctagent: 25 }, unmatched: 1, samples: [{ line: 26, text: 'not a log line \ufffd' }] }];
    const { code, stdout } = await runCli(['explain', '--log', '--format', 'json', 'ctagent.log'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ files, codes: [{ id: 'CT_SOCKET_ERROR', count: 24, periodic: true }] });
    const matchers = messageMatchers(logCodes);
    for (const chunkBytes of [1, 2, 3, 5, 64, 1000]) {
      const analysis = createLogAnalysis(matchers);
      await readLog(path.join(cwd, 'ctagent.log'), 'ctagent.log', analysis, matchers, chunkBytes);
      expect(analysis.files(), `chunks of ${chunkBytes} bytes`).toEqual(files);
      expect(
        analysis.codes().map((c) => [c.id, c.count, c.events]),
        `chunks of ${chunkBytes} bytes`,
      ).toEqual([['CT_SOCKET_ERROR', 24, 24]]);
    }
  });

  it('a missing log file exits 2 and the other logs are still explained', async () => {
    const cwd = tempTree({ 'ctagent.log': hourlySocketErrors() });
    const { code, stdout, stderr } = await runCli(['explain', '--log', 'nope.log', 'ctagent.log'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('webagent-lint: nope.log: no such file or directory\n');
    expect(stdout).toContain('CT_SOCKET_ERROR');
  });

  it('without a log file is a usage error', async () => {
    const cwd = tempTree({ 'web01/webagent.conf': agent('1 Hrs') });
    const { code, stderr } = await runCli(['explain', '--log', 'web01'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^webagent-lint: explain --log: name at least one log file/);
  });
});
