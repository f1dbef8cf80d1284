/**
 * The typed XML tree the XML reader (parse/xml.ts) builds, and helpers to walk it. Kept apart from the reader
 * so that models and rules can use the tree without loading the XML parser, which only runs that read XML.
 */
import type { SourceComment, SourceFile, SourceProblem } from './source.js';

export interface XmlAttribute {
  readonly name: string;
  /** The value with entity and character references resolved. */
  readonly value: string;
  /** Span from the name to the closing quote. */
  readonly start: number;
  readonly end: number;
  /** Span of the value between the quotes. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface XmlElement {
  readonly source: SourceFile;
  readonly name: string;
  /** Span of the start tag, from `<` to `>`. */
  readonly start: number;
  readonly end: number;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Character data directly inside the element, concatenated. */
  readonly text: string;
}

export type XmlProblemId = 'malformed' | 'dtdEntities' | 'tooDeep' | 'attributeTooLong';

export type XmlProblem = SourceProblem<XmlProblemId>;

/** An `<!-- … -->` comment. */
export type XmlComment = SourceComment;

export interface XmlDocument {
  readonly source: SourceFile;
  readonly comments: readonly XmlComment[];
  /** Absent when the file is not well-formed. */
  readonly root: XmlElement | undefined;
  readonly problems: readonly XmlProblem[];
}

export function attributeOf(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((attribute) => attribute.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  // Copied to an array of exactly their number: models keep these lists (three per permission of a policy),
  // and an array built up by filter (or push) keeps room for 17 entries from its first one.
  return element.children.filter((child) => child.name === name).slice();
}

/** Every element named `name` below `element`, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  // Depth-first, in document order, pushing into one list (no array per level: policies hold 200,000 elements),
  // with an explicit stack rather than recursion.
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [...element.children].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.name === name) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as XmlElement);
  }
  return found;
}
