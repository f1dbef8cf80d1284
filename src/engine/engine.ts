/**
 * The lint pipeline: three pure functions over plain data (design §2), which the CLI, the tests, the bench and
 * the worker threads all call.
 *
 *   lintUnit(unit)    one lint unit (a ClearTrust file, or a Cams security domain with its linked agents) →
 *                     its findings with their positions, the checks its rules could not perform, its waiver
 *                     comments, its secret values, the fleet facts of its agents;
 *   lintFleet(fleet)  the fleet rules over every agent's facts → reports by offsets; the caller reads back each
 *                     file they point into (fleetPlaces, in path order), locates their places (locatePlaces) and
 *                     turns the reports into findings (fleetFindings);
 *   finish(…)         waivers, baseline, fingerprints and the contract's order (§3.3, §3.7); the notices of
 *                     checks not performed merged.
 *
 * No I/O: files come in as bytes, rules from the caller (so the engine is testable with fake rules). Every
 * result is plain data, the same on any thread.
 */
import { crypto } from '../platform/builtins.js';
import { printable } from '../text/printable.js';
import { MIN_MASKED_LENGTH, secretsOf, type SecretSpan } from '../model/secrets.js';
import type { Environment } from '../model/environment.js';
import { agentFacts, createFleetStore, type AgentFacts, type PortableFleet, type Fleet, type Place } from '../model/fleet.js';
import type { Agent, CamsDomainLinks } from '../model/workspace.js';
import { poolInputsOf, type PoolInputs } from '../model/prediction.js';
import type { CamsDomain } from '../model/cams.js';
import type { parseXml } from '../parse/xml.js';
import { readWaiverComment } from '../parse/waivers.js';
import { decodeText, SourceFile, unshared, type Span } from '../parse/source.js';
import { buildWorkspace, planUnits, type ConfiguredDomains, type LoadedFile } from './units.js';
import { withByteRanges, type Fix } from './fixes.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { predictionsOf, type CheckRule, type MessageData, type ReportDescriptor, type Rule, type RuleTargets, type SeveritySetting } from './rule-api.js';
import type { Finding, Waiver } from './finding.js';
import { compareText } from '../text/compare-text.js';

export type { Finding } from './finding.js';

/**
 * A check that was not performed, or that rests on an assumed value: every report lists these so that a run
 * never looks clean because something was skipped.
 */
