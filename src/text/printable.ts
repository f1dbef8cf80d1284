/**
 * Text from the files being linted, made safe to print: a configuration comes from anyone who can open a pull
 * request, and its values end up in messages on a terminal or in a CI log.
 */

/**
 * Control characters that would move the cursor, colour or rewrite a terminal line (C0 except tab, DEL, C1),
 * break a line (U+2028, U+2029) or reorder the text shown (bidirectional overrides and isolates, "Trojan
 * Source"): each is written as a visible `\uXXXX` escape instead.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
