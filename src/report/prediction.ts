/**
 * `predict`: per ClearTrust agent and pool, the log codes the configuration is expected to write, how often,
 * from which servers, and what each number rests on; then, for every finding whose remedy the model can apply,
 * the prediction after it. Pure: data in, string out (JSON schema: schemas/predict.schema.json).
 */
import { createColors } from 'picocolors';
import type { Finding } from '../engine/engine.js';
import type { Rule } from '../engine/rule-api.js';
import { describeDuration } from '../model/duration.js';
import type { Environment } from '../model/environment.js';
import {
  applyLever,
  predictPool,
  round,
  withOverrides,
  type CodePrediction,
  type Lever,
  type PoolInputs,
  type PoolPrediction,
  type PredictedCode,
  type Quantity,
  type SettingOverride,
} from '../model/prediction.js';
import { compareText } from '../text/compare-text.js';
import { printable } from '../text/printable.js';
import { plural } from './text.js';

/** A finding's remedy applied to its pool, with the lines a day of each code before and after. */
export interface RemedyPrediction {
  readonly finding: Finding;
  readonly lever: Lever;
  /** The setting changed; absent when the model cannot say what the remedy sets (`unknown` says why). */
  readonly change?: { readonly setting: string; readonly from: string; readonly to: string };
  readonly unknown?: string;
  /** The pool's prediction of each code before and after the remedy. */
  readonly codes: readonly { readonly code: PredictedCode; readonly before: CodePrediction; readonly after: CodePrediction }[];
}

export interface PoolReport {
  readonly prediction: PoolPrediction;
  readonly remedies: readonly RemedyPrediction[];
}

export interface AgentPrediction {
  readonly agent: string;
  readonly file: string;
  /** Empty for an agent file that could not be read. */
  readonly pools: readonly PoolReport[];
}

export interface PredictionRun {
  readonly agents: readonly AgentPrediction[];
  /** The `--set` overrides of settings, applied to every pool read. */
  readonly overrides: readonly SettingOverride[];
}

/**
 * The prediction of every pool (with the overrides), and of every finding's remedy that names a lever.
 * `agents` are the ClearTrust agents read, with their file, so that one without a pool is listed too.
 */
export function predictRun(
  agents: readonly { readonly id: string; readonly file: string }[],
  pools: readonly PoolInputs[],
  findings: readonly Finding[],
  rules: readonly Rule[],
  environment: Environment,
  overrides: readonly SettingOverride[],
): PredictionRun {
  const byAgent = new Map<string, PoolInputs[]>();
  for (const pool of pools) byAgent.set(pool.agent, [...(byAgent.get(pool.agent) ?? []), pool]);
  const leverOf = new Map(rules.map((rule) => [rule.id, rule.levers as Readonly<Record<string, Lever | undefined>> | undefined]));
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (leverOf.get(finding.ruleId)?.[finding.messageId] === undefined) continue;
    const key = `${finding.agent}\0${String(finding.data['pool'])}`;
    findingsOf.set(key, [...(findingsOf.get(key) ?? []), finding]);
  }
  const predictedBy = new Map(rules.map((rule) => [rule.id, rule.predicts]));
  return {
    overrides,
    agents: [...agents]
      .sort((a, b) => compareText(a.id, b.id))
      .map(({ id, file }) => ({
        agent: id,
        file,
        pools: (byAgent.get(id) ?? []).map((written) => {
          const inputs = withOverrides(written, overrides);
          const prediction = predictPool(inputs, environment);
          const remedies = (findingsOf.get(`${id}\0${written.pool}`) ?? []).flatMap((finding): RemedyPrediction[] => {
            const lever = leverOf.get(finding.ruleId)?.[finding.messageId] as Lever;
            const applied = applyLever(inputs, environment, lever);
            if ('unknown' in applied) return [{ finding, lever, unknown: applied.unknown, codes: [] }];
            // Already what the pool has (a --set made it so): nothing to show.
            if (applied.from === applied.to) return [];
            const after = predictPool(applied.inputs, environment);
            const shown = new Set(predictedBy.get(finding.ruleId));
            const codes = prediction.codes
              .map((before, index) => ({ code: before.code, before, after: after.codes[index] as CodePrediction }))
              .filter(({ code, before, after }) => shown.has(code) || before.perDay.max !== 0 || after.perDay.max !== 0);
            return [{ finding, lever, change: { setting: applied.setting, from: applied.from, to: applied.to }, codes }];
          });
          return { prediction, remedies };
        }),
      })),
  };
}

