/** The catalogs are data: validate them against their schemas and check their cross-references. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { camsProperties, cleartrustProperties } from '../../src/knowledge/properties.js';
import { logCodes, type LogCode } from '../../src/knowledge/codes.js';
import { sources } from '../../src/knowledge/sources.js';

const root = new URL('../../', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe.each([
  ['src/knowledge/cleartrust-properties.json', 'schemas/property-catalog.schema.json'],
  ['src/knowledge/cams-properties.json', 'schemas/property-catalog.schema.json'],
  ['src/knowledge/codes/cleartrust.json', 'schemas/codes.schema.json'],
  ['src/knowledge/codes/cams.json', 'schemas/codes.schema.json'],
  ['src/knowledge/sources.json', 'schemas/sources.schema.json'],
])('%s', (data, schema) => {
  it(`is valid against ${schema}`, () => {
    const validate = new Ajv({ allErrors: true }).compile(json(schema) as object);
    expect(validate(json(data)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

describe('Cams code catalog', () => {
  const range = (prefix: string, last: number): string[] => Array.from({ length: last + 1 }, (_, n) => `${prefix}${n}`);
  // Exactly the codes of the seed (shared/seeds/003: Tables 1-5), no more: a code the seed does not list is never invented.
  const seedAgentErrors = [
    5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5100, 5101, 5102, 5105, 5200, 5201, 5202, 5300, 5301, 5302, 5303, 5304, 5305, 5306, 5400, 5401, 5402, 5405,
  ];

  it('holds every code of the seed and nothing else', () => {
    const cams = [...logCodes.values()].filter((code) => code.product === 'cams').map((code) => code.id);
    expect(cams.sort()).toEqual(
      [
        ...range('CAMS-AUTH-STATUS-', 2),
        ...range('CAMS-AUTH-REASON-', 12),
        ...range('CAMS-ACCESS-STATUS-', 2),
        ...range('CAMS-ACCESS-REASON-', 25),
        ...seedAgentErrors.map((code) => `CAMS-${code}`),
      ].sort(),
    );
  });

  it('gives each code the family its identifier implies and cites the seed', () => {
    const family = (id: string): string =>
      id
        .replace(/^CAMS-(AUTH|ACCESS)-(STATUS|REASON)-\d+$/, (_, kind: string, field: string) => `cams-${kind.toLowerCase()}-${field.toLowerCase()}`)
        .replace(/^CAMS-\d+$/, 'cams-agent');
    for (const code of logCodes.values()) {
      if (code.product !== 'cams') continue;
      expect(code.family, code.id).toBe(family(code.id));
      expect(code.sources, code.id).toContain('CAMS-LEC32');
    }
  });
});

describe('documented and inferred code texts', () => {
  // One convention: a meaning, cause or remedy that is webagent-lint's reading rather than a source's statement
  // carries "(inferred)"; an entry with any such text is inferred and cites webagent-lint's inference.
  const texts = (code: LogCode): string[] => [code.meaning, ...code.causes, code.remedy];

  it.each([...logCodes.values()].map((code) => [code.id, code] as const))('%s marks its interpretations one way and is labelled by them', (_, code) => {
    for (const text of texts(code)) expect(text.replaceAll('(inferred)', ''), 'write the marker exactly as "(inferred)"').not.toMatch(/inferred/i);
    const inferred = texts(code).some((text) => text.includes('(inferred)'));
    expect(code.confidence).toBe(inferred ? 'inferred' : 'documented');
    expect(code.sources.includes('WEBAGENT-LINT')).toBe(inferred);
  });
});

describe('cross-references', () => {
  it('every property and code cites known sources', () => {
    for (const property of [...cleartrustProperties.values(), ...camsProperties.values()])
      for (const s of property.sources) expect(sources[s], `${property.name}: ${s}`).toBeDefined();
    for (const code of logCodes.values()) for (const s of code.sources) expect(sources[s], `${code.id}: ${s}`).toBeDefined();
  });

  it('marks a code predictable exactly when some rule predicts it', () => {
    const predicted = new Set(rules.flatMap((rule) => rule.predicts));
    const disagreeing = [...logCodes.values()]
      .filter((code) => code.predictable !== predicted.has(code.id))
      .map((code) => `${code.id}: predictable ${code.predictable}, but ${predicted.has(code.id) ? 'a rule predicts it' : 'no rule predicts it'}`);
    expect(disagreeing).toEqual([]);
  });

  it('enum defaults are among the listed values', () => {
    for (const property of [...cleartrustProperties.values(), ...camsProperties.values()]) {
      if (property.type === 'enum' && property.default !== undefined) expect(property.values).toContain(property.default);
    }
  });

  it('the JSON report schema matches an actual report', async () => {
    const { formatJson } = await import('../../src/report/json.js');
    const { lintText } = await import('../helpers/lint.js');
    const findings = lintText('<Pool id=p>\ncleartrust.agent.auth_server_pool_refresh=2 Hrs\n</Pool>');
    const { summarize } = await import('../../src/report/report.js');
    const summary = summarize(findings, { agents: 1, files: 1, waived: 0, baselined: 0 });
    const report = JSON.parse(
      formatJson({
        tool: { name: 'webagent-lint', version: '0.1.0' },
        findings,
        notChecked: [],
        summary,
        files: ['agents/web01/webagent.conf'],
        agents: [{ id: 'agents/web01', kind: 'agent', files: ['agents/web01/webagent.conf'] }],
        rules: [],
      }),
    );
    const validate = new Ajv({ allErrors: true }).compile(json('schemas/report.schema.json') as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings).toHaveLength(1);
  });
});
