/**
 * Strict XML reader for the Cams security domain files, built on saxes (deps.md §4) into a small tree with
 * UTF-16 offsets for every element and attribute.
 *
 * saxes reports `position` as a UTF-16 offset just after what it has read (its `column` counts code points
 * and is not used). Element starts are found by scanning back to `<name`, attributes by scanning back from
 * the closing quote (the attribute event fires at the end of the attribute).
 *
 * Safety: saxes never reads a file or URL and does not expand entities declared in a DTD. A DOCTYPE that
 * declares entities is refused as soon as it has been read ("DTD entities not supported"), so neither an
 * external entity nor an entity bomb gets further. The first error ends the parse: a malformed file is one
 * problem at its position and has no tree, so no rule sees a half-read file.
 *
 * Bounds: elements nested deeper than MAX_DEPTH and attribute values longer than MAX_ATTRIBUTE_LENGTH are
 * refused like a syntax error. No real security domain file comes near either, and the depth bound is what
 * keeps the recursive code over the tree (ACR expressions, their evaluation) safe from a stack overflow.
 * Everything else here is linear in the file: comments, CDATA and processing instructions are found by
 * scanning forward once, so thousands of unclosed `<!--` cost no more than one.
 */
import { SaxesParser } from 'saxes';
import { isWaiverComment } from './waivers.js';
import type { SourceFile } from './source.js';
import type { XmlAttribute, XmlComment, XmlDocument, XmlElement, XmlProblem, XmlProblemId } from './xml-tree.js';

/**
 * An element as it is read: the object handed out as XmlElement once its end tag is read (one object per
 * element, not a draft and a copy). Its attributes are set when its start tag ends, its children when its
 * end tag is read, each as an array of exactly their number (see `closed` in parseXml).
 */
interface OpenElement {
  readonly source: SourceFile;
  readonly name: string;
  readonly start: number;
  end: number;
  attributes: readonly XmlAttribute[];
  children: readonly XmlElement[];
  text: string;
}

/** The attributes or children of every element that has none (most elements of a large policy are leaves). */
const NONE: readonly never[] = [];

/** Deepest element nesting read; deeper is a problem (real files nest a dozen levels at most). */
export const MAX_DEPTH = 1000;
/** Longest attribute value read, in UTF-16 code units; longer is a problem (real values are a line or two). */
export const MAX_ATTRIBUTE_LENGTH = 1024 * 1024;

/** Thrown from a saxes handler to stop at the first problem. */
class Stop extends Error {}

/** Longest text interned (see addText). */
const SHORT_TEXT = 32;

/** How saxes starts the message of a well-formedness error it throws (with `position`, its line and column). */
const SAXES_ERROR = /^\d+:\d+: /;

