/** The Microsoft SARIF multitool with GitHub's rules, as the SARIF tests run it. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * A config naming where the team serves the documentation: the only way a report gets an informationUri, which
 * the multitool's SARIF2005 asks for (there is no public site to name by default).
 */
export function documentedConfig(directory: string): string {
  const file = path.join(directory, 'documented.webagent-lint.yaml');
  writeFileSync(file, 'documentationUrl: https://git.example.com/tools/webagent-lint\n');
  return file;
}

/** Every error and warning of `multitool validate --rule-kind Gh;Sarif` on the file, as `rule: message id`. */
export function multitoolProblems(sarifPath: string): string[] {
  // The package's own bin runs the tool through a shell, which splits "Gh;Sarif"; run the binary directly.
  const multitool: string = require('@microsoft/sarif-multitool');
  const validation = `${sarifPath}.validation.sarif`;
  const run = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', validation, sarifPath], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the SARIF multitool failed (${run.status}): ${run.stdout}${run.stderr}`);
  return JSON.parse(readFileSync(validation, 'utf8')).runs[0].results.map(
    (r: { ruleId: string; message: { id?: string; text?: string } }) => `${r.ruleId}: ${r.message.id ?? r.message.text}`,
  );
}
