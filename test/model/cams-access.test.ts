import { describe, expect, it } from 'vitest';
import {
  competitors,
  MAX_EVALUATION_DEPTH,
  patternCovers,
  patternsOverlap,
  requestTarget,
  sampleTargets,
  selectPermission,
  evaluatePermission,
  type Request,
} from '../../src/model/cams-access.js';
import { globCovers } from '../../src/model/glob.js';
import { buildPolicy, parseResourcePattern, type ResourcePattern } from '../../src/model/cams-policy.js';
import { MAX_DEPTH, parseXml } from '../../src/parse/xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { SourceFile } from '../../src/parse/source.js';
import { AUTHENTICATED, EVERYONE, TLS_ONLY, permission, policy } from '../helpers/cams.js';

function policyOf(permissions: string[], acrs?: string[]) {
  return buildPolicy(parseXml(new SourceFile('access-control-policy.xml', policy(permissions, acrs))).root as XmlElement);
}

const get = (url: string, method = 'GET'): Request => ({
  ...(requestTarget(url) as NonNullable<ReturnType<typeof requestTarget>>),
  method,
  authenticated: false,
});

describe('resource patterns', () => {
  it('reads scheme, host, port and path with * anywhere', () => {
    expect(parseResourcePattern('*://*:*/cams/*')).toEqual({ ok: true, pattern: { scheme: '*', host: '*', port: '*', path: '/cams/*' } });
    expect(parseResourcePattern('HTTPS://WWW.Example.com:443/A')).toEqual({
      ok: true,
      pattern: { scheme: 'https', host: 'www.example.com', port: '443', path: '/A' },
    });
    expect(parseResourcePattern('http://h:8a/')).toEqual({ ok: false, problem: '"8a" is not a port' });
  });

  it('decides coverage of one glob by another', () => {
    expect(globCovers('/a/*', '/a/b/*')).toBe(true);
    expect(globCovers('/a/b/*', '/a/*')).toBe(false);
    expect(globCovers('*', '*')).toBe(true);
    expect(globCovers('/a*c', '/a*b*c')).toBe(true);
    expect(globCovers('/a*b*c', '/a*c')).toBe(false);
  });

  const pattern = (text: string) => {
    const read = parseResourcePattern(text);
    if (!read.ok) throw new Error(read.problem);
    return read.pattern;
  };

  it('decides coverage of one pattern by another, part by part (a missing port is the default one)', () => {
    expect(patternCovers(pattern('*://*:*/cams/*'), pattern('https://www.example.org:443/cams/login.jsp'))).toBe(true);
    expect(patternCovers(pattern('https://www.example.org:443/cams/login.jsp'), pattern('*://*:*/cams/*'))).toBe(false);
    expect(patternCovers(pattern('http://h/x'), pattern('http://h:80/x'))).toBe(true);
    expect(patternCovers(pattern('http://h:8080/*'), pattern('http://h/x'))).toBe(false);
  });

  it('samples the least specific URLs of a pattern: stars match nothing, a starred scheme is https and http', () => {
    expect(sampleTargets(pattern('*://*:*/cams/*'))).toEqual([
      { scheme: 'https', host: undefined, port: '443', path: '/cams/' },
      { scheme: 'http', host: undefined, port: '80', path: '/cams/' },
    ]);
    expect(sampleTargets(pattern('http://www.example.org:8*/a*b'))).toEqual([{ scheme: 'http', host: 'www.example.org', port: '8', path: '/ab' }]);
    expect(sampleTargets(pattern('*s://*.example.org/x'))).toEqual([{ scheme: 'https', host: '.example.org', port: '443', path: '/x' }]);
  });
});

