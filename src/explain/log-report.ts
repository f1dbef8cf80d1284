/**
 * `explain --log`: each code seen in the logs with its count, time span, servers and rhythm, traced to the
 * findings whose rules predict it (with file:line), and the codes no finding explains. Pure: data in, string
 * out (JSON schema: schemas/explain.schema.json, "log" report).
 */
import { createColors } from 'picocolors';
import type { Finding, NotChecked } from '../engine/engine.js';
import type { Rule } from '../engine/rule-api.js';
import type { LogCode } from '../knowledge/codes.js';
import type { CodeSummary, FileSummary } from '../logs/analysis.js';
import { toJsonFinding, toJsonNotChecked } from '../report/json.js';
import type { Summary } from '../report/report.js';
import { plural } from '../report/text.js';
import { printable } from '../text/printable.js';
import { explainCode, familyLabel, type CodeExplanation } from './code-report.js';
import { describeDuration, describeInterval } from '../model/duration.js';
import { round } from '../model/prediction.js';
import { quantityText } from '../report/prediction.js';
import type { LogComparison, ObservedRate, PredictedRate, Verdict } from './log-prediction.js';

export type Unexplained = 'unknown code' | 'no configuration given' | 'runtime cause' | 'log not attributed' | 'not checked' | 'no finding';

export interface TracedCode {
  readonly seen: CodeSummary;
  /** Undefined for a code the catalog does not know. */
  readonly explanation?: CodeExplanation;
  /** Findings whose rule predicts this code, in report order. */
  readonly findings: readonly Finding[];
  /** Why no finding explains it; undefined when one does. */
  readonly unexplained?: Unexplained;
  /** When unexplained because of them: the checks that predict this code and were not performed. */
  readonly notChecked: readonly NotChecked[];
}

export interface LogExplanation {
  readonly files: readonly FileSummary[];
  readonly codes: readonly TracedCode[];
  /** Each log with its agent and the comparison with the agent's prediction; empty without configurations. */
  readonly logs: readonly LogComparison[];
  /** The lint summary of the configurations given; undefined when none was given. */
  readonly lint?: Summary;
}

/**
 * Whose findings (and notices) may explain a code: `includes` tells an agent whose findings count, and
 * `unattributed` whether a log holding the code could not be given to an agent (see run/explain.ts).
 */
export type CodeScope = (id: string) => { includes(agent: string): boolean; readonly unattributed: boolean };

/**
 * Each code seen with the findings that predict it; `lint` is the lint run of the configurations given
 * (undefined when none was). A predictable code no finding explains is "not checked" when a check that
 * predicts it was not performed, never "no finding". With `scope`, only the findings and notices of the agents
 * whose logs hold the code count.
 */
export function traceCodes(
  seen: readonly CodeSummary[],
  lint: { readonly findings: readonly Finding[]; readonly notChecked: readonly NotChecked[] } | undefined,
  catalog: ReadonlyMap<string, LogCode>,
  rules: readonly Rule[],
  scope?: CodeScope,
): TracedCode[] {
  const predicts = new Map(rules.map((rule) => [rule.id, rule.predicts]));
  return seen.map((summary) => {
    const code = catalog.get(summary.id);
    const within = scope?.(summary.id);
    const ours = (agents: readonly string[]): boolean => !within || agents.some((agent) => within.includes(agent));
    const matched = (lint?.findings ?? []).filter((finding) => finding.predicts.includes(summary.id) && ours([finding.agent]));
    const skipped = (lint?.notChecked ?? []).filter((notice) => predicts.get(notice.ruleId)?.includes(summary.id) === true && ours(notice.scope));
    const explanation = code ? explainCode(code, rules) : undefined;
    const unexplained: Unexplained | undefined =
      matched.length > 0
        ? undefined
        : !code
          ? 'unknown code'
          : !code.predictable
            ? 'runtime cause'
            : lint === undefined
              ? 'no configuration given'
              : within?.unattributed
                ? 'log not attributed'
                : skipped.length > 0
                  ? 'not checked'
                  : 'no finding';
    return {
      seen: summary,
      ...(explanation ? { explanation } : {}),
      findings: matched,
      ...(unexplained ? { unexplained } : {}),
      notChecked: unexplained === 'not checked' ? skipped : [],
    };
  });
}

export const UNEXPLAINED_TEXT: Readonly<Record<Unexplained, string>> = {
  'unknown code': 'not in the code catalog',
  'no configuration given': 'predictable from configuration, but no configuration paths were given',
  'runtime cause': 'not predicted by any rule (a run-time outcome such as users, load or network, or a cause webagent-lint does not check)',
  'not checked': 'predictable from configuration, but a check that predicts it was not performed, or rests on an assumed value',
  'no finding': 'predictable from configuration, but no finding in the given configurations predicts it',
  'log not attributed':
    "a log that holds it is not attributed to an agent, so no agent's findings are compared with it: name its agent with <agent path>=<log file>",
};

