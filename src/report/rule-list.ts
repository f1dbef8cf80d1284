/** The rule list of `webagent-lint rules` and the README's rule table, both derived from rule metadata. */
import type { Rule, SeveritySetting } from '../engine/rule-api.js';

/** The config file a rule list honours: its path and the severities it sets. */
export interface RuleListConfig {
  readonly path: string;
  readonly severities: ReadonlyMap<string, SeveritySetting>;
}

/**
 * The rules with their default severity; with a config file, also the severity a run from here gives each
 * (`effective`), the ones the config file changes marked `(config)`.
 */
export function formatRuleList(rules: readonly Rule[], format: 'text' | 'json', config?: RuleListConfig): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const effective = (rule: Rule): SeveritySetting => config?.severities.get(rule.id) ?? rule.severity;
  const changed = (rule: Rule): boolean => effective(rule) !== rule.severity;
  if (format === 'json') {
    const list = sorted.map((rule) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      effectiveSeverity: effective(rule),
      ...(config !== undefined && changed(rule) ? { changedBy: config.path } : {}),
      predicts: rule.predicts,
      sources: rule.docs.sources,
      confidence: rule.docs.confidence,
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const width = Math.max(...sorted.map((rule) => rule.id.length));
  const predicts = (rule: Rule): string => rule.predicts.join(', ') || '-';
  if (config === undefined) {
    const lines = sorted.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${predicts(rule)}`);
    return `${'rule'.padEnd(width)}  ${'default'}  predicts\n${lines.join('\n')}\n`;
  }
  const shown = (rule: Rule): string => (changed(rule) ? `${effective(rule)} (config)` : effective(rule));
  const effectiveWidth = Math.max('effective'.length, ...sorted.map((rule) => shown(rule).length));
  const lines = sorted.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${shown(rule).padEnd(effectiveWidth)}  ${predicts(rule)}`);
  return [
    `${'rule'.padEnd(width)}  default  ${'effective'.padEnd(effectiveWidth)}  predicts`,
    ...lines,
    `Effective severities with ${config.path}; (config) marks the ones it changes.`,
    '',
  ].join('\n');
}

/** Markdown table for the README, between the rule-table markers. */
export function formatRuleTable(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows = sorted.map(
    (rule) =>
      `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.title} | ${rule.severity} | ${rule.predicts.map((code) => `\`${code}\``).join(', ') || '–'} | ${rule.docs.sources.length > 0 ? `${rule.docs.sources.join(', ')} (${rule.docs.confidence})` : '–'} |`,
  );
  return ['| rule | checks | default | predicts | source |', '|---|---|---|---|---|', ...rows].join('\n');
}

const TABLE_START = /<!-- rules:start[^>]*-->/;
const TABLE_END = '<!-- rules:end -->';

/** The README with its generated rule table replaced by the current one. */
export function withRuleTable(readme: string, rules: readonly Rule[]): string {
  const start = TABLE_START.exec(readme);
  const end = readme.indexOf(TABLE_END);
  if (!start || end < start.index) throw new Error('README has no <!-- rules:start --> … <!-- rules:end --> section');
  const head = readme.slice(0, start.index + start[0].length);
  return `${head}\n${formatRuleTable(rules)}\n${readme.slice(end)}`;
}
