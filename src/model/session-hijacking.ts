/**
 * Session hijacking protection across a Cams cluster (seed: web agent errors 5304, 5305 and 5306). Every agent
 * of a cluster must agree on cams.session.hijacking.protection.enable, .algorithm and .salt; this module reads
 * the enable setting and decides which agents deviate in one place, so the three fleet rules judge protection
 * the same way.
 */
import { deviations, groupBy, type Cluster, type FleetAgent, type Place } from './fleet.js';

export const ENABLE = 'cams.session.hijacking.protection.enable';
export const ALGORITHM = 'cams.session.hijacking.protection.algorithm';
export const SALT = 'cams.session.hijacking.protection.salt';

export interface HijackingReading {
  readonly agent: FleetAgent;
  readonly enabled: boolean;
  /**
   * How the enable property reads when it is not a plain true or false: absent (`unset`), or a value that is
   * neither word (`invalid`, e.g. `yes`, reported at its line by cams/invalid-boolean). Both are read as off
   * (inferred: the seed documents no default, and a Java agent reading the value with Boolean.parseBoolean sees
   * false for anything but true).
   */
  readonly assumed: 'unset' | 'invalid' | undefined;
  /** The value as written (for `invalid`). */
  readonly text: string;
  /** The enable line, or the start of the file when the property is absent. */
  readonly at: Place;
}

/** The Cams agents of a cluster with their protection state; empty for a ClearTrust cluster. */
export function hijackingReadings(cluster: Cluster): HijackingReading[] {
  if (cluster.product !== 'cams') return [];
  return cluster.members.map((agent) => {
    const setting = agent.setting(ENABLE);
    if (!setting) return { agent, enabled: false, assumed: 'unset', text: '', at: agent.anchor };
    const word = setting.text.toLowerCase();
    const assumed = word === 'true' || word === 'false' ? undefined : 'invalid';
    return { agent, enabled: word === 'true', assumed, text: setting.text, at: setting.at };
  });
}

/**
 * The agents whose protection state deviates from their cluster, with the agents they deviate from: with a
 * clear majority only the minority (one finding per deviating agent, never one on every healthy agent); on a
 * tie both sides.
 */
export function protectionDeviations(
  cluster: Cluster,
): { readonly enabled: boolean; readonly deviating: readonly HijackingReading[]; readonly agreeing: readonly HijackingReading[] }[] {
  const groups = groupBy(hijackingReadings(cluster), (reading) => String(reading.enabled));
  return deviations(groups).map(({ group, from }) => ({ enabled: (group[0] as HijackingReading).enabled, deviating: group, agreeing: from }));
}

/** How a message says that an agent's protection was read as off without being set to false. */
export function assumedOff(reading: HijackingReading): string {
  if (reading.assumed === 'unset') return ' (enable is not set: read as off)';
  if (reading.assumed === 'invalid') return ` (enable is "${reading.text}", neither true nor false: read as off)`;
  return '';
}

/** One agent of the rules' docs examples: a cams-webagent.conf in directory `name` of cluster Prod. */
export const hijackingExampleAgent = (name: string, ...lines: string[]) =>
  `=== ${name}/cams-webagent.conf\ncams.cluster.name=Prod\n${lines.map((line) => `cams.session.hijacking.protection.${line}`).join('\n')}\n`;

/** The good example the three rules share: two agents with the same protection. */
export const HIJACKING_GOOD_EXAMPLE =
  hijackingExampleAgent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') + hijackingExampleAgent('b', 'enable=true', 'algorithm=SHA-256', 'salt=s1');
