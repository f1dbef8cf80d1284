/**
 * Runs rules over a workspace and turns their reports into findings (design contract §3.3).
 * Pure: no I/O; rules come in from the caller, so the engine is testable with fake rules.
 */
import { isSecretName } from '../knowledge/properties.js';
import type { Environment } from '../model/environment.js';
import type { Agent, Workspace } from '../model/workspace.js';
import type { CheckRule, MessageData, ReportDescriptor, Rule, RuleTargets, Severity, SeveritySetting } from './rule-api.js';
import type { Span } from '../source.js';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly agent: string;
  readonly predicts: readonly string[];
  readonly remedy: string;
  readonly messageId: string;
  readonly data: MessageData;
}

export interface RuleFailure {
  readonly ruleId: string;
  readonly agent: string;
  readonly error: unknown;
}

export interface EngineOptions {
  readonly rules: readonly Rule[];
  readonly environment: Environment;
  /** Severity overrides from the config file; `off` disables a rule. */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that threw: an internal error, reported separately so a crash never looks clean. */
  readonly failures: readonly RuleFailure[];
}

export function lintWorkspace(workspace: Workspace, options: EngineOptions): LintResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const seen = new Set<string>();
  const redact = secretRedactor(workspace.agents);
  const byId = new Map(options.rules.map((rule) => [rule.id, rule]));

  const emit = (rule: Rule, agent: string, descriptor: ReportDescriptor<string>): void => {
    const severity = effectiveSeverity(rule, options.severities);
    if (severity === 'off') return;
    const { at, messageId, data = {} } = descriptor;
    const template = (rule.messages as Record<string, string>)[messageId];
    if (template === undefined) throw new Error(`Rule ${rule.id} reported unknown messageId "${messageId}"`);
    // A value inherited from Global is reported once, not once per VirtualHost that inherits it.
    const key = `${rule.id}\0${at.source.path}\0${at.start}\0${at.end}\0${messageId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const remedyTemplate = (rule.remedies as Record<string, string> | undefined)?.[messageId] ?? rule.docs.fix;
    findings.push({
      ruleId: rule.id,
      severity,
      message: redact(format(template, data, rule.id)),
      ...locate(at),
      agent,
      predicts: rule.predicts,
      remedy: redact(format(remedyTemplate, data, rule.id)),
      messageId,
      data: redactData(data, redact),
    });
  };

  for (const diagnostic of workspace.diagnostics) {
    const rule = byId.get(diagnostic.ruleId);
    if (!rule) throw new Error(`Reader reported unregistered rule ${diagnostic.ruleId}`);
    emit(rule, diagnostic.agent, diagnostic);
  }

  for (const rule of options.rules) {
    if (rule.scope === 'input' || effectiveSeverity(rule, options.severities) === 'off') continue;
    for (const agent of workspace.agents) {
      if (!applies(rule, agent)) continue;
      try {
        rule.check(agent as RuleTargets[typeof rule.scope], {
          environment: options.environment,
          report: (descriptor) => emit(rule, agent.id, descriptor),
        });
      } catch (error) {
        failures.push({ ruleId: rule.id, agent: agent.id, error });
      }
    }
  }

  findings.sort(compareFindings);
  return { findings, failures };
}

function applies(rule: CheckRule, agent: Agent): boolean {
  return rule.scope === 'cleartrust-agent' && agent.product === 'cleartrust';
}

export function effectiveSeverity(rule: Rule, severities?: ReadonlyMap<string, SeveritySetting>): SeveritySetting {
  return severities?.get(rule.id) ?? rule.severity;
}

function locate(at: Span): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = at.source.positionAt(at.start);
  const end = at.source.positionAt(Math.max(at.end, at.start));
  return { file: at.source.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Fill `{name}` placeholders; a missing one is a bug in the rule and throws. */
export function format(template: string, data: MessageData, ruleId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Rule ${ruleId}: message placeholder {${name}} has no data`);
    return String(value);
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Last line of defence for design §3.8: rules print secrets through displayValue(), but should any message
 * still contain a secret value, it is masked. Values shorter than 4 characters are left alone because
 * masking them would garble ordinary words.
 */
function redactData(data: MessageData, redact: (text: string) => string): MessageData {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? redact(value) : value]));
}

function secretRedactor(agents: readonly Agent[]): (text: string) => string {
  const secrets = new Set<string>();
  for (const agent of agents) {
    const { blocks, topLevelEntries } = agent.document;
    for (const entries of [topLevelEntries, ...blocks.map((block) => block.entries)]) {
      for (const entry of entries) if (isSecretName(entry.key) && entry.value.length >= 4) secrets.add(entry.value);
    }
  }
  if (secrets.size === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join('********');
    return result;
  };
}
