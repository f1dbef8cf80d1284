/**
 * `explain --log --format html`: per code seen in the logs, a timeline of its occurrences (an inline SVG bar
 * chart, per hour, so a periodic error shows as a comb) with the configuration findings that explain it beside
 * it. Pure: data in, string out; the page shell is that of the other HTML reports.
 */
import type { Severity } from '../engine/rule-api.js';
import type { CodeSummary, HourCount } from '../logs/analysis.js';
import { html, join, renderPage, slug, type Html } from '../report/html-page.js';
import { filterForm, findingBody, noticeBody, severityBadge } from '../report/html.js';
import { plural } from '../report/text.js';
import { familyLabel } from './code-report.js';
import { describeInterval } from '../model/duration.js';
import {
  observedText,
  predictedText,
  recognisedText,
  serversText,
  timeRangeText,
  UNEXPLAINED_TEXT,
  type LogExplanation,
  type TracedCode,
} from './log-report.js';
import type { LogComparison } from './log-prediction.js';
import { round } from '../model/prediction.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const HOUR = 3_600_000;
/** More buckets than this and the chart counts per day (or per several days) instead of per hour. */
const MAX_BARS = 744;

export function formatLogHtml(explanation: LogExplanation, tool: { readonly name: string; readonly version: string }): string {
  const { files, codes, lint } = explanation;
  const lines = files.reduce((n, file) => n + file.lines, 0);
  const explained = codes.filter((traced) => traced.unexplained === undefined).length;
  const present = SEVERITIES.filter((severity) => codes.some((traced) => traced.findings.some((finding) => finding.severity === severity)));
  const lintLine = lint
    ? html`<p>Configurations linted: ${plural(lint.agents, 'agent')} (${plural(lint.files, 'file')}), ${plural(lint.errors, 'error')}, ${plural(lint.warnings, 'warning')}, ${plural(lint.infos, 'info')} in all.</p>`
    : html`<p>No configuration paths were given, so no code is traced to a finding: name the agents' directories after the logs.</p>`;
  return renderPage({
    title: `webagent-lint: ${plural(codes.length, 'log code')} in ${plural(files.length, 'log file')}`,
    heading: 'webagent-lint log explanation',
    lead: html`<p class="lead">${plural(lines, 'line')} in ${plural(files.length, 'log file')}: ${plural(codes.length, 'code')} seen, ${explained} explained by a configuration finding. Read by ${tool.name} ${tool.version}; hours are UTC (times logged without a zone are read as UTC).</p>
${lintLine}`,
    body: html`<section aria-labelledby="codes-heading">
<h2 id="codes-heading">Codes seen</h2>
${
  codes.length === 0
    ? html`<p>No log codes seen.</p>`
    : html`${filterForm('codes', present)}
<p id="filter-none" class="no-match" hidden>No code matches the filter.</p>
${codes.map((traced, index) => codeSection(traced, index, predictedHourly(explanation.logs, traced.seen.id)))}`
}
</section>
${comparisons(explanation.logs)}
${logFiles(explanation)}`,
  });
}

/**
 * What the agents of the logs holding a code predict of it per hour: a rate when every prediction is a known
 * number, 'open' when one depends on the unknown number of idle connections (or is a range).
 */
type HourlyPrediction = { readonly perHour: number } | 'open' | undefined;

function predictedHourly(logs: readonly LogComparison[], code: string): HourlyPrediction {
  const predicted = logs.flatMap((log) => log.comparisons.filter((c) => c.code === code).map((c) => c.predicted.perHour));
  if (predicted.length === 0) return undefined;
  if (predicted.some((q) => q.max === null || q.min !== q.max)) return 'open';
  return { perHour: predicted.reduce((sum, q) => sum + q.min, 0) };
}

