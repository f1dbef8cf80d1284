import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseXml } from '../../src/parse/xml.js';
import { descendantsNamed, type XmlElement } from '../../src/parse/xml-tree.js';
import { SourceFile } from '../../src/parse/source.js';

function parse(text: string) {
  const source = new SourceFile('access-control-policy.xml', text);
  const document = parseXml(source);
  const at = (offset: number) => {
    const { line, column } = source.positionAt(offset);
    return `${line}:${column}`;
  };
  return { document, at, problems: document.problems.map((p) => ({ messageId: p.messageId, at: at(p.start), ...p.data })) };
}

describe('parseXml', () => {
  it('builds a tree with the positions of elements and attributes (attributes over several lines, UTF-16 columns)', () => {
    const { document, at } = parse('<?xml version="1.0"?>\n<a x="1"\n   yy = \'&#x2A;\'>\n  😀<b k="v"/>text</a>\n');
    const root = document.root as XmlElement;
    expect(root.name).toBe('a');
    expect([at(root.start), at(root.end)]).toEqual(['2:1', '3:18']);
    expect(root.attributes.map((a) => [a.name, a.value, at(a.start), at(a.valueStart), at(a.valueEnd), at(a.end)])).toEqual([
      ['x', '1', '2:4', '2:7', '2:8', '2:9'],
      ['yy', '*', '3:4', '3:10', '3:16', '3:17'],
    ]);
    const b = root.children[0] as XmlElement;
    expect([b.name, at(b.start), at(b.attributes[0]?.start as number)]).toEqual(['b', '4:5', '4:8']);
    expect(root.text).toBe('\n  😀text');
  });

  it('reports a mismatched close tag at its <, and gives no tree', () => {
    const { document, problems } = parse('<a>\n  <b>\n  </c>\n</a>');
    expect(document.root).toBeUndefined();
    expect(problems).toEqual([{ messageId: 'malformed', at: '3:3', reason: 'unexpected close tag' }]);
  });

  it('reports an unclosed element at its start tag', () => {
    expect(parse('<a>\n  <b>\n').problems).toEqual([{ messageId: 'malformed', at: '2:3', reason: 'unclosed tag: b' }]);
  });

  it('reports a repeated attribute at the repetition', () => {
    expect(parse('<a x="1"  x="2"/>').problems).toEqual([{ messageId: 'malformed', at: '1:11', reason: 'attribute x is repeated' }]);
  });

  it('reports a raw & in an attribute', () => {
    expect(parse('<a x="a & b"/>').problems).toEqual([{ messageId: 'malformed', at: '1:9', reason: 'a bare & must be written &amp;' }]);
    expect(parse('<a>\n <!-- a & b --> x & y</a>').problems).toEqual([{ messageId: 'malformed', at: '2:19', reason: 'a bare & must be written &amp;' }]);
  });

  it('refuses a DOCTYPE that declares an external entity, without reading it', () => {
    const { problems } = parse('<?xml version="1.0"?>\n<!DOCTYPE a [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<a>&x;</a>');
    expect(problems).toEqual([{ messageId: 'dtdEntities', at: '2:1' }]);
  });

  // Bounded by the timeout, not a wall-clock assertion (issue 7): an expanding parser would run for hours.
  it('rejects a billion-laughs document without expanding it', () => {
    const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">', `<!ENTITY lol1 "${'&lol;'.repeat(10)}">`];
    for (let i = 2; i < 10; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    lines.push(']>', '<lolz>&lol9;</lolz>');
    const { problems } = parse(lines.join('\n'));
    expect(problems).toEqual([{ messageId: 'dtdEntities', at: '2:1' }]);
  });

  it('reports an undefined entity at its &', () => {
    expect(parse('<a>\n  x &nope; y</a>').problems).toEqual([{ messageId: 'malformed', at: '2:5', reason: 'undefined entity' }]);
  });

  it('starts an element at its own < when a child of the same name follows right after its >', () => {
    // Found by fuzzing: the start was searched back from just after `>`, which found the child's `<a`.
    const { document, at } = parse('<a><a></a></a>');
    const root = document.root as XmlElement;
    expect([at(root.start), at(root.end), at((root.children[0] as XmlElement).start)]).toEqual(['1:1', '1:4', '1:4']);
  });

  it('refuses nesting deeper than MAX_DEPTH at the first element too deep, without a stack overflow', () => {
    const { problems } = parse('<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    expect(problems).toEqual([{ messageId: 'tooDeep', at: `1:${3 * MAX_DEPTH + 1}`, limit: String(MAX_DEPTH) }]);
  });

  it('reads nesting at MAX_DEPTH, and lists its descendants without recursion', () => {
    const { document } = parse('<a>'.repeat(MAX_DEPTH) + '</a>'.repeat(MAX_DEPTH));
    expect(descendantsNamed(document.root as XmlElement, 'a')).toHaveLength(MAX_DEPTH - 1);
  });

  // No wall-clock assertion (issue 7): the inputs are large enough that the quadratic versions ran far past this
  // test's timeout, while the linear ones take milliseconds.
  it('reads 120,000 attributes, 120,000 unclosed comments or CDATA sections in linear time', () => {
    // Each was quadratic: a search of the earlier attributes per attribute, a regular expression that searched
    // on to the end of the file from every unclosed `<!--` or `<![CDATA[` (7 to 11 seconds each for 40,000).
    expect(parse(`<a ${Array.from({ length: 120_000 }, (_, i) => `a${i}=""`).join(' ')}/>`).problems).toEqual([]);
    expect(parse(`<a>${'<!--'.repeat(120_000)}</a>`).problems).toEqual([{ messageId: 'malformed', at: '1:12', reason: 'malformed comment' }]);
    expect(parse(`<a>${'<![CDATA['.repeat(120_000)}&</a>`).problems).toEqual([{ messageId: 'malformed', at: '1:1', reason: 'unclosed tag: a' }]);
  });

  it('keeps every problem inside the file and outside a CRLF (found by fuzzing)', () => {
    expect(parse('').document.problems).toMatchObject([{ start: 0, end: 0 }]);
    expect(parse('\r\n').document.problems).toMatchObject([{ start: 0, end: 2 }]);
  });

  it('reports an empty file and a second root', () => {
    expect(parse('').problems).toMatchObject([{ messageId: 'malformed', at: '1:1' }]);
    expect(parse('<a/>\n<b/>').problems).toEqual([{ messageId: 'malformed', at: '2:1', reason: 'documents may contain only one root' }]);
  });
});

describe('what a namespace-aware parser that follows the XML declaration would refuse (issue 16, item 6)', () => {
  it('a name whose namespace prefix is not declared, on an element or an attribute', () => {
    const element = parseXml(new SourceFile('a.xml', '<access-control-policy>\n  <p:acr-lib/>\n</access-control-policy>\n'));
    expect(element.problems).toEqual([
      {
        messageId: 'malformed',
        data: { reason: 'the namespace prefix of p:acr-lib is not declared (a namespace-aware parser refuses it)' },
        start: 26,
        end: 38,
      },
    ]);
    const attribute = parseXml(new SourceFile('a.xml', '<access-control-policy x:id="1"/>\n'));
    expect(attribute.problems.map((p) => p.data['reason'])).toEqual(['the namespace prefix of x:id is not declared (a namespace-aware parser refuses it)']);
  });

  it('declared prefixes, xml: and xmlns: are accepted, in scope only', () => {
    expect(parseXml(new SourceFile('a.xml', '<a xmlns:p="urn:x" xml:lang="en"><p:b p:c="1"/></a>\n')).problems).toEqual([]);
    expect(parseXml(new SourceFile('a.xml', '<a><b xmlns:p="urn:x"/><p:c/></a>\n')).problems.map((p) => p.data['reason'])).toEqual([
      'the namespace prefix of p:c is not declared (a namespace-aware parser refuses it)',
    ]);
  });
});
