/**
 * Everything one run looks at: the agents found under the given paths and the problems the readers met.
 */
import type { Diagnostic } from '../engine/rule-api.js';
import type { Span } from '../source.js';
import type { CamsAgent, CamsDomain } from './cams.js';
import type { ClearTrustAgent } from './cleartrust.js';

export type Agent = ClearTrustAgent | CamsAgent;

export interface Workspace {
  readonly agents: readonly Agent[];
  /** Cams security domains (a directory with access-control-policy.xml and login-config.xml). */
  readonly domains: readonly CamsDomain[];
  /** Reader problems: syntax errors, unreadable or undecodable files. */
  readonly diagnostics: readonly Diagnostic[];
  /** Comments that may hold a waiver (design §3.7): text after the comment marker. */
  readonly waiverComments: readonly WaiverComment[];
  /** Number of configuration files read (including those that failed to parse). */
  readonly fileCount: number;
}

export interface WaiverComment {
  readonly at: Span;
  readonly line: number;
  readonly agent: string;
  readonly text: string;
}
