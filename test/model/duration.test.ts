import { describe, expect, it } from 'vitest';
import { describeDuration, parseAgentDuration, parseUserDuration, toAgentSyntax } from '../../src/model/duration.js';

describe('agent durations', () => {
  it.each([
    ['30 Secs', 30],
    ['15 secs', 15],
    ['10 Mins', 600],
    ['1 Hrs', 3600],
    ['8 Hrs', 28800],
    ['1 hour', 3600],
    ['2 HOURS', 7200],
    ['1 minute', 60],
    ['1 Sec', 1],
    ['45Mins', 2700],
    ['0', 0],
    ['0 Hrs', 0],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseAgentDuration(text)).toEqual({ kind: 'ok', seconds });
  });
  it('a bare number is ambiguous', () => expect(parseAgentDuration('60')).toEqual({ kind: 'ambiguous', number: 60 }));
  it.each(['1.5 Hrs', '10 Days', 'soon', '10 Mins 5 Secs', ''])('%s is invalid', (text) => {
    expect(parseAgentDuration(text)).toEqual({ kind: 'invalid' });
  });
});

describe('user durations', () => {
  it.each([
    ['55m', 3300],
    ['1h', 3600],
    ['1h30m', 5400],
    ['90s', 90],
    ['1.5h', 5400],
    ['50 Mins', 3000],
    ['2d', 172800],
  ])('%s is %i seconds', (text, seconds) => expect(parseUserDuration(text)).toBe(seconds));
  it.each(['55', 'm', '5x', '', '1h 30x'])('%s is rejected', (text) => expect(parseUserDuration(text)).toBeUndefined());
});

describe('formatting', () => {
  it('describes and writes durations', () => {
    expect(describeDuration(3600)).toBe('1 hour');
    expect(describeDuration(5400)).toBe('1 hour 30 minutes');
    expect(describeDuration(15)).toBe('15 seconds');
    expect(toAgentSyntax(3000)).toBe('50 Mins');
    expect(toAgentSyntax(7200)).toBe('2 Hrs');
    expect(toAgentSyntax(90)).toBe('90 Secs');
  });
});
