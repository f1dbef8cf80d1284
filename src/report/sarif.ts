/**
 * SARIF 2.1.0 for GitHub code scanning (anchors.md §4): every rule in tool.driver.rules with descriptions and
 * its whole documentation as markdown help (a help URI only where the config names a documentation URL: the docs
 * ship in the package, and there is no public site to link to); every result with a relative URI and a 1-based region; fingerprints that do
 * not depend on line numbers; `results: []` when clean. Checks that were not performed are tool execution
 * notifications of the run's invocation, associated with their rule; a failed run is an unsuccessful invocation.
 * Waived findings are results with an in-source suppression (the waiver's reason as justification); with a
 * baseline, every result has a baselineState and the findings the baseline holds are unchanged results with an
 * external suppression, so that code scanning keeps their alerts closed instead of taking them for fixed.
 */
import type { Fix, Invocation, Location as SarifLocation, Log, PhysicalLocation, ReportingDescriptor, Result, Suppression } from 'sarif';
import type { Finding, Location, NotChecked } from '../engine/engine.js';
import type { Fix as EditFix } from '../engine/fixes.js';
import type { Rule, Severity } from '../engine/rule-api.js';
import { TOOL_NAME } from '../platform/meta.js';
import { renderRuleMarkdown } from './rule-docs.js';
import { failureLines, type Report } from './report.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: Report): string {
  const rules = [...report.rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const { baseline } = report;
  // With a baseline every result has a baselineState (SARIF asks for all or none): the reported findings are
  // new, those the baseline holds unchanged; a waived one is unchanged when the baseline holds it too.
  const state = (finding: Finding, inBaseline: boolean): Pick<Result, 'baselineState'> =>
    baseline ? { baselineState: inBaseline || baseline.fingerprints.has(finding.fingerprint) ? 'unchanged' : 'new' } : {};
  const results: Result[] = [
    ...report.findings.map((finding) => ({ ...sarifResult(finding, index), ...state(finding, false) })),
    ...(report.waived ?? []).map((finding) => ({ ...sarifResult(finding, index), ...state(finding, false), suppressions: [inSource(finding)] })),
    ...(baseline?.hidden ?? []).map((finding) => ({ ...sarifResult(finding, index), ...state(finding, true), suppressions: [IN_BASELINE] })),
  ];
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(report.documentationUrl !== undefined ? { informationUri: report.documentationUrl } : {}),
            rules: rules.map((rule) => describeRule(rule, report.documentationUrl)),
          },
        },
        invocations: [invocation(report, index)],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifResult(finding: Finding, ruleIndex: ReadonlyMap<string, number>): Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) as number,
    level: LEVEL[finding.severity],
    message: { text: finding.predicts.length > 0 ? `${finding.message} (predicts ${finding.predicts.join(', ')})` : finding.message },
    locations: [sarifLocation(finding)],
    ...(finding.related ? { relatedLocations: finding.related.map((location, id) => ({ id, physicalLocation: physicalLocation(location) })) } : {}),
    partialFingerprints: { 'webagentLint/v1': finding.fingerprint },
    ...(finding.fix ? { fixes: [sarifFix(finding.file, finding.fix)] } : {}),
    properties: { agent: finding.agent, predicts: [...finding.predicts], remedy: finding.remedy },
  };
}

/**
 * A waiver as SARIF §3.35: suppressed in the source, by the team (accepted, which GitHub code scanning shows
 * as a closed alert), with the waiver's reason and where the waiver comment is.
 */
function inSource(finding: Finding): Suppression {
  const { waiver } = finding;
  return {
    kind: 'inSource',
    status: 'accepted',
    ...(waiver ? { justification: waiver.reason, location: sarifLocation(waiver.location) } : {}),
  };
}

/** A finding the baseline holds: accepted outside the source, so code scanning keeps its alert closed. */
const IN_BASELINE: Suppression = { kind: 'external', status: 'accepted', justification: 'in the baseline file' };

function sarifLocation(at: Location): SarifLocation {
  return { physicalLocation: physicalLocation(at) };
}

/**
 * The run's invocation: whether it succeeded — a failed run (a path that could not be read, a rule that threw)
 * is marked so, with an error notification each, so that code scanning does not take its results for a
 * complete analysis — and the checks that were not performed, as notes.
 */
function invocation(report: Report, ruleIndex: ReadonlyMap<string, number>): Invocation {
  const failures = failureLines(report);
  const notifications = [...failures.map((text) => ({ level: 'error' as const, message: { text } })), ...notices(report.notChecked, ruleIndex)];
  return { executionSuccessful: failures.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) };
}

function notices(notChecked: readonly NotChecked[], ruleIndex: ReadonlyMap<string, number>): NonNullable<Invocation['toolExecutionNotifications']> {
  return notChecked.map((notice) => ({
    level: 'note',
    message: { text: `Not checked: ${notice.reason} To check it: ${notice.enable}` },
    associatedRule: { id: notice.ruleId, ...(ruleIndex.has(notice.ruleId) ? { index: ruleIndex.get(notice.ruleId) } : {}) },
    ...(notice.location ? { locations: [sarifLocation(notice.location)] } : {}),
    properties: { scope: [...notice.scope], enable: notice.enable },
  }));
}

function describeRule(rule: Rule, documentationUrl: string | undefined): ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs.why },
    help: { text: `${rule.docs.why}\n\nFix: ${rule.docs.fix}`, markdown: renderRuleMarkdown(rule) },
    ...(documentationUrl !== undefined ? { helpUri: `${documentationUrl}/docs/rules/${rule.id}.md` } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.split('/')[0] as string, ...rule.predicts], predicts: [...rule.predicts] },
  };
}

/** `cleartrust/pool-refresh-exceeds-firewall-idle` → `CleartrustPoolRefreshExceedsFirewallIdle`. */
function pascalCase(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function physicalLocation(location: Location): PhysicalLocation {
  return {
    artifactLocation: { uri: toUri(location.file), uriBaseId: '%SRCROOT%' },
    region: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn },
  };
}

/**
 * A fix as SARIF §3.55: its edits as replacements by character offset, and by byte offset where the engine
 * knew the file's bytes (tools that patch bytes need them). Character offsets count UTF-16 code units of the
 * decoded text without a byte-order mark, as the run's columnKind says of columns; byte offsets count the
 * file's bytes, byte-order mark included. Suggestions are left out: code scanning would offer them as fixes.
 */
function sarifFix(file: string, fix: EditFix): Fix {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: {
            charOffset: edit.offset,
            charLength: edit.length,
            ...(edit.byteOffset !== undefined ? { byteOffset: edit.byteOffset, byteLength: edit.byteLength } : {}),
          },
          ...(edit.text !== '' ? { insertedContent: { text: edit.text } } : {}),
        })),
      },
    ],
  };
}

/** A relative URI reference for a `/`-separated relative path (each segment percent-encoded). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
