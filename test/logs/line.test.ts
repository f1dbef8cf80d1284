import { describe, expect, it } from 'vitest';
import { logCodes } from '../../src/knowledge/codes.js';
import { messageMatchers, parseLogLine } from '../../src/logs/line.js';

const parse = (line: string) => parseLogLine(line, messageMatchers(logCodes));
const utc = (iso: string) => Date.parse(iso);

describe('ctagent.log (domain note §3a)', () => {
  it('reads the seed line (RSA KB 000025051)', () => {
    expect(parse('Feb 24, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR')).toEqual({
      format: 'ctagent',
      time: utc('2007-02-25T01:48:50Z'),
      timeText: 'Feb 24, 2007 06:48:50 PM MST',
      codes: ['CT_SOCKET_ERROR'],
      server: 'server#1',
    });
  });

  it('reads the seed line that lost its month, but does not time it', () => {
    expect(parse('01, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SERVER_TIMED_OUT_ERROR')).toEqual({
      format: 'ctagent',
      time: undefined,
      timeText: '01, 2007 08:00:40 AM MST',
      codes: ['CT_SERVER_TIMED_OUT_ERROR'],
      server: 'server#1',
    });
  });

  it.each([
    // one-digit hour, 12 AM is midnight, ip:port after the server number
    [
      'Mar 30, 2004 8:52:39 AM EST - [8240] - <Critical> - server#2, 192.0.2.41:5615 CT_SOCKET_ERROR',
      '2004-03-30T13:52:39Z',
      ['CT_SOCKET_ERROR'],
      'server#2 192.0.2.41:5615',
    ],
    [
      'Jun 03, 2008 12:14:07 AM CDT - [18] - <Critical> - server#2, 192.0.2.41:5615 CT_SERVER_TIMED_OUT_ERROR',
      '2008-06-03T05:14:07Z',
      ['CT_SERVER_TIMED_OUT_ERROR'],
      'server#2 192.0.2.41:5615',
    ],
    // the duplicate-list message of KB 000023587
    ['Nov 12, 2006 10:00:03 PM PST - [3120] - <Critical> - Critical error: CT_SERVER_TIMED_OUT', '2006-11-13T06:00:03Z', ['CT_SERVER_TIMED_OUT'], undefined],
    // AxM 4.8+ style, [pid/tid] and a [module] field (log_format "%t - [%p/%i] - <%d> - [%n] - ")
    [
      '2011-09-14 08:41:55 +0200 - [5012/7] - <Security> - [auth] - Token IP and client IP address do not match',
      '2011-09-14T06:41:55Z',
      ['CT-MSG-TOKEN-IP-MISMATCH'],
      undefined,
    ],
    ['2011-09-14 09:27:10 +0200 - [5012] - <Security> - Session has idled out.', '2011-09-14T07:27:10Z', ['CT-MSG-SESSION-IDLED-OUT'], undefined],
    // a zone abbreviation not in the table is read as UTC
    ['Feb 24, 2007 06:48:50 PM XYZ - [12] - <Critical> - server#1, CT_SOCKET_ERROR', '2007-02-24T18:48:50Z', ['CT_SOCKET_ERROR'], 'server#1'],
    // a CT_ token that the catalog does not know is still a code (reported as unknown, never dropped)
    ['Feb 24, 2007 06:48:50 PM GMT - [12] - <Critical> - server#1, CT_NEW_FAILURE', '2007-02-24T18:48:50Z', ['CT_NEW_FAILURE'], 'server#1'],
    // an ordinary message is a ctagent.log line without a code (not timed: only codes are); a header name is not a log token
    ['Feb 24, 2007 06:48:50 PM GMT - [12] - <Debug> - exporting header CT_REMOTE_USER', undefined, [], undefined],
  ])('%s', (line, iso, codes, server) => {
    const record = parse(line);
    expect(record?.format).toBe('ctagent');
    expect(record?.time).toBe(iso === undefined ? undefined : utc(iso));
    expect(record?.codes).toEqual(codes);
    expect(record?.server).toBe(server);
  });
});

