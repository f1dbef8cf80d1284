/**
 * What the language server shows on hover, as Markdown: a property key → its catalog entry (meaning, type,
 * scope, documented default, sources); a log code in a comment or a waiver → the text of `explain <code>`.
 * Pure: the text of the buffer and a position in, Markdown out. Values written in the file are never shown,
 * so no secret can appear (design §3.8).
 */
import { createColors } from 'picocolors';
import { rules } from '../../rules/index.js';
import { explainCode, formatExplanation } from '../explain/code-report.js';
import { namesKindOrField, resolveQueries } from '../explain/lookup.js';
import { logCodes } from '../knowledge/codes.js';
import { camsProperties, cleartrustProperties, type PropertyDefinition } from '../knowledge/properties.js';
import { sources } from '../knowledge/sources.js';
import { isDomainFormat, type FileFormat } from '../engine/units.js';

/** A position as LSP gives it: 0-based line, 0-based character in UTF-16 code units (JavaScript's own). */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export function hoverAt(text: string, format: FileFormat, position: TextPosition): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines[position.line];
  if (line === undefined) return undefined;
  const word = wordAt(line, position.character);
  if (word === undefined) return undefined;
  if (isDomainFormat(format)) {
    const offset = lines.slice(0, position.line).reduce((sum, l) => sum + l.length + 1, 0) + word.start;
    return insideXmlComment(text.replace(/\r\n?/g, '\n'), offset) ? codeHover(line, word) : undefined;
  }
  const comment = format === 'cams-conf' ? /^\s*[#!]/ : /^\s*#/;
  if (comment.test(line)) return codeHover(line, word);
  const key = (format === 'cams-conf' ? /^\s*([^\s=:]+)/ : /^\s*([^\s=]+)/).exec(line);
  // Only the key itself: hovering the value (which may be a secret) shows nothing.
  if (!key || position.character > key[0].length || position.character < key[0].length - (key[1] as string).length) return undefined;
  const catalog = format === 'cams-conf' ? camsProperties : cleartrustProperties;
  const definition = catalog.get(key[1] as string);
  return definition ? propertyHover(definition, format === 'cams-conf' ? 'agent setting' : SCOPE_LABELS[definition.scope]) : undefined;
}

interface Word {
  readonly text: string;
  readonly start: number;
}

/** The run of identifier characters (those of property names and log codes) the position is in or touches. */
function wordAt(line: string, character: number): Word | undefined {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\w.-]/.test(c);
  let start = Math.min(character, line.length);
  let end = start;
  while (isWordChar(line[start - 1])) start--;
  while (isWordChar(line[end])) end++;
  // A sentence's full stop or a dash around the word is not part of a code.
  const text = line.slice(start, end).replace(/^[.-]+/, '');
  const trimmed = text.replace(/[.-]+$/, '');
  if (trimmed === '') return undefined;
  return { text: trimmed, start: end - text.length };
}

function insideXmlComment(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<!--', offset);
  return open >= 0 && text.lastIndexOf('-->', offset) < open && text.indexOf('-->', open) !== -1;
}

/**
 * The log code the word names, read as `explain` reads its arguments: the words before it on the line may
 * qualify a number (`access reason 13`, `web agent error 5005`). A bare number names a code only as a Cams web
 * agent error, so that every number in a comment does not turn into a status or a reason.
 */
function codeHover(line: string, word: Word): string | undefined {
  const before = line.slice(0, word.start).split(/[\s,:;()"'<>=]+/);
  const query = resolveQueries([...before, word.text], logCodes).at(-1);
  if (!query || query.matches.length === 0) return undefined;
  const qualified = query.text.split(' ').some(namesKindOrField);
  const matches = /^\d+$/.test(word.text) && !qualified ? query.matches.filter((id) => id === `CAMS-${word.text}`) : query.matches;
  if (matches.length === 0) return undefined;
  const plain = createColors(false);
  return matches
    .flatMap((id) => {
      const code = logCodes.get(id);
      return code ? [`\`\`\`text\n${formatExplanation(explainCode(code, rules), plain)}\n\`\`\``] : [];
    })
    .join('\n\n');
}

const SCOPE_LABELS: Readonly<Record<PropertyDefinition['scope'], string>> = {
  agent: 'agent setting (Global or VirtualHost)',
  pool: 'pool setting (Pool block, or Global for the default pool)',
};

function propertyHover(definition: PropertyDefinition, scope: string): string {
  const lines = [`**${definition.name}**`, '', definition.description, ''];
  const field = (label: string, value: string | undefined): void => {
    if (value !== undefined) lines.push(`- ${label}: ${value}`);
  };
  field('type', definition.type);
  field('scope', scope);
  field('default', definition.default !== undefined ? `\`${definition.default}\`` : 'not documented');
  field('typical', definition.typical !== undefined ? `\`${definition.typical}\`` : undefined);
  field('example', definition.example !== undefined ? `\`${definition.example}\`` : undefined);
  if (definition.values) field(definition.valuesComplete === false ? 'values (among others)' : 'values', definition.values.map((v) => `\`${v}\``).join(', '));
  field('knowledge', definition.status);
  lines.push('', 'Sources:');
  for (const key of definition.sources) {
    const source = sources[key];
    lines.push(`- ${key}: ${source ? (source.url ? `[${source.title}](${source.url})` : source.title) : 'unknown source'}`);
  }
  return lines.join('\n');
}
