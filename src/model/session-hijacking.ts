/**
 * Session hijacking protection across a Cams cluster (seed: web agent errors 5304, 5305 and 5306). Every agent
 * of a cluster must agree on cams.session.hijacking.protection.enable, .algorithm and .salt; this module reads
 * the enable setting in one place so the three fleet rules judge protection the same way.
 */
import type { Cluster, FleetAgent, Place } from './fleet.js';

export const ENABLE = 'cams.session.hijacking.protection.enable';
export const ALGORITHM = 'cams.session.hijacking.protection.algorithm';
export const SALT = 'cams.session.hijacking.protection.salt';

export interface HijackingReading {
  /** The agent's id (messages name agents by it). */
  readonly id: string;
  readonly agent: FleetAgent;
  /** The enable property was absent (or not a boolean): read as off (inferred — the seed documents no default). */
  readonly unset: boolean;
  readonly enabled: boolean;
  /** The enable line, or the start of the file when the property is absent. */
  readonly at: Place;
}

/**
 * The Cams agents of a cluster with their protection state; empty for a ClearTrust cluster. The documentation
 * writes the words true and false; other spellings are left uninterpreted (as booleanSetting does for a model).
 */
export function hijackingReadings(cluster: Cluster): HijackingReading[] {
  if (cluster.product !== 'cams') return [];
  return cluster.members.map((agent) => {
    const setting = agent.setting(ENABLE);
    const text = setting?.text.toLowerCase();
    const enable = setting && (text === 'true' || text === 'false') ? { setting, value: text === 'true' } : undefined;
    return { id: agent.id, agent, unset: enable === undefined, enabled: enable?.value === true, at: enable ? enable.setting.at : { path: agent.path, start: 0, end: 0 } };
  });
}

/** The docs of the three session hijacking rules share their remedy and examples (one cluster, three agents). */
export const HIJACKING_FIX = 'Give every agent of the cluster the same cams.session.hijacking.protection.enable, .algorithm and .salt.';

const agent = (name: string, ...lines: string[]) =>
  `=== ${name}/cams-webagent.conf\ncams.cluster.name=Prod\n${lines.map((line) => `cams.session.hijacking.protection.${line}`).join('\n')}\n`;

export const HIJACKING_EXAMPLES = {
  bad: agent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') + agent('b', 'enable=true', 'algorithm=SHA-256', 'salt=s2') + agent('c', 'enable=false'),
  good: agent('a', 'enable=true', 'algorithm=SHA-256', 'salt=s1') + agent('b', 'enable=true', 'algorithm=SHA-256', 'salt=s1'),
} as const;