describe('best-match selection (precedence documented in the README)', () => {
  const p = policyOf([
    permission('*://*:*/*', 'everyone', { desc: 'site' }),
    permission('*://*:*/cams/*', 'authenticated', { desc: 'cams', actions: '' }),
    permission('https://www.example.com:443/*', 'tls', { desc: 'host' }),
    permission('*://*:*/cams/login.jsp', 'everyone', { desc: 'login', actions: 'GET' }),
    permission('*://*:*/cams/login.jsp', 'authenticated', { desc: 'login again', actions: 'GET' }),
  ]);
  const select = (url: string, method?: string) => selectPermission(p, get(url, method))?.label;

  it('prefers more literal path characters over a specific host', () => {
    expect(select('https://www.example.com/cams/index.jsp')).toBe('"cams"');
    expect(select('https://www.example.com/other')).toBe('"host"');
    expect(select('http://other.example.com/other')).toBe('"site"');
  });

  it('considers only permissions whose actions include the method; ties go to the first in the file', () => {
    expect(select('https://www.example.com/cams/login.jsp')).toBe('"login"');
    expect(select('https://www.example.com/cams/login.jsp', 'POST')).toBe('"cams"');
  });

  it('uses the default port of the scheme when the URL gives none', () => {
    const q = policyOf([permission('http://h:8080/*', 'everyone', { desc: '8080' }), permission('http://h:80/*', 'everyone', { desc: '80' })]);
    expect(selectPermission(q, get('http://h/x'))?.label).toBe('"80"');
    expect(selectPermission(q, get('http://h:8080/x'))?.label).toBe('"8080"');
  });
});

describe('ACR evaluation for an anonymous request', () => {
  const outcome = (acr: string, url = 'http://h/x') => {
    const p = policyOf([permission('*://*:*/*', 'r')], [`    <acr id="r">${acr}</acr>`, EVERYONE, AUTHENTICATED, TLS_ONLY]);
    return evaluatePermission(p, p.permissions[0] as NonNullable<(typeof p.permissions)[0]>, get(url)).kind;
  };

  it.each([
    ['<granted/>', 'http://h/x', 'grant'],
    ['<denied/>', 'http://h/x', 'deny'],
    ['<confidential/>', 'http://h/x', 'deny'],
    ['<confidential/>', 'https://h/x', 'grant'],
    ['<auth-acr/>', 'http://h/x', 'auth'],
    ['<and><auth-acr/><granted/></and>', 'http://h/x', 'auth'],
    ['<or><auth-acr/><granted/></or>', 'http://h/x', 'grant'],
    ['<or><auth-acr/><ip-acr/></or>', 'http://h/x', 'unknown'],
    ['<not><denied/></not>', 'http://h/x', 'grant'],
    ['<not><auth-acr/></not>', 'http://h/x', 'unknown'],
    ['<acr-ref id="authenticated"/>', 'http://h/x', 'auth'],
    ['<acr-ref id="missing"/>', 'http://h/x', 'error'],
    ['<acr-ref id="r"/>', 'http://h/x', 'error'],
    ['<granted/><auth-acr/>', 'http://h/x', 'unknown'],
    ['<something-new/>', 'http://h/x', 'unknown'],
  ])('%s over %s: %s', (acr, url, expected) => {
    expect(outcome(acr, url)).toBe(expected);
  });
});

describe('ACR evaluation of many permissions sharing an ACR', () => {
  it('names each permission in its own chain, and tells requests apart by scheme and authentication', () => {
    const p = policyOf(
      [permission('*://*:*/a/*', 'both', { desc: 'A' }), permission('*://*:*/b/*', 'both', { desc: 'B' })],
      ['    <acr id="both"><and><acr-ref id="tls"/><acr-ref id="authenticated"/></and></acr>', AUTHENTICATED, TLS_ONLY],
    );
    const [a, b] = p.permissions as [(typeof p.permissions)[0], (typeof p.permissions)[0]];
    const evaluate = (which: typeof a, url: string, authenticated: boolean) => evaluatePermission(p, which, { ...get(url), authenticated });
    expect(evaluate(a, 'http://h/a/x', false)).toEqual({
      kind: 'deny',
      reason: 13,
      chain: ['permission "A"', 'acr-ref "both"', '<and>', 'acr-ref "tls"', '<confidential>'],
    });
    expect(evaluate(b, 'http://h/b/x', false)).toEqual({
      kind: 'deny',
      reason: 13,
      chain: ['permission "B"', 'acr-ref "both"', '<and>', 'acr-ref "tls"', '<confidential>'],
    });
    expect(evaluate(a, 'https://h/a/x', false)).toEqual({
      kind: 'auth',
      chain: ['permission "A"', 'acr-ref "both"', '<and>', 'acr-ref "authenticated"', '<auth-acr id="authenticated">'],
    });
    expect(evaluate(b, 'https://h/b/x', true).kind).toBe('unknown');
  });
});

