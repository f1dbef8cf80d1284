/**
 * The predict command end to end: the lint pipeline of run.ts reads the agents (discovery, reading, every
 * rule) and hands back what the prediction needs of each pool; the model predicts each pool with the `--set`
 * overrides, and each finding's remedy; the report goes out. Exit code 0, or 2 when the run itself failed.
 */
import { rules } from '../../rules/index.js';
import type { EnvironmentOverride } from '../config/environment.js';
import type { SettingOverride } from '../model/prediction.js';
import { VERSION } from '../platform/meta.js';
import type { PREDICT_FORMATS } from '../report/formats.js';
import { formatPredictionJson, formatPredictionText, predictRun } from '../report/prediction.js';
import { formatPredictionHtml } from '../report/prediction-html.js';
import { lintPaths, refuseToOverwrite, useColor, writeReport, type InputOptions, type Io } from './run.js';

/** A `--set <key>=<value>`, checked: a pool setting for every pool read, or an environment value. */
export type SetOption = ({ readonly kind: 'setting' } & SettingOverride) | ({ readonly kind: 'environment' } & EnvironmentOverride);

export interface PredictOptions extends InputOptions {
  readonly format: (typeof PREDICT_FORMATS)[number];
  readonly output?: string;
  readonly color: boolean;
  readonly set: readonly SetOption[];
}

export async function runPredict(options: PredictOptions, io: Io): Promise<number> {
  const overrides = options.set.flatMap((set) => (set.kind === 'setting' ? [{ name: set.name, text: set.text }] : []));
  const environmentOverrides = [
    ...(options.environmentOverrides ?? []),
    ...options.set.flatMap((set) => (set.kind === 'environment' ? [{ key: set.key, value: set.value }] : [])),
  ];
  const run = await lintPaths({ ...options, environmentOverrides }, io, { poolInputs: true });
  if (run === 'invalid') return 2;
  if (options.output !== undefined) refuseToOverwrite([options.output], run.inputs, io);
  const predicted = predictRun(run.cleartrustAgents, run.pools, run.findings, rules, run.environment, overrides);
  const tool = { name: 'webagent-lint', version: VERSION } as const;
  const text =
    options.format === 'json'
      ? formatPredictionJson(predicted, tool, run.environment)
      : options.format === 'html'
        ? formatPredictionHtml(predicted, tool)
        : formatPredictionText(predicted, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  return run.problems > 0 ? 2 : 0;
}
