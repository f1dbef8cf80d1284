import { defineRule } from '../../src/engine/rule-api.js';
import type { XmlProblemId } from '../../src/parse/xml-tree.js';

export default defineRule<XmlProblemId | 'unexpectedRoot' | 'encodingMismatch'>({
  id: 'cams/xml-syntax',
  title: 'Require the security domain files to be well-formed XML without DTD entities',
  severity: 'error',
  scope: 'input',
  predicts: [],
  docs: {
    why:
      'The policy server reads access-control-policy.xml, login-config.xml and security-domain.xml as XML; a file ' +
      'that is not well-formed cannot be loaded, and the rules of this linter cannot check it either. Entities ' +
      'declared in a DOCTYPE are refused: webagent-lint never reads a file or URL named in a document and never ' +
      'expands entities (which is how entity bombs and external-entity attacks work). Elements nested more than ' +
      '1,000 levels deep and attribute values longer than 1 MiB are refused as well: no real file comes near, and ' +
      'they are how a file is made to exhaust a reader. The root element must be ' +
      'the one the file name stands for. Two checks rest on an assumption, since the Cams guide does not name the ' +
      "policy server's XML parser: that it is namespace-aware (a name whose prefix is not declared is refused) and " +
      'that it follows the encoding of the XML declaration (a declaration that does not describe the bytes makes it ' +
      'refuse the file or read other characters).',
    fix: 'Correct the XML at the reported position; write the text of entities out instead of declaring them; declare every namespace prefix; make the declared encoding the one the file is saved in (UTF-8).',
    bad: '=== access-control-policy.xml\n<access-control-policy>\n  <acr-lib>\n</access-control-policy>',
    good: '=== access-control-policy.xml\n<access-control-policy>\n  <acr-lib/>\n</access-control-policy>',
    sources: ['CAMS-ACPTR32', 'CAMS-LCTR32', 'CAMS-SDTR32'],
    confidence: 'documented',
  },
  messages: {
    malformed: 'Not well-formed XML: {reason}.',
    dtdEntities: 'DTD entities not supported: the DOCTYPE declares entities; they are neither read nor expanded, and the file was not linted.',
    tooDeep: 'Elements are nested more than {limit} levels deep; the file was not linted.',
    attributeTooLong: 'The value of attribute {name} is {length} characters long, more than the {limit} this linter reads; the file was not linted.',
    unexpectedRoot: 'The root element is <{found}>; this file must hold <{expected}>.',
    encodingMismatch: 'The XML declaration names encoding {declared}, but {detail}.',
  },
});