// ----- numbers in words -----

function number(value: number): string {
  return String(round(value));
}

/** `2`, `0–2`, or `at least 1` for an open-ended count. */
export function quantityText(quantity: Quantity): string {
  if (quantity.max === null) return `at least ${number(quantity.min)}`;
  return quantity.min === quantity.max ? number(quantity.min) : `${number(quantity.min)}\u2013${number(quantity.max)}`;
}

/** A rate: `48/day`, `0–48/day`, or `24/day per idle connection` when the number of idle connections is open. */
export function rateText(quantity: Quantity, unit: 'hour' | 'day', code: CodePrediction): string {
  if (quantity.max === null)
    return `${number(unit === 'hour' ? (code.perConnectionPerDay ?? 0) / 24 : (code.perConnectionPerDay ?? 0))}/${unit} per idle connection`;
  return `${quantityText(quantity)}/${unit}`;
}

/** What a pool's code is expected to do, in one line: `2 per refresh, every 1 hour: 2/hour, 48/day`. */
export function codeSummaryText(code: CodePrediction): string {
  if (code.perDay.max === 0) return 'none';
  const perRefresh = code.perRefresh.max === null ? '1 per idle connection' : quantityText(code.perRefresh);
  return `${perRefresh} per refresh, every ${describeDuration(code.periodSeconds ?? 0)}: ${rateText(code.perHour, 'hour', code)}, ${rateText(code.perDay, 'day', code)}`;
}

/** The pool in one line: mode, aservers, active connections, limit, refresh and firewall timeout. */
export function poolLineText(p: PoolPrediction): string {
  const mode = p.mode === 'not set' ? 'auth_server_mode not set' : `${p.mode} mode`;
  const classes = p.locationClasses ? ' with location classes' : '';
  const duplicates = p.duplicates > 0 ? ` (+${plural(p.duplicates, 'duplicate connection')})` : '';
  const limit = p.limit === null ? 'no connection limit' : `connection limit ${p.limit}`;
  return `${mode}${classes} \u00b7 ${quantityText(p.aservers)} aservers${duplicates}, ${quantityText(p.active)} active, ${limit} \u00b7 refresh ${describeDuration(p.refreshSeconds)} \u00b7 firewall idle timeout ${describeDuration(p.firewallIdleTimeoutSeconds)}`;
}

/** `auth_server_pool_refresh 1 Hrs → 55 Mins: CT_SOCKET_ERROR 48/day → 0/day`. */
export function remedyText(remedy: RemedyPrediction): string {
  if (!remedy.change) return `the model cannot apply this remedy: ${remedy.unknown ?? ''}`;
  const { setting, from, to } = remedy.change;
  const codes = remedy.codes
    .map(({ code, before, after }) => `${code} ${rateText(before.perDay, 'day', before)} \u2192 ${rateText(after.perDay, 'day', after)}`)
    .join(', ');
  return `${setting} ${from} \u2192 ${to === '' ? '(empty)' : to}: ${codes}`;
}

// ----- text -----

