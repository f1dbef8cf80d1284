/**
 * `webagent-lint lsp --stdio`: the language server. Diagnostics are the lint pipeline's findings (lintInMemory,
 * the config file found as the CLI finds it) over a whole folder: the workspace folder a document belongs to,
 * or the document's own directory when the editor opened it without one. Open buffers win over the files on
 * disk, so the unsaved text is what is linted and fleet rules see every agent of the folder; any change to an
 * agent file re-lints its folder. Hover and the code actions (fixes, suggestions, "fix all", "waive with reason")
 * are pure (src/lsp/).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules } from '../../rules/index.js';
import { resolveEnvironment } from '../config/environment.js';
import { lintInMemory } from '../engine/engine.js';
import { formatOfName, isDomainFormat, needsXmlReader, type LoadedFile } from '../engine/units.js';
import { hoverAt } from '../lsp/hover.js';
import { toDiagnostic, waiverAction } from '../lsp/diagnostics.js';
import { FIX_ALL_KIND, fixActions, fixAllAction, lintedDiagnosticOf, type LintedDiagnostic } from '../lsp/fix-actions.js';
import type { Diagnostic } from 'vscode-languageserver';
import { discover, ownerOf, toDisplayPath, type Candidate } from './discover.js';
import { loadedFromBytes, readCandidate } from './read.js';
import { clusterAssigner, DEFAULT_MAX_FILE_SIZE, loadConfig, parseSize, type Io } from './run.js';

/** Serves the editor on standard input and output until it sends `exit` (the library then ends the process). */
export function runLanguageServer(io: Io): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout);
  const server = createServer(connection, io);
  connection.listen();
  return server.exited;
}

