/**
 * Everything one run looks at: the agents found under the given paths and the problems the readers met.
 */
import type { Diagnostic } from '../engine/rule-api.js';
import type { ClearTrustAgent } from './cleartrust.js';

export type Agent = ClearTrustAgent;

export interface Workspace {
  readonly agents: readonly Agent[];
  /** Reader problems: syntax errors, unreadable or undecodable files. */
  readonly diagnostics: readonly Diagnostic[];
  /** Number of configuration files read (including those that failed to parse). */
  readonly fileCount: number;
}
