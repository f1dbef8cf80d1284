/**
 * The lint pipeline: three pure functions over plain data (design §2), which the CLI, the tests, the bench and
 * the worker threads all call.
 *
 *   lintUnit(unit)    one lint unit (a ClearTrust file, or a Cams security domain with its linked agents) →
 *                     its findings with their positions, its waiver comments, its secret values, the fleet
 *                     facts of its agents;
 *   lintFleet(fleet)  the fleet rules over every agent's facts → reports by offsets; the caller reads back each
 *                     file they point into (fleetPlaces, in path order), locates their places (locatePlaces) and
 *                     turns the reports into findings (fleetFindings);
 *   finish(…)         waivers, baseline, fingerprints and the contract's order (§3.3, §3.7).
 *
 * No I/O: files come in as bytes, rules from the caller (so the engine is testable with fake rules). Every
 * result is plain data, the same on any thread.
 */
import { crypto } from '../platform/builtins.js';
import { isSecretName } from '../knowledge/properties.js';
import { printable } from '../text/printable.js';
import { secretValues } from '../model/cams.js';
import type { Environment } from '../model/environment.js';
import { agentFacts, createFleetStore, type AgentFacts, type Fleet, type Place } from '../model/fleet.js';
import type { Agent, CamsDomainLinks } from '../model/workspace.js';
import type { CamsDomain } from '../model/cams.js';
import type { parseXml } from '../parse/xml.js';
import { readWaiverComment } from '../parse/waivers.js';
import { decodeText, SourceFile, unshared, type Span } from '../parse/source.js';
import { buildWorkspace, planUnits, type ConfiguredDomains, type LoadedFile } from './units.js';
import { applyBaseline, type Baseline } from './baseline.js';
import type { CheckRule, MessageData, Rule, RuleTargets, Severity, SeveritySetting } from './rule-api.js';
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
   * Other places the finding concerns (a fleet finding's agents that agree, where the deviating agent differs
   * from them); absent when there are none. SARIF shows them as relatedLocations.
   */
  readonly related?: readonly Location[];
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

/** A finding before `finish` numbers it among identical ones. */
export type PendingFinding = Omit<Finding, 'fingerprint'> & { readonly fingerprintBase: string };

/** A rule that threw: an internal error, reported on its own so that a crash never looks clean. */
export interface RuleFailure {
  readonly ruleId: string;
  /** The file the rule was judging (for a fleet rule: `(fleet)`). */
  readonly file: string;
  readonly error: string;
}

export interface LintContext {
  /** Every registered rule: waivers may name any of them; `severities` turns some off. */
  readonly rules: readonly Rule[];
  readonly environment: Environment;
  /** Severity overrides from the config file; `off` disables a rule. */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
}

/** One ClearTrust file, or one Cams security domain with the agents linked to it (see planUnits). */
export interface LintUnit {
  readonly files: readonly LoadedFile[];
  /** How the unit's Cams agents are linked, decided over every file of the run (see linkCamsAgents). */
  readonly links?: CamsDomainLinks;
}

/** A waiver comment with everything `finish` needs to apply it or report it, without the file's text. */
export interface WaiverComment {
  readonly path: string;
  readonly agent: string;
  /** The comment's text without its markers. */
  readonly text: string;
  /** 1-based line the comment ends on: a waiver applies to the line after it. */
  readonly line: number;
  readonly location: Location;
  readonly sourceLine: string;
}

export interface UnitResult {
  readonly findings: readonly PendingFinding[];
  readonly waiverComments: readonly WaiverComment[];
  /** Secret values per file (to mask them in fleet findings too, design §3.8). */
  readonly secrets: readonly (readonly [path: string, values: readonly string[]])[];
  readonly facts: readonly AgentFacts[];
  readonly failures: readonly RuleFailure[];
}

