/**
 * The HTML reports: one self-contained page for `lint` (findings by agent and file) and one for `compare`
 * (the fleet matrix per cluster, then the fleet findings). Pure: data in, string out. Every string from the
 * data is escaped by the `html` tag; secret values never reach this module (findings carry secret-free source
 * lines, comparisons carry fingerprints).
 */
import type { ComparedCluster, ComparedGroup, ComparedSetting } from '../engine/fleet-comparison.js';
import type { Finding, NotChecked } from '../engine/engine.js';
import type { Severity } from '../engine/rule-api.js';
import { logCodes } from '../knowledge/codes.js';
import type { ComparisonReport } from './comparison.js';
import { html, join, renderPage, slug, type Html } from './html-page.js';
import { failureLines, hiddenCounts, noticePlace, productName, scopeText, type AgentFiles, type Report, type Summary, type Verdict } from './report.js';
import { plural } from './text.js';
import { compareText } from '../text/compare-text.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Agents named in a matrix column header before the rest fold into a disclosure. */
const NAMED_AGENTS = 4;

/**
 * The lint page, ordered for a fleet of thousands: the verdict and counts first, then what failed or was not
 * checked, the findings, and last the agents (those with findings in a table, the clean ones folded away).
 */
export function formatHtml(report: Report): string {
  const { summary } = report;
  const grouped = groupFindings(report.findings, report.agents);
  return renderPage({
    title: `webagent-lint: ${problemCount(summary)} in ${plural(summary.agents, 'agent')}`,
    heading: 'webagent-lint report',
    lead: html`${report.verdict ? verdictBox(report.verdict, summary) : ''}<p class="lead">${plural(summary.agents, 'agent')} and ${plural(summary.files, 'file')} linted by ${report.tool.name} ${report.tool.version}.</p>
${summaryCounts(summary)}`,
    body: html`${failedBanner(failureLines(report))}${notCheckedBox(report.notChecked)}
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${findingsSection(report.findings, grouped)}
</section>
${agentOverview(grouped)}`,
  });
}

/** Whether the run passes, with its exit code and the thresholds that decided it. */
function verdictBox(verdict: Verdict, summary: Summary): Html {
  const passed = verdict.exitCode === 0;
  const threshold =
    verdict.failOn === undefined
      ? 'Findings do not fail this run (--no-fail).'
      : `The run fails on ${verdict.failOn === 'info' ? 'any finding' : `a finding of severity ${verdict.failOn}${verdict.failOn === 'error' ? '' : ' or above'}`}${verdict.maxWarnings !== undefined ? ` or more than ${plural(verdict.maxWarnings, 'warning')}` : ''}.`;
  const why =
    verdict.exitCode === 2
      ? 'The run itself failed (see below).'
      : `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}.`;
  return html`<section class="verdict ${passed ? 'passed' : 'failed'}" aria-labelledby="verdict-heading">
<h2 id="verdict-heading">${passed ? 'Passed' : 'Failed'} <span class="exit">exit code ${verdict.exitCode}</span></h2>
<p>${why} ${threshold}</p>
${
  verdict.options && verdict.options.length > 0
    ? html`<p class="options">Run with ${verdict.options.map((option, i) => html`${i > 0 ? ' ' : ''}<code>${option}</code>`)}</p>
`
    : ''
}</section>
`;
}

export function formatComparisonHtml(report: ComparisonReport): string {
  const { clusters } = report.comparison;
  const agents = clusters.reduce((n, cluster) => n + cluster.agents.length, 0);
  const differing = clusters.reduce((n, cluster) => n + cluster.differing, 0);
  return renderPage({
    title: `webagent-lint: fleet comparison of ${plural(agents, 'agent')}`,
    heading: 'webagent-lint fleet comparison',
    lead: html`<p class="lead">${plural(agents, 'agent')} in ${plural(clusters.length, 'cluster')}; ${plural(differing, 'setting')} ${differing === 1 ? 'differs' : 'differ'} within a cluster. Compared by ${report.tool.name} ${report.tool.version}.</p>
${summaryCounts(report.summary)}`,
    body: html`<section aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Settings that differ</h2>
<p>Each table is one cluster: a row per setting, a column per group of agents that have the same value for every setting shown. <span class="legend-sample">Highlighted</span> cells hold a value other than the one most agents of the cluster share; secret values appear only as fingerprints (<code>fp:</code> and 8 hex digits, keyed anew on every run: equal fingerprints mean equal values).</p>
${clusters.length === 0 ? html`<p>No agents to compare.</p>` : clusters.map(clusterMatrix)}
</section>
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Fleet findings</h2>
${findingsSection(report.findings, groupFindings(report.findings, undefined))}
</section>`,
  });
}