export function formatPredictionText(run: PredictionRun, options: { readonly color: boolean }): string {
  const c = createColors(options.color);
  const out: string[] = [];
  if (run.overrides.length > 0)
    out.push(c.dim(`What if (--set, every pool): ${run.overrides.map((o) => `cleartrust.agent.${o.name}=${o.text}`).join(', ')}`), '');
  for (const agent of run.agents) {
    out.push(`${c.bold(printable(agent.agent))}  ${c.dim(`(${printable(agent.file)})`)}`);
    if (agent.pools.length === 0) out.push('  no pool to predict: the file was not read', '');
    for (const { prediction, remedies } of agent.pools) {
      out.push(`  ${c.underline(`<Pool ${printable(prediction.pool)}>`)}  ${poolLineText(prediction)}`);
      const width = Math.max(...prediction.codes.map((code) => code.code.length)) + 2;
      for (const code of prediction.codes) {
        const head = `    ${code.code.padEnd(width)}`;
        if (code.perDay.max === 0) {
          out.push(`${head}${c.green('none')}: ${code.why}`);
          continue;
        }
        out.push(`${head}${c.bold(codeSummaryText(code))}`);
        out.push(`    ${' '.repeat(width)}from ${code.from}`);
        out.push(`    ${' '.repeat(width)}${c.dim(`why: ${code.why}`)}`);
      }
      out.push(`    ${c.dim('rests on')}`);
      const subjectWidth = Math.max(...prediction.assumptions.map((a) => a.subject.length)) + 2;
      for (const a of prediction.assumptions) out.push(`      ${a.subject.padEnd(subjectWidth)}${a.text}  ${c.dim(`[${a.basis}: ${printable(a.source)}]`)}`);
      if (remedies.length > 0) {
        out.push(`    ${c.dim('after the remedy of each finding')}`);
        for (const remedy of remedies) {
          const { finding } = remedy;
          out.push(`      ${printable(finding.file)}:${finding.line}:${finding.column}  ${c.dim(finding.ruleId)}`);
          out.push(`        ${remedyText(remedy)}`);
        }
      }
      out.push('');
    }
  }
  const pools = run.agents.flatMap((agent) => agent.pools);
  const writing = pools.filter(({ prediction }) => prediction.codes.some((code) => code.perDay.max !== 0)).length;
  out.push(
    c.dim(`${plural(run.agents.length, 'ClearTrust agent')}, ${plural(pools.length, 'pool')}; ${writing} expected to write CT_ codes from idle connections.`),
  );
  return `${out.join('\n')}\n`;
}

// ----- JSON -----

export function formatPredictionJson(run: PredictionRun, tool: object, environment: Environment): string {
  const report = {
    tool,
    environment: {
      firewallIdleTimeoutSeconds: environment.firewallIdleTimeout.value,
      ...(environment.activeAuthServers ? { activeAuthServers: environment.activeAuthServers.value } : {}),
      ...(environment.authServers
        ? {
            authServers: environment.authServers.map((entry) => ({
              ...(entry.dispatchers !== undefined ? { dispatchers: entry.dispatchers } : {}),
              count: entry.count.value,
            })),
          }
        : {}),
    },
    overrides: run.overrides.map((o) => ({ setting: `cleartrust.agent.${o.name}`, value: o.text })),
    agents: run.agents.map((agent) => ({
      agent: agent.agent,
      file: agent.file,
      pools: agent.pools.map(({ prediction: p, remedies }) => ({
        pool: p.pool,
        mode: p.mode,
        locationClasses: p.locationClasses,
        aservers: p.aservers,
        duplicates: p.duplicates,
        active: p.active,
        limit: p.limit,
        refreshSeconds: p.refreshSeconds,
        firewallIdleTimeoutSeconds: p.firewallIdleTimeoutSeconds,
        codes: p.codes.map((code) => ({
          code: code.code,
          perRefresh: code.perRefresh,
          ...(code.periodSeconds !== undefined ? { periodSeconds: code.periodSeconds } : {}),
          perHour: code.perHour,
          perDay: code.perDay,
          ...(code.perConnectionPerDay !== undefined ? { perConnectionPerDay: code.perConnectionPerDay } : {}),
          servers: code.servers,
          from: code.from,
          why: code.why,
          sources: code.sources,
        })),
        assumptions: p.assumptions,
        remedies: remedies.map((remedy) => ({
          ruleId: remedy.finding.ruleId,
          file: remedy.finding.file,
          line: remedy.finding.line,
          column: remedy.finding.column,
          lever: remedy.lever,
          ...(remedy.change
            ? { setting: `cleartrust.agent.${remedy.change.setting}`, from: remedy.change.from, to: remedy.change.to }
            : { unknown: remedy.unknown }),
          codes: remedy.codes.map(({ code, before, after }) => ({ code, beforePerDay: before.perDay, afterPerDay: after.perDay })),
        })),
      })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
