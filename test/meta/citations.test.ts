/**
 * Users must be able to follow every source we cite: a KB number and title, a Cams guide page, a public file,
 * or webagent-lint's inference. Names of this project's development material (the shared notes and seed files,
 * their paths, "the seed", "the domain note") mean nothing to them and never reach what they read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createColors } from 'picocolors';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { codeJson, explainCode, formatExplanation } from '../../src/explain/code-report.js';
import { logCodes } from '../../src/knowledge/codes.js';
import { camsProperties, cleartrustProperties } from '../../src/knowledge/properties.js';
import { sources } from '../../src/knowledge/sources.js';
import { renderRuleMarkdown } from '../../src/report/rule-docs.js';
import { formatSarif } from '../../src/report/sarif.js';
import { summarize } from '../../src/report/report.js';

const DEVELOPMENT_MATERIAL = /(?:\b(?:shared|seeds|corpus|domain)\/|\b[\w-]+\.md\b|\bdomain notes?\b|\bseeds?\b)/i;

function uncitable(text: string): string[] {
  return text.split('\n').filter((line) => DEVELOPMENT_MATERIAL.test(line));
}

describe('citations users can follow', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: docs page, messages and remedies', (_, rule) => {
    const texts = [
      renderRuleMarkdown(rule),
      ...Object.values<string>(rule.messages),
      ...Object.values<string | undefined>(rule.remedies ?? {}).filter((t) => t !== undefined),
    ];
    expect(texts.flatMap(uncitable)).toEqual([]);
  });

  it('generated docs/rules pages', () => {
    const directory = new URL('../../docs/rules/', import.meta.url);
    const pages = (readdirSync(directory, { recursive: true }) as string[]).filter((file) => file.endsWith('.md'));
    expect(pages.length).toBe(rules.length);
    expect(pages.flatMap((page) => uncitable(readFileSync(new URL(page, directory), 'utf8')).map((line) => `${page}: ${line}`))).toEqual([]);
  });

  it('SARIF rule help', () => {
    const report = {
      tool: { name: 'webagent-lint', version: '0.1.0' } as const,
      findings: [],
      summary: summarize([], { agents: 0, files: 0, waived: 0, baselined: 0 }),
      files: [],
      agents: [],
      rules,
      notChecked: [],
    };
    const driver = JSON.parse(formatSarif(report)).runs[0].tool.driver;
    const help = driver.rules.flatMap((rule: { fullDescription: { text: string }; help: { text: string; markdown: string } }) => [
      rule.fullDescription.text,
      rule.help.text,
      rule.help.markdown,
    ]);
    expect(help.flatMap(uncitable)).toEqual([]);
  });

  it('sources, code catalogs and property catalogs', () => {
    const texts = [
      ...Object.entries(sources).map(([key, source]) => `${key}: ${source.title} ${source.url ?? ''}`),
      ...[...logCodes.values()].map((code) => JSON.stringify(code)),
      ...[...cleartrustProperties.values(), ...camsProperties.values()].map((property) => JSON.stringify(property)),
    ];
    expect(texts.flatMap(uncitable)).toEqual([]);
  });

  it('explain output of every code', () => {
    const c = createColors(false);
    const texts = [...logCodes.values()].flatMap((code) => {
      const explanation = explainCode(code, rules);
      return [formatExplanation(explanation, c), JSON.stringify(codeJson(explanation))];
    });
    expect(texts.flatMap(uncitable)).toEqual([]);
  });
});
