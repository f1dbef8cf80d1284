/**
 * Runs rules over a workspace and turns their reports into findings (design contract §3.3), then applies the
 * inline waivers (§3.7). Pure: no I/O; rules come in from the caller, so the engine is testable with fake rules.
 */
import { crypto } from '../builtins.js';
import { isSecretName } from '../knowledge/properties.js';
import { printable } from '../printable.js';
import { secretValues, type CamsDomain } from '../model/cams.js';
import type { Environment } from '../model/environment.js';
import { buildFleet, type Fleet } from '../model/fleet.js';
import type { Agent, WaiverComment, Workspace } from '../model/workspace.js';
import { unshared, type SourceFile, type Span } from '../source.js';
import { predictionsOf, type CheckRule, type MessageData, type ReportDescriptor, type Rule, type RuleTargets, type Severity, type SeveritySetting } from './rule-api.js';
import { readWaiverComment, type Waiver } from './waivers.js';
import { compareText } from '../text/compare-text.js';

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
  /**
   * The text of the line the finding points at (its first line), with everything after a secret-bearing name
   * dropped and known secret values masked (design §3.8): what the HTML report shows as the source line.
   */
  readonly sourceLine: string;
  readonly messageId: string;
  readonly data: MessageData;
  /**
   * Identifies the finding independently of its line number: rule, file, message id and the (secret-free)
   * text of the line it points at, plus the occurrence among identical ones. Baselines and SARIF use it.
   */
  readonly fingerprint: string;
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
  /** false for --no-inline-waivers: waivers are ignored and not checked. */
  readonly inlineWaivers?: boolean;
  /** The fleet with clusters from the config file; built from the agents' own settings when absent. */
  readonly fleet?: Fleet;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Findings silenced by a waiver with a reason. */
  readonly waived: readonly Finding[];
  /** Rules that threw: an internal error, reported separately so a crash never looks clean. */
  readonly failures: readonly RuleFailure[];
}

type PendingFinding = Omit<Finding, 'fingerprint'> & { readonly fingerprintBase: string };

/** A session's results without its functions and source files, so that they can cross threads. */
export interface PortableLint {
  readonly findings: readonly PendingFinding[];
  readonly waiverComments: readonly (Omit<WaiverComment, 'at'> & { readonly path: string; readonly start: number; readonly end: number })[];
  /** Secret values per file (the last line of defence of design §3.8 needs them for fleet findings too). */
  readonly secrets: readonly (readonly [path: string, values: readonly string[]])[];
  readonly failures: readonly { readonly ruleId: string; readonly agent: string; readonly error: string }[];
  readonly agents: number;
}

/**
 * A lint run fed one part at a time: each part's reader problems and per-agent (per-domain) rules are judged
 * when it is added, so the caller may then drop the part's models and release its files' texts; the fleet
 * rules, the waivers and the fingerprints come at `finish`. lintWorkspace feeds a whole workspace at once.
 */
export interface LintSession {
  add(part: Workspace): void;
  /** What the parts added so far produced, to hand to the session of another thread (structured clone). */
  export(): PortableLint;
  /** Takes over what another thread's session produced; `sourceOf` gives the source file of a path. */
  import(part: PortableLint, sourceOf: (path: string) => SourceFile): void;
  /** The fleet of every agent added (built from them when absent and the session saw them all). */
  finish(fleet: Fleet): LintResult;
}

export function lintWorkspace(workspace: Workspace, options: EngineOptions): LintResult {
  const session = createLintSession(options);
  session.add(workspace);
  return session.finish(options.fleet ?? buildFleet(workspace.agents));
}

