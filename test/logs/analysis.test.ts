import { describe, expect, it } from 'vitest';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis, MAX_HOURS, medianOf } from '../../src/logs/analysis.js';
import { messageMatchers } from '../../src/logs/line.js';

/** A ctagent.log line at `minutes` after 2011-09-14 00:00 UTC. */
function ctLine(minutes: number, message: string, seconds = 0): string {
  const date = new Date(Date.UTC(2011, 8, 14, 0, minutes, seconds));
  const stamp = date.toISOString().slice(0, 19).replace('T', ' ');
  return `${stamp} +0000 - [7] - <Critical> - ${message}`;
}

function analyse(files: Record<string, string[]>) {
  const analysis = createLogAnalysis(messageMatchers(logCodes));
  for (const [file, lines] of Object.entries(files))
    lines.forEach((line, index) => {
      analysis.line(file, index + 1, line);
    });
  return analysis;
}

describe('log analysis', () => {
  it('finds an hourly rhythm, counting a burst of lines as one event', () => {
    const lines = [0, 60, 120, 180, 240].flatMap((minute) => [
      ctLine(minute, 'server#1, CT_SOCKET_ERROR'),
      ctLine(minute, 'server#2, 10.0.0.2:5615 CT_SOCKET_ERROR', 20),
    ]);
    const [code] = analyse({ 'ctagent.log': lines }).codes();
    expect(code).toEqual({
      id: 'CT_SOCKET_ERROR',
      count: 10,
      untimed: 0,
      first: { time: Date.UTC(2011, 8, 14, 0, 0, 0), text: '2011-09-14 00:00:00 +0000' },
      last: { time: Date.UTC(2011, 8, 14, 4, 0, 20), text: '2011-09-14 04:00:20 +0000' },
      servers: ['server#1', 'server#2 10.0.0.2:5615'],
      moreServers: 0,
      events: 5,
      medianIntervalSeconds: 3600,
      periodic: true,
      hourly: [0, 1, 2, 3, 4].map((h) => ({ hour: Date.UTC(2011, 8, 14, h), count: 2 })),
      hourlyOmitted: 0,
    });
  });

  it('counts occurrences per UTC hour, leaving out hours without any, and keeps at most MAX_HOURS hours', () => {
    const [code] = analyse({
      a: [5, 59, 61, 250].map((m) => ctLine(m, 'server#1, CT_SOCKET_ERROR')).concat('Feb 24 - [1] - <Critical> - server#1, CT_SOCKET_ERROR'),
    }).codes();
    expect(code?.hourly).toEqual([
      { hour: Date.UTC(2011, 8, 14, 0), count: 2 },
      { hour: Date.UTC(2011, 8, 14, 1), count: 1 },
      { hour: Date.UTC(2011, 8, 14, 4), count: 1 },
    ]);
    const hours = Array.from({ length: MAX_HOURS + 3 }, (_, h) => ctLine(h * 60, 'server#1, CT_SOCKET_ERROR'));
    const [long] = analyse({ a: hours }).codes();
    expect(long?.hourly).toHaveLength(MAX_HOURS);
    expect(long?.hourlyOmitted).toBe(3);
  });

  it('calls irregular occurrences not periodic, and too few intervals not periodic either', () => {
    const irregular = analyse({ a: [3, 50, 52, 140, 400, 410].map((m) => ctLine(m, 'server#1, CT_SERVER_TIMED_OUT_ERROR')) }).codes()[0];
    // intervals of 47, 2, 88, 260 and 10 minutes
    expect(irregular).toMatchObject({ events: 6, medianIntervalSeconds: 47 * 60, periodic: false });
    const few = analyse({ a: [0, 60, 120].map((m) => ctLine(m, 'server#1, CT_SOCKET_ERROR')) }).codes()[0];
    expect(few).toMatchObject({ events: 3, medianIntervalSeconds: 3600, periodic: false });
  });

  it('times each file on its own: two agents logging the same code do not make short intervals', () => {
    const hourly = (offset: number) => [0, 60, 120, 180].map((m) => ctLine(m + offset, 'server#1, CT_SOCKET_ERROR'));
    const [code] = analyse({ 'web01/ctagent.log': hourly(0), 'web02/ctagent.log': hourly(30) }).codes();
    expect(code).toMatchObject({ count: 8, events: 8, medianIntervalSeconds: 3600, periodic: true });
  });

  it('summarises each file alone too, for comparing a log with its own agent', () => {
    const analysis = analyse({
      'web01/ctagent.log': [0, 60, 120].map((m) => ctLine(m, 'server#2, CT_SOCKET_ERROR')),
      'web02/ctagent.log': [ctLine(7, 'server#1, CT_SERVER_TIMED_OUT_ERROR')],
    });
    expect(analysis.codesOf('web01/ctagent.log').map((c) => [c.id, c.count, c.events, c.servers])).toEqual([['CT_SOCKET_ERROR', 3, 3, ['server#2']]]);
    expect(analysis.codesOf('web02/ctagent.log').map((c) => [c.id, c.count])).toEqual([['CT_SERVER_TIMED_OUT_ERROR', 1]]);
    expect(analysis.codesOf('other.log')).toEqual([]);
    expect(analysis.codes().map((c) => c.id)).toEqual(['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR']);
  });

  it('counts, samples and never drops unmatched lines; counts lines without a full date but does not time them', () => {
    const analysis = analyse({
      'mixed.log': [
        'first garbage',
        '',
        ctLine(0, 'server#1, CT_SOCKET_ERROR'),
        '01, 2007 08:00:40 AM MST - [12] - <Critical> - server#1, CT_SOCKET_ERROR',
        ...Array.from({ length: 6 }, (_, i) => `junk ${i}`),
      ],
    });
    expect(analysis.files()).toEqual([
      {
        file: 'mixed.log',
        lines: 10,
        recognised: { ctagent: 2 },
        unmatched: 7,
        samples: [{ line: 1, text: 'first garbage' }, ...[0, 1, 2, 3].map((i) => ({ line: 5 + i, text: `junk ${i}` }))],
      },
    ]);
    expect(analysis.codes()).toMatchObject([{ id: 'CT_SOCKET_ERROR', count: 2, untimed: 1, events: 1 }]);
  });

  it('sorts codes by count, then by identifier', () => {
    const lines = [
      '[24/Mar/2005:10:43:58 -0800] 192.168.0.1 "http" 2 7 - bob',
      '[24/Mar/2005:10:44:58 -0800] 192.168.0.2 "http" 2 7 - bob',
      '[24/Mar/2005:10:45:58 -0800] 192.168.0.1 "http" 1 - S alice',
    ];
    expect(
      analyse({ 'auth.log': lines })
        .codes()
        .map((c) => [c.id, c.count, c.servers]),
    ).toEqual([
      ['CAMS-AUTH-REASON-7', 2, ['192.168.0.1', '192.168.0.2']],
      ['CAMS-AUTH-STATUS-2', 2, ['192.168.0.1', '192.168.0.2']],
      ['CAMS-AUTH-STATUS-1', 1, ['192.168.0.1']],
    ]);
  });
});

describe('medianOf', () => {
  it.each([
    [[], undefined],
    [[[5, 1]], 5],
    [
      [
        [1, 1],
        [3, 1],
      ],
      2,
    ],
    [
      [
        [1, 2],
        [10, 1],
      ],
      1,
    ],
    [
      [
        [1, 1],
        [4, 2],
        [9, 1],
      ],
      4,
    ],
  ] as const)('%j → %s', (entries, median) => {
    expect(medianOf(new Map(entries.map(([value, count]) => [value, count])))).toBe(median);
  });
});
