/**
 * Issue 14 (items 1, 5 and 6) as scenarios written from the sentences of the seed documents: RSA KB 000025051
 * (shared/seeds/000_…, "KB25051") and the Cams "Log and Error Codes" chapter (shared/seeds/003_…, "SEED-CAMS").
 * Each test quotes the sentence it encodes (or names the other source). Most assert every finding of every rule
 * on the input — rule, predicted codes, file, line and column — so a "no finding" case is strict; the fleet and
 * CLI scenarios single out the rules they are about.
 */
import { describe, expect, it } from 'vitest';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis } from '../../src/logs/analysis.js';
import { messageMatchers, parseLogLine } from '../../src/logs/line.js';
import type { Finding } from '../../src/engine/engine.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { lintFiles, lintText, testPath, type LintOptions } from '../helpers/lint.js';

const P = 'cleartrust.agent.';
const shown = (f: Finding) => `${testPath(f.file)}:${f.line}:${f.column} ${f.ruleId} ${f.predicts.join(',') || '-'}`;
const all = (text: string, options?: LintOptions) => lintText(text, options).map(shown);
const global = (...lines: string[]) => `<Global>\n${lines.map((l) => P + l).join('\n')}\n</Global>\n`;
const pool = (...lines: string[]) => `<Pool id=__default__>\n${lines.map((l) => P + l).join('\n')}\n</Pool>\n`;
const cams = (cluster: string | undefined, ...lines: string[]) =>
  `${cluster === undefined ? '' : `cams.cluster.name=${cluster}\n`}${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
/** The security domain the Cams agents link to (so no cams/unlinked-agent finding): its login-config has `http`. */
const DOMAIN = {
  'system/login-config.xml':
    '<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="org.example.LoginModule" flag="REQUIRED"/>\n  </login-config-entry>\n</login-config>\n',
};
const camsRun = (files: Record<string, string>) => lintFiles({ ...DOMAIN, ...files });
const camsFleet = (files: Record<string, string>) => camsRun(files).map(shown);

describe('KB25051: pool settings wherever they are written (issue 14 item 1)', () => {
  // "Decrease the cleartrust.agent.auth_server_pool_refresh interval to a period slightly less than the firewalls idle timeout value."
  it('a 2-hour refresh written in <Global> (no <Pool>) is judged at its own line, and said to be outside its block', () => {
    expect(all(global('enabled=True', 'auth_server_pool_refresh=2 Hrs'))).toEqual([
      'webagent.conf:3:1 cleartrust/misplaced-setting -',
      'webagent.conf:3:1 cleartrust/pool-refresh-exceeds-firewall-idle CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
  });

  // "... slightly less than the firewalls idle timeout value": 50 minutes is, so only the placement is reported.
  it('a 50-minute refresh in <Global>: no refresh finding, only the placement', () => {
    expect(all(global('auth_server_pool_refresh=50 Mins'))).toEqual(['webagent.conf:2:1 cleartrust/misplaced-setting -']);
  });

  // Same sentence; the pool's own line is the one the agent reads (README assumption), so Global's 2 hours is not judged.
  it('a 2-hour refresh in <Global> while <Pool> says 50 minutes: the Pool wins, the Global line is reported as without effect', () => {
    const findings = lintText(global('auth_server_pool_refresh=2 Hrs') + pool('auth_server_pool_refresh=50 Mins'));
    expect(findings.map(shown)).toEqual(['webagent.conf:2:1 cleartrust/misplaced-setting -']);
    expect(findings[0]?.messageId).toBe('shadowed');
  });

  // Same sentence, for a VirtualHost that selects its own pool with server_pool.
  it('a 2-hour refresh in a <VirtualHost> is judged for the pool that VirtualHost uses', () => {
    const text = `<VirtualHost name=a address=* port=*>\n${P}server_pool=b\n${P}auth_server_pool_refresh=2 Hrs\n</VirtualHost>\n<Pool id=b>\n${P}dispatcher_list=d1:5608\n</Pool>\n`;
    const findings = lintText(text);
    expect(findings.map(shown)).toEqual([
      'webagent.conf:3:1 cleartrust/misplaced-setting -',
      'webagent.conf:3:1 cleartrust/pool-refresh-exceeds-firewall-idle CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
    expect(findings[1]?.message).toMatch(/^Pool b refreshes every 2 hours/);
  });

  // "If the agent is in STANDARD mode, or is using location classes, only a few of these aserver connections may be
  // actively used." + "Set the cleartrust.agent.max_open_connections value to the number of active connections".
  it('STANDARD mode and max_open_connections=0 in <Global>: idle-failover-connections at the limit line', () => {
    expect(all(global('auth_server_mode=STANDARD', 'max_open_connections=0'))).toEqual([
      'webagent.conf:2:1 cleartrust/misplaced-setting -',
      'webagent.conf:3:1 cleartrust/idle-failover-connections CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
      'webagent.conf:3:1 cleartrust/misplaced-setting -',
    ]);
  });

  // Same sentences: location classes set in <Global>, the limit in <Pool>.
  it('location_class_priority in <Global> and max_open_connections=0 in <Pool>: reported at the Pool line', () => {
    expect(all(global('location_class_priority=east,west') + pool('max_open_connections=0'))).toEqual([
      'webagent.conf:2:1 cleartrust/misplaced-setting -',
      'webagent.conf:5:1 cleartrust/idle-failover-connections CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
  });

  // The converse of the same sentence: in DISTRIBUTED mode without location classes the connections are used.
  it('DISTRIBUTED mode with no limit in <Global>: no idle-failover finding', () => {
    expect(all(global('auth_server_mode=DISTRIBUTED', 'max_open_connections=0'))).toEqual([
      'webagent.conf:2:1 cleartrust/misplaced-setting -',
      'webagent.conf:3:1 cleartrust/misplaced-setting -',
    ]);
  });

  // KB 000023587 (domain note §3): "If it is set together with dispatcher_list, the connection pool gets duplicate connections."
  it('both server lists in <Global>: duplicate-server-lists at the auth_server_list line', () => {
    expect(all(global('dispatcher_list=d1:5608', 'auth_server_list=a1:5615'))).toEqual([
      'webagent.conf:2:1 cleartrust/misplaced-setting -',
      'webagent.conf:3:1 cleartrust/duplicate-server-lists CT_SERVER_TIMED_OUT',
      'webagent.conf:3:1 cleartrust/misplaced-setting -',
    ]);
  });

  // "The CT_SERVER_TIMED_OUT_ERROR indicates that the aserver did not respond within the timeout limit (default 15 seconds)."
  it('a 2-second reply timeout in <Global> is judged against the 15-second default', () => {
    expect(all(global('auth_server_timeout=2 Secs'))).toEqual([
      'webagent.conf:2:1 cleartrust/auth-server-timeout-range CT_SERVER_TIMED_OUT_ERROR',
      'webagent.conf:2:1 cleartrust/misplaced-setting -',
    ]);
  });

  // Same sentence: the default itself is fine wherever it is written (only the placement is reported).
  it('the documented 15 seconds in <Global>: no timeout finding', () => {
    expect(all(global('auth_server_timeout=15 Secs'))).toEqual(['webagent.conf:2:1 cleartrust/misplaced-setting -']);
  });

  // "The agent also attempts to validate these connections during the a pool refresh event (again typically set to 1 hour)."
  it('agents grouped by a dispatcher_list written in <Global>; the one whose Global refresh differs drifts', () => {
    const agent = (refresh: string) => global('dispatcher_list=d1:5608', `auth_server_pool_refresh=${refresh}`);
    const findings = lintFiles({ 'a/webagent.conf': agent('30 Mins'), 'b/webagent.conf': agent('30 Mins'), 'c/webagent.conf': agent('1 Hrs') });
    expect(findings.filter((f) => f.ruleId.startsWith('fleet/')).map(shown)).toEqual(['c/webagent.conf:3:1 fleet/cleartrust-pool-drift -']);
    expect(findings.filter((f) => f.ruleId === 'cleartrust/pool-refresh-exceeds-firewall-idle').map(shown)).toEqual([
      'c/webagent.conf:3:1 cleartrust/pool-refresh-exceeds-firewall-idle CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
  });

  // KB 000014470 (domain note R5); an agent setting written in <Pool> is judged for the scopes using the pool.
  it('cookie_ip_check=True written in <Pool> is still judged, at its line', () => {
    expect(all(global('enabled=True') + pool('cookie_ip_check=True'))).toEqual([
      'webagent.conf:5:1 cleartrust/cookie-ip-check-without-trusted-proxy CT-MSG-TOKEN-IP-MISMATCH',
      'webagent.conf:5:1 cleartrust/misplaced-setting -',
    ]);
  });

  // Issue 14 acceptance: `npx webagent-lint <a directory whose only ClearTrust pool settings are in <Global>>` reports them.
  it('the CLI on a directory whose pool settings are all in <Global> reports them (no "No problems found")', async () => {
    const conf = global(
      'auth_server_pool_refresh=2 Hrs',
      'max_open_connections=0',
      'auth_server_mode=STANDARD',
      'location_class_priority=east',
      'dispatcher_list=d1:5608',
      'auth_server_list=a1:5615',
      'auth_server_timeout=15 Secs',
    );
    const cwd = tempTree({ 'agents/web01/webagent.conf': conf });
    const { code, stdout } = await runCli(['agents', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { findings: Finding[] };
    expect(report.findings.filter((f) => f.ruleId !== 'cleartrust/misplaced-setting').map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual([
      '2:1 cleartrust/pool-refresh-exceeds-firewall-idle warning',
      '3:1 cleartrust/idle-failover-connections warning',
      '7:1 cleartrust/duplicate-server-lists warning',
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'cleartrust/misplaced-setting').map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('KB25051: severity follows the consequence (issue 14 item 5)', () => {
  // "For the most part the CT_SOCKET_ERRORs can be ignored, especially if they occur at a regular (1 hour) frequency."
  it('a refresh not below the firewall timeout is a warning: the run passes', async () => {
    const cwd = tempTree({ 'a/webagent.conf': pool('auth_server_pool_refresh=1 Hrs') });
    const { code, stdout } = await runCli(['a', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: Finding) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.predicts.join()}`)).toEqual([
      '2:1 cleartrust/pool-refresh-exceeds-firewall-idle warning CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
  });

  // Same sentence: a site that does not want to ignore them raises the rule in its config file.
  it('raised to an error in the config file, it fails the run', async () => {
    const cwd = tempTree({
      'a/webagent.conf': pool('auth_server_pool_refresh=1 Hrs'),
      '.webagent-lint.yaml': 'rules:\n  cleartrust/pool-refresh-exceeds-firewall-idle: error\n',
    });
    const { code, stdout } = await runCli(['a', '--format', 'json'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: Finding) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['2:1 error']);
  });

  // "If the agent is in STANDARD mode ..." — KB 000025333 names the DISTRIBUTED sub-modes ADAPTIVE and ROUNDROBIN.
  it('auth_server_mode=ROUNDROBIN is a documented sub-mode: no finding at all', () => {
    expect(all(pool('auth_server_mode=ROUNDROBIN', 'max_open_connections=0'))).toEqual([]);
  });

  // Same sources: no source says the list of modes is complete, so an unknown word is a warning, not an error.
  it('auth_server_mode=FAILOVER is an unknown-value warning at the value', () => {
    const findings = lintText(pool('auth_server_mode=FAILOVER'));
    expect(findings.map((f) => `${shown(f)} ${f.severity}`)).toEqual(['webagent.conf:2:35 cleartrust/unknown-value - warning']);
  });

  // "If the agent is in STANDARD mode ...": the mode word in any case.
  it('auth_server_mode=standard in lower case with no limit: idle-failover-connections', () => {
    expect(all(pool('auth_server_mode=standard', 'max_open_connections=0'))).toEqual([
      'webagent.conf:3:1 cleartrust/idle-failover-connections CT_SOCKET_ERROR,CT_SERVER_TIMED_OUT_ERROR',
    ]);
  });
});

