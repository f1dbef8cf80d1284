/** The tool's identity, single-sourced from package.json. */
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'webagent-lint';
export const VERSION: string = pkg.version;
/** Where the project lives; rule documentation links are derived from it. */
export const REPOSITORY_URL = 'https://github.com/webagent-lint/webagent-lint';

/** Documentation page of a rule, generated into docs/rules/<id>.md by `npm run docs`. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