/** A fleet rule's report, by offsets into the file `at.path` (and the files of its related places). */
export interface FleetReport {
  readonly ruleId: string;
  readonly agent: string;
  readonly messageId: string;
  readonly data: MessageData;
  readonly at: Place;
  readonly related: readonly Place[];
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Findings silenced by a waiver with a reason. */
  readonly waived: readonly Finding[];
  /** Findings silenced by the baseline. */
  readonly baselined: number;
}

export type Location = Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>;

/**
 * Reads one unit's files, judges them with every rule that is not a fleet rule, and keeps what outlives the
 * files' texts: findings (messages, positions and source lines resolved now), waiver comments, secret values
 * and fleet facts.
 */
export function lintUnit(unit: LintUnit, context: LintContext & { readonly readXml?: typeof parseXml }): UnitResult {
  const workspace = buildWorkspace(unit.files, { links: unit.links, readXml: context.readXml });
  const targets: readonly Target[] = [...workspace.agents, ...workspace.domains];
  const secrets = secretValuesByFile(targets);
  const emitter = createEmitter(context, (path) => secrets.get(path));
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  for (const diagnostic of workspace.diagnostics) {
    const rule = byId.get(diagnostic.ruleId);
    if (!rule) throw new Error(`Reader reported unregistered rule ${diagnostic.ruleId}`);
    emitter.emit(rule, diagnostic.agent, diagnostic.at, diagnostic.messageId, diagnostic.data ?? {});
  }
  const failures: RuleFailure[] = [];
  for (const rule of activeRules(context)) {
    if (rule.scope === 'fleet') continue;
    for (const target of targets) {
      if (SCOPE_PRODUCT[rule.scope] !== target.product) continue;
      try {
        (rule as CheckRule<string, Exclude<keyof RuleTargets, 'fleet'>>).check(target as never, {
          environment: context.environment,
          report: ({ at, agent, messageId, data = {} }) => emitter.emit(rule, agent ?? target.id, at, messageId, data),
        });
      } catch (error) {
        failures.push({ ruleId: rule.id, file: fileOf(target), error: describeError(error) });
      }
    }
  }
  const waiverComments = workspace.waiverComments.map(({ at, line, agent, text }) => ({
    path: at.source.path,
    agent,
    text: unshared(text),
    line,
    location: locate(at),
    sourceLine: emitter.sourceLine(at),
  }));
  return { findings: emitter.findings, waiverComments, secrets: [...secrets], facts: workspace.agents.map(agentFacts), failures };
}

/** The fleet rules over the fleet (when it has at least two agents): reports by offsets. */
export function lintFleet(fleet: Fleet, context: LintContext): { readonly reports: readonly FleetReport[]; readonly failures: readonly RuleFailure[] } {
  const reports: FleetReport[] = [];
  const failures: RuleFailure[] = [];
  if (fleet.clusters.reduce((n, cluster) => n + cluster.members.length, 0) < 2) return { reports, failures };
  for (const rule of activeRules(context)) {
    if (rule.scope !== 'fleet') continue;
    const others = context.rules.filter((other): other is CheckRule<string, 'fleet'> => other !== rule && other.scope === 'fleet');
    try {
      (rule as CheckRule<string, 'fleet'>).check(fleet, {
        environment: context.environment,
        report: ({ at, agent, messageId, data = {}, related = [] }) => reports.push({ ruleId: rule.id, agent, messageId, data, at, related }),
        judgedByAnotherRule: (product, name) => others.some((other) => other.judges?.(product, name) === true),
      });
    } catch (error) {
      failures.push({ ruleId: rule.id, file: '(fleet)', error: describeError(error) });
    }
  }
  return { reports, failures };
}

/** A place of a fleet report located in its file, with the secret-free text of its line. */
export interface LocatedPlace {
  readonly location: Location;
  readonly sourceLine: string;
}

/**
 * Every place the fleet reports point at (their own and their related places), by file in path order: the shell
 * reads each file back once, locates its places (locatePlaces), and then turns the reports into findings.
 */
