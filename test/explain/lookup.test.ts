import { describe, expect, it } from 'vitest';
import { resolveQueries } from '../../src/explain/lookup.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { logCodes } from '../../src/knowledge/codes.js';

const resolve = (...args: string[]) => resolveQueries(args, logCodes).map(({ text, matches, closest }) => ({ text, matches, closest }));

describe('resolveQueries', () => {
  it.each([
    [['CT_SOCKET_ERROR'], ['CT_SOCKET_ERROR']],
    [['ct_socket_error'], ['CT_SOCKET_ERROR']],
    [['CT-MSG-TOKEN-IP-MISMATCH'], ['CT-MSG-TOKEN-IP-MISMATCH']],
    [['CAMS-5005'], ['CAMS-5005']],
    [['cams-auth-reason-6'], ['CAMS-AUTH-REASON-6']],
    [['5005'], ['CAMS-5005']],
    [['error', '5102'], ['CAMS-5102']],
    [['access reason 13'], ['CAMS-ACCESS-REASON-13']],
    [['access-control', 'reason', '13'], ['CAMS-ACCESS-REASON-13']],
    [['auth reason 7'], ['CAMS-AUTH-REASON-7']],
    [['authentication status 2'], ['CAMS-AUTH-STATUS-2']],
    [['reason 7'], ['CAMS-AUTH-REASON-7', 'CAMS-ACCESS-REASON-7']],
    [['7'], ['CAMS-AUTH-REASON-7', 'CAMS-ACCESS-REASON-7']],
    [['1'], ['CAMS-AUTH-STATUS-1', 'CAMS-AUTH-REASON-1', 'CAMS-ACCESS-STATUS-1', 'CAMS-ACCESS-REASON-1']],
    [['access 20'], ['CAMS-ACCESS-REASON-20']],
    // The spellings of RSA KB 000025051: the plural of its heading, and the short form of its hotfix note.
    [['CT_SOCKET_ERRORS'], ['CT_SOCKET_ERROR']],
    [['ct_socket_errors'], ['CT_SOCKET_ERROR']],
    [['CT_SERVER_TIMED_OUT'], ['CT_SERVER_TIMED_OUT', 'CT_SERVER_TIMED_OUT_ERROR']],
    [['CT_SERVER_TIMED_OUT_ERROR'], ['CT_SERVER_TIMED_OUT_ERROR']],
  ])('%j names %j', (args, matches) => {
    expect(resolve(...args)).toEqual([{ text: args.join(' '), matches, closest: [] }]);
  });

  it('splits unquoted words into one query per code', () => {
    expect(resolve('access', 'reason', '13', '5005', 'CT_SOCKET_ERROR').map((q) => [q.text, q.matches])).toEqual([
      ['access reason 13', ['CAMS-ACCESS-REASON-13']],
      ['5005', ['CAMS-5005']],
      ['CT_SOCKET_ERROR', ['CT_SOCKET_ERROR']],
    ]);
  });

  it.each([
    ['CT_SOCKET_EROR', ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT', 'CAMS-5000']],
    ['auth reason 13', ['CAMS-ACCESS-REASON-13', 'CAMS-AUTH-REASON-1', 'CAMS-AUTH-REASON-10']],
    ['5103', ['CAMS-5003', 'CAMS-5100', 'CAMS-5101']],
    ['access reason', ['CAMS-ACCESS-REASON-0', 'CAMS-ACCESS-REASON-1', 'CAMS-ACCESS-REASON-2']],
  ])('an unknown %j names nothing and offers the closest codes', (text, closest) => {
    expect(resolve(text)).toEqual([{ text, matches: [], closest }]);
  });
});

describe('editDistance', () => {
  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['CAMS-5005', 'CAMS-5005', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
