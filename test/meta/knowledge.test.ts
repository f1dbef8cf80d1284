/** The catalogs are data: validate them against their schemas and check their cross-references. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { cleartrustProperties } from '../../src/knowledge/properties.js';
import { logCodes } from '../../src/knowledge/codes.js';
import { sources } from '../../src/knowledge/sources.js';

const root = new URL('../../', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe.each([
  ['src/knowledge/cleartrust-properties.json', 'schemas/property-catalog.schema.json'],
  ['src/knowledge/codes/cleartrust.json', 'schemas/codes.schema.json'],
  ['src/knowledge/sources.json', 'schemas/sources.schema.json'],
])('%s', (data, schema) => {
  it(`is valid against ${schema}`, () => {
    const validate = new Ajv({ allErrors: true }).compile(json(schema) as object);
    expect(validate(json(data)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

describe('cross-references', () => {
  it('every property and code cites known sources', () => {
    for (const property of cleartrustProperties.values()) for (const s of property.sources) expect(sources[s], `${property.name}: ${s}`).toBeDefined();
    for (const code of logCodes.values()) for (const s of code.sources) expect(sources[s], `${code.id}: ${s}`).toBeDefined();
  });

  it('enum defaults are among the listed values', () => {
    for (const property of cleartrustProperties.values()) {
      if (property.type === 'enum' && property.default !== undefined) expect(property.values).toContain(property.default);
    }
  });

  it('the JSON report schema matches an actual report', async () => {
    const { formatJson } = await import('../../src/report/json.js');
    const { lintText } = await import('../helpers/lint.js');
    const findings = lintText('<Pool id=p>\ncleartrust.agent.auth_server_pool_refresh=2 Hrs\n</Pool>');
    const { summarize } = await import('../../src/report/report.js');
    const summary = summarize(findings, { agents: 1, files: 1, waived: 0, baselined: 0 });
    const report = JSON.parse(formatJson({ tool: { name: 'webagent-lint', version: '0.1.0' }, findings, summary, files: ['agents/web01/webagent.conf'], rules: [] }));
    const validate = new Ajv({ allErrors: true }).compile(json('schemas/report.schema.json') as object);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings).toHaveLength(1);
  });
});
