/** What every reporter receives. Reporters are pure: data in, string out. */
import type { Finding, NotChecked } from '../engine/engine.js';
import type { Rule, Severity } from '../engine/rule-api.js';
import { compareText } from '../text/compare-text.js';

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly agents: number;
  readonly files: number;
  /** Findings silenced by inline waivers with a reason. */
  readonly waived: number;
  /** Findings left out because the baseline already holds them. */
  readonly baselined: number;
}

/** An agent and the files read for it (display paths). */
export interface AgentFiles {
  readonly id: string;
  /** A Cams security domain's files are linted like an agent's, and grouped under its directory. */
  readonly kind: 'agent' | 'security domain';
  readonly files: readonly string[];
}

export interface Report {
  readonly tool: { readonly name: 'webagent-lint'; readonly version: string };
  readonly findings: readonly Finding[];
  /** Checks that were not performed, or rest on an assumed value: every format shows them. */
  readonly notChecked: readonly NotChecked[];
  readonly summary: Summary;
  /** Every file linted, clean or not (display paths, sorted). */
  readonly files: readonly string[];
  /** Every agent with its files, clean or not (sorted by id): the HTML report lists clean agents too. */
  readonly agents: readonly AgentFiles[];
  /** Every registered rule: SARIF lists them all, so code scanning knows rules that found nothing. */
  readonly rules: readonly Rule[];
  /**
   * What made the run fail (exit 2): paths that could not be read, rules that threw. Every format says so, so
   * that a failed run never looks like a clean one (an empty SARIF would close every open code scanning alert).
   */
  readonly failures?: readonly RunFailure[];
  /** The config's documentationUrl: SARIF links the tool and each rule to it; without it, no report links anywhere. */
  readonly documentationUrl?: string;
  /** Findings silenced by inline waivers, each with its waiver: SARIF lists them as suppressed results. */
  readonly waived?: readonly Finding[];
  /**
   * Present when the run compared its findings with a baseline (--baseline, or --update-baseline, which
   * accepts every finding): the findings it held, which SARIF lists as unchanged, suppressed results.
   */
  readonly baseline?: {
    readonly hidden: readonly Finding[];
    /** The fingerprints the baseline holds. */
    readonly fingerprints: ReadonlySet<string>;
  };
  /** How the run ends: the HTML report shows it first. */
  readonly verdict?: Verdict;
}

/** The exit code and the thresholds that decided it. */
export interface Verdict {
  readonly exitCode: number;
  /** The lowest severity that fails the run; undefined when findings never fail it (--no-fail). */
  readonly failOn?: Severity;
  readonly maxWarnings?: number;
  /**
   * What shaped the findings besides the files, as command-line words: the config file (or that none was
   * found), the paths, and every option that changes what is reported or how it is judged.
   */
  readonly options?: readonly string[];
}

/** A problem of the run itself, printed on stderr as `webagent-lint: <where>: <message>`. */
export interface RunFailure {
  readonly where: string;
  readonly message: string;
}

/** The run's failures as one line each. */
export function failureLines(report: Pick<Report, 'failures'>): string[] {
  return (report.failures ?? []).map((failure) => `${failure.where}: ${failure.message}`);
}

export function summarize(
  findings: readonly Finding[],
  counts: { readonly agents: number; readonly files: number; readonly waived: number; readonly baselined: number },
): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity]++;
  return { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, ...counts };
}

const PRODUCT_NAMES: Readonly<Record<string, string>> = { cleartrust: 'ClearTrust', cams: 'Cams' };

/** A product as users name it (`cleartrust` → ClearTrust). */
export function productName(product: string): string {
  return PRODUCT_NAMES[product] ?? product;
}

/** The findings a report leaves out, as phrases (`3 waived`, `2 in the baseline`); empty when none is. */
export function hiddenCounts(summary: Summary): string[] {
  return [summary.waived > 0 ? `${summary.waived} waived` : '', summary.baselined > 0 ? `${summary.baselined} in the baseline` : ''].filter(Boolean);
}

/** More findings than this, and the summary counts them per rule first. */
export const PER_RULE_COUNTS_ABOVE = 10;

/**
 * The findings counted per rule, most first (then by rule id); none when there are not more than
 * PER_RULE_COUNTS_ABOVE findings, which a reader counts at a glance.
 */
export function perRuleCounts(findings: readonly Pick<Finding, 'ruleId'>[]): [ruleId: string, count: number][] {
  if (findings.length <= PER_RULE_COUNTS_ABOVE) return [];
  const counts = new Map<string, number>();
  for (const { ruleId } of findings) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b));
}

/** Scope names shown before a notice's list folds into a count. */
const NAMED_SCOPES = 3;

/** Where a notice applies, in one line: its position when it has one, else its scope (see scopeText). */
export function noticePlace(notice: NotChecked): string {
  const at = notice.location;
  return at ? `${at.file}:${at.line}:${at.column}` : scopeText(notice.scope);
}

/** The agents and security domains a notice concerns, the first few by name: `web01, web02, web03 and 997 more`. */
export function scopeText(scope: readonly string[]): string {
  const named = scope.slice(0, NAMED_SCOPES).join(', ');
  return scope.length > NAMED_SCOPES ? `${named} and ${scope.length - NAMED_SCOPES} more` : named;
}
