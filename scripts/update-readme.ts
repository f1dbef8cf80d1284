// Regenerates the README's rule table from rule metadata (run through scripts/docs.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { withRuleTable } from '../src/report/rule-list.js';

// npm runs scripts from the repository root.
const path = 'README.md';
writeFileSync(path, withRuleTable(readFileSync(path, 'utf8'), rules));