export function summaryCounts(summary: Summary): Html {
  const hidden = hiddenCounts(summary);
  return html`<ul class="counts" aria-label="Summary">
<li><strong>${summary.errors}</strong> ${summary.errors === 1 ? 'error' : 'errors'}</li>
<li><strong>${summary.warnings}</strong> ${summary.warnings === 1 ? 'warning' : 'warnings'}</li>
<li><strong>${summary.infos}</strong> ${summary.infos === 1 ? 'info' : 'infos'}</li>
<li><strong>${summary.agents}</strong> ${summary.agents === 1 ? 'agent' : 'agents'}</li>
<li><strong>${summary.files}</strong> ${summary.files === 1 ? 'file' : 'files'}</li>
${hidden.length > 0 ? html`<li>not shown: ${hidden.join(', ')}</li>` : ''}
</ul>`;
}

/** A failed run, in a banner above everything else: the findings below cover only what could be read. */
function failedBanner(failures: readonly string[]): Html {
  if (failures.length === 0) return html``;
  const items = join(
    failures.map((text) => html`<li>${text}</li>`),
    '\n',
  );
  return html`<section class="run-failed" role="alert" aria-labelledby="run-failed-heading">
<h2 id="run-failed-heading">The run failed</h2>
<p>webagent-lint could not read or check everything it was given; the report covers only the rest, and the run exits with status 2.</p>
<ul>
${items}
</ul>
</section>
`;
}

/** The checks that were not performed, in a box above everything else; nothing when every check ran. */
function notCheckedBox(notChecked: readonly NotChecked[]): Html {
  if (notChecked.length === 0) return html``;
  const items = join(
    notChecked.map((notice) => html`<li>${noticeBody(notice)}</li>`),
    '\n',
  );
  return html`<section class="not-checked" aria-labelledby="not-checked-heading">
<h2 id="not-checked-heading">Not checked</h2>
<p>What webagent-lint could not check, or checked only against an assumed value: the findings below do not cover it.</p>
<ul>
${items}
</ul>
</section>
`;
}

/** What was not checked and why, where, by which rule, and how to check it. */
export function noticeBody(notice: NotChecked): Html {
  const scope = notice.location ? html` <span class="muted">(${scopeText(notice.scope)})</span>` : '';
  return html`<p class="message">${notice.reason}</p>
<p class="where"><code>${noticePlace(notice)}</code>${scope} &middot; Rule <code>${notice.ruleId}</code></p>
<p class="remedy"><strong>To check it:</strong> ${notice.enable}</p>`;
}

interface AgentFindings {
  readonly id: string;
  readonly kind: AgentFiles['kind'];
  /** Each file of the agent with its findings (empty for a clean file), in report order. */
  readonly files: readonly (readonly [string, readonly Finding[]])[];
  readonly count: number;
}

/** Findings by agent (sorted by id) and file. `agents` adds the clean agents and files; without it only findings count. */
function groupFindings(findings: readonly Finding[], agents: readonly AgentFiles[] | undefined): AgentFindings[] {
  const byAgent = new Map<string, Map<string, Finding[]>>();
  const kinds = new Map((agents ?? []).map((agent) => [agent.id, agent.kind]));
  for (const agent of agents ?? []) byAgent.set(agent.id, new Map(agent.files.map((file) => [file, []])));
  for (const finding of findings) {
    const files = byAgent.get(finding.agent) ?? new Map<string, Finding[]>();
    byAgent.set(finding.agent, files);
    const list = files.get(finding.file);
    if (list) list.push(finding);
    else files.set(finding.file, [finding]);
  }
  return [...byAgent]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, files]) => ({ id, kind: kinds.get(id) ?? 'agent', files: [...files], count: [...files.values()].reduce((n, list) => n + list.length, 0) }));
}