export function fleetPlaces(reports: readonly FleetReport[]): [path: string, places: Place[]][] {
  const byPath = new Map<string, Place[]>();
  for (const report of reports) {
    for (const place of [report.at, ...report.related]) {
      const places = byPath.get(place.path);
      if (places) places.push(place);
      else byPath.set(place.path, [place]);
    }
  }
  return [...byPath].sort(([a], [b]) => compareText(a, b));
}

/** The places of one file located in `source` (its secret values masked in the source lines), added to `located`. */
export function locatePlaces(places: readonly Place[], source: SourceFile, secrets: readonly string[] | undefined, located: Map<Place, LocatedPlace>): void {
  const redact = secretMasker(secrets ?? []);
  for (const place of places) {
    const at = { source, start: place.start, end: place.end };
    located.set(place, { location: locate(at), sourceLine: unshared(secretFreeLine(at, redact)) });
  }
}

/**
 * Fleet reports turned into findings once their places are located. A report whose own place could not be
 * located (its file changed since it was linted, which the shell reports) is left out, as is a related place
 * that could not be.
 */
export function fleetFindings(reports: readonly FleetReport[], located: ReadonlyMap<Place, LocatedPlace>, secrets: ReadonlyMap<string, readonly string[]>, context: LintContext): PendingFinding[] {
  const emitter = createEmitter(context, (path) => secrets.get(path));
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  for (const { ruleId, agent, messageId, data, at, related } of reports) {
    const own = located.get(at);
    if (!own) continue;
    const others = related.flatMap((place) => located.get(place)?.location ?? []);
    emitter.emitAt(byId.get(ruleId) as Rule, agent, own.location, own.sourceLine, messageId, data, others);
  }
  return emitter.findings;
}

export interface FinishInput {
  readonly findings: readonly PendingFinding[];
  readonly waiverComments: readonly WaiverComment[];
  /** Secret values by file, to mask them in the waiver findings' messages. */
  readonly secrets: ReadonlyMap<string, readonly string[]>;
  /** false for --no-inline-waivers: waivers are ignored and not checked. */
  readonly inlineWaivers?: boolean;
  readonly baseline?: Baseline;
}

/** Applies the waivers (reporting invalid and unused ones), numbers identical findings, applies the baseline, sorts. */
export function finish(input: FinishInput, context: LintContext): LintResult {
  const emitter = createEmitter(context, (path) => input.secrets.get(path));
  const found = [...input.findings];
  const waivedSet = new Set(input.inlineWaivers === false ? [] : applyWaivers(input.waiverComments, found, context, emitter));
  found.push(...emitter.findings);
  const findings = withFingerprints(found.filter((finding) => !waivedSet.has(finding)));
  const waived = withFingerprints([...waivedSet]);
  if (!input.baseline) return { findings, waived, baselined: 0 };
  const baselined = applyBaseline(findings, input.baseline);
  return { findings: baselined.findings, waived, baselined: baselined.baselined };
}

/** The ids of the rules that report on waivers (design §3.7). */
const WAIVER_INVALID = 'waiver/invalid';
const WAIVER_UNUSED = 'waiver/unused';

/**
 * Silences the findings covered by a waiver with a reason, and reports invalid and unused waivers through
 * `emitter`. Returns the silenced findings.
 */
