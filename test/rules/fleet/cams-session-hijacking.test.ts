/** The three session hijacking rules (seed 5304, 5305, 5306) judged together on the same clusters. */
import { describe, expect, it } from 'vitest';
import off from '../../../rules/fleet/cams-hijacking-protection-off.js';
import onAlone from '../../../rules/fleet/cams-hijacking-protection-on-alone.js';
import settingsDiffer from '../../../rules/fleet/cams-hijacking-settings-differ.js';
import type { Finding } from '../../../src/engine/engine.js';
import { lintFiles } from '../../helpers/lint.js';

const agent = (cluster: string, ...lines: string[]) =>
  `cams.cluster.name=${cluster}\n${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
const noCluster = (...lines: string[]) => `${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
const run = (files: Record<string, string>) => lintFiles(files, { only: [off, onAlone, settingsDiffer] }).filter((f) => f.ruleId.startsWith('fleet/'));
const shown = (f: Finding) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()} ${f.message}`;
const related = (f: Finding) => (f.related ?? []).map((r) => `${r.file}:${r.line}:${r.column}`);
const findings = (files: Record<string, string>) => run(files).map(shown);

describe('session hijacking protection across a Cams cluster', () => {
  it('A on (s1), B on (s2), C off: only C deviates on protection (5305, naming 5306 too); A and B split evenly on the salt', () => {
    const result = run({
      'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s1'),
      'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s2'),
      'c/cams-webagent.conf': agent('Prod', 'enable=false'),
    });
    expect(result.map(shown)).toEqual([
      'a:4:40 CAMS-5304 cams.session.hijacking.protection.salt differs from 1 other protected agent(s) of Cams cluster Prod (b).',
      'b:4:40 CAMS-5304 cams.session.hijacking.protection.salt differs from 1 other protected agent(s) of Cams cluster Prod (a).',
      'c:2:1 CAMS-5305 Session hijacking protection is off here but on for 2 other agent(s) of Cams cluster Prod (a, b): this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions.',
    ]);
    const offFinding = result[2] as Finding;
    expect(related(offFinding)).toEqual(['a/cams-webagent.conf:2:1', 'b/cams-webagent.conf:2:1']);
    expect(offFinding.remedy).toBe('Set cams.session.hijacking.protection.enable=true on c, with the algorithm and salt of a, b.');
    expect(result.map((f) => f.message + f.remedy).join('\n')).not.toContain('CANARY');
  });

  it('one protected agent among three without: one 5306 finding on it, the others as related locations, the fix naming it', () => {
    const result = run({
      'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s'),
      'b/cams-webagent.conf': agent('Prod', 'enable=false'),
      'c/cams-webagent.conf': agent('Prod', 'enable=false'),
      'd/cams-webagent.conf': agent('Prod'),
    });
    expect(result.map(shown)).toEqual([
      'a:2:1 CAMS-5306 Session hijacking protection is on here but off for 3 other agent(s) of Cams cluster Prod (b, c, d): this agent logs web agent error 5306 for their sessions, and they log 5305 for its sessions.',
    ]);
    expect(related(result[0] as Finding)).toEqual(['b/cams-webagent.conf:2:1', 'c/cams-webagent.conf:2:1', 'd/cams-webagent.conf:1:1']);
    expect((result[0] as Finding).remedy).toBe(
      'Set cams.session.hijacking.protection.enable=false on a, or turn protection on for b, c, d too, with the algorithm and salt of a.',
    );
  });

  it('two agents, one on and one off: an even split, so both sides are reported', () => {
    expect(
      findings({ 'a/cams-webagent.conf': agent('P', 'enable=true'), 'b/cams-webagent.conf': agent('P', 'enable=false') }).map((f) => f.slice(0, 12)),
    ).toEqual(['a:2:1 CAMS-5', 'b:2:1 CAMS-5']);
  });

  it('an absent enable property is read as off, and said so; the algorithm is named, the salt never', () => {
    const result = findings({
      'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s1'),
      'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s1'),
      'c/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=MD5', 'salt=CANARY-s1'),
      'd/cams-webagent.conf': agent('Prod'),
    });
    expect(result).toEqual([
      'c:3:45 CAMS-5304 cams.session.hijacking.protection.algorithm differs from 2 other protected agent(s) of Cams cluster Prod (a, b): MD5 here.',
      'd:1:1 CAMS-5305 Session hijacking protection is off here (enable is not set: read as off) but on for 3 other agent(s) of Cams cluster Prod (a, b, c): this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions.',
    ]);
    expect(result.join('\n')).not.toContain('CANARY');
  });

  it('enable=yes is read as off at its own line, and the message says why instead of "not set"', () => {
    const result = findings({
      'a/cams-webagent.conf': agent('Prod', 'enable=true'),
      'b/cams-webagent.conf': agent('Prod', 'enable=true'),
      'c/cams-webagent.conf': agent('Prod', 'enable=yes'),
    });
    expect(result).toEqual([
      'c:2:1 CAMS-5305 Session hijacking protection is off here (enable is "yes", neither true nor false: read as off) but on for 2 other agent(s) of Cams cluster Prod (a, b): this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions.',
    ]);
    expect(result.join('\n')).not.toContain('not set');
  });

  it('identical settings, different clusters, or no cams.cluster.name at all: no finding', () => {
    const same = agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s');
    expect(findings({ 'a/cams-webagent.conf': same, 'b/cams-webagent.conf': same, 'c/cams-webagent.conf': same })).toEqual([]);
    expect(findings({ 'a/cams-webagent.conf': same, 'b/cams-webagent.conf': agent('Other', 'enable=false') })).toEqual([]);
    expect(
      findings({
        'a/cams-webagent.conf': noCluster('enable=true', 'salt=s1'),
        'b/cams-webagent.conf': noCluster('enable=true', 'salt=s2'),
        'c/cams-webagent.conf': noCluster('enable=false'),
      }),
    ).toEqual([]);
  });
});
