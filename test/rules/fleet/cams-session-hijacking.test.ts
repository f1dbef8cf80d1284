/** The three session hijacking rules (seed 5304, 5305, 5306) judged together on the same clusters. */
import { describe, expect, it } from 'vitest';
import off from '../../../rules/fleet/cams-hijacking-protection-off.js';
import onAlone from '../../../rules/fleet/cams-hijacking-protection-on-alone.js';
import settingsDiffer from '../../../rules/fleet/cams-hijacking-settings-differ.js';
import { lintFiles } from '../../helpers/lint.js';

const agent = (cluster: string, ...lines: string[]) => `cams.cluster.name=${cluster}\n${lines.map((l) => `cams.session.hijacking.protection.${l}`).join('\n')}\n`;
const findings = (files: Record<string, string>) =>
  lintFiles(files, { only: [off, onAlone, settingsDiffer] })
    .filter((f) => f.ruleId.startsWith('fleet/'))
    .map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()} ${f.message}`);

describe('session hijacking protection across a Cams cluster', () => {
  it('A on (s1), B on (s2), C off: A and B get 5304 and 5306, C gets 5305, each at its own line', () => {
    expect(
      findings({
        'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s1'),
        'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s2'),
        'c/cams-webagent.conf': agent('Prod', 'enable=false'),
      }),
    ).toEqual([
      'a:2:1 CAMS-5306 Session hijacking protection is on here but off for 1 other agent(s) of Cams cluster Prod (c).',
      'a:4:40 CAMS-5304 cams.session.hijacking.protection.salt differs from 1 other protected agent(s) of Cams cluster Prod (b).',
      'b:2:1 CAMS-5306 Session hijacking protection is on here but off for 1 other agent(s) of Cams cluster Prod (c).',
      'b:4:40 CAMS-5304 cams.session.hijacking.protection.salt differs from 1 other protected agent(s) of Cams cluster Prod (a).',
      'c:2:1 CAMS-5305 Session hijacking protection is off here but on for 2 other agent(s) of Cams cluster Prod (a, b).',
    ]);
  });

  it('an absent enable property is read as off, and said so; the algorithm is named, the salt never', () => {
    const result = findings({
      'a/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=CANARY-s1'),
      'b/cams-webagent.conf': agent('Prod', 'enable=true', 'algorithm=MD5', 'salt=CANARY-s1'),
      'c/cams-webagent.conf': agent('Prod'),
    });
    expect(result).toContain('c:1:1 CAMS-5305 Session hijacking protection is off here (not set: read as off) but on for 2 other agent(s) of Cams cluster Prod (a, b).');
    expect(result).toContain('b:3:45 CAMS-5304 cams.session.hijacking.protection.algorithm differs from 1 other protected agent(s) of Cams cluster Prod (a): MD5 here.');
    expect(result.join('\n')).not.toContain('CANARY');
  });

  it('identical settings, or different clusters: no finding', () => {
    const same = agent('Prod', 'enable=true', 'algorithm=SHA-256', 'salt=s');
    expect(findings({ 'a/cams-webagent.conf': same, 'b/cams-webagent.conf': same, 'c/cams-webagent.conf': same })).toEqual([]);
    expect(findings({ 'a/cams-webagent.conf': same, 'b/cams-webagent.conf': agent('Other', 'enable=false') })).toEqual([]);
  });
});
