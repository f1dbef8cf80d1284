// Regenerates the rule documentation from rule metadata: docs/rules/<id>.md and the README's rule table
// (run through scripts/docs.mjs). test/meta/rules.meta.test.ts fails when either is stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { renderRuleMarkdown } from '../src/report/rule-docs.js';
import { withRuleTable } from '../src/report/rule-list.js';

// npm runs scripts from the repository root.
writeFileSync('README.md', withRuleTable(readFileSync('README.md', 'utf8'), rules));

rmSync('docs/rules', { recursive: true, force: true });
for (const rule of rules) {
  const file = path.join('docs/rules', `${rule.id}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderRuleMarkdown(rule));
}
console.log(`wrote README rule table and ${readdirSync('docs/rules', { recursive: true }).filter((f) => String(f).endsWith('.md')).length} rule pages`);