const agentAnchor = (id: string) => `agent-${slug(id)}`;

/**
 * One row per agent with findings, with its counts, linking to its findings; then the agents without findings,
 * folded into their count (a fleet of thousands is mostly clean).
 */
function agentOverview(agents: readonly AgentFindings[]): Html {
  if (agents.length === 0) return html``;
  const found = agents.filter((agent) => agent.count > 0);
  const rows = found.map((agent) => {
    const all = agent.files.flatMap(([, list]) => list);
    const counts = SEVERITIES.map((severity) => all.filter((finding) => finding.severity === severity).length);
    const link = agent.count > 0 ? html`<a href="#${agentAnchor(agent.id)}">${agent.id}</a>` : html`${agent.id}`;
    const name = agent.kind === 'agent' ? link : html`${link} <span class="muted">(security domain)</span>`;
    return html`<tr><th scope="row">${name}</th>${counts.map((n) => html`<td class="num">${n === 0 ? html`<span class="muted">0</span>` : n}</td>`)}<td>${join(
      agent.files.map(([file]) => file),
      ', ',
    )}</td></tr>`;
  });
  const table =
    found.length === 0
      ? ''
      : html`<div class="scroll" role="region" aria-labelledby="agents-caption" tabindex="0">
<table class="overview">
<caption id="agents-caption">Findings per agent</caption>
<thead><tr><th scope="col">Agent</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Infos</th><th scope="col">Files</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
  return html`<section aria-labelledby="agents-heading">
<h2 id="agents-heading">Agents</h2>
${table}
${cleanAgents(agents.filter((agent) => agent.count === 0))}
</section>`;
}

/** The agents without findings, with their files, folded into a count. */
function cleanAgents(clean: readonly AgentFindings[]): Html | '' {
  if (clean.length === 0) return '';
  return html`<details class="clean">
<summary>${plural(clean.length, 'agent')} without findings</summary>
<ul>${clean.map(
    (agent) =>
      html`<li>${agent.id} <span class="muted">(${join(
        agent.files.map(([file]) => file),
        ', ',
      )})</span></li>`,
  )}</ul>
</details>`;
}

/** The filter and the findings grouped by agent, then file. */
function findingsSection(findings: readonly Finding[], grouped: readonly AgentFindings[]): Html {
  let counter = 0;
  const sections = grouped
    .filter((agent) => agent.count > 0)
    .map((agent) => {
      const agentSlug = agentAnchor(agent.id);
      return html`<section class="agent" data-filter-group aria-labelledby="${agentSlug}">
<h3 id="${agentSlug}">${kindLabel(agent.kind)} ${agent.id}</h3>
${agent.files
  .filter(([, list]) => list.length > 0)
  .map(([file, list]) => {
    const fileSlug = `${agentSlug}-file-${slug(file)}`;
    return html`<div class="file" data-filter-group>
<h4 id="${fileSlug}">${file}</h4>
<div class="scroll">
<table class="findings" aria-labelledby="${fileSlug}">
<colgroup><col class="col-line"><col class="col-severity"><col><col class="col-codes"></colgroup>
<thead><tr><th scope="col">Line</th><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Predicted log code</th></tr></thead>
<tbody>
${list.map((finding) => findingRow(finding, `finding-${++counter}`))}
</tbody>
</table>
</div>
</div>`;
  })}
</section>`;
    });
  if (findings.length === 0) return html`<p>No problems found.</p>`;
  const present = SEVERITIES.filter((severity) => findings.some((finding) => finding.severity === severity));
  return html`${filterForm('findings', present)}
<p id="filter-none" class="no-match" hidden>No finding matches the filter.</p>
${sections}`;
}

/** The filter box over the page's `data-filter-item`s; `noun` names them ("findings", "codes"). Shown by its script. */
export function filterForm(noun: string, severities: readonly Severity[]): Html {
  return html`<form id="filter" class="filter" role="search" aria-label="Filter ${noun}" data-noun="${noun}" hidden>
<div><label for="filter-text">Filter ${noun}</label>
<input id="filter-text" type="search" autocomplete="off" spellcheck="false" aria-describedby="filter-hint" placeholder="e.g. agent:web01 code:CT_SOCKET_ERROR"></div>
<div><label for="filter-severity">Severity</label>
<select id="filter-severity"><option value="">any</option>${severities.map((severity) => html`<option value="${severity}">${severity}</option>`)}</select></div>
<p id="filter-status" role="status" aria-live="polite"></p>
<p id="filter-hint" class="hint">Words match anywhere; <code>agent:</code>, <code>rule:</code>, <code>code:</code>, <code>severity:</code> and <code>file:</code> narrow a word to one field. Press <kbd>/</kbd> to get here, <kbd>Esc</kbd> to clear.</p>
</form>`;
}

function findingRow(finding: Finding, id: string): Html {
  const codes = finding.predicts.join(' ').toLowerCase();
  const search = [finding.agent, finding.file, finding.ruleId, codes, finding.severity, finding.message].join('\n').toLowerCase();
  return html`<tr id="${id}" class="finding" data-filter-item data-severity="${finding.severity}" data-agent="${finding.agent.toLowerCase()}" data-file="${finding.file.toLowerCase()}" data-rule="${finding.ruleId.toLowerCase()}" data-code="${codes}" data-search="${search}">
<th scope="row" class="loc"><a href="#${id}" aria-label="line ${finding.line}, column ${finding.column}">${finding.line}:${finding.column}</a></th>
<td>${severityBadge(finding.severity)}</td>
<td>${findingBody(finding)}</td>
<td class="codes">${predictedCodes(finding.predicts)}</td>
</tr>`;
}

export function severityBadge(severity: Severity): Html {
  return html`<span class="badge sev-${severity}">${severity}</span>`;
}

/** Message, source line, remedy and rule of a finding. */
export function findingBody(finding: Finding): Html {
  return html`<p class="message">${finding.message}</p>
${sourceLine(finding)}<p class="remedy"><strong>Fix:</strong> ${finding.remedy}</p>
<p class="rule">Rule <code>${finding.ruleId}</code></p>`;
}

/** The configuration line, with the part the finding points at marked when it lies on that line. */
function sourceLine(finding: Finding): Html | '' {
  const text = finding.sourceLine;
  if (text.trim() === '') return '';
  const start = finding.column - 1;
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : text.length;
  const body =
    start >= 0 && end > start && end <= text.length ? html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}` : html`${text}`;
  return html`<pre class="source"><code><span class="ln">${finding.line}</span>${body}</code></pre>\n`;
}