describe('impossible dates are counted but not timed, never rolled over to another time', () => {
  it.each([
    ['Feb 30, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR', 'Feb 30, 2007 06:48:50 PM MST'],
    ['Feb 29, 2007 06:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR', 'Feb 29, 2007 06:48:50 PM MST'],
    ['Feb 24, 2007 13:48:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR', 'Feb 24, 2007 13:48:50 PM MST'],
    ['Feb 24, 2007 00:48:50 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR', 'Feb 24, 2007 00:48:50 AM MST'],
    ['Feb 24, 2007 06:60:50 PM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR', 'Feb 24, 2007 06:60:50 PM MST'],
    ['2011-02-29 08:41:55 +0200 - [5012] - <Security> - Session has idled out.', '2011-02-29 08:41:55 +0200'],
    ['2011-09-14 24:00:00 +0200 - [5012] - <Security> - Session has idled out.', '2011-09-14 24:00:00 +0200'],
    ['2011-13-01 08:41:55 +0200 - [5012] - <Security> - Session has idled out.', '2011-13-01 08:41:55 +0200'],
    ['2011-09-14 08:41:55 +2500 - [5012] - <Security> - Session has idled out.', '2011-09-14 08:41:55 +2500'],
    ['[30/Feb/2005:10:43:58 -0800] 192.168.0.1 "http" 2 7 - foo@mycompany.com', '30/Feb/2005:10:43:58 -0800'],
    ['[24/Mar/2005:24:43:58 -0800] 192.168.0.1 "http" 2 7 - foo@mycompany.com', '24/Mar/2005:24:43:58 -0800'],
  ])('%s', (line, timeText) => {
    const record = parse(line);
    expect(record?.codes.length).toBeGreaterThan(0);
    expect(record?.timeText).toBe(timeText);
    expect(record?.time).toBeUndefined();
  });

  it('Feb 29 of a leap year, 12 AM and 12 PM are real times', () => {
    expect(parse('Feb 29, 2008 12:00:00 AM UTC - [12] - <Critical> - server#1, CT_SOCKET_ERROR')?.time).toBe(utc('2008-02-29T00:00:00Z'));
    expect(parse('Feb 29, 2008 12:00:00 PM UTC - [12] - <Critical> - server#1, CT_SOCKET_ERROR')?.time).toBe(utc('2008-02-29T12:00:00Z'));
    expect(parse('2012-02-29 23:59:59 -1400 - [5012] - <Security> - Session has idled out.')?.time).toBe(utc('2012-03-01T13:59:59Z'));
  });

  it('a year below 100 stays that year (Date.UTC would read 0099 as 1999)', () => {
    const time = parse('0099-09-14 08:41:55 +0000 - [5012] - <Security> - Session has idled out.')?.time;
    expect(time === undefined ? undefined : new Date(time).getUTCFullYear()).toBe(99);
  });
});

describe('Cams logs (fields as the Cams seed lists them)', () => {
  it('reads the seed authentication log entry (one line in the log)', () => {
    const line =
      '[24/Mar/2005:10:43:58 -0800] 192.168.0.1 "http" 1 - MyCamsCluster-MyCamsServer-system-51f015b574cd90b823f022bd3d15bca58bc06 foo@mycompany.com';
    expect(parse(line)).toEqual({
      format: 'cams-auth',
      time: utc('2005-03-24T18:43:58Z'),
      timeText: '24/Mar/2005:10:43:58 -0800',
      codes: ['CAMS-AUTH-STATUS-1'],
      server: '192.168.0.1',
    });
  });

  it('reads a failed authentication with its reason and no session', () => {
    expect(parse('[24/Mar/2005:10:44:02 -0800] 192.168.0.1 "http" 2 7 - foo@mycompany.com')?.codes).toEqual(['CAMS-AUTH-STATUS-2', 'CAMS-AUTH-REASON-7']);
  });

  it('reads the seed access control log entry (one line in the log)', () => {
    const line =
      '[10/Dec/2002:13:14:59 -0800] 127.0.0.1 MyCamsServer-examples-145e13a8561341691d65c3580d81f3ab37f870ca guest http http://localhost:8080/examples/styles/cswebapp.css "GET" 1 -';
    expect(parse(line)).toEqual({
      format: 'cams-access',
      time: utc('2002-12-10T21:14:59Z'),
      timeText: '10/Dec/2002:13:14:59 -0800',
      codes: ['CAMS-ACCESS-STATUS-1'],
      server: '127.0.0.1',
    });
  });

  it('reads an anonymous denied access control request', () => {
    expect(parse('[10/Dec/2002:13:15:00 -0800] 10.0.0.9 http http://www.example.com:80/payroll/ "GET,POST" 2 13')?.codes).toEqual([
      'CAMS-ACCESS-STATUS-2',
      'CAMS-ACCESS-REASON-13',
    ]);
  });
});

describe('cams-webagent.log (assumed format: "error" or "code" followed by the 5xxx number)', () => {
  it.each([
    ['2010-05-12 10:11:12,345 ERROR Cams web agent error 5005: login page protected', ['CAMS-5005'], utc('2010-05-12T10:11:12Z')],
    ['[12/May/2010:10:11:12 +0000] error code=5102 method FROB', ['CAMS-5102'], utc('2010-05-12T10:11:12Z')],
    ['Web agent error 5202 (General transport error)', ['CAMS-5202'], undefined],
  ])('%s', (line, codes, time) => {
    expect(parse(line)).toMatchObject({ format: 'cams-webagent', codes, time });
  });

  it.each(['connection error to policy.example.com:5000 refused', 'error 1.5000 seconds', 'listening on port 5005'])(
    'does not take a port or another number for a code: %s',
    (line) => {
      expect(parse(line)).toBeUndefined();
    },
  );
});

it('takes "error:" in any case but only an upper-case CT_ token as a code (found by fuzzing)', () => {
  expect(parse('2011-09-14 08:41:55 +0200 - [5012] - <Critical> - Critical ERROR: CT_SOCKET_ERROR')?.codes).toEqual(['CT_SOCKET_ERROR']);
  expect(parse('2011-09-14 08:41:55 +0200 - [5012] - <Critical> - Critical error: CT_aVN_1')?.codes).toEqual([]);
});

it('recognises nothing in an unrelated line', () => {
  expect(parse('garbage')).toBeUndefined();
  expect(parse('')).toBeUndefined();
});