function codeSection(traced: TracedCode, index: number, predicted: HourlyPrediction): Html {
  const { seen, explanation, findings } = traced;
  const id = `code-${index + 1}-${slug(seen.id)}`;
  const family = explanation ? familyLabel(explanation.code) : 'not in the code catalog';
  const filter = {
    code: seen.id.toLowerCase(),
    agent: unique(findings.map((f) => f.agent))
      .join(' ')
      .toLowerCase(),
    rule: unique([...findings.map((f) => f.ruleId), ...(explanation?.predictedBy.map((r) => r.ruleId) ?? [])])
      .join(' ')
      .toLowerCase(),
    file: unique(findings.map((f) => f.file))
      .join(' ')
      .toLowerCase(),
    severity: unique(findings.map((f) => f.severity)).join(' '),
  };
  const search = [seen.id, family, explanation?.code.meaning ?? '', ...findings.map((f) => `${f.agent} ${f.file} ${f.ruleId} ${f.message}`)]
    .join('\n')
    .toLowerCase();
  return html`<section class="log-code" id="${id}" aria-labelledby="${id}-heading" data-filter-item data-code="${filter.code}" data-agent="${filter.agent}" data-rule="${filter.rule}" data-file="${filter.file}" data-severity="${filter.severity}" data-search="${search}">
<h3 id="${id}-heading"><code>${seen.id}</code> <span class="family">${family} &middot; ${plural(seen.count, 'occurrence')}</span></h3>
${rhythm(seen)}
<div class="timeline-row">
${timeline(seen, id, predicted)}
${explainedBy(traced)}
</div>
${facts(traced)}
</section>`;
}

function rhythm(seen: CodeSummary): Html | '' {
  if (seen.medianIntervalSeconds === undefined) return '';
  const every = describeInterval(seen.medianIntervalSeconds);
  return seen.periodic
    ? html`<p class="rhythm">Periodic: recurs about every ${every} (${plural(seen.events, 'event')}).</p>`
    : html`<p>Not periodic: median ${every} between ${plural(seen.events, 'event')}.</p>`;
}

interface Buckets {
  /** Hours per bar. */
  readonly size: number;
  readonly start: number;
  readonly counts: readonly number[];
}

/** The hourly counts laid out on a continuous axis, per hour when that fits, else per day (or several). */
export function bucketHours(hourly: readonly HourCount[]): Buckets | undefined {
  const first = hourly[0];
  const last = hourly[hourly.length - 1];
  if (!first || !last) return undefined;
  const span = (last.hour - first.hour) / HOUR + 1;
  const size = span <= MAX_BARS ? 1 : 24 * Math.ceil(span / 24 / MAX_BARS);
  const start = size === 1 ? first.hour : Math.floor(first.hour / (24 * HOUR)) * 24 * HOUR;
  const counts = new Array<number>(Math.floor((last.hour - start) / (size * HOUR)) + 1).fill(0);
  for (const { hour, count } of hourly) {
    const index = Math.floor((hour - start) / (size * HOUR));
    counts[index] = (counts[index] ?? 0) + count;
  }
  return { size, start, counts };
}

const WIDTH = 720;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 44 };