/** When a code was seen: one moment, or the first and the last. Shared by the text and HTML reports. */
export function timeRangeText(seen: CodeSummary): string | undefined {
  if (!seen.first || !seen.last) return undefined;
  return seen.first.time === seen.last.time ? seen.first.text : `${seen.first.text} … ${seen.last.text}`;
}

/** The servers a code was seen on, and how many more. */
export function serversText(seen: CodeSummary): string {
  return `${seen.servers.map(printable).join(', ')}${seen.moreServers > 0 ? ` and ${seen.moreServers} more` : ''}`;
}

/** Recognised lines of a log file per format. */
export function recognisedText(file: FileSummary): string {
  return (
    Object.entries(file.recognised)
      .map(([format, n]) => `${n} ${format}`)
      .join(', ') || 'none'
  );
}

const POOL_REFRESH = 'cleartrust.agent.auth_server_pool_refresh';

export function formatLogText(explanation: LogExplanation, options: { readonly color: boolean }): string {
  const c = createColors(options.color);
  const out: string[] = [c.bold('Log files')];
  for (const file of explanation.files) {
    const formats = recognisedText(file);
    // Log lines and file names reach a terminal: control characters (escape sequences, NUL) are shown escaped.
    out.push(`  ${c.underline(printable(file.file))}  ${file.lines} lines; recognised: ${formats}; unmatched: ${file.unmatched}`);
    for (const sample of file.samples) out.push(c.dim(`    unmatched ${printable(file.file)}:${sample.line}: ${printable(sample.text)}`));
    if (file.unmatched > file.samples.length) out.push(c.dim(`    … and ${file.unmatched - file.samples.length} more unmatched lines`));
    if (file.cut)
      out.push(`    ${plural(file.cut.count, 'line')} longer than 1 MiB, read only up to their first MiB (the first at line ${file.cut.firstLine})`);
  }

  out.push('', c.bold(explanation.codes.length > 0 ? 'Codes seen' : 'No log codes seen.'));
  for (const traced of explanation.codes) out.push(...formatTraced(traced, c), '');
  if (explanation.codes.length > 0) out.pop();

  if (explanation.logs.length > 0)
    out.push('', c.bold('Logs against the prediction of their agent'), ...explanation.logs.flatMap((log) => formatLogComparison(log, c)));

  const unexplained = explanation.codes.filter((traced) => traced.unexplained !== undefined);
  if (unexplained.length > 0) {
    out.push('', c.bold('Not explained by any finding'));
    for (const traced of unexplained) {
      out.push(`  ${traced.seen.id}: ${UNEXPLAINED_TEXT[traced.unexplained ?? 'no finding']}`);
      for (const notice of traced.notChecked) out.push(`    ${notice.reason}  ${c.dim(notice.ruleId)}`, `      ${c.dim(`to check it: ${notice.enable}`)}`);
    }
  }
  if (explanation.lint) {
    const { errors, warnings, infos, agents, files } = explanation.lint;
    out.push(
      '',
      c.dim(
        `Linted ${plural(agents, 'agent')} (${plural(files, 'file')}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in all.`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

function formatLogComparison(log: LogComparison, c: ReturnType<typeof createColors>): string[] {
  if (log.agent === undefined) return [`  ${printable(log.file)}: not attributed to an agent: ${log.unattributed ?? ''}`];
  const lines = [`  ${c.underline(printable(log.file))} \u2192 ${printable(log.agent)} (${log.attribution ?? ''})`];
  if (log.comparisons.length === 0) lines.push(c.dim('    no CT_ code of the idle-connection mechanism seen, and none predicted'));
  for (const comparison of log.comparisons) {
    lines.push(`    ${c.bold(comparison.code)}  ${verdictColor(comparison.verdict, c)}`);
    lines.push(`      ${c.dim('observed'.padEnd(10))}${observedText(comparison.observed)}`);
    lines.push(`      ${c.dim('predicted'.padEnd(10))}${predictedText(comparison.predicted)}`);
    lines.push(`      ${c.dim('why'.padEnd(10))}${comparison.reason}`);
    for (const bound of comparison.bounds) lines.push(`      ${c.dim('bound'.padEnd(10))}${bound}`);
  }
  return lines;
}

function verdictColor(verdict: Verdict, c: ReturnType<typeof createColors>): string {
  return verdict === 'consistent' ? c.green(verdict) : c.yellow(verdict);
}

/** `48 lines in 24 bursts: 2 per burst, about every 60 minutes (periodic), 2/hour; server#2, server#3`. */
export function observedText(o: ObservedRate | undefined): string {
  if (!o) return 'none';
  const rhythm =
    o.medianIntervalSeconds === undefined
      ? ''
      : `, about every ${describeInterval(o.medianIntervalSeconds)} (${o.periodic ? 'periodic' : 'not periodic'}), ${o.perHour ?? 0}/hour`;
  const servers = o.servers.length > 0 ? `; ${o.servers.join(', ')}` : '';
  return `${plural(o.count, 'line')} in ${plural(o.events, 'burst')}: ${o.perBurst} per burst${rhythm}${servers}`;
}

/** `2 per refresh, every 1 hour: 2/hour; server#2, server#3`, or `none`. */
export function predictedText(p: PredictedRate): string {
  if (p.perHour.max === 0) return 'none';
  const perRefresh = p.perRefresh.max === null ? '1 per idle connection' : quantityText(p.perRefresh);
  const every = p.periodSeconds === undefined ? 'at the refresh of each pool' : `every ${describeDuration(p.periodSeconds)}`;
  const perHour = p.perHour.max === null ? `${round((p.perConnectionPerDay ?? 0) / 24)}/hour per idle connection` : `${quantityText(p.perHour)}/hour`;
  const servers = p.servers.length > 0 ? `; ${p.servers.join(', ')}` : '';
  return `${perRefresh} per refresh, ${every}: ${perHour}${servers}`;
}

function formatTraced(traced: TracedCode, c: ReturnType<typeof createColors>): string[] {
  const { seen, explanation, findings } = traced;
  const label = explanation ? familyLabel(explanation.code) : 'unknown code';
  const lines = [`  ${c.bold(seen.id)}  ${c.dim(label)}  ${seen.count}×`];
  const field = (name: string, text: string): void => {
    lines.push(`    ${c.dim(name.padEnd(13))}${text}`);
  };
  const time = timeRangeText(seen);
  if (time !== undefined) field('time', time);
  if (seen.untimed > 0) field(seen.first ? '' : 'time', `${plural(seen.untimed, 'occurrence')} without a complete, valid date (counted, not timed)`);
  if (seen.servers.length > 0) field('servers', serversText(seen));
  if (seen.medianIntervalSeconds !== undefined) {
    const rhythm = seen.periodic ? `periodic: recurs about every ${describeInterval(seen.medianIntervalSeconds)}` : 'not periodic';
    field('interval', `median ${describeInterval(seen.medianIntervalSeconds)} between ${seen.events} events; ${rhythm}`);
    if (seen.periodic && explanation?.code.settings.includes(POOL_REFRESH)) {
      field('', 'a steady rhythm points to the pool refresh meeting connections a firewall dropped (RSA KB 000025051)');
    }
  }
  if (explanation) {
    field('meaning', explanation.code.meaning);
    field('remedy', explanation.code.remedy);
  }
  findings.forEach((finding, index) => {
    field(
      index === 0 ? 'explained by' : '',
      `${printable(finding.file)}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}  ${c.dim(finding.ruleId)}`,
    );
  });
  return lines;
}

export function formatLogJson(explanation: LogExplanation, tool: object): string {
  const codes = explanation.codes.map(({ seen, explanation: known, findings, unexplained, notChecked }) => ({
    id: seen.id,
    known: known !== undefined,
    ...(known ? { family: known.code.family, meaning: known.code.meaning, predictable: known.code.predictable, remedy: known.code.remedy } : {}),
    count: seen.count,
    untimed: seen.untimed,
    ...(seen.first ? { first: moment(seen.first), last: moment(seen.last ?? seen.first) } : {}),
    servers: seen.servers,
    moreServers: seen.moreServers,
    events: seen.events,
    ...(seen.medianIntervalSeconds !== undefined ? { medianIntervalSeconds: seen.medianIntervalSeconds } : {}),
    periodic: seen.periodic,
    predictedBy: known?.predictedBy.map((rule) => rule.ruleId) ?? [],
    explainedBy: findings.map(toJsonFinding),
    ...(unexplained ? { unexplained } : {}),
    ...(notChecked.length > 0 ? { notChecked: notChecked.map(toJsonNotChecked) } : {}),
  }));
  const files = explanation.files.map((file) => ({ ...file }));
  const logs = explanation.logs.map((log) => ({
    file: log.file,
    ...(log.agent !== undefined ? { agent: log.agent, attribution: log.attribution } : { unattributed: log.unattributed }),
    comparisons: log.comparisons,
  }));
  return `${JSON.stringify({ tool, files, codes, logs, ...(explanation.lint ? { lint: explanation.lint } : {}) }, null, 2)}\n`;
}

function moment(point: { readonly time: number; readonly text: string }): { text: string; utc: string } {
  return { text: point.text, utc: new Date(point.time).toISOString() };
}
