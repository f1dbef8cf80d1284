/**
 * The rule API. A rule is a data object with a check: identity, default severity, the log codes it predicts,
 * its documentation and source, its messages, and a pure synchronous check that reports spans of the parse
 * tree. The engine turns spans into line/column and messages into text.
 */
import type { Span } from '../parse/source.js';
import type { Environment } from '../model/environment.js';
import type { ClearTrustAgent } from '../model/cleartrust.js';
import type { CamsAgent, CamsDomain } from '../model/cams.js';
import type { Agent } from '../model/workspace.js';
import type { Fleet, Place } from '../model/fleet.js';
import type { Lever } from '../model/prediction.js';
import type { Fix } from './fixes.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RuleDocs {
  /** Why the configuration is a problem and what happens at run time. */
  readonly why: string;
  /** The remedy, shown with every finding unless the rule gives a more specific one. */
  readonly fix: string;
  /**
   * A configuration that triggers the rule (tested). One file of the rule's product (webagent.conf,
   * cams-webagent.conf), or several files, each introduced by a line `=== <path>` (see exampleFiles).
   */
  readonly bad: string;
  /** The corrected configuration, which must not trigger it (tested). */
  readonly good: string;
  /** Keys of src/knowledge/sources.json. */
  readonly sources: readonly string[];
  /** documented: a vendor source states the behaviour; inferred: our reading of the sources. */
  readonly confidence: 'documented' | 'inferred';
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface ReportDescriptor<M extends string> {
  readonly at: Span;
  /** The agent the finding belongs to; only fleet rules, which see every agent, need to say it. */
  readonly agent?: string;
  readonly messageId: M;
  readonly data?: MessageData;
  /**
   * Edits in the file of `at` that apply the remedy, only when it is deterministic and safe: `lint --fix`
   * applies them. Change only what the remedy needs.
   */
  readonly fix?: Fix;
  /** Alternatives a person must choose between: shown, never applied by --fix. */
  readonly suggestions?: readonly Fix[];
}

/**
 * A check the rule could not perform, or performed only on an assumed value: said instead of passing in
 * silence. Free text in the rule's words; the engine adds the rule, the agent or security domain, the position.
 */
export interface NotCheckedDescriptor {
  /** Where the undecided element is written, when there is one (a permission whose rule cannot be evaluated). */
  readonly at?: Span;
  /** What was not checked, and why. */
  readonly reason: string;
  /** What would make the check possible: a setting, an option, or what to verify by hand. */
  readonly enable: string;
}

export interface RuleContext<M extends string> {
  readonly environment: Environment;
  report(descriptor: ReportDescriptor<M>): void;
  notChecked(descriptor: NotCheckedDescriptor): void;
}

/** A fleet rule's report: fleet findings point into files whose texts are not kept, by offsets. */
export interface FleetReportDescriptor<M extends string> {
  readonly at: Place;
  readonly agent: string;
  readonly messageId: M;
  readonly data?: MessageData;
  /** Other places the finding concerns, e.g. the settings of the agents this one differs from (see relatedPlaces). */
  readonly related?: readonly Place[];
}

export interface FleetRuleContext<M extends string> {
  readonly environment: Environment;
  report(descriptor: FleetReportDescriptor<M>): void;
  /** Whether another registered fleet rule judges this setting (see CheckRule.judges), so it is not reported twice. */
  judgedByAnotherRule(product: Agent['product'], settingName: string): boolean;
}

/** The context a check of scope S receives. */
export type ContextOf<S extends keyof RuleTargets, M extends string> = S extends 'fleet' ? FleetRuleContext<M> : RuleContext<M>;

/** What a rule's check receives, by scope. */
export interface RuleTargets {
  readonly 'cleartrust-agent': ClearTrustAgent;
  /** A Cams web agent, with the security domain it is linked to (if any). */
  readonly 'cams-agent': CamsAgent;
  /** A Cams security domain, with the agents linked to it. */
  readonly 'cams-domain': CamsDomain;
  /** Every agent of the run, by cluster; fleet rules run once, when there are at least two agents. */
  readonly fleet: Fleet;
}

interface RuleMeta<M extends string> {
  /** `<product>/<slug>`; the slug is also the rule's file name. */
  readonly id: string;
  /** Starts with Disallow, Require, Limit or Specify. */
  readonly title: string;
  readonly severity: Severity;
  /** Log code identifiers (design §3.4) that findings of this rule predict: every code any of its messages predicts. */
  readonly predicts: readonly string[];
  /**
   * The codes predicted by findings of a message that predicts fewer than `predicts` (none, or some): when the
   * messages of one check describe causes the sources link to different codes. Other messages predict `predicts`.
   */
  readonly predictsByMessage?: Readonly<Partial<Record<M, readonly string[]>>>;
  readonly docs: RuleDocs;
  /** Message templates with `{placeholders}` filled from the report's data. */
  readonly messages: Readonly<Record<M, string>>;
  /** Remedy templates for messages whose remedy differs from `docs.fix`. */
  readonly remedies?: Readonly<Partial<Record<M, string>>>;
  /**
   * The remedy of a message as a change the log prediction can apply (model/prediction.ts), so that predict
   * shows the log after it ("1 Hrs -> 55 Mins: 48/day -> 0/day"). The finding's data must name its `pool`.
   */
  readonly levers?: Readonly<Partial<Record<M, Lever>>>;
}

/** A rule whose findings come from a reader (parse and input problems) rather than from a check. */
export interface InputRule<M extends string = string> extends RuleMeta<M> {
  readonly scope: 'input';
}

export interface CheckRule<M extends string = string, S extends keyof RuleTargets = keyof RuleTargets> extends RuleMeta<M> {
  readonly scope: S;
  /**
   * Fleet rules: the settings (by fleet name, see model/fleet.ts) this rule judges across a cluster, so that
   * fleet/outlier leaves them to it.
   */
  readonly judges?: (product: Agent['product'], settingName: string) => boolean;
  check(target: RuleTargets[S], context: ContextOf<S, M>): void;
}

export type Rule = InputRule | CheckRule<string, keyof RuleTargets>;

/** The log codes a finding of `rule` reported with `messageId` predicts. */
export function predictionsOf(rule: Rule, messageId: string): readonly string[] {
  return (rule.predictsByMessage as Readonly<Record<string, readonly string[]>> | undefined)?.[messageId] ?? rule.predicts;
}

export function defineRule<M extends string, S extends keyof RuleTargets>(rule: CheckRule<M, S>): CheckRule<M, S>;
export function defineRule<M extends string>(rule: InputRule<M>): InputRule<M>;
export function defineRule(rule: Rule): Rule {
  return rule;
}

const FILE_HEADER = /^=== (\S+)$/;

/**
 * The files of a docs example (or test input): sections each introduced by a line `=== <path>`, the path
 * being a file name (`access-control-policy.xml`) or a path with directories (`a/webagent.conf`); text
 * without such a line is one file, the agent file of the rule's product.
 */
export function exampleFiles(ruleId: string, text: string): Record<string, string> {
  const lines = text.split('\n');
  if (!FILE_HEADER.test(lines[0] ?? '')) return { [ruleId.startsWith('cams/') ? 'cams-webagent.conf' : 'webagent.conf']: text };
  const files: Record<string, string[]> = {};
  let current: string[] = [];
  for (const line of lines) {
    const header = FILE_HEADER.exec(line);
    if (header) files[header[1] as string] = current = [];
    else current.push(line);
  }
  return Object.fromEntries(Object.entries(files).map(([name, body]) => [name, body.join('\n')]));
}
