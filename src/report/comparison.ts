/** Renders a comparison (`webagent-lint compare`): a compact table per cluster, then the fleet findings. */
import { createColors } from 'picocolors';
import type { Comparison, ComparedGroup } from '../engine/fleet-comparison.js';
import type { Finding } from '../engine/engine.js';
import type { Rule } from '../engine/rule-api.js';
import { toJsonFinding } from './json.js';
import { formatFindingsText, plural } from './text.js';
import { productName, type Summary } from './report.js';

export interface ComparisonReport {
  readonly tool: { readonly name: 'webagent-lint'; readonly version: string };
  readonly comparison: Comparison;
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly rules: readonly Rule[];
}

const MAX_NAMED_AGENTS = 5;

export function formatComparisonText(report: ComparisonReport, options: { readonly color: boolean }): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  for (const cluster of report.comparison.clusters) {
    const source = cluster.source === 'none' ? '' : ` (from the ${cluster.source})`;
    const heading = `${productName(cluster.product)} cluster ${cluster.name}${source}: ${plural(cluster.agents.length, 'agent')}, ${plural(cluster.differing, 'setting')} differ${cluster.differing === 1 ? 's' : ''}`;
    lines.push(c.bold(heading));
    for (const setting of cluster.settings) {
      const state = setting.secret ? `  (secret: ${setting.differs ? 'differs' : 'same'})` : '';
      lines.push(`  ${setting.differs ? c.yellow(setting.name) : setting.name}${c.dim(state)}`);
      const width = Math.max(...setting.groups.map((group) => shown(group).length));
      for (const group of setting.groups) {
        const count = String(group.agents.length).padStart(4);
        lines.push(`    ${shown(group).padEnd(width)}  ${count}  ${c.dim(nameList(group.agents))}`);
      }
    }
    lines.push('');
  }
  if (report.comparison.clusters.length === 0) lines.push('No agents to compare.', '');
  lines.push(formatFindingsText(report.findings, report.summary, c));
  return `${lines.join('\n')}\n`;
}

export function formatComparisonJson(report: ComparisonReport): string {
  const { tool, comparison, summary } = report;
  return `${JSON.stringify({ tool, clusters: comparison.clusters, findings: report.findings.map(toJsonFinding), summary }, null, 2)}\n`;
}

function shown(group: ComparedGroup): string {
  if (group.unset) return '(not set)';
  if (group.fingerprint !== undefined) return group.fingerprint;
  return group.value === '' ? '(empty)' : (group.value ?? '');
}

function nameList(agents: readonly string[]): string {
  if (agents.length <= MAX_NAMED_AGENTS) return agents.join(', ');
  return `${agents.slice(0, MAX_NAMED_AGENTS).join(', ')} and ${agents.length - MAX_NAMED_AGENTS} more`;
}
