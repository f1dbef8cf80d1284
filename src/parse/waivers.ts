/**
 * Inline waivers (design contract §3.7): a comment on its own line,
 *   `# webagent-lint-disable-next-line <ruleId>[, <ruleId>…] -- <reason>`   (conf and properties files)
 *   `<!-- webagent-lint-disable-next-line <ruleId> -- <reason> -->`        (XML)
 * waives findings of the named rules that start on the next line. A waiver must give a reason; one without a
 * reason waives nothing and is reported, and so is a waiver that waives nothing.
 */
export type WaiverProblem = 'unknownDirective' | 'noRule';

const PREFIX = 'webagent-lint-';
const DIRECTIVE = 'webagent-lint-disable-next-line';

/** Whether a comment's text (without its markers) is meant for webagent-lint: a waiver, or a mistyped one. */
export function isWaiverComment(text: string): boolean {
  return text.trimStart().startsWith(PREFIX);
}

/**
 * Read a comment's text (without its comment markers). Returns undefined for ordinary comments, a problem for
 * a comment that looks like a directive but is not one, or the waiver's rules and reason.
 */
export function readWaiverComment(text: string): { readonly ruleIds: readonly string[]; readonly reason: string | undefined } | WaiverProblem | undefined {
  if (!isWaiverComment(text)) return undefined;
  const trimmed = text.trim();
  const [directive = ''] = trimmed.split(/\s/, 1);
  if (directive !== DIRECTIVE) return 'unknownDirective';
  const rest = trimmed.slice(DIRECTIVE.length);
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulesText = separator === -1 ? rest : rest.slice(0, separator);
  const reasonText =
    separator === -1
      ? ''
      : rest
          .slice(separator)
          .replace(/^\s*--/, '')
          .trim();
  const ruleIds = rulesText.split(/[\s,]+/).filter((id) => id !== '');
  if (ruleIds.length === 0) return 'noRule';
  return { ruleIds, reason: reasonText === '' ? undefined : reasonText };
}