function createServer(connection: Connection, io: Io) {
  const documents = new TextDocuments(TextDocument);
  /** Workspace folders (absolute paths), deepest first so that a document belongs to the innermost one. */
  let folders: string[] = [];
  /** The URIs each folder's last lint published diagnostics for, to clear those that have none now. */
  const published = new Map<string, Set<string>>();
  const dirty = new Set<string>();
  let draining = false;
  const docsLinks = new Map<string, string | undefined>();
  /**
   * Per open document, the diagnostics of its last lint with their findings, and the document version that
   * lint read: a fix's offsets hold for that text only.
   */
  const linted = new Map<string, { readonly version: number; readonly diagnostics: LintedDiagnostic[] }>();

  const log = (message: string): void => connection.console.error(`webagent-lint: ${message.trimEnd()}`);
  const openDocuments = (): Map<string, TextDocument> =>
    new Map(documents.all().flatMap((document) => pathOfUri(document.uri).map((file) => [file, document])));
  const folderOf = (file: string): string => folders.find((folder) => isInside(folder, file)) ?? path.dirname(file);
  const isWorkspaceFolder = (root: string): boolean => folders.includes(root);

  /** Lints are queued by folder and run one at a time: changes that arrive during a lint are merged into the next. */
  const schedule = (root: string): void => {
    dirty.add(root);
    if (draining) return;
    draining = true;
    setImmediate(() => void drain());
  };
  const drain = async (): Promise<void> => {
    for (let root = first(dirty); root !== undefined; root = first(dirty)) {
      dirty.delete(root);
      try {
        await lintFolder(root);
      } catch (error) {
        log(`${root}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    draining = false;
  };

  const lintFolder = async (root: string): Promise<void> => {
    const open = openDocuments();
    const workspace = isWorkspaceFolder(root);
    // A directory the editor opened a file in without a workspace folder is linted only while a file of it is open.
    if (!workspace && ![...open.keys()].some((file) => path.dirname(file) === root)) return publish(root, new Map());
    const folderIo: Io = { ...io, cwd: root, stdout: () => {}, stderr: log };
    const config = await loadConfig(undefined, folderIo);
    if (config === 'invalid') return;
    const resolved = resolveEnvironment({}, config);
    if ('error' in resolved) return log(resolved.error);
    const candidates = workspace ? (await discover([root], root, config)).candidates : siblings(root);
    const files = new Map<string, LoadedFile>();
    /** The version of each open document as it was read for this lint. */
    const versions = new Map<string, number>();
    const problem = (where: string, message: string) => log(`${where}: ${message}`);
    // The unsaved text, read as the CLI reads a file's bytes.
    const load = (candidate: Candidate, buffer: TextDocument): LoadedFile | undefined => {
      versions.set(buffer.uri, buffer.version);
      return loadedFromBytes(candidate, Buffer.from(buffer.getText(), 'utf8'), problem, root);
    };
    const maxFileSize = parseSize(DEFAULT_MAX_FILE_SIZE);
    for (const candidate of candidates) {
      const buffer = open.get(candidate.absolutePath);
      const file = buffer ? load(candidate, buffer) : readCandidate(candidate, maxFileSize, problem, root);
      if (file) files.set(candidate.absolutePath, file);
    }
    // A new file not saved yet; one that exists on disk but was not discovered is ignored by the config file.
    for (const [file, buffer] of open) {
      const format = formatOfName(path.basename(file));
      if (format === undefined || files.has(file) || folderOf(file) !== root || existsSync(file)) continue;
      const loaded = load(candidateOf(root, file, format), buffer);
      if (loaded) files.set(file, loaded);
    }
    const loaded = [...files.values()];
    const readXml = needsXmlReader(loaded) ? (await import('../parse/xml.js')).parseXml : undefined;
    const result = lintInMemory(
      loaded,
      { rules, environment: resolved.environment, severities: config?.severities },
      { readXml, configuredDomains: config?.cams.agentDomains, clusterOf: await clusterAssigner(config, root) },
    );
    for (const failure of result.failures) log(`internal error: rule ${failure.ruleId} failed on ${failure.file}: ${failure.error}`);
    const uriOf = (file: string): string => {
      const absolute = path.resolve(root, file);
      return open.get(absolute)?.uri ?? pathToFileURL(absolute).href;
    };
    const links = { uriOf, docsOf };
    const byUri = new Map<string, LintedDiagnostic[]>([...files.keys()].map((file) => [uriOf(file), []]));
    for (const finding of result.findings) {
      const uri = uriOf(finding.file);
      const list = byUri.get(uri) ?? [];
      list.push({ diagnostic: toDiagnostic(finding, links), finding });
      byUri.set(uri, list);
    }
    for (const [uri, version] of versions) linted.set(uri, { version, diagnostics: byUri.get(uri) ?? [] });
    publish(root, new Map([...byUri].map(([uri, list]) => [uri, list.map(({ diagnostic }) => diagnostic)])));
  };

  const publish = (root: string, diagnostics: ReadonlyMap<string, Diagnostic[]>): void => {
    for (const uri of published.get(root) ?? []) if (!diagnostics.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, list] of diagnostics) void connection.sendDiagnostics({ uri, diagnostics: list });
    published.set(root, new Set(diagnostics.keys()));
  };

  /** The rule's documentation shipped in the package (docs/rules/<id>.md beside dist/), as a file URI. */
  const docsOf = (ruleId: string): string | undefined => {
    if (!docsLinks.has(ruleId)) {
      const file = typeof __dirname === 'string' ? path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`) : undefined;
      docsLinks.set(ruleId, file !== undefined && existsSync(file) ? pathToFileURL(file).href : undefined);
    }
    return docsLinks.get(ruleId);
  };

  const agentFileOf = (uri: string): { readonly file: string; readonly format: NonNullable<ReturnType<typeof formatOfName>> } | undefined => {
    const [file] = pathOfUri(uri);
    const format = file === undefined ? undefined : formatOfName(path.basename(file));
    return file !== undefined && format !== undefined ? { file, format } : undefined;
  };
  const changed = (uri: string): void => {
    const agentFile = agentFileOf(uri);
    if (agentFile) schedule(folderOf(agentFile.file));
  };

  let watchesFiles = false;
  connection.onInitialize((params: InitializeParams) => {
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.flatMap(pathOfUri).sort((a, b) => b.length - a.length);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      },
      serverInfo: { name: 'webagent-lint' },
    };
  });
  connection.onInitialized(() => {
    // Agent files and config files changed outside the editor (a checkout, another tool) re-lint their folder.
    // An editor that cannot watch files for the server shows such changes at the next edit.
    if (watchesFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) });
  });
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) for (const file of pathOfUri(change.uri)) schedule(folderOf(file));
  });
  documents.onDidOpen((event) => changed(event.document.uri));
  documents.onDidChangeContent((event) => changed(event.document.uri));
  // Closed: the file on disk is what counts again.
  documents.onDidClose((event) => {
    linted.delete(event.document.uri);
    changed(event.document.uri);
  });
  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const agentFile = agentFileOf(textDocument.uri);
    // A resource pattern's hover reads the policy: the XML reader is loaded for it, as for a lint of XML files.
    const readXml = agentFile?.format === 'cams-policy' ? (await import('../parse/xml.js')).parseXml : undefined;
    const markdown = document && agentFile ? hoverAt(document.getText(), agentFile.format, position, readXml) : undefined;
    return markdown === undefined ? null : { contents: { kind: 'markdown', value: markdown } };
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    const agentFile = agentFileOf(textDocument.uri);
    if (!document || !agentFile) return [];
    const text = document.getText();
    const last = linted.get(textDocument.uri);
    // Fixes only for the text they were computed from; after an edit the next lint offers them again.
    const current = last?.version === document.version ? last.diagnostics : [];
    const wanted = (kind: string): boolean => context.only === undefined || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    const quickfixes = wanted('quickfix')
      ? context.diagnostics.flatMap((diagnostic) => {
          const found = lintedDiagnosticOf(current, diagnostic);
          const waiver = waiverAction(text, textDocument.uri, isDomainFormat(agentFile.format), diagnostic);
          return [...(found ? fixActions(text, textDocument.uri, found) : []), ...(waiver ? [waiver] : [])];
        })
      : [];
    // Fix all is a source action: offered when the editor asks for that kind (on save, or from a menu).
    const fixAll = context.only !== undefined && wanted(FIX_ALL_KIND) ? fixAllAction(text, textDocument.uri, current) : undefined;
    return [...quickfixes, ...(fixAll ? [fixAll] : [])];
  });
  documents.listen(connection);
  return { exited: new Promise<number>((resolve) => connection.onExit(() => resolve(0))) };
}

const WATCHED_FILES = [
  '**/webagent.conf',
  '**/*.webagent.conf',
  '**/cams-webagent.conf',
  '**/access-control-policy.xml',
  '**/login-config.xml',
  '**/security-domain.xml',
  '**/.webagent-lint.yaml',
  '**/.webagent-lint.yml',
];

/** The agent files of one directory, found by name as discovery finds them, without walking below it. */
function siblings(directory: string): Candidate[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const format = formatOfName(name);
      return format ? [candidateOf(directory, path.join(directory, name), format)] : [];
    });
}

function candidateOf(root: string, file: string, format: NonNullable<ReturnType<typeof formatOfName>>): Candidate {
  return { absolutePath: file, displayPath: toDisplayPath(root, file), agent: ownerOf(root, file, format), format };
}

function pathOfUri(uri: string): string[] {
  return uri.startsWith('file:') ? [fileURLToPath(uri)] : [];
}

function isInside(folder: string, file: string): boolean {
  return file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

function first<T>(set: ReadonlySet<T>): T | undefined {
  return set.values().next().value;
}
