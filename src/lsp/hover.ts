/**
 * What the language server shows on hover, as Markdown: a property key → its catalog entry (meaning, type,
 * scope, documented default, sources); a log code in a comment or a waiver → the text of `explain <code>`; a
 * Cams resource pattern → the permissions whose patterns compete with it for best match, and which is selected.
 * Pure: the text of the buffer and a position in, Markdown out. Values written in the file are never shown,
 * so no secret can appear (design §3.8); resource patterns and permission descriptions are not secrets.
 */
import { createColors } from 'picocolors';
import { rules } from '../../rules/index.js';
import { explainCode, formatExplanation } from '../explain/code-report.js';
import { namesKindOrField, resolveQueries } from '../explain/lookup.js';
import { logCodes } from '../knowledge/codes.js';
import { camsProperties, cleartrustProperties, type PropertyDefinition } from '../knowledge/properties.js';
import { sources } from '../knowledge/sources.js';
import { isDomainFormat, type FileFormat } from '../engine/units.js';
import { competitors, type Competitor } from '../model/cams-access.js';
import { buildPolicy, type Permission } from '../model/cams-policy.js';
import { SourceFile } from '../parse/source.js';
import type { XmlDocument } from '../parse/xml-tree.js';

/** The XML reader (parse/xml.ts), passed in so that only a server that hovers over XML loads it. */
export type ReadXml = (source: SourceFile) => XmlDocument;

/** A position as LSP gives it: 0-based line, 0-based character in UTF-16 code units (JavaScript's own). */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export function hoverAt(text: string, format: FileFormat, position: TextPosition, readXml?: ReadXml): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines[position.line];
  if (line === undefined) return undefined;
  if (format === 'cams-policy' && readXml) {
    const pattern = patternHover(text, position, readXml);
    if (pattern !== undefined) return pattern;
  }
  const word = wordAt(line, position.character);
  if (word === undefined) return undefined;
  if (isDomainFormat(format)) {
    const offset = new SourceFile('', text).offsetOfLine(position.line + 1) + word.start;
    return insideXmlComment(text, offset) ? codeHover(line, word) : undefined;
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

// Competitors listed in a hover at most: a pattern that matches every URL competes with every other one.
const MAX_COMPETITORS = 20;

/** On the `id` of a permission's only resource pattern, when the pattern is well formed. */
function patternHover(text: string, position: TextPosition, readXml: ReadXml): string | undefined {
  // The policy is read as the linter reads it, without a byte-order mark the buffer may still hold.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = new SourceFile('access-control-policy.xml', text.slice(bom));
  const offset = source.offsetOfLine(position.line + 1) + position.character - (position.line === 0 ? bom : 0);
  const { root } = readXml(source);
  if (!root) return undefined;
  const policy = buildPolicy(root);
  const permission = policy.permissions.find(({ pattern }) => pattern !== undefined && pattern.attribute.start <= offset && offset < pattern.attribute.end);
  if (!permission?.pattern?.result.ok) return undefined;
  const found = competitors(policy, permission);
  const lines = [`**Resource pattern** \`${permission.pattern.attribute.value}\` (line ${lineOf(permission)}, permission ${permission.label})`, ''];
  if (found.length === 0) lines.push("No other permission's pattern competes with it for best match.");
  else {
    lines.push('Competes for best match with:');
    for (const competitor of found.slice(0, MAX_COMPETITORS)) lines.push(`- ${competitorLine(competitor)}`);
    if (found.length > MAX_COMPETITORS) lines.push(`- … and ${found.length - MAX_COMPETITORS} more`);
  }
  lines.push(
    '',
    'Best match as webagent-lint reads the Cams documentation: among the permissions whose pattern matches the URL and whose ' +
      'actions allow the method, the one with the most literal characters in its path, then its host, port and scheme; ' +
      'on a tie, the one earlier in the file.',
  );
  return lines.join('\n');
}

const RELATIONS: Readonly<Record<Competitor['relation'], string>> = {
  covers: 'it matches every URL this pattern matches',
  covered: 'this pattern matches every URL it matches',
  overlaps: 'some URLs match both',
};

function competitorLine({ permission, relation, methods, wins }: Competitor): string {
  const pattern = permission.pattern?.attribute.value ?? '';
  const forMethods = methods === undefined ? '' : ` for ${methods.join(', ')}`;
  const selected = wins ? 'it is selected there' : 'this permission is selected there';
  return `\`${pattern}\` (line ${lineOf(permission)}, permission ${permission.label}): ${RELATIONS[relation]}${forMethods}; ${selected}`;
}

function lineOf(permission: Permission): number {
  const at = permission.pattern?.attribute.start ?? permission.element.start;
  return permission.element.source.positionAt(at).line;
}
