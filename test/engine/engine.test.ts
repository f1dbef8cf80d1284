/**
 * The pipeline's three pure functions with fake rules: what a unit, the fleet and finish make of reports,
 * independent of any real rule.
 */
import { describe, expect, it } from 'vitest';
import {
  finish,
  fleetFindings,
  fleetPlaces,
  lintFleet,
  lintInMemory,
  lintUnit,
  locatePlaces,
  type LintContext,
  type LocatedPlace,
} from '../../src/engine/engine.js';
import { defineRule, type Rule } from '../../src/engine/rule-api.js';
import type { LoadedFile } from '../../src/engine/units.js';
import { DEFAULT_ENVIRONMENT } from '../../src/model/environment.js';
import { buildFleet, type Place } from '../../src/model/fleet.js';
import { SourceFile } from '../../src/parse/source.js';
import { rules as registered } from '../../rules/index.js';

const docs = { why: 'w', fix: 'Fix it.', bad: '', good: '', sources: [], confidence: 'inferred' as const };

/** Reports every `cleartrust.agent.enabled` entry, and a second time to show that a report counts once. */
const enabledRule = defineRule({
  id: 'test/enabled',
  title: 'Disallow enabled',
  severity: 'warning',
  scope: 'cleartrust-agent',
  predicts: ['CT_SOCKET_ERROR'],
  docs,
  messages: { enabled: 'enabled is {value} in {agent}' },
  remedies: { enabled: 'Remove it from {agent}.' },
  check(agent, context) {
    for (const entry of agent.entries) {
      if (entry.key !== 'cleartrust.agent.enabled') continue;
      for (let i = 0; i < 2; i++)
        context.report({
          at: { source: entry.source, start: entry.valueStart, end: entry.valueEnd },
          messageId: 'enabled',
          data: { value: entry.value, agent: agent.id },
        });
    }
  },
});

const throwingRule = defineRule({
  id: 'test/throws',
  title: 'Disallow nothing',
  severity: 'error',
  scope: 'cleartrust-agent',
  predicts: [],
  docs,
  messages: { never: 'never' },
  check() {
    throw new Error('boom');
  },
});

/** Reports the first agent of every cluster at its `cleartrust.agent.enabled` line; judges that setting. */
const fleetRule = defineRule({
  id: 'test/fleet',
  title: 'Require agreement',
  severity: 'info',
  scope: 'fleet',
  predicts: [],
  judges: (product, name) => product === 'cleartrust' && name === 'cleartrust.agent.enabled',
  docs,
  messages: { first: 'first of {count}, outlier rule judges enabled: {judged}' },
  check(fleet, context) {
    for (const cluster of fleet.clusters) {
      const first = cluster.members[0];
      const setting = first?.setting('cleartrust.agent.enabled');
      if (!first || !setting) continue;
      context.report({
        at: setting.valueAt,
        agent: first.id,
        messageId: 'first',
        data: { count: cluster.members.length, judged: String(context.judgedByAnotherRule('cleartrust', 'cleartrust.agent.enabled')) },
      });
    }
  },
});

const waiverRules = registered.filter((rule) => rule.id.startsWith('waiver/') || rule.scope === 'input');
const context = (...rules: Rule[]): LintContext => ({ rules: [...rules, ...waiverRules], environment: DEFAULT_ENVIRONMENT });

const file = (path: string, text: string): LoadedFile => ({
  path,
  format: 'cleartrust-conf',
  agent: path.slice(0, path.lastIndexOf('/')),
  content: { kind: 'bytes', bytes: new TextEncoder().encode(text) },
});