function applyWaivers(comments: readonly WaiverComment[], found: readonly PendingFinding[], context: LintContext, emitter: Emitter): PendingFinding[] {
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  const report = (ruleId: string, comment: WaiverComment, messageId: string, data: MessageData) => {
    const rule = byId.get(ruleId);
    if (rule) emitter.emitAt(rule, comment.agent, comment.location, comment.sourceLine, messageId, data);
  };
  const isOff = (id: string) => effectiveSeverity(byId.get(id) as Rule, context.severities) === 'off';

  const byTargetLine = new Map<string, { comment: WaiverComment; ruleIds: readonly string[]; used: boolean }[]>();
  for (const comment of comments) {
    const read = readWaiverComment(comment.text);
    if (read === undefined) continue;
    if (typeof read === 'string') {
      report(WAIVER_INVALID, comment, read, { directive: comment.text.trim().split(/\s/, 1)[0] ?? '' });
      continue;
    }
    const known = read.ruleIds.filter((id) => byId.has(id));
    for (const id of read.ruleIds) if (!byId.has(id)) report(WAIVER_INVALID, comment, 'unknownRule', { rule: id });
    if (read.reason === undefined) {
      report(WAIVER_INVALID, comment, 'missingReason', { rules: read.ruleIds.join(', ') });
      continue;
    }
    if (known.length === 0) continue;
    const key = `${comment.path}\0${comment.line + 1}`;
    byTargetLine.set(key, [...(byTargetLine.get(key) ?? []), { comment, ruleIds: known, used: false }]);
  }
  if (byTargetLine.size === 0) return [];

  const waived: PendingFinding[] = [];
  // The waiver findings reported so far can be waived too (a waiver of waiver/invalid above a bad waiver).
  for (const finding of [...found, ...emitter.findings]) {
    const candidates = byTargetLine.get(`${finding.file}\0${finding.line}`);
    const match = candidates?.find((c) => c.ruleIds.includes(finding.ruleId));
    if (!match) continue;
    match.used = true;
    waived.push(finding);
  }
  for (const candidates of byTargetLine.values()) {
    for (const { comment, ruleIds, used } of candidates) {
      // A waiver of a rule that the configuration turned off is not "unused": the rule may come back on.
      if (!used && !ruleIds.every(isOff)) report(WAIVER_UNUSED, comment, 'unused', { rules: ruleIds.join(', ') });
    }
  }
  return waived;
}

/** Turns reports into findings: severity, message, remedy, position, secret-free source line. */
interface Emitter {
  readonly findings: PendingFinding[];
  emit(rule: Rule, agent: string, at: Span, messageId: string, data: MessageData): void;
  /** A report whose position and source line (and related places) were resolved while the files' texts were at hand. */
  emitAt(rule: Rule, agent: string, location: Location, sourceLine: string, messageId: string, data: MessageData, related?: readonly Location[]): void;
  sourceLine(at: Span): string;
}

function createEmitter(context: LintContext, secretsOf: (path: string) => readonly string[] | undefined): Emitter {
  const findings: PendingFinding[] = [];
  const seen = new Set<string>();
  const redactors = new Map<string, (text: string) => string>();
  const redactorOf = (path: string) => {
    let redact = redactors.get(path);
    if (!redact) redactors.set(path, (redact = secretMasker(secretsOf(path) ?? [])));
    return redact;
  };
  const emitAt = (rule: Rule, agent: string, location: Location, sourceLine: string, messageId: string, data: MessageData, key: string, related: readonly Location[] = []) => {
    const severity = effectiveSeverity(rule, context.severities);
    if (severity === 'off') return;
    const template = (rule.messages as Record<string, string>)[messageId];
    if (template === undefined) throw new Error(`Rule ${rule.id} reported unknown messageId "${messageId}"`);
    // Reported once, however many times: a value inherited from Global is judged in every VirtualHost that
    // inherits it, and a waiver comment may name one unknown rule twice.
    if (seen.has(key)) return;
    seen.add(key);
    const remedyTemplate = (rule.remedies as Record<string, string> | undefined)?.[messageId] ?? rule.docs.fix;
    const redact = redactorOf(location.file);
    findings.push({
      ruleId: rule.id,
      severity,
      // Values from the files end up in messages: control characters are escaped after the secrets are masked
      // (escaping first would hide a secret's control characters from the mask).
      message: printable(redact(format(template, data, rule.id))),
      ...location,
      agent,
      predicts: rule.predicts,
      remedy: printable(redact(format(remedyTemplate, data, rule.id))),
      ...(related.length > 0 ? { related } : {}),
      sourceLine,
      messageId,
      data: redactData(data, redact),
      fingerprintBase: [rule.id, location.file, messageId, sourceLine.trim()].join('\0'),
    });
  };
  const sourceLine = (at: Span) => unshared(secretFreeLine(at, redactorOf(at.source.path)));
  return {
    findings,
    sourceLine,
    emit(rule, agent, at, messageId, data) {
      if (effectiveSeverity(rule, context.severities) === 'off') return;
      const key = `${rule.id}\0${at.source.path}\0${at.start}\0${at.end}\0${messageId}`;
      if (seen.has(key)) return;
      emitAt(rule, agent, locate(at), sourceLine(at), messageId, data, key);
    },
    emitAt(rule, agent, location, line, messageId, data, related) {
      emitAt(rule, agent, location, line, messageId, data, `${rule.id}\0${location.file}\0${location.line}:${location.column}\0${location.endLine}:${location.endColumn}\0${messageId}`, related);
    },
  };
}

