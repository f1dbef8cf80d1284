/**
 * Baselines: the findings a team has accepted for now, so a CI gate reports only new ones. Findings are
 * matched by fingerprint (rule, file, message id and the text of the line, not its number), so inserting
 * lines above an old finding keeps it matched.
 */
import type { Finding } from './finding.js';

export interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly fingerprint: string;
  /** For the humans reviewing the baseline file; never used for matching. */
  readonly message: string;
}

export interface Baseline {
  readonly tool: 'webagent-lint';
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    tool: 'webagent-lint',
    version: 1,
    findings: findings.map(({ ruleId, file, fingerprint, message }) => ({ ruleId, file, fingerprint, message })),
  };
}

/** Parse a baseline file; returns a message saying what is wrong when it is not one. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const candidate = data as Partial<Baseline> | null;
  if (candidate?.tool !== 'webagent-lint' || candidate.version !== 1 || !Array.isArray(candidate.findings)) {
    return 'not a webagent-lint baseline (expected {"tool": "webagent-lint", "version": 1, "findings": [...]}); write one with --update-baseline';
  }
  const broken = candidate.findings.findIndex((entry) => typeof entry?.fingerprint !== 'string');
  if (broken !== -1) return `findings[${broken}] has no fingerprint`;
  return candidate as Baseline;
}

/** The findings split into those the baseline does not hold (reported) and those it does (hidden). */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { readonly findings: Finding[]; readonly baselined: Finding[] } {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of findings) (known.has(finding.fingerprint) ? baselined : kept).push(finding);
  return { findings: kept, baselined };
}