describe('lintUnit', () => {
  it('locates a report, fills its message and remedy, and counts a repeated report once', () => {
    const result = lintUnit({ files: [file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n')] }, context(enabledRule));
    expect(
      result.findings.map(({ ruleId, line, column, endLine, endColumn, message, remedy, predicts, severity, sourceLine }) => ({
        ruleId,
        line,
        column,
        endLine,
        endColumn,
        message,
        remedy,
        predicts,
        severity,
        sourceLine,
      })),
    ).toEqual([
      {
        ruleId: 'test/enabled',
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 30,
        message: 'enabled is True in a',
        remedy: 'Remove it from a.',
        predicts: ['CT_SOCKET_ERROR'],
        severity: 'warning',
        sourceLine: 'cleartrust.agent.enabled=True',
      },
    ]);
    expect(result.failures).toEqual([]);
    expect(result.facts.map((facts) => [facts.id, facts.settings.map((s) => `${s.key}=${s.value}`)])).toEqual([['a', ['cleartrust.agent.enabled=True']]]);
  });

  it('returns plain data: what crosses a thread is what stays', () => {
    const result = lintUnit(
      { files: [file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n# webagent-lint-disable-next-line test/enabled -- why\n</Global>\n')] },
      context(enabledRule),
    );
    expect(structuredClone(result)).toEqual(result);
  });

  it('names the rule and the file of a rule that throws, and goes on with the other rules', () => {
    const result = lintUnit({ files: [file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n')] }, context(throwingRule, enabledRule));
    expect(result.failures).toEqual([{ ruleId: 'test/throws', file: 'a/webagent.conf', error: 'boom' }]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['test/enabled']);
  });

  it('runs no rule that the configuration turned off', () => {
    const result = lintUnit(
      { files: [file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n')] },
      {
        ...context(throwingRule, enabledRule),
        severities: new Map([
          ['test/throws', 'off'],
          ['test/enabled', 'off'],
        ]),
      },
    );
    expect([result.findings, result.failures]).toEqual([[], []]);
  });
});

describe('lintFleet, and its reports located', () => {
  const texts = {
    'a/webagent.conf': '<Global>\ncleartrust.agent.enabled=True\n</Global>\n',
    'b/webagent.conf': '<Global>\ncleartrust.agent.enabled=False\n</Global>\n',
  };
  const facts = Object.entries(texts).flatMap(([path, text]) => lintUnit({ files: [file(path, text)] }, context()).facts);

  it('reports by offsets, and tells a rule which settings another rule judges', () => {
    const outlierLike = defineRule({ ...fleetRule, id: 'test/other', judges: undefined });
    const { reports, failures } = lintFleet(buildFleet(facts), context(outlierLike, fleetRule));
    expect(failures).toEqual([]);
    // test/other asks about a setting test/fleet judges: true; test/fleet asks about its own: false.
    expect(reports.map((r) => [r.ruleId, r.at, r.data['judged']])).toEqual([
      ['test/other', { path: 'a/webagent.conf', start: 34, end: 38 }, 'true'],
      ['test/fleet', { path: 'a/webagent.conf', start: 34, end: 38 }, 'false'],
    ]);
    const own = reports.slice(1);
    const located = new Map<Place, LocatedPlace>();
    for (const [path, places] of fleetPlaces(own)) locatePlaces(places, new SourceFile(path, texts[path as keyof typeof texts]), undefined, located);
    const findings = fleetFindings(own, located, new Map(), context(fleetRule));
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['test/fleet', 'a/webagent.conf', 2, 26, 'first of 2, outlier rule judges enabled: false'],
    ]);
  });

  it('does not run on a single agent', () => {
    expect(lintFleet(buildFleet(facts.slice(0, 1)), context(fleetRule)).reports).toEqual([]);
  });

  it('names a fleet rule that throws', () => {
    const throwsOnFleet = defineRule({
      ...fleetRule,
      id: 'test/fleet-throws',
      check: () => {
        throw new Error('fleet boom');
      },
    });
    expect(lintFleet(buildFleet(facts), context(throwsOnFleet)).failures).toEqual([{ ruleId: 'test/fleet-throws', file: '(fleet)', error: 'fleet boom' }]);
  });
});

describe('finish', () => {
  const text =
    '<Global>\n# webagent-lint-disable-next-line test/enabled -- kept on purpose\ncleartrust.agent.enabled=True\n# webagent-lint-disable-next-line test/enabled -- nothing here\n</Global>\n';

  it('waives what a waiver with a reason covers, reports the unused waiver, and numbers fingerprints', () => {
    const unit = lintUnit({ files: [file('a/webagent.conf', text)] }, context(enabledRule));
    const result = finish({ findings: unit.findings, waiverComments: unit.waiverComments, secrets: new Map(), notChecked: [] }, context(enabledRule));
    expect(result.waived.map((f) => [f.ruleId, f.line])).toEqual([['test/enabled', 3]]);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.fingerprint.endsWith(':1')])).toEqual([['waiver/unused', 4, 1, true]]);
  });

  it('ignores waivers with --no-inline-waivers', () => {
    const unit = lintUnit({ files: [file('a/webagent.conf', text)] }, context(enabledRule));
    const result = finish(
      { findings: unit.findings, waiverComments: unit.waiverComments, secrets: new Map(), notChecked: [], inlineWaivers: false },
      context(enabledRule),
    );
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['test/enabled', 3]]);
  });

  it('leaves out what the baseline holds', () => {
    const unit = lintUnit({ files: [file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n')] }, context(enabledRule));
    const first = finish({ findings: unit.findings, waiverComments: [], secrets: new Map(), notChecked: [] }, context(enabledRule));
    const baseline = {
      tool: 'webagent-lint' as const,
      version: 1 as const,
      findings: first.findings.map(({ ruleId, file, fingerprint, message }) => ({ ruleId, file, fingerprint, message })),
    };
    expect(finish({ findings: unit.findings, waiverComments: [], secrets: new Map(), notChecked: [], baseline }, context(enabledRule))).toMatchObject({
      findings: [],
      baselined: first.findings,
    });
  });
});

describe('lintInMemory', () => {
  it('is the three functions composed: unit findings, fleet findings and failures of one run', () => {
    const files = [
      file('a/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n'),
      file('b/webagent.conf', '<Global>\ncleartrust.agent.enabled=True\n</Global>\n'),
    ];
    const result = lintInMemory(files, context(enabledRule, fleetRule, throwingRule));
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'a/webagent.conf:2:26 test/enabled',
      'a/webagent.conf:2:26 test/fleet',
      'b/webagent.conf:2:26 test/enabled',
    ]);
    expect(result.failures.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['test/throws a/webagent.conf', 'test/throws b/webagent.conf']);
  });
});