describe('booleans are reported where they are written (issue 14 item 5)', () => {
  // KB 000021189 writes form_based_enabled as True/Yes: Yes is a ClearTrust boolean; KB 000014470 for the IP check.
  it('ClearTrust cookie_ip_check=Yes is on: the proxy rule reports it, invalid-value does not', () => {
    expect(all(global('cookie_ip_check=Yes'))).toEqual(['webagent.conf:2:1 cleartrust/cookie-ip-check-without-trusted-proxy CT-MSG-TOKEN-IP-MISMATCH']);
  });

  it('ClearTrust cookie_ip_check=maybe is invalid at its value, and no rule reads it as on or "not set"', () => {
    const findings = lintText(global('cookie_ip_check=maybe'));
    expect(findings.map(shown)).toEqual(['webagent.conf:2:34 cleartrust/invalid-value -']);
    expect(findings[0]?.message).toBe('cookie_ip_check is "maybe", which is not True or False.');
  });

  // SEED-CAMS 5305: "Session hijacking protection is not enabled for this Cams web agent, but appears to be enabled for
  // another Cams web agent in the same Cams cluster." enable=yes is reported at its line, and read as off with the reason.
  it('Cams enable=yes: cams/invalid-boolean at the value, and the 5305 finding says "yes", never "not set"', () => {
    const findings = camsRun({
      'a/cams-webagent.conf': cams('Prod', 'enable=true'),
      'b/cams-webagent.conf': cams('Prod', 'enable=true'),
      'c/cams-webagent.conf': cams('Prod', 'enable=yes'),
    });
    expect(findings.map(shown)).toEqual([
      'c/cams-webagent.conf:2:1 fleet/cams-hijacking-protection-off CAMS-5305',
      'c/cams-webagent.conf:2:42 cams/invalid-boolean -',
    ]);
    expect(findings.map((f) => f.message).join('\n')).not.toContain('not set');
    expect(findings[0]?.message).toContain('(enable is "yes", neither true nor false: read as off)');
  });
});