export function createLintSession(options: EngineOptions): LintSession {
  const found: PendingFinding[] = [];
  const failures: RuleFailure[] = [];
  const seen = new Set<string>();
  const secrets = new Map<string, readonly string[]>();
  const redactors = new Map<string, (text: string) => string>();
  const addSecrets = (path: string, values: readonly string[]): void => {
    secrets.set(path, values);
    redactors.set(path, secretMasker(values));
  };
  const waiverComments: WaiverComment[] = [];
  const noSecrets = (text: string) => text;
  const byId = new Map(options.rules.map((rule) => [rule.id, rule]));
  const active = options.rules.filter((rule): rule is CheckRule => rule.scope !== 'input' && effectiveSeverity(rule, options.severities) !== 'off');
  let agents = 0;

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
    const redact = redactors.get(at.source.path) ?? noSecrets;
    // Kept until the end of the run, while the file's text may be released: copies, not views into the text.
    const sourceLine = unshared(secretFreeLine(at, redact));
    found.push({
      ruleId: rule.id,
      severity,
      // Values from the files end up in messages: control characters are escaped after the secrets are masked
      // (escaping first would hide a secret's control characters from the mask).
      message: printable(redact(format(template, data, rule.id))),
      ...locate(at),
      agent,
      predicts: predictionsOf(rule, messageId),
      remedy: printable(redact(format(remedyTemplate, data, rule.id))),
      sourceLine,
      messageId,
      data: redactData(data, redact),
      fingerprintBase: [rule.id, at.source.path, messageId, sourceLine.trim()].join('\0'),
    });
  };

  const run = <S extends keyof RuleTargets>(rule: CheckRule<string, S>, target: RuleTargets[S], agent: string): void => {
    try {
      rule.check(target, { environment: options.environment, report: (descriptor) => emit(rule, descriptor.agent ?? agent, descriptor) });
    } catch (error) {
      failures.push({ ruleId: rule.id, agent, error });
    }
  };

  return {
    add(part) {
      const targets: readonly Target[] = [...part.agents, ...part.domains];
      agents += part.agents.length;
      for (const [path, values] of secretValuesByFile(targets)) addSecrets(path, values);
      waiverComments.push(...part.waiverComments);
      for (const diagnostic of part.diagnostics) {
        const rule = byId.get(diagnostic.ruleId);
        if (!rule) throw new Error(`Reader reported unregistered rule ${diagnostic.ruleId}`);
        emit(rule, diagnostic.agent, diagnostic);
      }
      for (const rule of active) {
        if (rule.scope === 'fleet') continue;
        for (const target of targets) {
          if (applies(rule, target)) run(rule, target as RuleTargets[typeof rule.scope], target.id);
        }
      }
    },
    export() {
      return {
        findings: found,
        waiverComments: waiverComments.map(({ at, ...comment }) => ({ ...comment, path: at.source.path, start: at.start, end: at.end })),
        secrets: [...secrets],
        failures: failures.map(({ ruleId, agent, error }) => ({ ruleId, agent, error: String(error) })),
        agents,
      };
    },
    import(part, sourceOf) {
      found.push(...part.findings);
      for (const { path, start, end, ...comment } of part.waiverComments) waiverComments.push({ ...comment, at: { source: sourceOf(path), start, end } });
      for (const [path, values] of part.secrets) addSecrets(path, values);
      failures.push(...part.failures);
      agents += part.agents;
    },
    finish(fleet) {
      if (agents >= 2) {
        // Fleet findings point into files whose texts may have been released: emit them file by file, so each
        // such file is read back once and dropped again.
        const reports: { rule: Rule; agent: string; descriptor: ReportDescriptor<string> }[] = [];
        for (const rule of active) {
          if (rule.scope !== 'fleet') continue;
          try {
            (rule as CheckRule<string, 'fleet'>).check(fleet, { environment: options.environment, report: (descriptor) => reports.push({ rule, agent: descriptor.agent ?? '(fleet)', descriptor }) });
          } catch (error) {
            failures.push({ ruleId: rule.id, agent: '(fleet)', error });
          }
        }
        reports.sort((a, b) => compareText(a.descriptor.at.source.path, b.descriptor.at.source.path));
        let previous: SourceFile | undefined;
        for (const { rule, agent, descriptor } of reports) {
          if (previous !== descriptor.at.source) previous?.compact();
          previous = descriptor.at.source;
          emit(rule, agent, descriptor);
        }
        previous?.compact();
      }
      const waived = options.inlineWaivers === false ? [] : applyWaivers(waiverComments, found, byId, options.severities, emit);
      const waivedSet = new Set(waived);
      const findings = withFingerprints(found.filter((finding) => !waivedSet.has(finding)));
      return { findings, waived: withFingerprints(waived), failures };
    },
  };
}

/**
 * Silences findings covered by a waiver with a reason, and reports invalid and unused waivers through
 * `emit` (which appends to `found`). Returns the silenced findings.
 */
function applyWaivers(
  comments: readonly WaiverComment[],
  found: PendingFinding[],
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, SeveritySetting> | undefined,
  emit: (rule: Rule, agent: string, descriptor: ReportDescriptor<string>) => void,
): PendingFinding[] {
  const invalid = rules.get('waiver/invalid');
  const unused = rules.get('waiver/unused');
  const report = (rule: Rule | undefined, agent: string, descriptor: ReportDescriptor<string>) => rule && emit(rule, agent, descriptor);
  const isOff = (id: string) => effectiveSeverity(rules.get(id) as Rule, severities) === 'off';

  const byTargetLine = new Map<string, { waiver: Waiver; used: boolean }[]>();
  for (const comment of comments) {
    const read = readWaiverComment(comment.text);
    if (read === undefined) continue;
    if (typeof read === 'string') {
      report(invalid, comment.agent, { at: comment.at, messageId: read, data: { directive: comment.text.trim().split(/\s/, 1)[0] ?? '' } });
      continue;
    }
    const known = read.ruleIds.filter((id) => rules.has(id));
    for (const id of read.ruleIds) if (!rules.has(id)) report(invalid, comment.agent, { at: comment.at, messageId: 'unknownRule', data: { rule: id } });
    if (read.reason === undefined) {
      report(invalid, comment.agent, { at: comment.at, messageId: 'missingReason', data: { rules: read.ruleIds.join(', ') } });
      continue;
    }
    if (known.length === 0) continue;
    const waiver: Waiver = { at: comment.at, line: comment.line, agent: comment.agent, ruleIds: known, reason: read.reason };
    const key = `${comment.at.source.path}\0${comment.line + 1}`;
    byTargetLine.set(key, [...(byTargetLine.get(key) ?? []), { waiver, used: false }]);
  }
  if (byTargetLine.size === 0) return [];

  const waived: PendingFinding[] = [];
  for (const finding of found) {
    const candidates = byTargetLine.get(`${finding.file}\0${finding.line}`);
    const match = candidates?.find((c) => c.waiver.ruleIds.includes(finding.ruleId));
    if (!match) continue;
    match.used = true;
    waived.push(finding);
  }
  for (const candidates of byTargetLine.values()) {
    for (const { waiver, used } of candidates) {
      // A waiver of a rule that the configuration turned off is not "unused": the rule may come back on.
      if (!used && !waiver.ruleIds.every(isOff)) report(unused, waiver.agent, { at: waiver.at, messageId: 'unused', data: { rules: waiver.ruleIds.join(', ') } });
    }
  }
  return waived;
}

