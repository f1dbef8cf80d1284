/** The report formats and the one function that renders any of them. */
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { Report } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'compact', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** What predict writes. */
export const PREDICT_FORMATS = ['text', 'json', 'html'] as const;

/** What explain writes (html only with --log). */
export const EXPLAIN_FORMATS = ['text', 'json', 'html'] as const;

export function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(format: OutputFormat, report: Report, options: { readonly color: boolean }): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'compact':
      return formatCompact(report);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    case 'html':
      return formatHtml(report);
  }
}