describe('SEED-CAMS: session hijacking across a cluster, no false alarms (issue 14 item 5)', () => {
  // 5305: "Session hijacking protection is not enabled for this Cams web agent, but appears to be enabled for another
  // Cams web agent in the same Cams cluster."
  it('three protected agents and one without: one finding, on the one without, naming 5306 too, the others related', () => {
    const findings = camsRun({
      'a/cams-webagent.conf': cams('Prod', 'enable=true'),
      'b/cams-webagent.conf': cams('Prod', 'enable=true'),
      'c/cams-webagent.conf': cams('Prod', 'enable=true'),
      'd/cams-webagent.conf': cams('Prod', 'enable=false'),
    });
    expect(findings.map(shown)).toEqual(['d/cams-webagent.conf:2:1 fleet/cams-hijacking-protection-off CAMS-5305']);
    expect(findings[0]?.message).toContain('this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions');
    expect(findings[0]?.remedy).toBe('Set cams.session.hijacking.protection.enable=true on d, with the algorithm and salt of a, b, c.');
    expect(findings[0]?.related?.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual([
      'a/cams-webagent.conf:2:1',
      'b/cams-webagent.conf:2:1',
      'c/cams-webagent.conf:2:1',
    ]);
  });

  // 5306: "Session hijacking protection is enabled for this Cams web agent agent, but appears not to be enabled for
  // another Cams web agent in the same Cams cluster."
  it('one protected agent and two without: one finding, on the protected one, naming 5305 too', () => {
    const findings = camsRun({
      'a/cams-webagent.conf': cams('Prod', 'enable=false'),
      'b/cams-webagent.conf': cams('Prod', 'enable=false'),
      'c/cams-webagent.conf': cams('Prod', 'enable=true'),
    });
    expect(findings.map(shown)).toEqual(['c/cams-webagent.conf:2:1 fleet/cams-hijacking-protection-on-alone CAMS-5306']);
    expect(findings[0]?.message).toContain('this agent logs web agent error 5306 for their sessions, and they log 5305 for its sessions');
    expect(findings[0]?.remedy).toMatch(/^Set cams\.session\.hijacking\.protection\.enable=false on c, or turn protection on for a, b too/);
  });

  // 5304: "inconsistent configuration of session hijacking values for different Cams web agents may be the cause.
  // Confirm that the following properties have the same values for all Cams agents"
  it('one protected agent with another salt: one 5304 finding on it, at the value', () => {
    const findings = camsRun({
      'a/cams-webagent.conf': cams('Prod', 'enable=true', 'salt=one'),
      'b/cams-webagent.conf': cams('Prod', 'enable=true', 'salt=one'),
      'c/cams-webagent.conf': cams('Prod', 'enable=true', 'salt=two'),
    });
    expect(findings.map(shown)).toEqual(['c/cams-webagent.conf:3:40 fleet/cams-hijacking-settings-differ CAMS-5304']);
  });

  // "... for another Cams web agent in the same Cams cluster": agents without cams.cluster.name share no cluster.
  it('agents without cams.cluster.name, one protected and one not: no finding', () => {
    expect(camsFleet({ 'a/cams-webagent.conf': cams(undefined, 'enable=true'), 'b/cams-webagent.conf': cams(undefined, 'enable=false') })).toEqual([]);
  });

  // "Confirm that the following properties have the same values for all Cams agents": a healthy cluster.
  it('a cluster that agrees on all three properties: no finding', () => {
    const same = cams('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s');
    expect(camsFleet({ 'a/cams-webagent.conf': same, 'b/cams-webagent.conf': same, 'c/cams-webagent.conf': same })).toEqual([]);
  });
});

describe('KB25051 log lines: counted, and timed only when the date exists (issue 14 item 6)', () => {
  const parse = (line: string) => parseLogLine(line, messageMatchers(logCodes));

  // The seed's first sample: "Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR"
  it('the seed line is timed (MST is UTC-7)', () => {
    expect(parse('Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR')?.time).toBe(Date.UTC(2007, 1, 25, 1, 48, 50));
  });

  // The same line on a day February does not have: counted, not timed (Date.UTC would have made it March 2).
  it('Feb 30 is counted but not timed', () => {
    expect(parse('Feb 30, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR')).toMatchObject({
      codes: ['CT_SOCKET_ERROR'],
      time: undefined,
    });
  });

  // A 12-hour time past 12: Date.UTC would have read 13 PM as 1 AM the next day.
  it('13:48 PM is counted but not timed', () => {
    expect(parse('Feb 24, 2007 13:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR')).toMatchObject({
      codes: ['CT_SOCKET_ERROR'],
      time: undefined,
    });
  });

  // The seed's second sample, which lost its month: "01, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR"
  it('the seed line without a month, a Feb 30 and a 13 PM line: three counted, none timed, one timed line stays alone', () => {
    const analysis = createLogAnalysis(messageMatchers(logCodes));
    const lines = [
      'Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR',
      '01, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR',
      'Feb 30, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR',
      'Feb 24, 2007 13:48:50 PM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR',
    ];
    lines.forEach((line, i) => {
      analysis.line('ctagent.log', i + 1, line);
    });
    expect(analysis.codes()).toMatchObject([
      {
        id: 'CT_SERVER_TIMED_OUT_ERROR',
        count: 4,
        untimed: 3,
        events: 1,
        first: { text: 'Feb 24, 2007 06:48:50 PM MST' },
        last: { text: 'Feb 24, 2007 06:48:50 PM MST' },
      },
    ]);
  });
});
