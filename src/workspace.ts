/**
 * From file contents to a Workspace: decode, parse, report reader problems, build each agent's model.
 * Pure: run.ts reads the bytes and hands them in.
 */
import type { Diagnostic } from './engine/rule-api.js';
import { buildClearTrustAgent } from './model/cleartrust.js';
import type { Agent, WaiverComment, Workspace } from './model/workspace.js';
import { parseClearTrustConf } from './parse/cleartrust-conf.js';
import { decodeText, SourceFile } from './source.js';

export type Product = 'cleartrust' | 'cams';

export interface LoadedFile {
  /** Display path: relative to the working directory, `/` separators. */
  readonly path: string;
  /** Agent identifier (display path of its directory, or of the file itself). */
  readonly agent: string;
  readonly content: { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number };
}

export function buildWorkspace(files: readonly LoadedFile[]): Workspace {
  const agents: Agent[] = [];
  const diagnostics: Diagnostic[] = [];
  const waiverComments: WaiverComment[] = [];
  for (const file of files) {
    if (file.content.kind === 'tooLarge') {
      const { size, limit } = file.content;
      diagnostics.push({ ruleId: 'input/unreadable-file', messageId: 'tooLarge', data: { size, limit }, at: whole(new SourceFile(file.path, '')), agent: file.agent });
      continue;
    }
    const decoded = decodeText(file.content.bytes);
    if (!decoded.ok) {
      diagnostics.push({ ruleId: 'input/unreadable-file', messageId: 'binary', data: { offset: decoded.offset }, at: whole(new SourceFile(file.path, '')), agent: file.agent });
      continue;
    }
    const source = new SourceFile(file.path, decoded.text);
    if (decoded.invalidUtf8At !== undefined) {
      const offset = decoded.invalidUtf8At;
      diagnostics.push({ ruleId: 'input/invalid-encoding', messageId: 'invalidUtf8', at: { source, start: offset, end: offset + 1 }, agent: file.agent });
    }
    const document = parseClearTrustConf(source);
    for (const problem of document.problems) {
      diagnostics.push({
        ruleId: 'cleartrust/syntax-error',
        messageId: problem.messageId,
        data: problem.data,
        at: { source, start: problem.start, end: problem.end },
        agent: file.agent,
      });
    }
    for (const comment of document.comments) {
      if (comment.text.startsWith('webagent-lint-')) {
        waiverComments.push({ at: { source, start: comment.start, end: comment.end }, line: comment.line, agent: file.agent, text: comment.text });
      }
    }
    agents.push(buildClearTrustAgent(file.agent, document));
  }
  return { agents, diagnostics, waiverComments, fileCount: files.length };
}

/** A problem with the file as a whole is reported at its first line. */
function whole(source: SourceFile) {
  return { source, start: 0, end: 0 };
}

/** Recognise a named file by content (design §3.6): ClearTrust keys or block tags versus Cams keys. */
export function detectProduct(text: string): Product | undefined {
  const head = text.slice(0, 64 * 1024);
  if (/^\s*(<\s*(Global|Pool|VirtualHost)\b|cleartrust\.)/im.test(head)) return 'cleartrust';
  if (/^\s*cams\./m.test(head)) return 'cams';
  return undefined;
}