export interface NotChecked {
  readonly ruleId: string;
  /** What was not checked, and why. */
  readonly reason: string;
  /** What would make the check possible. */
  readonly enable: string;
  /** The agents and security domains it concerns, sorted: agents that share a notice share one. */
  readonly scope: readonly string[];
  /** Where the undecided element is written, when there is one. */
  readonly location?: Location;
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
  /** Also hand back what the log prediction needs of each ClearTrust pool (predict, explain --log). */
  readonly poolInputs?: boolean;
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
  readonly notChecked: readonly NotChecked[];
  /** With `poolInputs`: every pool of the unit's ClearTrust agents, read for the prediction. */
  readonly pools?: readonly PoolInputs[];
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
  /** Findings silenced by a waiver with a reason, each with its waiver. */
  readonly waived: readonly Finding[];
  /** Findings silenced by the baseline (empty without one). */
  readonly baselined: readonly Finding[];
  /** Merged and sorted (see mergeNotChecked); neither waivers nor the baseline apply to them. */
  readonly notChecked: readonly NotChecked[];
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
  const { secrets, spans } = secretsByFile(targets);
  // A file that did not parse has no model to say where its secrets are: its lines are shown with every
  // attribute value masked.
  const unparsed = new Set(workspace.diagnostics.filter((d) => d.ruleId === 'cams/xml-syntax').map((d) => d.at.source.path));
  const emitter = createEmitter(context, (path) => secrets.get(path), { spansOf: (path) => spans.get(path), masksAttributes: (path) => unparsed.has(path) });
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  for (const diagnostic of workspace.diagnostics) {
    const rule = byId.get(diagnostic.ruleId);
    if (!rule) throw new Error(`Reader reported unregistered rule ${diagnostic.ruleId}`);
    emitter.emit(rule, diagnostic.agent, diagnostic.at, diagnostic.messageId, diagnostic.data ?? {});
  }
  const failures: RuleFailure[] = [];
  const notChecked: NotChecked[] = [];
  for (const rule of activeRules(context)) {
    if (rule.scope === 'fleet') continue;
    for (const target of targets) {
      if (SCOPE_PRODUCT[rule.scope] !== target.product) continue;
      try {
        (rule as CheckRule<string, Exclude<keyof RuleTargets, 'fleet'>>).check(target as never, {
          environment: context.environment,
          report: ({ at, agent, messageId, data = {}, fix, suggestions }) => emitter.emit(rule, agent ?? target.id, at, messageId, data, { fix, suggestions }),
          notChecked: ({ at, reason, enable }) => notChecked.push(emitter.notChecked(rule, target.id, at?.source.path ?? fileOf(target), at, reason, enable)),
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
  const pools = context.poolInputs ? workspace.agents.flatMap((agent) => (agent.product === 'cleartrust' ? poolInputsOf(agent) : [])) : undefined;
  return {
    findings: emitter.findings,
    waiverComments,
    secrets: [...secrets],
    facts: workspace.agents.map(agentFacts),
    failures,
    notChecked,
    ...(pools ? { pools } : {}),
  };
}

/** The fleet rules over the fleet (when it has at least two agents): reports by offsets. */
export function lintFleet(fleet: Fleet, context: LintContext): { readonly reports: readonly FleetReport[]; readonly failures: readonly RuleFailure[] } {
  const reports: FleetReport[] = [];
  const failures: RuleFailure[] = [];
  if (fleet.clusters.reduce((n, cluster) => n + cluster.members.length, 0) < 2) return { reports, failures };
  for (const rule of activeRules(context)) {
    if (rule.scope !== 'fleet') continue;
    const others = context.rules.filter((other): other is CheckRule<string, 'fleet'> => other !== rule && other.scope === 'fleet');
    // Asked once per setting name of every cluster: the answer depends on the name alone.
    const judged = new Map<string, boolean>();
    try {
      (rule as CheckRule<string, 'fleet'>).check(fleet, {
        environment: context.environment,
        report: ({ at, agent, messageId, data = {}, related = [] }) => reports.push({ ruleId: rule.id, agent, messageId, data, at, related }),
        judgedByAnotherRule: (product, name) => {
          const key = `${product} ${name}`;
          let answer = judged.get(key);
          if (answer === undefined) judged.set(key, (answer = others.some((other) => other.judges?.(product, name) === true)));
          return answer;
        },
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
    located.set(place, { location: locate(at), sourceLine: unshared(secretFreeLine(at, redact, NO_PLACES)) });
  }
}

/**
 * Fleet reports turned into findings once their places are located. A report whose own place could not be
 * located (its file changed since it was linted, which the shell reports) is left out, as is a related place
 * that could not be.
 */
export function fleetFindings(
  reports: readonly FleetReport[],
  located: ReadonlyMap<Place, LocatedPlace>,
  secrets: ReadonlyMap<string, readonly string[]>,
  context: LintContext,
): PendingFinding[] {
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
  readonly notChecked: readonly NotChecked[];
}

/** Applies the waivers (reporting invalid and unused ones), numbers identical findings, applies the baseline, sorts. */
export function finish(input: FinishInput, context: LintContext): LintResult {
  const emitter = createEmitter(context, (path) => input.secrets.get(path));
  const found = [...input.findings];
  const waivers = input.inlineWaivers === false ? new Map<PendingFinding, Waiver>() : applyWaivers(input.waiverComments, found, context, emitter);
  found.push(...emitter.findings);
  const findings = withFingerprints(found.filter((finding) => !waivers.has(finding)));
  const waived = withFingerprints([...waivers].map(([finding, waiver]) => ({ ...finding, waiver })));
  const notChecked = mergeNotChecked(input.notChecked);
  if (!input.baseline) return { findings, waived, baselined: [], notChecked };
  const split = applyBaseline(findings, input.baseline);
  return { findings: split.findings, waived, baselined: split.baselined, notChecked };
}

/**
 * Notices merged by what they say, with their scopes joined: a fleet whose pool refreshes were all compared
 * with the assumed firewall timeout gets one notice listing its agents, not one per agent. Notices are added
 * as they come (so a fleet's identical ones never pile up) and listed sorted by rule, position and text.
 */
export function notCheckedCollector(): { add(notices: readonly NotChecked[]): void; list(): NotChecked[] } {
  const merged = new Map<string, { readonly notice: NotChecked; readonly scope: Set<string> }>();
  return {
    add(notices) {
      for (const notice of notices) {
        const at = notice.location;
        const key = [notice.ruleId, notice.reason, notice.enable, at ? `${at.file}:${at.line}:${at.column}:${at.endLine}:${at.endColumn}` : ''].join('\0');
        const entry = merged.get(key);
        if (entry) for (const id of notice.scope) entry.scope.add(id);
        else merged.set(key, { notice, scope: new Set(notice.scope) });
      }
    },
    list: () => [...merged.values()].map(({ notice, scope }) => ({ ...notice, scope: [...scope].sort(compareText) })).sort(compareNotChecked),
  };
}

/** The notices merged and sorted at once (see notCheckedCollector). */
export function mergeNotChecked(notices: readonly NotChecked[]): NotChecked[] {
  const collector = notCheckedCollector();
  collector.add(notices);
  return collector.list();
}

function compareNotChecked(a: NotChecked, b: NotChecked): number {
  return (
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareText(a.reason, b.reason) ||
    compareText(a.scope[0] ?? '', b.scope[0] ?? '')
  );
}

/** The ids of the rules that report on waivers (design §3.7). */
const WAIVER_INVALID = 'waiver/invalid';
const WAIVER_UNUSED = 'waiver/unused';

/**
 * Silences the findings covered by a waiver with a reason, and reports invalid and unused waivers through
 * `emitter`. Returns the silenced findings with the waiver that silenced each, its reason made as safe to
 * print as a message (its file's secret values masked, control characters escaped).
 */
function applyWaivers(
  comments: readonly WaiverComment[],
  found: readonly PendingFinding[],
  context: LintContext,
  emitter: Emitter,
): Map<PendingFinding, Waiver> {
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  const report = (ruleId: string, comment: WaiverComment, messageId: string, data: MessageData) => {
    const rule = byId.get(ruleId);
    if (rule) emitter.emitAt(rule, comment.agent, comment.location, comment.sourceLine, messageId, data);
  };
  const isOff = (id: string) => effectiveSeverity(byId.get(id) as Rule, context.severities) === 'off';

  const byTargetLine = new Map<string, { comment: WaiverComment; ruleIds: readonly string[]; reason: string; used: boolean }[]>();
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
    byTargetLine.set(key, [...(byTargetLine.get(key) ?? []), { comment, ruleIds: known, reason: read.reason, used: false }]);
  }
  const waived = new Map<PendingFinding, Waiver>();
  if (byTargetLine.size === 0) return waived;

  // The waiver findings reported so far can be waived too (a waiver of waiver/invalid above a bad waiver).
  for (const finding of [...found, ...emitter.findings]) {
    const candidates = byTargetLine.get(`${finding.file}\0${finding.line}`);
    const match = candidates?.find((c) => c.ruleIds.includes(finding.ruleId));
    if (!match) continue;
    match.used = true;
    waived.set(finding, { reason: emitter.safeText(match.comment.path, match.reason), location: match.comment.location });
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
  emit(rule: Rule, agent: string, at: Span, messageId: string, data: MessageData, fixes?: Fixes): void;
  /** A report whose position and source line (and related places) were resolved while the files' texts were at hand. */
  emitAt(rule: Rule, agent: string, location: Location, sourceLine: string, messageId: string, data: MessageData, related?: readonly Location[]): void;
  sourceLine(at: Span): string;
  /** Text from the file `path` made safe to print like a message: its secret values masked, controls escaped. */
  safeText(path: string, text: string): string;
  /** A rule's notice, its text made safe to print like a message (secrets of `path` masked, controls escaped). */
  notChecked(rule: Rule, scope: string, path: string, at: Span | undefined, reason: string, enable: string): NotChecked;
}

/** What a unit knows of where secrets are written in its files (fleet findings have only the texts). */
interface SecretPlaces {
  spansOf(path: string): readonly SecretSpan[] | undefined;
  masksAttributes(path: string): boolean;
}

const NO_PLACES: SecretPlaces = { spansOf: () => undefined, masksAttributes: () => false };

function createEmitter(context: LintContext, secretsOf: (path: string) => readonly string[] | undefined, places: SecretPlaces = NO_PLACES): Emitter {
  const findings: PendingFinding[] = [];
  const seen = new Set<string>();
  const redactors = new Map<string, (text: string) => string>();
  const redactorOf = (path: string) => {
    let redact = redactors.get(path);
    if (!redact) redactors.set(path, (redact = secretMasker(secretsOf(path) ?? [])));
    return redact;
  };
  const emitAt = (
    rule: Rule,
    agent: string,
    location: Location,
    sourceLine: string,
    messageId: string,
    data: MessageData,
    key: string,
    related: readonly Location[] = [],
    { fix, suggestions = [] }: Fixes = {},
  ) => {
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
      predicts: predictionsOf(rule, messageId),
      remedy: printable(redact(format(remedyTemplate, data, rule.id))),
      ...(related.length > 0 ? { related } : {}),
      sourceLine,
      messageId,
      data: redactData(data, redact),
      fingerprintBase: [rule.id, location.file, messageId, sourceLine.trim()].join('\0'),
      ...(fix ? { fix } : {}),
      ...(suggestions.length > 0 ? { suggestions } : {}),
    });
  };
  const sourceLine = (at: Span) => unshared(secretFreeLine(at, redactorOf(at.source.path), places));
  const safeText = (path: string, text: string) => unshared(printable(redactorOf(path)(text)));
  return {
    findings,
    sourceLine,
    emit(rule, agent, at, messageId, data, fixes = {}) {
      if (effectiveSeverity(rule, context.severities) === 'off') return;
      const key = `${rule.id}\0${at.source.path}\0${at.start}\0${at.end}\0${messageId}`;
      if (seen.has(key)) return;
      const waiver = waiverSuggestion(rule, at);
      const suggestions = waiver ? [...(fixes.suggestions ?? []), waiver] : fixes.suggestions;
      const fix = fixes.fix && withByteRanges(fixes.fix, at.source);
      emitAt(rule, agent, locate(at), sourceLine(at), messageId, data, key, [], { fix, suggestions });
    },
    emitAt(rule, agent, location, line, messageId, data, related) {
      emitAt(
        rule,
        agent,
        location,
        line,
        messageId,
        data,
        `${rule.id}\0${location.file}\0${location.line}:${location.column}\0${location.endLine}:${location.endColumn}\0${messageId}`,
        related,
      );
    },
    safeText,
    notChecked(rule, scope, path, at, reason, enable) {
      const safe = (text: string) => safeText(path, text);
      return { ruleId: rule.id, reason: safe(reason), enable: safe(enable), scope: [scope], ...(at ? { location: locate(at) } : {}) };
    },
  };
}

type Fixes = Pick<ReportDescriptor<string>, 'fix' | 'suggestions'>;

/**
 * A waiver of the finding with a reason to fill in (README "Waivers"), on a new line above the finding's line
 * with its indent and line ending. Only in webagent.conf, whose lines stand alone: in a Java properties file the
 * line above may continue onto the finding's line, and in XML the finding's line may be inside a tag.
 */
function waiverSuggestion(rule: Rule, at: Span): Fix | undefined {
  if (!rule.id.startsWith('cleartrust/')) return undefined;
  const { source } = at;
  const line = source.positionAt(at.start).line;
  const start = source.offsetOfLine(line);
  const lineText = source.text.slice(start, source.offsetOfLine(line + 1));
  // The last line may have no line ending: the file's first one then.
  const ending = /\r\n$|\r$|\n$/.exec(lineText)?.[0] ?? /\r\n|\r|\n/.exec(source.text)?.[0] ?? '\n';
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    description: `Waive ${rule.id} here, giving the reason`,
    edits: [{ offset: start, length: 0, text: `${indent}# webagent-lint-disable-next-line ${rule.id} -- <reason>${ending}` }],
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
  return error instanceof Error ? error.message : String(error);
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
 * The text of the finding's first line, without any secret value: the spans of secret values on it are masked
 * (whatever their written form), everything after a secret-bearing name is dropped, and the secret values
 * known as text are masked. Trimmed, it is part of the fingerprint (baselines depend on it).
 */
function secretFreeLine(at: Span, redact: (text: string) => string, places: SecretPlaces): string {
  const text = at.source.text;
  let start = at.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at.start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let line = text.slice(start, end);
  // Right to left, so that each replacement leaves the offsets of the ones before it valid.
  const onLine = (places.spansOf(at.source.path) ?? [])
    .filter((span) => span.end > start && span.start < end && span.end > span.start)
    .sort((a, b) => b.start - a.start);
  for (const span of onLine) line = `${line.slice(0, Math.max(span.start, start) - start)}${MASK}${line.slice(Math.min(span.end, end) - start)}`;
  if (places.masksAttributes(at.source.path)) line = line.replace(ATTRIBUTE_VALUE, `=${MASK}`);
  // Masked before the cut: a cut inside a secret value (one that holds a secret-bearing word, as a comment
  // quoting it may) would leave a head the mask no longer recognises.
  return redact(line).replace(SECRET_ASSIGNMENT, '$1');
}

const MASK = '********';

/** An attribute value, quoted (or with its closing quote missing, as in a file that did not parse). */
const ATTRIBUTE_VALUE = /=\s*("[^"]*"?|'[^']*'?)/g;

/** Fill `{name}` placeholders; a missing one is a bug in the rule and throws. */
export function format(template: string, data: MessageData, ruleId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Rule ${ruleId}: message placeholder {${name}} has no data`);
    return String(value);
  });
}

export function compareFindings(a: Omit<Finding, 'fingerprint'>, b: Omit<Finding, 'fingerprint'>): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

function redactData(data: MessageData, redact: (text: string) => string): MessageData {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? unshared(redact(value)) : value]));
}

/**
 * Last line of defence for design §3.8: rules print secrets through displayValue(), but should a message or a
 * line still contain a secret value of the file it points at, in any written form, it is masked. Per file, so
 * the check stays linear in the fleet's size (fleet rules never print values of secret properties at all).
 * A security domain's login module secrets are masked in both of its files. With them, the spans of the values
 * by file (masked by position on the lines of their own file); one walk over each target's entries gives both.
 */
function secretsByFile(targets: readonly Target[]): { secrets: Map<string, string[]>; spans: Map<string, SecretSpan[]> } {
  const byFile = new Map<string, Set<string>>();
  const spans = new Map<string, SecretSpan[]>();
  for (const target of targets) {
    const sources = target.product === 'cams-domain' ? [target.policy?.root.source, target.loginConfig?.root.source] : [target.document.source];
    const found = secretsOf(target, (path) => sources.find((source) => source?.path === path)?.text ?? '');
    for (const span of found.spans) {
      const list = spans.get(span.path);
      if (list) list.push(span);
      else spans.set(span.path, [span]);
    }
    if (found.texts.length === 0) continue;
    for (const source of sources) {
      if (!source) continue;
      const set = byFile.get(source.path) ?? new Set<string>();
      for (const text of found.texts) set.add(unshared(text));
      byFile.set(source.path, set);
    }
  }
  return { secrets: new Map([...byFile].map(([path, values]) => [path, [...values]])), spans };
}

/** Replaces every occurrence of the given secret values (those of 4 characters or more) with `********`. */
export function secretMasker(values: Iterable<string>): (text: string) => string {
  // Longest first: a value that contains another is masked whole.
  const secrets = [...new Set(values)].filter((value) => value.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(MASK);
    return result;
  };
}

/** Results of lint units as another thread merged them: its agents' facts already in compact form. */
export type MergedUnits = Pick<UnitResult, 'findings' | 'waiverComments' | 'secrets' | 'failures' | 'notChecked' | 'pools'> & {
  readonly agents: number;
  readonly fleet: PortableFleet;
};

/**
 * The results of a run's lint units merged as they come: what the fleet rules and finish need. The one place
 * that merges them, for the shell, its worker threads and lintInMemory alike.
 */
export function createUnitResults() {
  const findings: PendingFinding[] = [];
  const waiverComments: WaiverComment[] = [];
  const secrets = new Map<string, readonly string[]>();
  const failures: RuleFailure[] = [];
  const notChecked = notCheckedCollector();
  const pools: PoolInputs[] = [];
  const store = createFleetStore();
  let agents = 0;
  const take = (part: Pick<UnitResult, 'findings' | 'waiverComments' | 'secrets' | 'failures' | 'notChecked' | 'pools'>): void => {
    for (const finding of part.findings) findings.push(finding);
    for (const comment of part.waiverComments) waiverComments.push(comment);
    for (const [path, values] of part.secrets) secrets.set(path, values);
    for (const failure of part.failures) failures.push(failure);
    notChecked.add(part.notChecked);
    for (const pool of part.pools ?? []) pools.push(pool);
  };
  return {
    findings,
    waiverComments,
    secrets,
    failures,
    notChecked,
    pools,
    store,
    agents: () => agents,
    /** One unit's results; its agents' facts go into the fleet store. */
    add(unit: UnitResult): void {
      take(unit);
      for (const facts of unit.facts) store.add(facts);
      agents += unit.facts.length;
    },
    /** Another thread's merged results. */
    addMerged(part: MergedUnits): void {
      take(part);
      store.addPortable(part.fleet);
      agents += part.agents;
    },
    /** This thread's results as they cross to another (structured clone). */
    merged(): MergedUnits {
      return { findings, waiverComments, secrets: [...secrets], failures, notChecked: notChecked.list(), pools, agents, fleet: store.export().portable };
    },
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
export function lintInMemory(
  files: readonly LoadedFile[],
  context: LintContext,
  options: InMemoryOptions = {},
): LintResult & { readonly failures: readonly RuleFailure[] } {
  const results = createUnitResults();
  for (const unit of planUnits(files, options.configuredDomains)) results.add(lintUnit(unit, { ...context, readXml: options.readXml }));
  const { findings, waiverComments, secrets, failures, store } = results;
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
  return { ...finish({ findings, waiverComments, secrets, inlineWaivers: options.inlineWaivers, notChecked: results.notChecked.list() }, context), failures };
}