describe('ACR evaluation of hostile policies: bounded, never a stack overflow', () => {
  const evaluate = (acrs: string[]) => {
    const p = policyOf([permission('*://*:*/*', 'r0')], acrs);
    return evaluatePermission(p, p.permissions[0] as NonNullable<(typeof p.permissions)[0]>, get('http://h/x')).kind;
  };

  it('evaluates an expression nested as deep as the reader allows: unknown past MAX_EVALUATION_DEPTH', () => {
    // The ACR sits 3 levels down (policy, acr-lib, acr); building it recursed once per level.
    const deep = MAX_DEPTH - 4;
    expect(evaluate([`<acr id="r0">${'<and>'.repeat(deep)}<denied/>${'</and>'.repeat(deep)}</acr>`])).toBe('unknown');
    const shallow = MAX_EVALUATION_DEPTH - 2;
    expect(evaluate([`<acr id="r0">${'<and>'.repeat(shallow)}<denied/>${'</and>'.repeat(shallow)}</acr>`])).toBe('deny');
  });

  it('follows a chain of 10,000 references only to MAX_EVALUATION_DEPTH (it overflowed the stack)', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => `<acr id="r${i}"><acr-ref id="r${i + 1}"/></acr>`);
    expect(evaluate([...chain, '<acr id="r10000"><denied/></acr>'])).toBe('unknown');
    expect(evaluate([...chain.slice(0, 10), '<acr id="r10"><denied/></acr>'])).toBe('deny');
  });
});

describe('competitors', () => {
  const patterns = policyOf([
    permission('http://*:*/*', 'everyone', { desc: 'All', actions: '' }),
    permission('http://*:*/app/*', 'everyone', { desc: 'App', actions: 'GET,POST' }),
    permission('http://*:*/app/admin/*', 'everyone', { desc: 'Admin', actions: 'POST' }),
    permission('http://*:*/app/*.jsp', 'everyone', { desc: 'Pages', actions: 'PUT' }),
    permission('http://intranet.example.org:*/*', 'everyone', { desc: 'Intranet' }),
    permission('https://*:*/app/*', 'everyone', { desc: 'TLS' }),
    permission('http://*:*/app/*', 'everyone', { desc: 'App again', actions: 'GET' }),
  ]);
  const byLabel = (label: string) => patterns.permissions.find((p) => p.label === `"${label}"`) as (typeof patterns.permissions)[number];

  it('lists the permissions a URL and a method of which both match, how their patterns meet and which is selected', () => {
    expect(competitors(patterns, byLabel('App')).map((c) => [c.permission.label, c.relation, c.methods, c.wins])).toEqual([
      ['"All"', 'covers', ['GET', 'POST'], false],
      ['"Admin"', 'covered', ['POST'], true],
      // "Pages" allows PUT only: no method both allow. "TLS" matches https only.
      ['"Intranet"', 'overlaps', ['GET'], false],
      ['"App again"', 'covers', ['GET'], false],
    ]);
    expect(competitors(patterns, byLabel('App again')).find((c) => c.permission.label === '"App"')).toMatchObject({ relation: 'covers', wins: true });
  });

  it('sees an overlap part by part, not one of two paths that share values only beyond their literal parts', () => {
    const pattern = (text: string) => (parseResourcePattern(text) as { pattern: ResourcePattern }).pattern;
    expect(patternsOverlap(pattern('http://intranet.example.org:*/*'), pattern('http://*:80/app/*'))).toBe(true);
    expect(patternsOverlap(pattern('http://*:*/app/*'), pattern('https://*:*/app/*'))).toBe(false);
    expect(patternsOverlap(pattern('http://*:8080/app/*'), pattern('http://*/app/*'))).toBe(false);
    expect(patternsOverlap(pattern('http://*:*/app/*.jsp'), pattern('http://*:*/app/admin/*'))).toBe(false);
  });
});
