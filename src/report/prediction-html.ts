/**
 * `predict --format html`: per agent and pool, a table of the codes expected (per refresh, hour and day, the
 * period, the servers), what each number rests on, and the log after each finding's remedy. Pure; the page
 * shell is that of the other HTML reports.
 */
import { html, renderPage, slug, type Html } from './html-page.js';
import { codeSummaryText, poolLineText, rateText, remedyText, type PoolReport, type PredictionRun } from './prediction.js';
import { describeDuration } from '../model/duration.js';
import { plural } from './text.js';

export function formatPredictionHtml(run: PredictionRun, tool: { readonly name: string; readonly version: string }): string {
  const pools = run.agents.flatMap((agent) => agent.pools);
  const writing = pools.filter(({ prediction }) => prediction.codes.some((code) => code.perDay.max !== 0)).length;
  const overrides = run.overrides.map((o) => `cleartrust.agent.${o.name}=${o.text}`).join(', ');
  return renderPage({
    title: `webagent-lint: log prediction for ${plural(run.agents.length, 'agent')}`,
    heading: 'webagent-lint log prediction',
    lead: html`<p class="lead">${plural(run.agents.length, 'ClearTrust agent')}, ${plural(pools.length, 'pool')}: ${writing} expected to write CT_ codes from idle connections (RSA KB 000025051, RSA KB 000023587). Predicted by ${tool.name} ${tool.version}.</p>
${overrides === '' ? '' : html`<p>What if, for every pool read: <code>${overrides}</code>.</p>`}`,
    body: html`${run.agents.map(
      (agent) => html`<section aria-labelledby="agent-${slug(agent.agent)}">
<h2 id="agent-${slug(agent.agent)}">${agent.agent} <span class="muted">(${agent.file})</span></h2>
${agent.pools.length === 0 ? html`<p>No pool to predict: the file was not read.</p>` : agent.pools.map((pool) => poolSection(agent.agent, pool))}
</section>`,
    )}`,
  });
}

function poolSection(agent: string, { prediction: p, remedies }: PoolReport): Html {
  const id = `${slug(agent)}-pool-${slug(p.pool)}`;
  return html`<h3 id="${id}">&lt;Pool ${p.pool}&gt;</h3>
<p>${poolLineText(p)}</p>
<table>
<caption>Codes expected in ctagent.log from this pool</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Expected</th><th scope="col" class="num">Per hour</th><th scope="col" class="num">Per day</th><th scope="col">Period</th><th scope="col">From</th></tr></thead>
<tbody>
${p.codes.map(
  (code) =>
    html`<tr><th scope="row"><code>${code.code}</code></th><td>${code.perDay.max === 0 ? html`none: ${code.why}` : html`${codeSummaryText(code)}<br><span class="muted">${code.why}</span>`}</td><td class="num">${rateText(code.perHour, 'hour', code)}</td><td class="num">${rateText(code.perDay, 'day', code)}</td><td>${code.periodSeconds === undefined ? '–' : describeDuration(code.periodSeconds)}</td><td>${code.perDay.max === 0 ? '–' : code.from}</td></tr>`,
)}
</tbody>
</table>
<table>
<caption>What the numbers rest on</caption>
<thead><tr><th scope="col">Subject</th><th scope="col">Value</th><th scope="col">Basis</th><th scope="col">Source</th></tr></thead>
<tbody>
${p.assumptions.map((a) => html`<tr><th scope="row">${a.subject}</th><td>${a.text}</td><td>${a.basis}</td><td>${a.source}</td></tr>`)}
</tbody>
</table>
${
  remedies.length === 0
    ? ''
    : html`<h4>After the remedy of each finding</h4>
<ul>
${remedies.map((remedy) => html`<li><code>${remedy.finding.file}:${remedy.finding.line}:${remedy.finding.column}</code> <span class="muted">${remedy.finding.ruleId}</span>: ${remedyText(remedy)}</li>`)}
</ul>`
}`;
}
