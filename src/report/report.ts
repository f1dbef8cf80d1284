/** What every reporter receives. Reporters are pure: data in, string out. */
import type { Finding } from '../engine/engine.js';

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly agents: number;
  readonly files: number;
}

export interface Report {
  readonly tool: { readonly name: 'webagent-lint'; readonly version: string };
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

export function summarize(findings: readonly Finding[], agents: number, files: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, agents, files };
}