/** What rules check: agents of either product and Cams security domains. */
type Target = Agent | CamsDomain;

const SCOPE_PRODUCT: Readonly<Record<Exclude<CheckRule['scope'], 'fleet'>, Target['product']>> = {
  'cleartrust-agent': 'cleartrust',
  'cams-agent': 'cams',
  'cams-domain': 'cams-domain',
};

function applies(rule: CheckRule, target: Target): boolean {
  return rule.scope !== 'fleet' && SCOPE_PRODUCT[rule.scope] === target.product;
}

export function effectiveSeverity(rule: Rule, severities?: ReadonlyMap<string, SeveritySetting>): SeveritySetting {
  return severities?.get(rule.id) ?? rule.severity;
}

function locate(at: Span): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = at.source.positionAt(at.start);
  const end = at.source.positionAt(Math.max(at.end, at.start));
  return { file: at.source.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Sorts (contract §3.3 order) and numbers identical findings in file order, so line shifts keep them apart. */
function withFingerprints(pending: readonly PendingFinding[]): Finding[] {
  if (pending.length === 0) return [];
  const { createHash } = crypto();
  const sorted = [...pending].sort(compareFindings);
  const occurrences = new Map<string, number>();
  return sorted.map(({ fingerprintBase, ...finding }) => {
    const hash = createHash('sha256').update(fingerprintBase).digest('hex').slice(0, 32);
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    return { ...finding, fingerprint: `${hash}:${occurrence}` };
  });
}

// Everything after a secret-bearing name is dropped, even on a line that did not parse as key=value; `s`, so
// that a U+2028 inside the line cannot end the match early.
const SECRET_ASSIGNMENT = /^(.*?(?:salt|secret|passphrase|password|passwd)).*$/is;

/**
 * The text of the finding's first line, without any secret value: everything after a secret-bearing name is
 * dropped and known secret values are masked. Trimmed, it is part of the fingerprint (baselines depend on it).
 */
function secretFreeLine(at: Span, redact: (text: string) => string): string {
  const text = at.source.text;
  let start = at.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at.start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return redact(text.slice(start, end).replace(SECRET_ASSIGNMENT, '$1'));
}

/** Fill `{name}` placeholders; a missing one is a bug in the rule and throws. */
export function format(template: string, data: MessageData, ruleId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Rule ${ruleId}: message placeholder {${name}} has no data`);
    return String(value);
  });
}

export function compareFindings(a: Omit<Finding, 'fingerprint'>, b: Omit<Finding, 'fingerprint'>): number {
  return (
    compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}


function redactData(data: MessageData, redact: (text: string) => string): MessageData {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? unshared(redact(value)) : value]));
}

/**
 * Last line of defence for design §3.8: rules print secrets through displayValue(), but should a message still
 * contain a secret value of the file it points at, the value is masked. Per file, so the check stays linear in
 * the fleet's size (fleet rules never print values of secret properties at all). Values shorter than 4
 * characters are left alone because masking them would garble ordinary words.
 */
function secretValuesByFile(targets: readonly Target[]): Map<string, string[]> {
  const byFile = new Map<string, Set<string>>();
  const add = (path: string, values: readonly string[]) => {
    const secrets = byFile.get(path) ?? new Set<string>();
    for (const value of values) if (value.length >= 4) secrets.add(unshared(value));
    if (secrets.size > 0) byFile.set(path, secrets);
  };
  for (const target of targets) {
    if (target.product === 'cleartrust') {
      add(target.document.source.path, target.entries.filter((entry) => isSecretName(entry.key)).map((entry) => entry.value));
    } else if (target.product === 'cams') {
      add(target.document.source.path, secretValues(target));
    } else {
      const values = secretValues(target);
      for (const root of [target.policy?.root, target.loginConfig?.root]) if (root) add(root.source.path, values);
    }
  }
  return new Map([...byFile].map(([path, values]) => [path, [...values]]));
}

/** Replaces every occurrence of the given secret values (those of 4 characters or more) with `********`. */
export function secretMasker(values: Iterable<string>): (text: string) => string {
  const secrets = [...new Set(values)].filter((value) => value.length >= 4);
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join('********');
    return result;
  };
}