export function parseXml(source: SourceFile): XmlDocument {
  const { text, comments } = readComments(source);
  const parser = new SaxesParser({ position: true });
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let problem: XmlProblem | undefined;
  let pending: OpenElement | undefined;
  const pendingAttributes: XmlAttribute[] = [];
  /**
   * Elements read whose parent is still open, in document order, and for each open element where its own
   * children begin in that list. Each element's children are copied out of it when it closes: an array grown
   * by push per element would keep room for 17 entries, a large part of a large policy's memory.
   */
  const closed: XmlElement[] = [];
  const childrenFrom: number[] = [];
  /**
   * The start tag each attribute name was last seen in, to find a repetition without a search per attribute
   * and without a set per start tag (a policy has hundreds of thousands of them).
   */
  const seenInTag = new Map<string, number>();
  let tagNumber = 0;
  /**
   * Namespace prefixes declared by each open element (undefined: none of its own), innermost last: a prefix
   * used in a name must be declared on the element or an ancestor (Namespaces in XML §5).
   */
  const prefixScopes: (ReadonlySet<string> | undefined)[] = [];
  /**
   * One string per distinct element and attribute name (and short text, see addText): saxes hands out a new
   * string for every name read, and the tree keeps over a million of them for a large policy.
   */
  const names = new Map<string, string>();
  const intern = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };

  const located = (messageId: XmlProblemId, data: Record<string, string>, start: number, end: number): XmlProblem => {
    const from = outsideLineBreak(Math.min(Math.max(start, 0), text.length));
    return { messageId, data, start: from, end: outsideLineBreak(Math.min(Math.max(end, from), text.length)) };
  };
  const stop = (messageId: XmlProblemId, data: Record<string, string>, start: number, end: number): never => {
    problem = located(messageId, data, start, end);
    throw new Stop();
  };

  parser.on('doctype', (body) => {
    if (!/<!ENTITY/i.test(body)) return;
    const start = text.lastIndexOf('<!DOCTYPE', parser.position);
    stop('dtdEntities', {}, Math.max(start, 0), parser.position);
  });
  parser.on('opentagstart', (tag) => {
    // The event comes after the character that ends the name, so `<name` starts before that character (a
    // search from the position itself would find a child written right after `>`, as in `<a><a>`).
    const start = text.lastIndexOf(`<${tag.name}`, parser.position - tag.name.length - 2);
    pending = { source, name: intern(tag.name), start, end: parser.position, attributes: NONE, children: NONE, text: '' };
    tagNumber++;
    if (stack.length >= MAX_DEPTH) stop('tooDeep', { limit: String(MAX_DEPTH) }, start, parser.position);
  });
  parser.on('attribute', (attribute) => {
    const name = intern(attribute.name);
    const quoteEnd = parser.position - 1;
    const valueStart = text.lastIndexOf(text.charAt(quoteEnd), quoteEnd - 1) + 1;
    let nameEnd = valueStart - 1;
    while (nameEnd > 0 && isSpaceOrEquals(text.charCodeAt(nameEnd - 1))) nameEnd--;
    const start = nameEnd - name.length;
    if (seenInTag.get(name) === tagNumber) stop('malformed', { reason: `attribute ${name} is repeated` }, start, nameEnd);
    seenInTag.set(name, tagNumber);
    if (quoteEnd - valueStart > MAX_ATTRIBUTE_LENGTH) {
      stop('attributeTooLong', { name, length: String(quoteEnd - valueStart), limit: String(MAX_ATTRIBUTE_LENGTH) }, start, nameEnd);
    }
    pendingAttributes.push({ name, value: attribute.value, start, end: parser.position, valueStart, valueEnd: quoteEnd });
  });
  parser.on('opentag', () => {
    const element = pending as OpenElement;
    element.end = parser.position;
    checkPrefixes(element.name, element.start, element.end);
    if (pendingAttributes.length > 0) {
      element.attributes = pendingAttributes.slice();
      pendingAttributes.length = 0;
    }
    pending = undefined;
    stack.push(element);
    childrenFrom.push(closed.length);
  });
  parser.on('text', (data) => addText(data));
  parser.on('cdata', (data) => addText(data));
  parser.on('closetag', () => {
    const element = stack.pop() as OpenElement;
    const from = childrenFrom.pop() as number;
    if (closed.length > from) {
      element.children = closed.slice(from);
      closed.length = from;
    }
    prefixScopes.pop();
    if (stack.length === 0) root = element;
    else closed.push(element);
  });

  /**
   * The policy server is assumed to read these files with a namespace-aware parser (inferred: the Cams guide
   * names no parser, and Java's DOM and SAX parsers are namespace-aware where set up for schemas), which refuses
   * a name whose prefix is not declared. Checked only for names with a colon: most files have none.
   */
  function checkPrefixes(name: string, start: number, end: number): void {
    let declared: Set<string> | undefined;
    for (const attribute of pendingAttributes) {
      if (attribute.name.startsWith('xmlns:')) (declared ??= new Set()).add(attribute.name.slice(6));
    }
    prefixScopes.push(declared);
    const undeclared = [name, ...pendingAttributes.map((attribute) => attribute.name)].find((qualified) => {
      const colon = qualified.indexOf(':');
      if (colon === -1) return false;
      const prefix = qualified.slice(0, colon);
      return prefix !== 'xml' && prefix !== 'xmlns' && !prefixScopes.some((scope) => scope?.has(prefix));
    });
    if (undeclared !== undefined)
      stop('malformed', { reason: `the namespace prefix of ${undeclared} is not declared (a namespace-aware parser refuses it)` }, start, end);
  }

  /**
   * Character data of the open element. Short text is interned: in a policy it is nearly always the
   * indentation between elements, the same few strings hundreds of thousands of times over.
   */
  function addText(data: string): void {
    const top = stack[stack.length - 1];
    if (!top) return;
    const joined = top.text + (data.length <= SHORT_TEXT ? intern(data) : data);
    top.text = joined.length <= SHORT_TEXT ? intern(joined) : joined;
  }

  /** An offset between the CR and the LF of a line break is moved to the CR: no position lies inside a break. */
  function outsideLineBreak(offset: number): number {
    return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
  }

  // No 'error' handler: saxes then throws its error where it would have called the handler. The handler would
  // be the eighth on the parser object, which turns it into a slow dictionary-mode object (each property read
  // in saxes's loop a hash lookup: four times slower on a large policy).
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) {
      // `problem` is set
    } else if (error instanceof Error && SAXES_ERROR.test(error.message)) {
      problem = malformed(error.message);
    } else {
      throw error;
    }
  }
  return problem ? { source, comments, root: undefined, problems: [problem] } : { source, comments, root, problems: [] };

  function malformed(message: string): XmlProblem {
    const bare = bareAmpersandBefore(text, parser.position);
    if (bare !== undefined) return located('malformed', { reason: 'a bare & must be written &amp;' }, bare, bare + 1);
    const reason = message.replace(SAXES_ERROR, '').replace(/\.$/, '');
    const [start, end] = errorSpan(reason);
    return located('malformed', { reason }, start, end);
  }

  /**
   * Where to point for a saxes error: an unclosed element at its start tag, a misplaced tag at its `<`, a
   * bad reference at its `&`, anything else at the character saxes was reading.
   */
  function errorSpan(reason: string): [number, number] {
    const position = parser.position;
    const unclosed = stack[stack.length - 1];
    if (/^unclosed tag/.test(reason) && unclosed) return [unclosed.start, unclosed.end];
    const at = Math.max(0, Math.min(position, text.length) - 1);
    const back = (marker: string): [number, number] | undefined => {
      const start = text.lastIndexOf(marker, at);
      return start === -1 ? undefined : [start, Math.max(position, start + 1)];
    };
    if (/close tag|root|text data outside/.test(reason)) return back('<') ?? [at, at + 1];
    if (/entity|character reference/.test(reason)) return back('&') ?? [at, at + 1];
    return [at, Math.min(at + 1, text.length)];
  }
}

