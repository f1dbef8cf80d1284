/**
 * Keeps the bookkeeping honest: every rule file is registered, documented, sourced, tested and has fixtures;
 * its docs examples really behave as documented; every predicted code is in the catalog; the README is current.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { predictionsOf } from '../../src/engine/rule-api.js';
import { logCodes } from '../../src/knowledge/codes.js';
import { sources } from '../../src/knowledge/sources.js';
import { renderRuleMarkdown } from '../../src/report/rule-docs.js';
import { withRuleTable } from '../../src/report/rule-list.js';
import { findingsOf } from '../helpers/rule-tester.js';

const root = new URL('../../', import.meta.url);

function ruleFiles(): string[] {
  const files: string[] = [];
  for (const product of readdirSync(new URL('rules/', root), { withFileTypes: true })) {
    if (!product.isDirectory()) continue;
    for (const file of readdirSync(new URL(`rules/${product.name}/`, root))) {
      if (file.endsWith('.ts')) files.push(`${product.name}/${file.replace(/\.ts$/, '')}`);
    }
  }
  return files.sort();
}

const TOOL_RULE_FAMILIES = ['input/', 'waiver/'];

// Their examples are not configuration text (binary or mis-encoded files); test/cli.test.ts covers them.
const FILE_LEVEL_RULES = new Set(['input/unreadable-file', 'input/invalid-encoding']);

describe('rule registry', () => {
  it('registers exactly the rule files, under ids equal to their paths', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(ruleFiles());
  });

  it('has unique ids', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('is titled with Disallow, Require, Limit or Specify', () => {
    expect(rule.title).toMatch(/^(Disallow|Require|Limit|Specify) /);
  });

  it('documents why, fix, bad and good, and cites known sources', () => {
    for (const field of ['why', 'fix', 'bad', 'good'] as const) expect(rule.docs[field].length).toBeGreaterThan(10);
    for (const source of rule.docs.sources) expect(sources[source], `unknown source ${source}`).toBeDefined();
    // Rules about the linter's own input (files, waivers) have no vendor source; every other rule has one.
    if (!TOOL_RULE_FAMILIES.some((family) => id.startsWith(family))) expect(rule.docs.sources.length).toBeGreaterThan(0);
  });

  it('predicts only codes of the catalog', () => {
    for (const code of rule.predicts) expect(logCodes.has(code), `${code} is not in the code catalog (src/knowledge/codes/)`).toBe(true);
  });

  it('narrows predictions only for its own messages, to codes of its predicts, and predicts each code by some message', () => {
    for (const [messageId, codes = []] of Object.entries(rule.predictsByMessage ?? {})) {
      expect(Object.keys(rule.messages), `predictsByMessage names unknown message ${messageId}`).toContain(messageId);
      for (const code of codes) expect(rule.predicts, `${messageId} predicts ${code}, which predicts does not list`).toContain(code);
    }
    const predicted = new Set(Object.keys(rule.messages).flatMap((messageId) => predictionsOf(rule, messageId)));
    expect([...predicted].sort()).toEqual([...rule.predicts].sort());
  });

  it.skipIf(FILE_LEVEL_RULES.has(id))('finds its docs bad example and not its good example', () => {
    expect(findingsOf(rule, rule.docs.bad).filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
    expect(findingsOf(rule, rule.docs.good).filter((f) => f.ruleId === id)).toEqual([]);
  });

  it.skipIf(FILE_LEVEL_RULES.has(id))('has a table test and fixtures (bad-* and ok-*)', () => {
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root)), 'table test').toBe(true);
    const fixtures = readdirSync(new URL(`test/fixtures/${id}/`, root));
    expect(fixtures.some((name) => name.startsWith('bad-'))).toBe(true);
    expect(fixtures.some((name) => name.startsWith('ok-'))).toBe(true);
  });
});

describe('generated documentation', () => {
  it('docs/rules/<id>.md exists for every rule, is current, and nothing else is there (run `npm run docs`)', () => {
    const pages = (readdirSync(new URL('docs/rules/', root), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    expect(pages).toEqual(rules.map((rule) => `${rule.id}.md`).sort());
    for (const rule of rules) expect(readFileSync(new URL(`docs/rules/${rule.id}.md`, root), 'utf8'), rule.id).toBe(renderRuleMarkdown(rule));
  });

  it('README does not call a code unsupported that a rule predicts', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const notSupported = /\*\*Not supported\*\*:[\s\S]*?\n\n/.exec(readme)?.[0] ?? '';
    expect(notSupported).not.toBe('');
    const numbers = [...notSupported.matchAll(/\b(5\d{3})(?:[–-](5\d{3}))?\b/g)].flatMap(([, from, to]) => {
      const first = Number(from);
      return Array.from({ length: (to ? Number(to) : first) - first + 1 }, (_, i) => `CAMS-${first + i}`);
    });
    const predicted = new Set(rules.flatMap((rule) => rule.predicts));
    expect(numbers.filter((code) => predicted.has(code))).toEqual([]);
  });

  it('README rule table is current (run `npm run docs`)', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(withRuleTable(readme, rules)).toBe(readme);
  });
});
