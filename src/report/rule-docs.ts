/** A rule's documentation page, rendered from its metadata (docs/rules/<id>.md and SARIF help). */
import { exampleFiles, predictionsOf, type Rule } from '../engine/rule-api.js';
import { logCodes } from '../knowledge/codes.js';
import { sources } from '../knowledge/sources.js';

export function renderRuleMarkdown(rule: Rule): string {
  const lines = [`# ${rule.id}`, '', `**${rule.title}.** Default severity: ${rule.severity}.`, '', '## Why', '', rule.docs.why, ''];
  if (rule.predicts.length > 0) {
    lines.push('## Predicted log codes', '');
    const messageIds = Object.keys(rule.messages);
    for (const id of rule.predicts) {
      const by = messageIds.filter((messageId) => predictionsOf(rule, messageId).includes(id));
      const only = by.length < messageIds.length ? ` (only findings ${by.map((messageId) => messageShape(rule, messageId)).join(' and ')})` : '';
      lines.push(`- \`${id}\`${only}: ${logCodes.get(id)?.meaning ?? ''}`.trimEnd());
    }
    const silent = messageIds.filter((messageId) => predictionsOf(rule, messageId).length === 0);
    if (silent.length > 0) lines.push('', `Findings ${silent.map((messageId) => messageShape(rule, messageId)).join(' and ')} predict no log code.`);
    lines.push('');
  }
  lines.push(
    '## Fix',
    '',
    rule.docs.fix,
    '',
    '## Example',
    '',
    'Reported:',
    '',
    example(rule, rule.docs.bad),
    '',
    'Not reported:',
    '',
    example(rule, rule.docs.good),
    '',
  );
  lines.push('## Source', '');
  if (rule.docs.sources.length === 0) lines.push("webagent-lint's own conventions (this rule checks the linter's input, not vendor behaviour).");
  for (const key of rule.docs.sources) {
    const source = sources[key];
    lines.push(`- ${key}: ${source?.url ? `[${source.title}](${source.url})` : (source?.title ?? '')}`);
  }
  lines.push(
    '',
    `Confidence: **${rule.docs.confidence}** — ${rule.docs.confidence === 'documented' ? 'a vendor source states the behaviour.' : "webagent-lint's reading of the sources; no vendor source states it in these words."}`,
    '',
  );
  const xmlWaiver = rule.id.startsWith('cams/') ? ` (in XML files: \`<!-- webagent-lint-disable-next-line ${rule.id} -- <reason> -->\`)` : '';
  lines.push(`Waive one finding with \`# webagent-lint-disable-next-line ${rule.id} -- <reason>\` on the line above it${xmlWaiver}.`, '');
  return lines.join('\n');
}

/** A message as readers meet it in reports, its placeholders elided: “auth_server_timeout is …, far above …”. */
function messageShape(rule: Rule, messageId: string): string {
  return `“${(rule.messages as Record<string, string>)[messageId]?.replace(/\{\w+\}/g, '…')}”`;
}

/** One fenced block, or one per file (with its name) for an example of several files. */
function example(rule: Rule, text: string): string {
  const files = Object.entries(exampleFiles(rule.id, text));
  if (files.length === 1 && !text.startsWith('=== ')) return fence(text, '');
  return files.map(([name, body]) => `\`${name}\`:\n\n${fence(body, name.endsWith('.xml') ? 'xml' : '')}`).join('\n\n');
}

function fence(text: string, language: string): string {
  return `\`\`\`${language}\n${text}\n\`\`\``;
}