/**
 * The comments of the file, and the text to give saxes. A waiver comment (design §3.7) separates its reason
 * with ` -- `, which XML does not allow inside a comment; in those comments `--` is replaced by two spaces
 * (same length, so every offset stays exact) before parsing. An unclosed `<!--` ends the search: no later
 * comment can close, and searching on from each of many unclosed ones would be quadratic.
 */
function readComments(source: SourceFile): { text: string; comments: XmlComment[] } {
  const comments: XmlComment[] = [];
  const text = source.text;
  const parts: string[] = [];
  let copied = 0;
  for (let start = text.indexOf('<!--'); start !== -1; start = text.indexOf('<!--', start)) {
    const close = text.indexOf('-->', start + 4);
    if (close === -1) break;
    const end = close + 3;
    const body = text.slice(start + 4, close);
    comments.push({ start, end, text: body.trim(), line: source.positionAt(end - 1).line });
    if (isWaiverComment(body)) {
      parts.push(text.slice(copied, start + 4), body.replace(/--/g, '  '));
      copied = close;
    }
    start = end;
  }
  return { text: parts.length === 0 ? text : parts.join('') + text.slice(copied), comments };
}

/** XML white space or `=`: what may stand between an attribute's name and its opening quote. */
function isSpaceOrEquals(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 61;
}

/** What may hide an `&` from the reader, and how each ends. */
const SKIPPED_SECTIONS: readonly (readonly [open: string, close: string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];
const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;

/**
 * saxes reads a bare `&` as the start of a reference and fails later ("unexpected end", "unclosed tag"), so
 * the first bare `&` before the failure, outside comments, CDATA and processing instructions, is the real spot.
 * One forward scan: a section that never closes hides everything after it.
 */
function bareAmpersandBefore(text: string, position: number): number | undefined {
  for (let i = 0; i < position; i++) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) {
      REFERENCE.lastIndex = i;
      if (!REFERENCE.test(text)) return i;
    } else if (c === 60 /* < */) {
      const section = SKIPPED_SECTIONS.find(([open]) => text.startsWith(open, i));
      if (section) {
        const close = text.indexOf(section[1], i + section[0].length);
        if (close === -1 || close + section[1].length > position) return undefined;
        i = close + section[1].length - 1;
      }
    }
  }
  return undefined;
}