/** What rules check: agents of either product and Cams security domains. */
type Target = Agent | CamsDomain;

const SCOPE_PRODUCT: Readonly<Record<Exclude<CheckRule['scope'], 'fleet'>, Target['product']>> = {
  'cleartrust-agent': 'cleartrust',
  'cams-agent': 'cams',
  'cams-domain': 'cams-domain',
};

function activeRules(context: LintContext): CheckRule[] {
  return context.rules.filter((rule): rule is CheckRule => rule.scope !== 'input' && effectiveSeverity(rule, context.severities) !== 'off');
}

/** The file a target's findings mostly point into: an agent's configuration, a security domain's policy. */
function fileOf(target: Target): string {
  if (target.product !== 'cams-domain') return target.document.source.path;
  return (target.policy?.root ?? target.loginConfig?.root)?.source.path ?? target.id;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function effectiveSeverity(rule: Rule, severities?: ReadonlyMap<string, SeveritySetting>): SeveritySetting {
  return severities?.get(rule.id) ?? rule.severity;
}

function locate(at: Span): Location {
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

export interface InMemoryOptions {
  readonly readXml?: typeof parseXml;
  /** Config `cams.agentDomains`. */
  readonly configuredDomains?: ConfiguredDomains;
  /** Config `clusters:` as a function from agent id to cluster name. */
  readonly clusterOf?: (agentId: string) => string | undefined;
  readonly inlineWaivers?: boolean;
}

/**
 * The whole pipeline over files whose bytes are at hand (tests, text given on standard input, an editor's
 * buffers): the same three functions the shell calls, with the fleet findings located in the files in memory.
 */
export function lintInMemory(files: readonly LoadedFile[], context: LintContext, options: InMemoryOptions = {}): LintResult & { readonly failures: readonly RuleFailure[] } {
  const findings: PendingFinding[] = [];
  const waiverComments: WaiverComment[] = [];
  const secrets = new Map<string, readonly string[]>();
  const failures: RuleFailure[] = [];
  const store = createFleetStore();
  for (const unit of planUnits(files, options.configuredDomains)) {
    const result = lintUnit(unit, { ...context, readXml: options.readXml });
    findings.push(...result.findings);
    waiverComments.push(...result.waiverComments);
    for (const [path, values] of result.secrets) secrets.set(path, values);
    failures.push(...result.failures);
    for (const facts of result.facts) store.add(facts);
  }
  const fleetRun = lintFleet(store.build(options.clusterOf), context);
  failures.push(...fleetRun.failures);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const located = new Map<Place, LocatedPlace>();
  for (const [path, places] of fleetPlaces(fleetRun.reports)) {
    const file = byPath.get(path);
    const decoded = file?.content.kind === 'bytes' ? decodeText(file.content.bytes) : undefined;
    if (!decoded?.ok) throw new Error(`lintInMemory: a fleet finding points into ${path}, which is not a text file of the run`);
    locatePlaces(places, new SourceFile(path, decoded.text), secrets.get(path), located);
  }
  findings.push(...fleetFindings(fleetRun.reports, located, secrets, context));
  return { ...finish({ findings, waiverComments, secrets, inlineWaivers: options.inlineWaivers }, context), failures };
}