function timeline(seen: CodeSummary, id: string, predicted: HourlyPrediction): Html {
  const buckets = bucketHours(seen.hourly);
  if (!buckets)
    return html`<p class="timeline">No occurrence has a complete, valid date, so there is no timeline (${plural(seen.untimed, 'occurrence')} counted).</p>`;
  const { size, start, counts } = buckets;
  const per = size === 1 ? 'hour' : size === 24 ? 'day' : `${size / 24} days`;
  // The prediction per bar, drawn beside the observed bar of every hour (or day) of the log.
  const expected = predicted !== undefined && predicted !== 'open' ? round(predicted.perHour * size) : undefined;
  const max = Math.max(...counts, Math.ceil(expected ?? 0));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / counts.length;
  const barWidth = expected === undefined ? Math.min(24, Math.max(1, slot * 0.7)) : Math.min(12, Math.max(1, slot * 0.35));
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  const bars = counts.map((count, i) => {
    if (count === 0) return '';
    const x = MARGIN.left + i * slot + (expected === undefined ? (slot - barWidth) / 2 : slot / 2 - barWidth);
    return html`<rect class="bar" x="${fixed(x)}" y="${fixed(y(count))}" width="${fixed(barWidth)}" height="${fixed(y(0) - y(count))}"><title>${bucketLabel(start + i * size * HOUR, size)}: ${count}</title></rect>`;
  });
  const predictedBars =
    expected === undefined || expected === 0
      ? []
      : counts.map((_, i) => {
          const x = MARGIN.left + i * slot + slot / 2;
          return html`<rect class="predicted" x="${fixed(x)}" y="${fixed(y(expected))}" width="${fixed(barWidth)}" height="${fixed(y(0) - y(expected))}"><title>${bucketLabel(start + i * size * HOUR, size)}: ${expected} predicted</title></rect>`;
        });
  const predictedText =
    predicted === undefined
      ? ''
      : predicted === 'open'
        ? ' The prediction depends on the number of idle connections, which is not known: not drawn.'
        : ` Outlined bars: ${expected} predicted per ${per}, the prediction for the agents that wrote the logs.`;
  const ticks = unique([0, Math.round(max / 2), max]).filter((value) => value === 0 || value === max || (value > 0 && value < max));
  const yAxis = ticks.map(
    (value) =>
      html`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/><text x="${MARGIN.left - 6}" y="${fixed(y(value) + 4)}" text-anchor="end">${value}</text>`,
  );
  const step = labelStep(counts.length, size);
  const xLabels = counts.map((_, i) => {
    if (i % step !== 0) return '';
    const time = start + i * size * HOUR;
    const x = MARGIN.left + i * slot + slot / 2;
    const date = new Date(time).toISOString();
    const top = size === 1 ? `${date.slice(11, 13)}:00` : date.slice(5, 10);
    const showDate = size === 1 && (i === 0 || date.slice(11, 13) === '00');
    return html`<line class="axis" x1="${fixed(x)}" x2="${fixed(x)}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom + 4}"/><text x="${fixed(x)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${top}</text>${showDate ? html`<text x="${fixed(x)}" y="${HEIGHT - MARGIN.bottom + 30}" text-anchor="middle">${date.slice(0, 10)}</text>` : ''}`;
  });
  const span = seen.first && seen.last ? `${isoMinute(seen.first.time)} to ${isoMinute(seen.last.time)} UTC` : '';
  const rhythmText = seen.periodic && seen.medianIntervalSeconds !== undefined ? `; periodic, about every ${describeInterval(seen.medianIntervalSeconds)}` : '';
  const description = `${plural(seen.count - seen.untimed - seen.hourlyOmitted, 'timed occurrence')} from ${span}; at most ${max} per ${per}${rhythmText}.`;
  const nonEmpty = counts.map((count, i) => ({ count, time: start + i * size * HOUR })).filter((bucket) => bucket.count > 0);
  const omitted = [
    seen.untimed > 0 ? `${plural(seen.untimed, 'occurrence')} without a complete, valid date` : '',
    seen.hourlyOmitted > 0 ? `${seen.hourlyOmitted} beyond the first year of hours` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return html`<figure class="timeline">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">
<title id="${id}-chart-title">${seen.id}: occurrences per ${per} (UTC)</title>
<desc id="${id}-chart-desc">${description}</desc>
${yAxis}
<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}"/>
${xLabels}
${bars}
${predictedBars}
</svg>
<figcaption>Occurrences per ${per}, UTC. ${description}${omitted ? ` Not charted: ${omitted}.` : ''}${predictedText}</figcaption>
<details><summary>The counts as a table</summary>
<table>
<thead><tr><th scope="col">${size === 1 ? 'Hour (UTC)' : 'From (UTC)'}</th><th scope="col" class="num">Occurrences</th>${expected === undefined ? '' : html`<th scope="col" class="num">Predicted</th>`}</tr></thead>
<tbody>${nonEmpty.map((bucket) => html`<tr><th scope="row">${bucketLabel(bucket.time, size)}</th><td class="num">${bucket.count}</td>${expected === undefined ? '' : html`<td class="num">${expected}</td>`}</tr>`)}</tbody>
</table>
</details>
</figure>`;
}

function explainedBy(traced: TracedCode): Html {
  if (traced.unexplained !== undefined) {
    const skipped = traced.notChecked.map((notice) => html`<li>${noticeBody(notice)}</li>`);
    return html`<div class="explained"><h4>Not explained by a finding</h4><p>${capitalize(UNEXPLAINED_TEXT[traced.unexplained])}.</p>${skipped.length > 0 ? html`<ul>${skipped}</ul>` : ''}</div>`;
  }
  return html`<div class="explained"><h4>Explained by ${plural(traced.findings.length, 'finding')}</h4>
${traced.findings.map(
  (
    finding,
  ) => html`<div class="finding-card"><p class="where">${severityBadge(finding.severity)} <code>${finding.file}:${finding.line}:${finding.column}</code></p>
${findingBody(finding)}</div>`,
)}
</div>`;
}

function facts(traced: TracedCode): Html {
  const { seen, explanation } = traced;
  const rows: Html[] = [];
  const fact = (name: string, value: Html | string) => rows.push(html`<dt>${name}</dt><dd>${value}</dd>`);
  const time = timeRangeText(seen);
  if (time !== undefined) fact('time', time);
  if (seen.servers.length > 0) fact('servers', serversText(seen));
  if (explanation) {
    fact('meaning', explanation.code.meaning);
    fact('logged as', html`<code>${explanation.code.logged}</code>`);
    fact('remedy', explanation.code.remedy);
    if (explanation.predictedBy.length > 0)
      fact(
        'predicted by',
        join(
          explanation.predictedBy.map((rule) => html`<code>${rule.ruleId}</code>`),
          ', ',
        ),
      );
  }
  return html`<dl class="facts">${rows}</dl>`;
}

/** Each log against the prediction of the agent that wrote it. */
function comparisons(logs: readonly LogComparison[]): Html | '' {
  if (logs.length === 0) return '';
  return html`<section aria-labelledby="prediction-heading">
<h2 id="prediction-heading">Logs against the prediction of their agent</h2>
${logs.map((log, index) =>
  log.agent === undefined
    ? html`<p><code>${log.file}</code>: not attributed to an agent: ${log.unattributed ?? ''}</p>`
    : html`<h3 id="log-${index + 1}"><code>${log.file}</code> &rarr; ${log.agent} <span class="muted">(${log.attribution ?? ''})</span></h3>
${
  log.comparisons.length === 0
    ? html`<p>No CT_ code of the idle-connection mechanism seen, and none predicted.</p>`
    : html`<table>
<thead><tr><th scope="col">Code</th><th scope="col">Verdict</th><th scope="col">Observed</th><th scope="col">Predicted</th><th scope="col">Why, and what the log says of the environment</th></tr></thead>
<tbody>${log.comparisons.map(
        (c) =>
          html`<tr><th scope="row"><code>${c.code}</code></th><td>${c.verdict}</td><td>${observedText(c.observed)}</td><td>${predictedText(c.predicted)}</td><td>${c.reason}${c.bounds.map((bound) => html`<br>${bound}`)}</td></tr>`,
      )}</tbody>
</table>`
}`,
)}
</section>`;
}

function logFiles(explanation: LogExplanation): Html {
  const rows = explanation.files.map((file) => {
    const formats = recognisedText(file);
    const samples =
      file.samples.length === 0
        ? ''
        : html`<details><summary>Unmatched lines</summary><ul>${file.samples.map((sample) => html`<li><code>${sample.line}: ${sample.text}</code></li>`)}</ul>${file.unmatched > file.samples.length ? html`<p>&hellip; and ${file.unmatched - file.samples.length} more</p>` : ''}</details>`;
    return html`<tr><th scope="row">${file.file}</th><td class="num">${file.lines}</td><td>${formats}</td><td class="num">${file.unmatched}</td><td>${samples}</td></tr>`;
  });
  return html`<section aria-labelledby="files-heading">
<h2 id="files-heading">Log files</h2>
<table>
<thead><tr><th scope="col">File</th><th scope="col" class="num">Lines</th><th scope="col">Recognised</th><th scope="col" class="num">Unmatched</th><th scope="col">Samples</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`;
}

/** Tick labels every 1, 2, 3, 4, 6, 12 or 24 hours (or days), whichever keeps them to about a dozen. */
function labelStep(count: number, size: number): number {
  const steps = size === 1 ? [1, 2, 3, 4, 6, 12, 24, 48, 72, 168] : [1, 2, 7, 14, 28, 56];
  return steps.find((step) => count / step <= 12) ?? Math.ceil(count / 12);
}

function bucketLabel(time: number, size: number): string {
  const iso = new Date(time).toISOString();
  return size === 1 ? `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00` : iso.slice(0, 10);
}

function isoMinute(time: number): string {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fixed(value: number): string {
  return value.toFixed(1);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
