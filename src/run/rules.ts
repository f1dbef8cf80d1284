/** `webagent-lint rules`: the rule list, with the severities the config file found from here (or --config) gives them. */
import { rules } from '../../rules/index.js';
import { formatRuleList } from '../report/rule-list.js';
import { loadConfig, type Io } from './run.js';

export interface RuleListOptions {
  readonly format: 'text' | 'json';
  readonly config?: string;
}

export async function runRuleList(options: RuleListOptions, io: Io): Promise<number> {
  const config = await loadConfig(options.config, io);
  if (config === 'invalid') return 2;
  io.stdout(formatRuleList(rules, options.format, config));
  return 0;
}
