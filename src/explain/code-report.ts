/**
 * `explain <code…>`: what each code means, its causes, the settings involved, the remedy, its source and which
 * rules predict it. The rules come from their metadata (`predicts`), never from a second list. Pure: data in,
 * string out (JSON schema: schemas/explain.schema.json, "codes" report).
 */
import { createColors } from 'picocolors';
import type { Rule } from '../engine/rule-api.js';
import type { LogCode } from '../knowledge/codes.js';
import { sources } from '../knowledge/sources.js';
import type { Query } from './lookup.js';

export interface CodeExplanation {
  readonly code: LogCode;
  readonly references: readonly { readonly key: string; readonly title: string; readonly url?: string }[];
  readonly predictedBy: readonly { readonly ruleId: string; readonly title: string; readonly severity: string }[];
}

export function explainCode(code: LogCode, rules: readonly Rule[]): CodeExplanation {
  return {
    code,
    references: code.sources.map((key) => ({ key, ...sources[key] }) as CodeExplanation['references'][number]),
    predictedBy: rules
      .filter((rule) => rule.predicts.includes(code.id))
      .map((rule) => ({ ruleId: rule.id, title: rule.title, severity: rule.severity }))
      .sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1)),
  };
}

const FAMILY_LABELS: Readonly<Record<string, string>> = {
  'cleartrust-token': 'ClearTrust ctagent.log token',
  'cleartrust-message': 'ClearTrust ctagent.log message',
  'cams-agent': 'Cams web agent error',
  'cams-auth-status': 'Cams authentication status',
  'cams-auth-reason': 'Cams authentication reason',
  'cams-access-status': 'Cams access control status',
  'cams-access-reason': 'Cams access control reason',
};

/** How a code's family is named to users (its id when the catalog gains a family without a label). */
export function familyLabel(code: LogCode): string {
  return FAMILY_LABELS[code.family] ?? code.family;
}

type Colors = ReturnType<typeof createColors>;

export function formatCodesText(queries: readonly Query[], explanations: ReadonlyMap<string, CodeExplanation>, options: { readonly color: boolean }): string {
  const c = createColors(options.color);
  const blocks: string[] = [];
  const shown = new Set<string>();
  for (const query of queries) {
    if (query.matches.length > 1) blocks.push(c.dim(`"${query.text}" names ${query.matches.length} codes: ${query.matches.join(', ')}`));
    for (const id of query.matches) {
      const explanation = explanations.get(id);
      if (!explanation || shown.has(id)) continue;
      shown.add(id);
      blocks.push(formatExplanation(explanation, c));
    }
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** One code as an indented block, also used by explain --log for each code seen. */
export function formatExplanation(explanation: CodeExplanation, c: Colors, indent = ''): string {
  const { code, references, predictedBy } = explanation;
  // Both from the rules' metadata (the catalog's flag agrees, test/meta), so the two lines cannot contradict.
  const predictable = predictedBy.length > 0 ? 'predictable from configuration' : 'not predicted by any rule';
  const lines = [`${indent}${c.bold(code.id)}  ${c.dim(`${familyLabel(code)} · ${code.confidence} · ${predictable}`)}`];
  const field = (label: string, text: string): void => {
    lines.push(`${indent}  ${c.dim(label.padEnd(13))}${text}`);
  };
  field('meaning', code.meaning);
  field('logged', code.logged);
  code.causes.forEach((cause, index) => {
    field(index === 0 ? 'causes' : '', `- ${cause}`);
  });
  if (code.settings.length > 0) field('settings', code.settings.join(', '));
  field('remedy', code.remedy);
  if (predictedBy.length > 0) field('predicted by', predictedBy.map((rule) => `${rule.ruleId} (${rule.severity})`).join(', '));
  references.forEach((ref, index) => {
    field(index === 0 ? 'source' : '', `${ref.key}: ${ref.title}${ref.url ? ` <${ref.url}>` : ''}`);
  });
  return lines.join('\n');
}

export function codeJson(explanation: CodeExplanation): Record<string, unknown> {
  const { code, references, predictedBy } = explanation;
  return {
    id: code.id,
    product: code.product,
    family: code.family,
    logged: code.logged,
    meaning: code.meaning,
    causes: code.causes,
    settings: code.settings,
    remedy: code.remedy,
    predictable: code.predictable,
    confidence: code.confidence,
    sources: references,
    predictedBy,
  };
}

export function formatCodesJson(queries: readonly Query[], explanations: ReadonlyMap<string, CodeExplanation>, tool: object): string {
  const ids = [...new Set(queries.flatMap((query) => query.matches))];
  const codes = ids.flatMap((id) => {
    const explanation = explanations.get(id);
    return explanation ? [codeJson(explanation)] : [];
  });
  const queryList = queries.map((query) => ({ query: query.text, matches: query.matches, closest: query.closest }));
  return `${JSON.stringify({ tool, queries: queryList, codes }, null, 2)}\n`;
}
