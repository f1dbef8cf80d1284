/** The tool's identity, single-sourced from package.json. */
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'webagent-lint';
export const VERSION: string = pkg.version;