function predictedCodes(predicts: readonly string[]): Html {
  if (predicts.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul>${predicts.map((id) => {
    const code = logCodes.get(id);
    return html`<li><code>${id}</code>${code ? html`<span class="meaning">${code.meaning}</span><span class="logged">Logged as <code>${code.logged}</code></span>` : ''}</li>`;
  })}</ul>`;
}

/** Agents that have the same value group in every setting shown form one column of the matrix. */
interface Profile {
  readonly agents: readonly string[];
  /** Per setting, the index of this profile's group, or -1 where its agents do not have the setting's block. */
  readonly groupIndex: readonly number[];
}

function profiles(cluster: ComparedCluster): Profile[] {
  const indexOf = cluster.settings.map((setting) => {
    const map = new Map<string, number>();
    setting.groups.forEach((group, i) => {
      for (const agent of group.agents) map.set(agent, i);
    });
    return map;
  });
  const byKey = new Map<string, { agents: string[]; groupIndex: number[] }>();
  for (const agent of cluster.agents) {
    const groupIndex = indexOf.map((map) => map.get(agent) ?? -1);
    const key = groupIndex.join(',');
    const existing = byKey.get(key);
    if (existing) existing.agents.push(agent);
    else byKey.set(key, { agents: [agent], groupIndex });
  }
  return [...byKey.values()].sort((a, b) => b.agents.length - a.agents.length || ((a.agents[0] as string) < (b.agents[0] as string) ? -1 : 1));
}

function clusterMatrix(cluster: ComparedCluster, index: number): Html {
  const id = `cluster-${index + 1}`;
  const product = productName(cluster.product);
  const source = cluster.source === 'none' ? '' : `, from the ${cluster.source}`;
  const facts = `${plural(cluster.agents.length, 'agent')}${source}; ${plural(cluster.differing, 'setting')} differ${cluster.differing === 1 ? 's' : ''}.`;
  const heading = html`<h3 id="${id}">${product} cluster ${cluster.name}</h3>
<p>${facts}</p>`;
  if (cluster.settings.length === 0) {
    const why = cluster.agents.length === 1 ? 'A single agent: nothing to compare it with.' : 'Its agents agree on every setting.';
    return html`<section class="cluster" aria-labelledby="${id}">
${heading}
<p>${why} Agents: ${cluster.agents.join(', ')}.</p>
</section>`;
  }
  const columns = profiles(cluster);
  const letters = columns.map((_, i) => columnName(i));
  return html`<section class="cluster" aria-labelledby="${id}">
${heading}
<div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table class="matrix">
<caption id="${id}-caption">${product} cluster ${cluster.name}: ${plural(cluster.settings.length, 'setting')} by ${plural(columns.length, 'group')} of agents</caption>
<thead><tr><th scope="col">Setting</th>${columns.map((column, i) => columnHeader(column, letters[i] as string))}</tr></thead>
<tbody>
${cluster.settings.map((setting, row) => settingRow(setting, row, columns))}
</tbody>
</table>
</div>
</section>`;
}

function columnHeader(profile: Profile, letter: string): Html {
  const named = profile.agents.slice(0, NAMED_AGENTS);
  const rest = profile.agents.slice(NAMED_AGENTS);
  const more =
    rest.length === 0
      ? ''
      : html`<li><details><summary>${rest.length} more</summary><ul class="agents">${rest.map((agent) => html`<li>${agent}</li>`)}</ul></details></li>`;
  return html`<th scope="col">Group ${letter} <span class="muted">(${plural(profile.agents.length, 'agent')})</span><ul class="agents">${named.map((agent) => html`<li>${agent}</li>`)}${more}</ul></th>`;
}

function settingRow(setting: ComparedSetting, row: number, columns: readonly Profile[]): Html {
  const [first, second] = setting.groups;
  // A value counts as the common one only when more agents share it than any other value.
  const common = setting.differs && first && (!second || first.agents.length > second.agents.length) ? 0 : -1;
  const block = setting.name.startsWith('<') ? setting.name.slice(0, setting.name.indexOf('>') + 1) : '';
  const property = setting.name.slice(block.length).trim();
  const cells = columns.map((column) => {
    const groupIndex = column.groupIndex[row] ?? -1;
    const group = setting.groups[groupIndex];
    if (!group) return html`<td><span class="absent">no such block</span></td>`;
    const differs = setting.differs && groupIndex !== common;
    return html`<td${differs ? html` class="differs"` : ''}>${differs ? html`<span class="visually-hidden">differs: </span>` : ''}${shownValue(group, setting.secret)}</td>`;
  });
  const secret = setting.secret ? html`<span class="tag">secret</span>` : '';
  return html`<tr${setting.differs ? html` class="differs"` : ''}><th scope="row">${block ? html`<span class="block">${block}</span>` : ''}<code>${property}</code>${secret}</th>${cells}</tr>`;
}

function shownValue(group: ComparedGroup, secret: boolean): Html {
  if (group.unset) return html`<span class="unset">not set</span>`;
  if (group.fingerprint !== undefined) return html`<code>${group.fingerprint}</code>`;
  // The comparison never gives a secret's value; should it ever, it is still not shown (design §3.8).
  if (secret) return html`<span class="unset">(hidden)</span>`;
  if (group.value === undefined || group.value === '') return html`<span class="unset">(empty)</span>`;
  return html`<code>${group.value}</code>`;
}

/** A, B, …, Z, AA, AB, … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function kindLabel(kind: AgentFiles['kind']): string {
  return kind === 'agent' ? 'Agent' : 'Security domain';
}

function problemCount(summary: Summary): string {
  const total = summary.errors + summary.warnings + summary.infos;
  return total === 0 ? 'no problems' : plural(total, 'problem');
}
