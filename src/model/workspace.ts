/**
 * Everything one run looks at: the agents found under the given paths and the problems the readers met.
 */
import type { Span } from '../parse/source.js';
import type { CamsAgent, CamsDomain, DomainLink } from './cams.js';
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

/** A problem found by a reader, reported under an input rule (syntax, unreadable file, encoding). */
export interface Diagnostic {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly at: Span;
  readonly agent: string;
}

/** Per Cams agent id: the security domain (its id) it is linked to, and how (or why not). */
export type CamsDomainLinks = ReadonlyMap<string, { readonly domain: string | undefined; readonly link: DomainLink }>;
