"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/platform/builtins.ts
function crypto() {
  return requireBuiltin("node:crypto");
}
function workerThreads() {
  return requireBuiltin("node:worker_threads");
}
function v8() {
  return requireBuiltin("node:v8");
}
var import_node_module, requireBuiltin;
var init_builtins = __esm({
  "src/platform/builtins.ts"() {
    "use strict";
    import_node_module = require("node:module");
    requireBuiltin = (0, import_node_module.createRequire)(process.execPath);
  }
});

// src/engine/rule-api.ts
function predictionsOf(rule, messageId) {
  return rule.predictsByMessage?.[messageId] ?? rule.predicts;
}
function defineRule(rule) {
  return rule;
}
function exampleFiles(ruleId, text) {
  const lines = text.split("\n");
  if (!FILE_HEADER.test(lines[0] ?? "")) return { [ruleId.startsWith("cams/") ? "cams-webagent.conf" : "webagent.conf"]: text };
  const files = {};
  let current = [];
  for (const line of lines) {
    const header = FILE_HEADER.exec(line);
    if (header) files[header[1]] = current = [];
    else current.push(line);
  }
  return Object.fromEntries(Object.entries(files).map(([name, body]) => [name, body.join("\n")]));
}
var FILE_HEADER;
var init_rule_api = __esm({
  "src/engine/rule-api.ts"() {
    "use strict";
    FILE_HEADER = /^=== (\S+)$/;
  }
});

// src/parse/xml-tree.ts
function attributeOf(element, name) {
  return element.attributes.find((attribute2) => attribute2.name === name);
}
function childrenNamed(element, name) {
  return element.children.filter((child) => child.name === name).slice();
}
function descendantsNamed(element, name) {
  const found = [];
  const pending = [...element.children].reverse();
  for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
    if (node.name === name) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return found;
}
var init_xml_tree = __esm({
  "src/parse/xml-tree.ts"() {
    "use strict";
  }
});

// src/parse/source.ts
function unshared(text) {
  return (" " + text).slice(1);
}
function entrySpan(entry) {
  return { source: entry.source, start: entry.start, end: entry.end };
}
function keySpan(entry) {
  return { source: entry.source, start: entry.keyStart, end: entry.keyEnd };
}
function valueSpan(entry) {
  return { source: entry.source, start: entry.valueStart, end: entry.valueEnd };
}
function writtenValue(entry) {
  const raw = entry.source.text.slice(entry.valueStart, entry.valueEnd);
  const leading = raw.length - raw.trimStart().length;
  let inner = raw.trim();
  let start = entry.valueStart + leading;
  if (inner.length >= 2 && (inner[0] === '"' || inner[0] === "'") && inner.at(-1) === inner[0]) {
    inner = inner.slice(1, -1);
    start += 1;
  }
  const text = inner.trim();
  start += inner.length - inner.trimStart().length;
  return { start, end: start + text.length, text };
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 254 && bytes[1] === 255) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: "binary", offset: nul };
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const marked = bom === 0 ? {} : { byteOrderMark: true };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: "utf-8", ...marked };
  } catch {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("latin1");
    return { ok: true, text, encoding: "utf-8", invalidUtf8At: firstInvalidUtf8(bytes) - bom, ...marked };
  }
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}
var SourceFile, utf8;
var init_source = __esm({
  "src/parse/source.ts"() {
    "use strict";
    SourceFile = class {
      constructor(path5, text) {
        this.path = path5;
        this.text = text;
      }
      path;
      text;
      lineStarts;
      positionAt(offset) {
        const starts = this.getLineStarts();
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
      }
      /** Offset at which a 1-based line starts (the end of the text for a line past the last one). */
      offsetOfLine(line) {
        return this.getLineStarts()[line - 1] ?? this.text.length;
      }
      /** Offsets at which each line starts. CRLF, LF and a lone CR all end a line. */
      getLineStarts() {
        if (this.lineStarts) return this.lineStarts;
        const starts = [0];
        const text = this.text;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          }
        }
        this.lineStarts = starts;
        return starts;
      }
    };
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  }
});

// src/model/cams.ts
function buildCamsAgent(id, document) {
  const settings = /* @__PURE__ */ new Map();
  for (const entry of document.entries) settings.set(entry.key, entry);
  return { product: "cams", id, document, settings, domain: void 0, link: { kind: "none" } };
}
function buildLoginConfig(root) {
  const entries = childrenNamed(root, "login-config-entry").map((element) => ({
    element,
    name: attributeOf(element, "name"),
    modules: childrenNamed(element, "login-module-entry").map((module2) => ({
      element: module2,
      className: attributeOf(module2, "className"),
      flag: attributeOf(module2, "flag")
    }))
  }));
  return { root, entries };
}
function booleanSetting(agent, name) {
  const entry = agent.settings.get(name);
  const text = entry?.value.trim().toLowerCase();
  return entry && (text === "true" || text === "false") ? { entry, value: text === "true" } : void 0;
}
function repeats(items, keyOf) {
  const first = /* @__PURE__ */ new Map();
  const result = [];
  for (const item of items) {
    const key2 = keyOf(item);
    if (key2 === void 0) continue;
    const earlier = first.get(key2);
    if (earlier === void 0) first.set(key2, item);
    else result.push({ item, first: earlier });
  }
  return result;
}
function fileStart(agent) {
  return { source: agent.document.source, start: 0, end: 0 };
}
function elementSpan(element) {
  return { source: element.source, start: element.start, end: element.end };
}
function attributeSpan(element, attribute2) {
  return { source: element.source, start: attribute2.start, end: attribute2.end };
}
function attributeValueSpan(element, attribute2) {
  return { source: element.source, start: attribute2.valueStart, end: attribute2.valueEnd };
}
var HOW_TO_LINK, DEFAULT_LOGIN_CONFIG_ENTRY;
var init_cams = __esm({
  "src/model/cams.ts"() {
    "use strict";
    init_xml_tree();
    init_source();
    HOW_TO_LINK = "Lint the agent together with its security domain directory, or name the domain in .webagent-lint.yaml under cams.agentDomains.";
    DEFAULT_LOGIN_CONFIG_ENTRY = "http";
  }
});

// rules/cams/attributes-debug-without-debug.ts
var attributes_debug_without_debug_default;
var init_attributes_debug_without_debug = __esm({
  "rules/cams/attributes-debug-without-debug.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    attributes_debug_without_debug_default = defineRule({
      id: "cams/attributes-debug-without-debug",
      title: "Disallow cams.attributes.debug=true while cams.debug is false",
      severity: "warning",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "Attribute debug messages are only written when cams.debug is true as well, so cams.attributes.debug=true has no effect here.",
        fix: "Set cams.debug=true too while diagnosing attributes, or set cams.attributes.debug=false.",
        bad: "cams.debug=false\ncams.attributes.debug=true",
        good: "cams.debug=false\ncams.attributes.debug=false",
        sources: ["CAMS-CP32", "CAMS-CP21"],
        confidence: "documented"
      },
      messages: {
        noEffect: "cams.attributes.debug=true has no effect because cams.debug is false (line {debugLine})."
      },
      check(agent, context) {
        const attributes = booleanSetting(agent, "cams.attributes.debug");
        const debug = booleanSetting(agent, "cams.debug");
        if (!attributes?.value || !debug || debug.value) return;
        context.report({ at: valueSpan(attributes.entry), messageId: "noEffect", data: { debugLine: debug.entry.source.positionAt(debug.entry.start).line } });
      }
    });
  }
});

// src/model/cams-policy.ts
function buildPolicy(root) {
  const permissions = [];
  for (const collection of childrenNamed(root, "permission-collection")) {
    for (const element of childrenNamed(collection, "permission")) permissions.push(buildPermission(element, permissions.length));
  }
  const acrs = /* @__PURE__ */ new Map();
  for (const library of childrenNamed(root, "acr-lib")) {
    for (const element of library.children) {
      const id = attributeOf(element, "id")?.value;
      if (id === void 0 || element.name === "acr-type" || acrs.has(id)) continue;
      const body = element.name === "acr" ? element.children.map(acrNode) : [acrNode(element)];
      acrs.set(id, { id, element, body });
    }
  }
  return { root, permissions, acrs };
}
function buildPermission(element, index) {
  const resourcePatterns = childrenNamed(element, "resource-pattern");
  const only = resourcePatterns.length === 1 ? attributeOf(resourcePatterns[0], "id") : void 0;
  const desc = attributeOf(element, "desc")?.value;
  return {
    element,
    index,
    label: desc !== void 0 && desc.trim() !== "" ? `"${desc}"` : `#${index + 1}`,
    actions: actionsIn(element, attributeOf(element, "actions")),
    resourcePatterns,
    acrRefs: childrenNamed(element, "acr-ref"),
    owners: childrenNamed(element, "owner"),
    pattern: only ? { attribute: only, result: parseResourcePattern(only.value) } : void 0
  };
}
function actionsIn(element, attribute2) {
  if (!attribute2) return [];
  const raw = element.source.text.slice(attribute2.valueStart, attribute2.valueEnd);
  const items = [];
  for (const match of raw.matchAll(/[^,\s]+/g)) {
    const start = attribute2.valueStart + match.index;
    items.push({ name: match[0], start, end: start + match[0].length });
  }
  return items.slice();
}
function acrNode(element) {
  if (INTRINSIC.has(element.name)) return { kind: element.name, element };
  if (OPERATORS.has(element.name)) return { kind: element.name, element, operands: element.children.map(acrNode) };
  if (element.name === "acr-ref") return { kind: "ref", element, id: attributeOf(element, "id") };
  if (element.name === "auth-acr") {
    const roles = childrenNamed(element, "role-constraint").flatMap((c) => childrenNamed(c, "role-name")).map((r) => r.text.trim());
    return { kind: "auth", element, roles };
  }
  return { kind: "unknown", element };
}
function parseResourcePattern(text) {
  const match = PATTERN.exec(text.trim());
  if (!match) return { ok: false, problem: "it is not of the form scheme://host:port/path" };
  const [, scheme = "", authority = "", path5] = match;
  if (!SCHEME.test(scheme)) return { ok: false, problem: `"${scheme}" is not a URL scheme` };
  if (path5 === void 0) return { ok: false, problem: "it has no path (write at least /)" };
  const colon = authority.lastIndexOf(":");
  const host = colon === -1 ? authority : authority.slice(0, colon);
  const port = colon === -1 ? void 0 : authority.slice(colon + 1);
  if (!HOST.test(host)) return { ok: false, problem: host === "" ? "it has no host" : `"${host}" is not a host name` };
  if (port !== void 0 && !PORT.test(port)) return { ok: false, problem: `"${port}" is not a port` };
  return { ok: true, pattern: { scheme: scheme.toLowerCase(), host: host.toLowerCase(), port, path: path5 } };
}
var INTRINSIC, OPERATORS, PATTERN, SCHEME, HOST, PORT, DEFAULT_PORTS;
var init_cams_policy = __esm({
  "src/model/cams-policy.ts"() {
    "use strict";
    init_xml_tree();
    INTRINSIC = /* @__PURE__ */ new Set(["granted", "denied", "confidential"]);
    OPERATORS = /* @__PURE__ */ new Set(["and", "or", "not"]);
    PATTERN = /^([^:/]*):\/\/([^/]*)(\/.*)?$/;
    SCHEME = /^[A-Za-z*][A-Za-z0-9+.*-]*$/;
    HOST = /^[A-Za-z0-9.*_-]+$/;
    PORT = /^[0-9*]+$/;
    DEFAULT_PORTS = { http: "80", https: "443" };
  }
});

// src/model/glob.ts
function globMatches(glob, value, ignoreCase) {
  const cache = ignoreCase ? caseInsensitive : caseSensitive;
  let runs = cache.get(glob);
  if (!runs) cache.set(glob, runs = (ignoreCase ? lowerAscii(glob) : glob).split("*"));
  return matchRuns(runs, ignoreCase ? lowerAscii(value) : value);
}
function globCovers(wide, narrow) {
  return matchRuns(wide.toLowerCase().split("*"), narrow.toLowerCase());
}
function matchRuns(runs, value) {
  const first = runs[0];
  if (runs.length === 1) return value === first;
  const last = runs[runs.length - 1];
  const end = value.length - last.length;
  if (end < first.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  for (let i = 1; i < runs.length - 1; i++) {
    const run = runs[i];
    const found = find(run, value, at, end);
    if (found === -1) return false;
    at = found + run.length;
  }
  return true;
}
function find(run, value, from, end) {
  if (run.length === 0) return from;
  const back = new Int32Array(run.length);
  for (let i = 1, k = 0; i < run.length; i++) {
    while (k > 0 && run.charCodeAt(i) !== run.charCodeAt(k)) k = back[k - 1];
    if (run.charCodeAt(i) === run.charCodeAt(k)) k++;
    back[i] = k;
  }
  for (let j = from, k = 0; j < end; j++) {
    const c = value.charCodeAt(j);
    while (k > 0 && c !== run.charCodeAt(k)) k = back[k - 1];
    if (c === run.charCodeAt(k)) k++;
    if (k === run.length) return j + 1 - k;
  }
  return -1;
}
function lowerAscii(text) {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper2) => upper2.toLowerCase()) : text;
}
var caseSensitive, caseInsensitive;
var init_glob = __esm({
  "src/model/glob.ts"() {
    "use strict";
    caseSensitive = /* @__PURE__ */ new Map();
    caseInsensitive = /* @__PURE__ */ new Map();
  }
});

// src/model/cams-access.ts
function requestTarget(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  if (parsed.hostname === "") return void 0;
  return { scheme, host: parsed.hostname.toLowerCase(), port: parsed.port || (DEFAULT_PORTS[scheme] ?? ""), path: parsed.pathname };
}
function patternOf(permission) {
  const result = permission.pattern?.result;
  return result?.ok ? result.pattern : void 0;
}
function matches(pattern, target) {
  const port = pattern.port ?? DEFAULT_PORTS[pattern.scheme] ?? "*";
  const hostMatches = target.host === void 0 ? /^\*+$/.test(pattern.host) : globMatches(pattern.host, target.host, true);
  return globMatches(pattern.scheme, target.scheme, true) && hostMatches && globMatches(port, target.port, false) && globMatches(pattern.path, target.path, false);
}
function coversAction(permission, method) {
  return permission.actions.length === 0 || permission.actions.some((action) => action.name === method);
}
function specificity(pattern) {
  const literal = (part) => (part ?? "").replace(/\*/g, "").length;
  return [literal(pattern.path), literal(pattern.host), literal(pattern.port ?? DEFAULT_PORTS[pattern.scheme]), literal(pattern.scheme)];
}
function ranksBefore(a, b) {
  const [pa, pb] = [patternOf(a), patternOf(b)];
  if (!pa || !pb) return false;
  const [sa, sb] = [specificity(pa), specificity(pb)];
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] > sb[i];
  return a.index < b.index;
}
function selectPermission(policy, request) {
  let best;
  for (const permission of policy.permissions) {
    const pattern = patternOf(permission);
    if (!pattern || !matches(pattern, request) || !coversAction(permission, request.method)) continue;
    if (!best || ranksBefore(permission, best)) best = permission;
  }
  return best;
}
function shadowedPermissions(policy) {
  const shadowed = /* @__PURE__ */ new Map();
  const index = /* @__PURE__ */ new Map();
  const lengths = /* @__PURE__ */ new Map();
  for (const permission of policy.permissions) {
    const pattern = patternOf(permission);
    if (!pattern) continue;
    const key2 = specificity(pattern).join(",");
    let byPrefix = index.get(key2);
    if (!byPrefix) index.set(key2, byPrefix = /* @__PURE__ */ new Map());
    let present = lengths.get(key2);
    if (!present) lengths.set(key2, present = /* @__PURE__ */ new Set());
    const prefix = literalPrefix(pattern.path);
    let earliest;
    for (const length of present) {
      if (length > prefix.length) continue;
      const other = byPrefix.get(prefix.slice(0, length))?.find((candidate) => shadows(candidate, permission));
      if (other && (!earliest || other.index < earliest.index)) earliest = other;
    }
    present.add(prefix.length);
    if (earliest) shadowed.set(permission, earliest);
    const same = byPrefix.get(prefix);
    if (same) same.push(permission);
    else byPrefix.set(prefix, [permission]);
  }
  return shadowed;
}
function shadows(wider, permission) {
  const [w, p] = [patternOf(wider), patternOf(permission)];
  if (!w || !p) return false;
  const actionsCovered = wider.actions.length === 0 || permission.actions.length > 0 && permission.actions.every((a) => coversAction(wider, a.name));
  return actionsCovered && patternCovers(w, p);
}
function patternCovers(wide, narrow) {
  return globCovers(wide.scheme, narrow.scheme) && globCovers(wide.host, narrow.host) && globCovers(wide.port ?? DEFAULT_PORTS[wide.scheme] ?? "*", narrow.port ?? DEFAULT_PORTS[narrow.scheme] ?? "*") && globCovers(wide.path, narrow.path);
}
function sampleTargets(pattern) {
  const schemes = pattern.scheme.includes("*") ? ["https", "http"].filter((scheme) => globMatches(pattern.scheme, scheme, true)) : [pattern.scheme];
  const host = /^\*+$/.test(pattern.host) ? void 0 : pattern.host.replace(/\*/g, "");
  const path5 = pattern.path.replace(/\*/g, "");
  return schemes.map((scheme) => ({ scheme, host, port: (pattern.port ?? "").replace(/\*/g, "") || (DEFAULT_PORTS[scheme] ?? ""), path: path5 }));
}
function literalPrefix(glob) {
  const star = glob.indexOf("*");
  return star === -1 ? glob : glob.slice(0, star);
}
function evaluatePermission(policy, permission, request) {
  const ref = permission.acrRefs.length === 1 && permission.owners.length === 0 ? permission.acrRefs[0] : void 0;
  if (!ref) return { kind: "unknown", chain: [`permission ${permission.label}`] };
  return within(`permission ${permission.label}`, permissionRuleOutcome(policy, ref, request));
}
function permissionRuleOutcome(policy, ref, request) {
  const id = attributeOf(ref, "id")?.value;
  if (id === void 0) return evaluateRef(policy, ref, request, /* @__PURE__ */ new Set(), 0);
  let outcomes = ruleOutcomes.get(policy);
  if (!outcomes) ruleOutcomes.set(policy, outcomes = /* @__PURE__ */ new Map());
  const key2 = `${request.authenticated ? "authenticated" : "anonymous"} ${request.scheme} ${id}`;
  let outcome = outcomes.get(key2);
  if (!outcome) outcomes.set(key2, outcome = evaluateRef(policy, ref, request, /* @__PURE__ */ new Set(), 0));
  return outcome;
}
function evaluateRef(policy, element, request, active, depth) {
  const id = attributeOf(element, "id")?.value;
  const step = `acr-ref "${id ?? ""}"`;
  const definition = id === void 0 ? void 0 : policy.acrs.get(id);
  if (id === void 0 || !definition || active.has(id)) return { kind: "error", chain: [step] };
  if (depth >= MAX_EVALUATION_DEPTH) return { kind: "unknown", chain: [step] };
  const inner = new Set(active).add(id);
  const outcomes = definition.body.map((node) => evaluateNode(policy, node, request, inner, depth + 1));
  return within(step, common(outcomes, definition.element));
}
function evaluateNode(policy, node, request, active, depth) {
  const step = describe(node.element);
  if (depth >= MAX_EVALUATION_DEPTH) return { kind: "unknown", chain: [step] };
  switch (node.kind) {
    case "granted":
      return { kind: "grant" };
    case "denied":
      return { kind: "deny", reason: 9, chain: [step] };
    case "confidential":
      return request.scheme === "https" ? { kind: "grant" } : { kind: "deny", reason: 13, chain: [step] };
    case "auth":
      return request.authenticated ? { kind: "unknown", chain: [step] } : { kind: "auth", chain: [step] };
    case "ref":
      return evaluateRef(policy, node.element, request, active, depth + 1);
    case "unknown":
      return { kind: "unknown", chain: [step] };
    case "and":
    case "or":
    case "not": {
      const operands = node.operands.map((operand) => evaluateNode(policy, operand, request, active, depth + 1));
      return within(step, combine(node.kind, operands, node.element));
    }
  }
}
function combine(kind, operands, element) {
  if (kind === "not") {
    const [only] = operands;
    if (operands.length !== 1 || !only) return { kind: "unknown", chain: [] };
    if (only.kind === "grant") return { kind: "deny", reason: 9, chain: [] };
    if (only.kind === "deny") return { kind: "grant" };
    return only.kind === "error" ? only : { kind: "unknown", chain: "chain" in only ? only.chain : [] };
  }
  if (operands.length === 0) return { kind: "unknown", chain: [describe(element)] };
  for (const wanted of kind === "and" ? AND_ORDER : OR_ORDER) {
    const found = operands.find((outcome) => outcome.kind === wanted);
    if (found) return found;
  }
  return { kind: "unknown", chain: [] };
}
function common(outcomes, element) {
  const [first] = outcomes;
  if (!first) return { kind: "unknown", chain: [describe(element)] };
  if (outcomes.every((o) => o.kind === first.kind)) return first;
  const error = outcomes.find((o) => o.kind === "error");
  return error ?? { kind: "unknown", chain: [describe(element)] };
}
function within(step, outcome) {
  return outcome.kind === "grant" ? outcome : { ...outcome, chain: [step, ...outcome.chain] };
}
function describe(element) {
  const id = attributeOf(element, "id")?.value;
  return id === void 0 ? `<${element.name}>` : `<${element.name} id="${id}">`;
}
var MAX_EVALUATION_DEPTH, ruleOutcomes, AND_ORDER, OR_ORDER;
var init_cams_access = __esm({
  "src/model/cams-access.ts"() {
    "use strict";
    init_xml_tree();
    init_cams_policy();
    init_glob();
    MAX_EVALUATION_DEPTH = 200;
    ruleOutcomes = /* @__PURE__ */ new WeakMap();
    AND_ORDER = ["deny", "error", "auth", "unknown", "grant"];
    OR_ORDER = ["grant", "unknown", "auth", "error", "deny"];
  }
});

// rules/cams/confidential-over-http.ts
var confidential_over_http_default;
var init_confidential_over_http = __esm({
  "rules/cams/confidential-over-http.ts"() {
    "use strict";
    init_rule_api();
    init_cams_access();
    init_cams();
    confidential_over_http_default = defineRule({
      id: "cams/confidential-over-http",
      title: "Disallow confidential rules on http:// resource patterns",
      severity: "error",
      scope: "cams-domain",
      predicts: ["CAMS-ACCESS-REASON-13"],
      docs: {
        why: "The confidential rule requires a secure (SSL/TLS) connection. A permission whose pattern only matches plain http:// URLs and whose rule demands confidentiality whatever else holds denies every request it selects, with access reason 13 (confidentiality required). The link from the rule to reason 13 is inferred from its wording.",
        fix: "Protect the https:// URLs with the confidential rule (and redirect http to https in the web server), or drop the confidential rule from this permission.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Payroll" actions="GET,POST">\n      <resource-pattern id="http://www.example.com:80/payroll/*"/>\n      <acr-ref id="TLS only"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="TLS only"><confidential/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Payroll" actions="GET,POST">\n      <resource-pattern id="https://www.example.com:443/payroll/*"/>\n      <acr-ref id="TLS only"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="TLS only"><confidential/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-ACPTR32", "CAMS-LEC32"],
        confidence: "inferred"
      },
      messages: {
        alwaysDenied: "Permission {permission} covers only http:// URLs, but its rule requires a secure connection ({chain}): every request it selects is denied."
      },
      check(domain, context) {
        const policy = domain.policy;
        for (const permission of policy?.permissions ?? []) {
          const pattern = permission.pattern;
          if (!policy || !pattern?.result.ok || pattern.result.pattern.scheme !== "http") continue;
          const outcomes = [false, true].map(
            (authenticated) => evaluatePermission(policy, permission, { scheme: "http", host: void 0, port: "80", path: "/", method: "GET", authenticated })
          );
          const [anonymous] = outcomes;
          if (anonymous?.kind !== "deny" || !outcomes.every((o) => o.kind === "deny" && o.reason === 13)) continue;
          context.report({
            at: attributeValueSpan(permission.resourcePatterns[0] ?? permission.element, pattern.attribute),
            messageId: "alwaysDenied",
            data: { permission: permission.label, chain: anonymous.chain.join(" \u2192 ") }
          });
        }
      }
    });
  }
});

// rules/cams/debug-logging.ts
var debug_logging_default;
var init_debug_logging = __esm({
  "rules/cams/debug-logging.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    debug_logging_default = defineRule({
      id: "cams/debug-logging",
      title: "Disallow Cams agent debug messages outside diagnosis",
      severity: "warning",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "cams.debug, cams.cluster.debug and cams.attributes.debug turn on debug messages; the documentation warns that they slow the agent down and make cams-webagent.log grow quickly.",
        fix: "Set the debug property back to false once the diagnosis is done.",
        bad: "cams.debug=true",
        good: "cams.debug=false",
        sources: ["CAMS-CP32", "CAMS-CP21"],
        confidence: "documented"
      },
      messages: {
        debugOn: "{key} is true: debug messages slow the agent down and make cams-webagent.log grow quickly."
      },
      check(agent, context) {
        const debug = booleanSetting(agent, "cams.debug")?.value === true;
        for (const key2 of ["cams.debug", "cams.cluster.debug", ...debug ? ["cams.attributes.debug"] : []]) {
          const setting = booleanSetting(agent, key2);
          if (setting?.value) context.report({ at: valueSpan(setting.entry), messageId: "debugOn", data: { key: key2 } });
        }
      }
    });
  }
});

// rules/cams/default-cluster-name.ts
var SHIPPED_CLUSTER_NAME, default_cluster_name_default;
var init_default_cluster_name = __esm({
  "rules/cams/default-cluster-name.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    SHIPPED_CLUSTER_NAME = "MyCamsCluster";
    default_cluster_name_default = defineRule({
      id: "cams/default-cluster-name",
      title: "Disallow the shipped cluster name MyCamsCluster",
      severity: "warning",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "MyCamsCluster is the name Cams ships with. Caf\xE9soft recommends changing it when hardening and using different names for development, test and production, so that an agent never takes the session cookie of another cluster for one of its own.",
        fix: "Give the cluster its own name on the policy servers and set the same cams.cluster.name on every agent.",
        bad: "cams.cluster.name=MyCamsCluster",
        good: "cams.cluster.name=ExampleProd_1",
        sources: ["CAMS-CP32", "CAMS-PSC32"],
        confidence: "documented"
      },
      messages: {
        shipped: "cams.cluster.name is left at the shipped {name}."
      },
      check(agent, context) {
        const entry = agent.settings.get("cams.cluster.name");
        if (entry?.value.trim() === SHIPPED_CLUSTER_NAME) context.report({ at: valueSpan(entry), messageId: "shipped", data: { name: SHIPPED_CLUSTER_NAME } });
      }
    });
  }
});

// src/engine/fixes.ts
function replaceSpan(at, text) {
  return { offset: at.start, length: at.end - at.start, text };
}
function removeLines(source, start, end) {
  const from = source.offsetOfLine(source.positionAt(start).line);
  const to = source.offsetOfLine(source.positionAt(end).line + 1);
  return { offset: from, length: to - from, text: "" };
}
var init_fixes = __esm({
  "src/engine/fixes.ts"() {
    "use strict";
  }
});

// rules/cams/duplicate-key.ts
var duplicate_key_default;
var init_duplicate_key = __esm({
  "rules/cams/duplicate-key.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    init_fixes();
    duplicate_key_default = defineRule({
      id: "cams/duplicate-key",
      title: "Disallow setting the same property twice in cams-webagent.conf",
      severity: "warning",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "Java properties keep the last of two lines with the same key, so the earlier line has no effect and misleads whoever reads the file. That Cams agents read the file with Java properties rules is inferred from the documented syntax.",
        fix: "Delete the line that is not meant to apply.",
        bad: "cams.debug=true\ncams.debug=false",
        good: "cams.debug=false",
        sources: ["CAMS-CP32", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        repeated: "{key} is already set at line {firstLine}; only this later line takes effect."
      },
      check(agent, context) {
        const first = /* @__PURE__ */ new Map();
        const previous = /* @__PURE__ */ new Map();
        for (const entry of agent.document.entries) {
          const before = previous.get(entry.key);
          previous.set(entry.key, entry);
          if (!before) {
            first.set(entry.key, entry);
            continue;
          }
          const line = (offset) => entry.source.positionAt(offset).line;
          context.report({
            at: keySpan(entry),
            messageId: "repeated",
            data: { key: entry.key, firstLine: line(first.get(entry.key).start) },
            fix: { description: `Remove the earlier, unused line ${line(before.start)}`, edits: [removeLines(entry.source, before.start, before.end)] }
          });
        }
      }
    });
  }
});

// rules/cams/duplicate-login-config-entry.ts
var duplicate_login_config_entry_default;
var init_duplicate_login_config_entry = __esm({
  "rules/cams/duplicate-login-config-entry.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    duplicate_login_config_entry_default = defineRule({
      id: "cams/duplicate-login-config-entry",
      title: "Disallow two login-config entries with the same name",
      severity: "error",
      scope: "cams-domain",
      predicts: [],
      docs: {
        why: "A security domain may have several login-config entries, each with a unique name: agents select one by name, so two entries with one name leave it open which login modules authenticate the user.",
        fix: "Rename or remove one of the entries.",
        bad: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n  <login-config-entry name="http"/>\n</login-config>',
        good: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n  <login-config-entry name="portal"/>\n</login-config>',
        sources: ["CAMS-LC21", "CAMS-LC32"],
        confidence: "documented"
      },
      messages: {
        repeated: 'login-config-entry "{name}" is already defined at line {firstLine}; entry names must be unique.'
      },
      check(domain, context) {
        const entries = domain.loginConfig?.entries ?? [];
        for (const { item, first } of repeats(entries, (entry) => entry.name?.value)) {
          const name = item.name;
          context.report({
            at: attributeSpan(item.element, name),
            messageId: "repeated",
            data: { name: name.value, firstLine: item.element.source.positionAt(first.element.start).line }
          });
        }
      }
    });
  }
});

// rules/cams/incomplete-login-config.ts
var incomplete_login_config_default;
var init_incomplete_login_config = __esm({
  "rules/cams/incomplete-login-config.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    incomplete_login_config_default = defineRule({
      id: "cams/incomplete-login-config",
      title: "Require login-config entries with a name and login modules with className and flag",
      severity: "error",
      scope: "cams-domain",
      predicts: ["CAMS-AUTH-REASON-1"],
      docs: {
        why: "Each login-config-entry is selected by its name and holds one or more login-module-entry elements, each of which needs the JAAS login module's className and its flag. Without them the policy server cannot run the login; that the result is authentication reason 1 (general error, probably a misconfiguration) is inferred.",
        fix: "Give the entry a name and each login-module-entry a className and a flag (the documented example uses REQUIRED).",
        bad: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="com.cafesoft.cams.auth.login.module.XmlLoginModule"/>\n  </login-config-entry>\n</login-config>',
        good: '=== login-config.xml\n<login-config>\n  <login-config-entry name="http">\n    <login-module-entry className="com.cafesoft.cams.auth.login.module.XmlLoginModule" flag="REQUIRED"/>\n  </login-config-entry>\n</login-config>',
        sources: ["CAMS-LC20", "CAMS-LCTR32", "CAMS-LCTR21"],
        confidence: "inferred"
      },
      messages: {
        entryWithoutName: "This login-config-entry has no name, so no agent can select it.",
        entryWithoutModule: 'login-config-entry "{name}" has no login-module-entry.',
        moduleWithoutClassName: "This login-module-entry has no className.",
        moduleWithoutFlag: "This login-module-entry has no flag (e.g. REQUIRED)."
      },
      check(domain, context) {
        for (const entry of domain.loginConfig?.entries ?? []) {
          if (!entry.name) context.report({ at: elementSpan(entry.element), messageId: "entryWithoutName" });
          else if (entry.modules.length === 0)
            context.report({ at: elementSpan(entry.element), messageId: "entryWithoutModule", data: { name: entry.name.value } });
          for (const module2 of entry.modules) {
            if (!module2.className) context.report({ at: elementSpan(module2.element), messageId: "moduleWithoutClassName" });
            if (!module2.flag) context.report({ at: elementSpan(module2.element), messageId: "moduleWithoutFlag" });
          }
        }
      }
    });
  }
});

// src/knowledge/cams-properties.json
var cams_properties_default;
var init_cams_properties = __esm({
  "src/knowledge/cams-properties.json"() {
    cams_properties_default = {
      $schema: "../../schemas/property-catalog.schema.json",
      product: "cams",
      properties: [
        {
          name: "cams.attributes.debug",
          type: "boolean",
          scope: "agent",
          description: "Turns the agent's attribute debug messages on or off; they are only written when cams.debug is true as well.",
          sources: ["CAMS-CP32", "CAMS-CP21"],
          status: "documented",
          values: ["true", "false"]
        },
        {
          name: "cams.cluster.debug",
          type: "boolean",
          scope: "agent",
          description: "Turns the agent's Cams cluster debug messages on or off.",
          sources: ["CAMS-CP32", "CAMS-CP21"],
          status: "documented",
          values: ["true", "false"]
        },
        {
          name: "cams.cluster.name",
          type: "string",
          scope: "agent",
          description: "Name of the Cams cluster (the policy servers) the agent works with; the agent recognises the cluster's session cookies by it, so it must equal the policy servers' cams.cluster.name. The policy server allows letters, digits and underscores only.",
          typical: "MyCamsCluster",
          sources: ["CAMS-CP32", "CAMS-CP21", "CAMS-PSC32"],
          status: "documented"
        },
        {
          name: "cams.debug",
          type: "boolean",
          scope: "agent",
          description: "Turns the agent's policy-server debug messages on or off; when on, the agent slows down and cams-webagent.log grows quickly.",
          sources: ["CAMS-CP32", "CAMS-CP21"],
          status: "documented",
          values: ["true", "false"]
        },
        {
          name: "cams.login.uri",
          type: "string",
          scope: "agent",
          description: "URI the login form posts the credentials to; the agent intercepts a POST to it and turns it into an authentication request.",
          example: "/cams/login",
          sources: ["CAMS-SCR21", "CAMS-SCR30"],
          status: "documented"
        },
        {
          name: "cams.loginconfig.entry",
          type: "string",
          scope: "agent",
          description: "Name of the login-config-entry (in the security domain's login-config.xml) that the agent hands to a dynamic login page as cams_login_config.",
          default: "http",
          sources: ["CAMS-LC32", "CAMS-LC21"],
          status: "documented"
        },
        {
          name: "cams.session.hijacking.protection.algorithm",
          type: "string",
          scope: "agent",
          description: "Algorithm of the session hijacking protection; must be the same on every agent of a cluster (error 5304). The Cams guide names the property but not its values.",
          sources: ["CAMS-LEC32"],
          status: "documented"
        },
        {
          name: "cams.session.hijacking.protection.enable",
          type: "boolean",
          scope: "agent",
          description: "Turns session hijacking protection on or off; agents of one cluster that differ cause errors 5305 and 5306. That the value is true or false is inferred.",
          sources: ["CAMS-LEC32"],
          status: "documented",
          values: ["true", "false"]
        },
        {
          name: "cams.session.hijacking.protection.salt",
          type: "string",
          scope: "agent",
          description: "Secret salt of the session hijacking protection; must be the same on every agent of a cluster (error 5304). Its value never appears in webagent-lint's output.",
          sources: ["CAMS-LEC32"],
          status: "documented"
        }
      ]
    };
  }
});

// src/knowledge/cleartrust-properties.json
var cleartrust_properties_default;
var init_cleartrust_properties = __esm({
  "src/knowledge/cleartrust-properties.json"() {
    cleartrust_properties_default = {
      $schema: "../../schemas/property-catalog.schema.json",
      product: "cleartrust",
      properties: [
        {
          name: "cleartrust.agent.accepted_languages_list",
          type: "list",
          scope: "agent",
          description: "Accepted languages of agent pages.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.allow_subnet_masking",
          type: "boolean",
          scope: "agent",
          description: "Refinement of the cookie IP check (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.apache.pass_realms",
          type: "string",
          scope: "agent",
          description: "Apache only (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.attempt_multiple_authentications",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.auth_resource_list",
          type: "list",
          scope: "agent",
          description: "Maps URL patterns to authentication modes as pattern=MODE.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.auth_server_list",
          type: "list",
          scope: "pool",
          description: "Explicit aserver list, meant only to replace the dispatcher's list (e.g. a fail-over location class); set together with dispatcher_list it duplicates pooled connections.",
          sources: [
            "KB23587"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.auth_server_mode",
          type: "enum",
          scope: "pool",
          description: "How the agent uses the aservers of its pool: STANDARD or DISTRIBUTED; KB 000025333 also names the DISTRIBUTED sub-modes ADAPTIVE and ROUNDROBIN without saying how a sub-mode is set, so the list is not known to be complete.",
          sources: [
            "KB25333",
            "KB25051",
            "S-GH"
          ],
          status: "documented",
          values: [
            "STANDARD",
            "DISTRIBUTED",
            "ADAPTIVE",
            "ROUNDROBIN"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.auth_server_pool_refresh",
          type: "duration",
          scope: "pool",
          description: "Interval at which the agent refreshes its aserver pool and validates pooled connections.",
          sources: [
            "KB25051",
            "KB23587",
            "KB25333",
            "S-GH"
          ],
          status: "documented",
          typical: "1 Hrs"
        },
        {
          name: "cleartrust.agent.auth_server_timeout",
          type: "duration",
          scope: "pool",
          description: "How long the agent waits for an aserver reply. KB 000025051 gives 15 seconds as the default reply timeout; that this key sets it is inferred.",
          sources: [
            "KB25051",
            "S-GH"
          ],
          status: "inferred",
          default: "15 Secs"
        },
        {
          name: "cleartrust.agent.auth_type_mapping",
          type: "string",
          scope: "agent",
          description: "Authentication behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.authz_allow_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's authz allow cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.authz_allow_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's authz allow cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.authz_deny_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's authz deny cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.authz_deny_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's authz deny cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.auto_challenge",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.certdn_attr_name_map",
          type: "string",
          scope: "agent",
          description: "Certificate DN handling (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.certificate.special_character_mode",
          type: "enum",
          scope: "agent",
          description: "Certificate DN special-character handling.",
          sources: [
            "S-GH"
          ],
          status: "observed",
          values: [
            "QUOTE"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.console_port",
          type: "integer",
          scope: "agent",
          description: "An agent-side listener port, probably an admin console (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.convert_certificate_dn_delimiter",
          type: "boolean",
          scope: "agent",
          description: "Certificate DN handling (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.cookie_domain",
          type: "string",
          scope: "agent",
          description: "Domain attribute of the session cookie.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.cookie_exclusion_list",
          type: "list",
          scope: "agent",
          description: "Cookie exclusions (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.cookie_expiration",
          type: "duration",
          scope: "agent",
          description: "Cookie persistence; 0 probably means a session cookie.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.cookie_ip_check",
          type: "boolean",
          scope: "agent",
          description: "Rejects a session token presented from another client IP than the one it was issued to; users behind proxies or NAT are then sent back to the logon page.",
          sources: [
            "KB14470",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.cookie_name",
          type: "string",
          scope: "agent",
          description: "Name of the single sign-on session cookie.",
          sources: [
            "KB24633",
            "S-GH"
          ],
          status: "documented",
          default: "CTSESSION"
        },
        {
          name: "cleartrust.agent.cookie_touch_window",
          type: "duration",
          scope: "agent",
          description: "How often the touch time in the session cookie is refreshed while the user is active.",
          sources: [
            "KB15952",
            "S-GH"
          ],
          status: "documented",
          example: "30 Secs"
        },
        {
          name: "cleartrust.agent.custom_auth",
          type: "string",
          scope: "agent",
          description: "Authentication behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.debug_modules",
          type: "list",
          scope: "agent",
          description: "Modules with debug output (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.default_auth_mode",
          type: "enum",
          scope: "agent",
          description: "Default authentication mode.",
          sources: [
            "S-GH"
          ],
          status: "observed",
          values: [
            "BASIC",
            "SECURID",
            "NT",
            "CERTIFICATE",
            "CUSTOM",
            "IWA"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.default_language",
          type: "string",
          scope: "agent",
          description: "Default language of agent pages.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.dispatcher_list",
          type: "list",
          scope: "pool",
          description: "Dispatchers the agent asks for the list of available aservers; normally the only server list to set.",
          sources: [
            "KB23587",
            "S-GH"
          ],
          status: "documented",
          example: "ct1.example.com:5603"
        },
        {
          name: "cleartrust.agent.dispatcher_timeout",
          type: "duration",
          scope: "pool",
          description: "How long the agent waits for a dispatcher reply (meaning inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.enabled",
          type: "boolean",
          scope: "agent",
          description: "Turns the agent on or off for the Global scope or a VirtualHost.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.export_cookie_user_buffer",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.export_last_touch_time",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.export_session_expiration_time",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.export_session_init_time",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.extension_exclusion_list",
          type: "list",
          scope: "agent",
          description: "File extensions the agent does not protect.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.externalize_forms",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.form_based_enabled",
          type: "boolean",
          scope: "agent",
          description: "Agent-handled forms login; with HTTP Basic login the logout page does not really end the session.",
          sources: [
            "KB21189",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.fudge_factor",
          type: "duration",
          scope: "agent",
          description: "Tolerated clock skew (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.idle_timeout",
          type: "duration",
          scope: "agent",
          description: "A session ends when the time since its last touch exceeds this.",
          sources: [
            "KB15952",
            "KB22560",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.ignore_http_auth",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.iis.preproc_auth_enabled",
          type: "boolean",
          scope: "agent",
          description: "IIS only: authenticate at BEGIN_REQUEST instead of OnPostAuthenticateRequest; fixes CERTIFICATE authentication with Protocol Transition.",
          sources: [
            "KB11941"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.ip_check_exclusion_list",
          type: "list",
          scope: "agent",
          description: "Exclusions from the cookie IP check (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.key_client_name",
          type: "string",
          scope: "pool",
          description: "Name the agent uses towards the keyserver (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.key_client_secret",
          type: "string",
          scope: "pool",
          description: "Secret the agent uses towards the keyserver (secret; never printed).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.keyserver_list",
          type: "list",
          scope: "pool",
          description: "Keyserver connection list (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.location_class_priority",
          type: "list",
          scope: "pool",
          description: "Priority order of aserver location classes; the agent sorts aservers by location class.",
          sources: [
            "KB25051",
            "S-GH"
          ],
          status: "inferred"
        },
        {
          name: "cleartrust.agent.log_file",
          type: "string",
          scope: "agent",
          description: "Path of the agent log; the default file name is ctagent.log.",
          sources: [
            "KB25051",
            "S-GH"
          ],
          status: "documented",
          default: "ctagent.log"
        },
        {
          name: "cleartrust.agent.log_file_rotation_interval",
          type: "duration",
          scope: "agent",
          description: "Time that triggers log rotation; 0 probably disables it.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.log_file_rotation_maxsize",
          type: "size",
          scope: "agent",
          description: "Log size that triggers rotation.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.log_flags",
          type: "string",
          scope: "agent",
          description: "Log flags (seen as 00).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.log_format",
          type: "string",
          scope: "agent",
          description: "printf-style layout of log lines (%t time, %p process, %i thread, %d severity, %n module; token meanings inferred).",
          sources: [
            "S-GH",
            "KB25333"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.log_level",
          type: "enum",
          scope: "agent",
          description: "Lowest severity written to the agent log. Critical is the default and hides Security messages; Massive is more verbose than Debug.",
          sources: [
            "KB14470",
            "KB48839",
            "S-GH"
          ],
          status: "documented",
          default: "Critical",
          values: [
            "Critical",
            "Security",
            "Warning",
            "Debug",
            "Massive"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.log_pool_option",
          type: "enum",
          scope: "agent",
          description: "Logs the pool state at every refresh; with Both each pool logs refresh time, update count, connection limit, modes and aservers available versus connected.",
          sources: [
            "KB25333",
            "S-GH"
          ],
          status: "documented",
          values: [
            "None",
            "Both"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.login_auth_expired_account",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_auth_inactive_account",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_auth_url_access_denied",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_auth_user_locked_out",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_cert_invalid_user",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_password_expired",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_error_password_expired_forced",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_error_password_expired_new_user",
          type: "url",
          scope: "agent",
          description: "Page shown for an extended aserver result code; RSA warns that exposing these codes can help attackers.",
          sources: [
            "KB51037",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.login_error_pw_location_basic",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_pw_location_custom",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_pw_location_nt",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_user_location_basic",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_user_location_custom",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_error_user_location_nt",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_basic",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_custom",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_iwa",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_mobile",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_nt",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_securid",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_sid_newpin",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_sid_nexttoken",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_form_location_sid_passcode",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_home_location",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.login_server_error",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.logout_form_location",
          type: "url",
          scope: "agent",
          description: "URL of a login, error or logout page.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.max_open_connections",
          type: "integer",
          scope: "pool",
          description: "Connection limit of the pool (printed as 'connection limit' in the pool log); 0 probably means no limit.",
          sources: [
            "KB25051",
            "KB25333",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.multivalue_userprops_oneset",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.one_userprops_header",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.path",
          type: "string",
          scope: "agent",
          description: "Path attribute of the session cookie.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.post_url_idle_timeout",
          type: "duration",
          scope: "agent",
          description: "Idle timeout of a preserved POST URL (inferred); seen only as 0.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.protected_resource_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's protected resource cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.protected_resource_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's protected resource cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.realm",
          type: "string",
          scope: "agent",
          description: "Authentication behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.retain_url",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.retain_url.use_full_url",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.retain_url.use_query_string",
          type: "boolean",
          scope: "agent",
          description: "Authentication, form and redirect-back behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.retry_count",
          type: "integer",
          scope: "pool",
          description: "Number of retries of a server request (meaning inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.reverse_certificate_dn",
          type: "boolean",
          scope: "agent",
          description: "Certificate DN handling (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.rules_file",
          type: "string",
          scope: "agent",
          description: "Path of the agent rules engine file (rules.xml in the agent's conf directory).",
          sources: [
            "KB31224",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.secure",
          type: "boolean",
          scope: "agent",
          description: "Secure-flag handling of the cookie (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.server_pool",
          type: "string",
          scope: "agent",
          description: "Id of the <Pool id=\u2026> block this Global or VirtualHost uses.",
          sources: [
            "S-GH"
          ],
          status: "observed",
          default: "__default__"
        },
        {
          name: "cleartrust.agent.session_lifetime",
          type: "duration",
          scope: "agent",
          description: "A session ends when the time since its creation exceeds this.",
          sources: [
            "KB15952",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.set_cookie_secure",
          type: "boolean",
          scope: "agent",
          description: "Secure-flag handling of the cookie (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.shared_pool.enable",
          type: "boolean",
          scope: "agent",
          description: "Share one connection pool between the web server's workers (inferred).",
          sources: [
            "S-GH",
            "KB25333"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.shared_secret",
          type: "string",
          scope: "agent",
          description: "Shared secret (secret; never printed).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.socket_tcp_nodelay",
          type: "boolean",
          scope: "pool",
          description: "Sets TCP_NODELAY on the agent's sockets (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.ca_keystore",
          type: "string",
          scope: "pool",
          description: "Key material for SSL connections to the servers (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.ca_keystore_passphrase",
          type: "string",
          scope: "pool",
          description: "Passphrase for SSL key material (secret; never printed).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.keystore",
          type: "string",
          scope: "pool",
          description: "Key material for SSL connections to the servers (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.keystore_passphrase",
          type: "string",
          scope: "pool",
          description: "Passphrase for SSL key material (secret; never printed).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.private_key_alias",
          type: "string",
          scope: "pool",
          description: "Key material for SSL connections to the servers (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.private_key_passphrase",
          type: "string",
          scope: "pool",
          description: "Passphrase for SSL key material (secret; never printed).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.ssl.use",
          type: "enum",
          scope: "pool",
          description: "Transport security between agent and servers: clear, anonymous SSL/TLS or authenticated SSL/TLS. Only the spelling 'Clear' is confirmed.",
          sources: [
            "KB43949",
            "S-GH"
          ],
          status: "observed",
          values: [
            "Clear"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.sso",
          type: "boolean",
          scope: "agent",
          description: "Enables single sign-on (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.strict_headers_export",
          type: "boolean",
          scope: "agent",
          description: "Header export behaviour (inferred from the name).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.token_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's token cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.token_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's token cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.trusted_domains_list",
          type: "list",
          scope: "agent",
          description: "Trusted domains, probably redirect targets (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.trusted_proxy_header_name",
          type: "string",
          scope: "agent",
          description: "Header in which trusted proxies pass the real client IP, so the cookie IP check still works behind proxies.",
          sources: [
            "KB14470",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.trusted_proxy_list",
          type: "list",
          scope: "agent",
          description: "Proxies trusted to pass the real client IP.",
          sources: [
            "KB14470",
            "S-GH"
          ],
          status: "documented"
        },
        {
          name: "cleartrust.agent.trusted_proxy_strict_mode",
          type: "boolean",
          scope: "agent",
          description: "Strict handling of trusted proxies (inferred).",
          sources: [
            "KB14470",
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.unprotected_resource_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's unprotected resource cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.unprotected_resource_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's unprotected resource cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.url_exclusion_list",
          type: "list",
          scope: "agent",
          description: "URLs the agent does not protect.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.user_header_list",
          type: "list",
          scope: "agent",
          description: "Headers that carry the user name.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.user_properties_cache_size",
          type: "integer",
          scope: "agent",
          description: "Number of entries of the agent's user properties cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.user_properties_cache_ttl",
          type: "duration",
          scope: "agent",
          description: "Time to live of the agent's user properties cache.",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.userprops",
          type: "list",
          scope: "agent",
          description: "User properties exported as headers (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.userprops_level",
          type: "enum",
          scope: "agent",
          description: "When user properties are exported (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed",
          values: [
            "AuthN"
          ],
          valuesComplete: false
        },
        {
          name: "cleartrust.agent.wax",
          type: "string",
          scope: "agent",
          description: "Seen empty or as a module path (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        },
        {
          name: "cleartrust.agent.web_server_name",
          type: "string",
          scope: "agent",
          description: "Name of the agent / web server known to the servers (inferred).",
          sources: [
            "S-GH"
          ],
          status: "observed"
        }
      ]
    };
  }
});

// src/knowledge/properties.ts
function isSecretName(name) {
  let secret = secretNames.get(name);
  if (secret === void 0) {
    secret = SECRET_NAME.test(name);
    if (secretNames.size < 4096) secretNames.set(name, secret);
  }
  return secret;
}
var cleartrustProperties, camsProperties, SECRET_NAME, secretNames;
var init_properties = __esm({
  "src/knowledge/properties.ts"() {
    "use strict";
    init_cams_properties();
    init_cleartrust_properties();
    cleartrustProperties = new Map(
      cleartrust_properties_default.properties.map((p) => [p.name, p])
    );
    camsProperties = new Map(cams_properties_default.properties.map((p) => [p.name, p]));
    SECRET_NAME = /salt|secret|passphrase|password|passwd/i;
    secretNames = /* @__PURE__ */ new Map();
  }
});

// rules/cams/invalid-boolean.ts
var invalid_boolean_default;
var init_invalid_boolean = __esm({
  "rules/cams/invalid-boolean.ts"() {
    "use strict";
    init_rule_api();
    init_properties();
    init_cams();
    invalid_boolean_default = defineRule({
      id: "cams/invalid-boolean",
      title: "Require Cams boolean properties to be true or false",
      severity: "error",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "The Cams documentation writes its on/off properties (cams.debug, cams.cluster.debug, cams.attributes.debug, cams.session.hijacking.protection.enable) as true or false. What an agent makes of another word such as yes or on is not documented; a Java agent reading it with Boolean.parseBoolean sees false, so protection meant to be on would be off. webagent-lint's other rules read such a value as false too (the session hijacking rules say so in their messages), and report it here at its own line.",
        fix: "Write true or false.",
        bad: "cams.session.hijacking.protection.enable=yes",
        good: "cams.session.hijacking.protection.enable=true",
        sources: ["CAMS-CP32", "CAMS-CP21", "CAMS-LEC32"],
        confidence: "inferred"
      },
      messages: {
        notBoolean: '{key} is "{value}", neither true nor false; how the agent reads it is not documented (Boolean.parseBoolean would read false).'
      },
      check(agent, context) {
        for (const entry of agent.settings.values()) {
          if (camsProperties.get(entry.key)?.type !== "boolean" || booleanSetting(agent, entry.key)) continue;
          context.report({ at: valueSpan(entry), messageId: "notBoolean", data: { key: entry.key, value: entry.value } });
        }
      }
    });
  }
});

// rules/cams/invalid-cluster-name.ts
var invalid_cluster_name_default;
var init_invalid_cluster_name = __esm({
  "rules/cams/invalid-cluster-name.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    invalid_cluster_name_default = defineRule({
      id: "cams/invalid-cluster-name",
      title: "Require cams.cluster.name to consist of letters, digits and underscores",
      severity: "error",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "The agent recognises the session cookies of its Cams cluster by cams.cluster.name, which must equal the policy servers' cluster name; the policy server allows only letters, digits and underscores in it. A name with other characters (or none) cannot be the policy servers' name, so the agent cannot recognise the cluster's sessions. Applying the policy server's character rule to the agent is inferred.",
        fix: "Set cams.cluster.name to the policy servers' cluster name, written with letters, digits and _ only.",
        bad: "cams.cluster.name=Example-Prod",
        good: "cams.cluster.name=Example_Prod",
        sources: ["CAMS-CP32", "CAMS-PSC32", "CAMS-CCS21"],
        confidence: "inferred"
      },
      messages: {
        badCharacters: 'cams.cluster.name "{name}" has characters other than letters, digits and _; the policy server does not allow them.',
        empty: "cams.cluster.name is empty; it must name the Cams cluster of the policy servers."
      },
      check(agent, context) {
        const entry = agent.settings.get("cams.cluster.name");
        if (!entry) return;
        const name = entry.value.trim();
        if (name === "") context.report({ at: valueSpan(entry), messageId: "empty" });
        else if (!/^[A-Za-z0-9_]+$/.test(name)) context.report({ at: valueSpan(entry), messageId: "badCharacters", data: { name } });
      }
    });
  }
});

// rules/cams/invalid-resource-pattern.ts
var invalid_resource_pattern_default;
var init_invalid_resource_pattern = __esm({
  "rules/cams/invalid-resource-pattern.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    invalid_resource_pattern_default = defineRule({
      id: "cams/invalid-resource-pattern",
      title: "Require resource patterns of the form scheme://host:port/path",
      severity: "error",
      scope: "cams-domain",
      predicts: ["CAMS-ACCESS-REASON-7"],
      // Access reason 7 is about the identifier a request names; a pattern that only omits its port still is a URL.
      predictsByMessage: { missingPort: [] },
      docs: {
        why: "An http resource pattern is a full URL with scheme, host, explicit port and path, with * as a wildcard (the Cams guide's example for web agent error 5005 is *://*:*/cams/*). A pattern that is not a URL matches nothing webagent-lint can predict, and requests for it may be refused as an invalid resource identifier (access reason 7; that link is inferred). Without a port webagent-lint matches the scheme's default port; the documented patterns always give one. A missing port predicts no log code.",
        fix: "Write the pattern as scheme://host:port/path, e.g. https://www.example.com:443/secure/*, using * for any part that may vary.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Docs" actions="GET">\n      <resource-pattern id="www.example.com/docs/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Docs" actions="GET">\n      <resource-pattern id="http://www.example.com:80/docs/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-TIP", "CAMS-LEC32"],
        confidence: "inferred"
      },
      messages: {
        malformed: 'Resource pattern "{pattern}" is not a URL pattern: {problem}.',
        missingPort: 'Resource pattern "{pattern}" has no port; webagent-lint assumes the default port of {scheme}.'
      },
      check(domain, context) {
        for (const permission of domain.policy?.permissions ?? []) {
          if (!permission.pattern) continue;
          const { attribute: attribute2, result } = permission.pattern;
          const at = attributeValueSpan(permission.resourcePatterns[0] ?? permission.element, attribute2);
          if (!result.ok) context.report({ at, messageId: "malformed", data: { pattern: attribute2.value, problem: result.problem } });
          else if (result.pattern.port === void 0)
            context.report({ at, messageId: "missingPort", data: { pattern: attribute2.value, scheme: result.pattern.scheme } });
        }
      }
    });
  }
});

// rules/cams/login-page-requires-auth.ts
function judge(policy, request) {
  const permission = selectPermission(policy, request);
  if (!permission) return void 0;
  const outcome = evaluatePermission(policy, permission, request);
  return {
    permission,
    outcome,
    data: { permission: permission.label, pattern: permission.pattern?.attribute.value ?? "", chain: "chain" in outcome ? outcome.chain.join(" \u2192 ") : "" }
  };
}
function undecided(permission, chain, what) {
  const named = `permission ${permission.label} (${permission.pattern?.attribute.value ?? "no resource pattern"})`;
  if (permission.owners.length > 0) {
    return {
      at: elementSpan(permission.element),
      reason: `Whether ${what} can be reached without authentication was not decided: ${named} delegates it with <owner> to another security domain, whose policy webagent-lint does not read.`,
      enable: `Check by hand that the owning security domain lets anonymous users reach ${what}.`
    };
  }
  return {
    at: elementSpan(permission.element),
    reason: `Whether ${what} can be reached without authentication was not decided: webagent-lint cannot evaluate the rule of ${named}: ${chain}.`,
    enable: `Check by hand that this rule lets anonymous users reach ${what}; webagent-lint evaluates granted, denied, confidential, and, or, not, acr-ref and auth-acr rules only.`
  };
}
function loginPageCandidates(policy) {
  const named = [];
  for (const permission of policy.permissions) {
    const pattern = permission.pattern;
    if (!pattern?.result.ok || !coversAction(permission, "GET")) continue;
    const inPattern = LOGIN_WORD.test(pattern.result.pattern.path);
    if (!inPattern && !LOGIN_WORD.test(permission.label)) continue;
    named.push({ permission, pattern: { attribute: pattern.attribute, value: pattern.result.pattern }, evidence: inPattern ? "pattern" : "description" });
  }
  return named.filter(
    (wide) => !named.some(
      (narrow) => narrow !== wide && patternCovers(wide.pattern.value, narrow.pattern.value) && !patternCovers(narrow.pattern.value, wide.pattern.value)
    )
  );
}
function evidenceText(candidate) {
  const label = candidate.permission.label;
  return candidate.evidence === "pattern" ? `the pattern of permission ${label} names one` : `permission ${label} is described as one`;
}
function unconfiguredReason(candidates) {
  if (candidates.length === 0) {
    return "No Cams login page URL is known: cams.loginPages is not set and no permission names a login page in its description or pattern, so whether the login page can be reached without authentication (web agent error 5005) was not checked.";
  }
  const shown4 = candidates.slice(0, MAX_CANDIDATES).map((c) => `${c.pattern.attribute.value} (permission ${c.permission.label})`);
  const more = candidates.length > MAX_CANDIDATES ? ` and ${candidates.length - MAX_CANDIDATES} more, not checked` : "";
  return `No Cams login page URL is configured (cams.loginPages): the login page was checked only where the policy seems to name it, which is inferred: ${shown4.join(", ")}${more}.`;
}
var login_page_requires_auth_default, LOGIN_WORD, MAX_CANDIDATES;
var init_login_page_requires_auth = __esm({
  "rules/cams/login-page-requires-auth.ts"() {
    "use strict";
    init_rule_api();
    init_cams_access();
    init_cams();
    login_page_requires_auth_default = defineRule({
      id: "cams/login-page-requires-auth",
      title: "Disallow access rules that require authentication for the login page",
      severity: "error",
      scope: "cams-domain",
      predicts: ["CAMS-5005", "CAMS-ACCESS-REASON-10"],
      docs: {
        why: `A user can only authenticate after the login page was shown without authentication. When the permission that best matches the login page URL has a rule that requires authentication, the policy server denies the page, the agent would redirect to it again, and it stops that loop with web agent error 5005 (the Cams guide's example: a permission for *://*:*/cams/* with a rule requiring authentication, and the login page https://www.myhost.com/cams/login.jsp). Login pages come from cams.loginPages in .webagent-lint.yaml; the path the login form posts to (cams.login.uri of the agents linked to the domain) is checked the same way, which is inferred. Without cams.loginPages, the permissions that name a login page in their description or pattern (the Cams guide's "Cams login page" example) are taken as where the login page is, and findings there say they are inferred; a narrower one of them wins over a wider one. A rule webagent-lint cannot evaluate (an unknown rule type, a permission delegated with owner) is listed as not checked.`,
        fix: "Grant access to the login page with a more specific permission whose rule does not require authentication (granted, or an IP address rule).",
        bad: '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Cams login page" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Cams pages" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n    <permission desc="Cams login" actions="">\n      <resource-pattern id="*://*:*/cams/login*"/>\n      <acr-ref id="everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-LEC32", "CAMS-TIP", "CAMS-SCR21"],
        confidence: "documented"
      },
      messages: {
        loginPage: "The login page {url} ({origin}) is protected by permission {permission} ({pattern}), whose rule requires authentication: {chain}. Users cannot reach the page they must authenticate on.",
        inferredLoginPage: "{candidate} seems to hold the Cams login page (inferred: {evidence}), and permission {permission} ({pattern}) protects it with a rule that requires authentication: {chain}. If the login page is there, users cannot reach the page they must authenticate on.",
        loginUri: "cams.login.uri {url} of agent {agent}, where the login form posts, is protected by permission {permission} ({pattern}), whose rule requires authentication: {chain}."
      },
      remedies: {
        loginPage: 'Add a more specific permission for the login page, e.g. <resource-pattern id="{suggestion}"/> with a rule that grants access without authentication, or change the rule of permission {permission}.',
        inferredLoginPage: "List the login page URL under cams.loginPages in .webagent-lint.yaml to confirm it (it is then checked exactly), and grant it with a permission more specific than {pattern} whose rule does not require authentication, or change the rule of permission {permission}.",
        loginUri: "Add a more specific permission for {url} with a rule that grants access without authentication, or change the rule of permission {permission}."
      },
      check(domain, context) {
        const policy = domain.policy;
        if (!policy) return;
        const requiringAuthentication = (request, what) => {
          const judged = judge(policy, request);
          if (judged?.outcome.kind === "unknown") context.notChecked(undecided(judged.permission, judged.data.chain, what));
          return judged?.outcome.kind === "auth" ? { permission: judged.permission, data: judged.data } : void 0;
        };
        const pages = context.environment.camsLoginPages.flatMap((page) => {
          const target = requestTarget(page.url);
          return target ? [{ ...page, target }] : [];
        });
        for (const page of pages) {
          const found = requiringAuthentication({ ...page.target, method: "GET", authenticated: false }, `the login page ${page.url}`);
          if (!found) continue;
          const { scheme, host, port, path: path5 } = page.target;
          context.report({
            at: elementSpan(found.permission.element),
            messageId: "loginPage",
            data: { url: page.url, origin: `from ${page.where}`, ...found.data, suggestion: `${scheme}://${host ?? "*"}:${port}${path5}` }
          });
        }
        if (pages.length === 0) {
          const candidates = loginPageCandidates(policy);
          context.notChecked({
            reason: unconfiguredReason(candidates),
            enable: "List the login page URLs under cams.loginPages in .webagent-lint.yaml; they are then checked exactly."
          });
          for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
            const text = candidate.pattern.attribute.value;
            for (const target of sampleTargets(candidate.pattern.value)) {
              const found = requiringAuthentication({ ...target, method: "GET", authenticated: false }, `the login page candidate ${text}`);
              if (found)
                context.report({
                  at: elementSpan(found.permission.element),
                  messageId: "inferredLoginPage",
                  data: { candidate: text, evidence: evidenceText(candidate), ...found.data }
                });
            }
          }
        }
        const sites = pages.length > 0 ? pages.map((p) => p.target) : [
          { scheme: "http", host: void 0, port: "80" },
          { scheme: "https", host: void 0, port: "443" }
        ];
        const searches = /* @__PURE__ */ new Map();
        for (const agent of domain.agents) {
          const entry = agent.settings.get("cams.login.uri");
          const uri = entry?.value.trim() ?? "";
          if (!uri.startsWith("/")) continue;
          let results = searches.get(uri);
          if (!results) {
            results = sites.map((site) => requiringAuthentication({ ...site, path: uri, method: "POST", authenticated: false }, `cams.login.uri ${uri}`));
            searches.set(uri, results);
          }
          for (const found of results) {
            if (found) context.report({ at: elementSpan(found.permission.element), messageId: "loginUri", data: { url: uri, agent: agent.id, ...found.data } });
          }
        }
      }
    });
    LOGIN_WORD = /\b(?:log|sign)[ _-]?(?:in|on)/i;
    MAX_CANDIDATES = 20;
  }
});

// rules/cams/non-ascii-character.ts
var non_ascii_character_default;
var init_non_ascii_character = __esm({
  "rules/cams/non-ascii-character.ts"() {
    "use strict";
    init_rule_api();
    init_properties();
    non_ascii_character_default = defineRule({
      id: "cams/non-ascii-character",
      title: "Require non-ASCII characters in cams-webagent.conf to be written as \\u escapes",
      severity: "warning",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "Java reads a properties file given as bytes as ISO-8859-1, so a character written in UTF-8 reaches an agent that loads the file that way as two or three different characters. webagent-lint reads the file as UTF-8 (as it reads every file) and reports the first non-ASCII character of each line; which encoding each Cams agent uses is not documented.",
        fix: "Write the character as a \\uXXXX escape (for example \xE9 as \\u00e9), which every reader understands alike.",
        bad: "cams.login.uri=/connexion/soci\xE9t\xE9",
        good: "cams.login.uri=/connexion/soci\\u00e9t\\u00e9",
        sources: ["WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        nonAscii: 'Character "{character}" is outside ASCII; agents that read this file as ISO-8859-1 see other characters. Write it as {escape}.',
        nonAsciiInSecret: "The value of {key} has a character outside ASCII; agents that read this file as ISO-8859-1 see other characters. Write it as a \\u escape."
      },
      check(agent, context) {
        for (const entry of agent.document.entries) {
          const at = entry.firstNonAscii;
          if (at === void 0) continue;
          const character = String.fromCodePoint(entry.source.text.codePointAt(at));
          const span = { source: entry.source, start: at, end: at + character.length };
          if (isSecretName(entry.key)) {
            context.report({ at: span, messageId: "nonAsciiInSecret", data: { key: entry.key } });
            continue;
          }
          const units = Array.from({ length: character.length }, (_, i) => character.charCodeAt(i));
          const escaped = units.map((code) => `\\u${code.toString(16).padStart(4, "0")}`).join("");
          context.report({ at: span, messageId: "nonAscii", data: { character, escape: escaped } });
        }
      }
    });
  }
});

// rules/cams/permission-structure.ts
var permission_structure_default;
var init_permission_structure = __esm({
  "rules/cams/permission-structure.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    init_xml_tree();
    permission_structure_default = defineRule({
      id: "cams/permission-structure",
      title: "Require each permission to have exactly one resource-pattern and one acr-ref or owner",
      severity: "error",
      scope: "cams-domain",
      predicts: [],
      docs: {
        why: "A permission ties one resource pattern to one access control rule (acr-ref) or to the security domain that decides instead (owner); the tag reference allows exactly one of each. With none, or several, what the permission protects or how it decides is undefined.",
        fix: "Split the permission into one permission per resource pattern, each with exactly one acr-ref or owner.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/a/*"/>\n      <resource-pattern id="http://www.example.com:80/b/*"/>\n    </permission>\n  </permission-collection>\n  <acr-lib/>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/a/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-ACPTR32", "CAMS-ACPTR30", "CAMS-TIP"],
        confidence: "documented"
      },
      messages: {
        noPattern: "Permission {permission} has no resource-pattern.",
        extraPattern: "Permission {permission} has a second resource-pattern; a permission has exactly one.",
        patternWithoutId: "This resource-pattern has no id (the URL pattern).",
        noRule: "Permission {permission} has neither an acr-ref nor an owner.",
        extraRule: "Permission {permission} has a second acr-ref or owner; a permission has exactly one."
      },
      check(domain, context) {
        for (const permission of domain.policy?.permissions ?? []) {
          const data = { permission: permission.label };
          const [pattern, ...extraPatterns] = permission.resourcePatterns;
          if (!pattern) context.report({ at: elementSpan(permission.element), messageId: "noPattern", data });
          else if (attributeOf(pattern, "id") === void 0) context.report({ at: elementSpan(pattern), messageId: "patternWithoutId" });
          for (const extra of extraPatterns) context.report({ at: elementSpan(extra), messageId: "extraPattern", data });
          const [rule, ...extraRules] = [...permission.acrRefs, ...permission.owners].sort((a, b) => a.start - b.start);
          if (!rule) context.report({ at: elementSpan(permission.element), messageId: "noRule", data });
          for (const extra of extraRules) context.report({ at: elementSpan(extra), messageId: "extraRule", data });
        }
      }
    });
  }
});

// rules/cams/properties-syntax.ts
var properties_syntax_default;
var init_properties_syntax = __esm({
  "rules/cams/properties-syntax.ts"() {
    "use strict";
    init_rule_api();
    properties_syntax_default = defineRule({
      id: "cams/properties-syntax",
      title: "Require cams-webagent.conf to be a Java properties file that Java loads as it was written",
      severity: "error",
      scope: "input",
      predicts: [],
      docs: {
        why: "cams-webagent.conf is read with Java properties rules (the documentation shows name=value lines, # comments and backslash continuations). In that format \\u must be followed by four hexadecimal digits; Java's Properties.load refuses the whole file otherwise, so an agent that reads it that way does not start with this configuration. Java does not skip a UTF-8 byte-order mark: it reads it as a character of the first line, so a key there is not found, and a comment there becomes a property (one that mentions a path such as C:\\users then holds a malformed \\u escape, and the whole file is refused). Java reads the file as ISO-8859-1 bytes or as characters its caller decodes, usually UTF-8; a UTF-16 file read either way gives keys with NUL characters in them, none of which the agent looks up. That Cams agents load the file with java.util.Properties is inferred.",
        fix: "Write the character as \\u followed by four hexadecimal digits, or double the backslash (\\\\) for a literal backslash. Save the file as UTF-8 without a byte-order mark (or as ASCII, with \\u escapes).",
        bad: "cams.cluster.name=Prod\\u00zz",
        good: "cams.cluster.name=Prod\\u005f1",
        sources: ["CAMS-CP32", "CAMS-SDRC", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        malformedUnicodeEscape: "Malformed \\u escape: \\u must be followed by four hexadecimal digits; Java refuses the whole file, so an agent that loads it does not start with this configuration.",
        byteOrderMark: "The file starts with a UTF-8 byte-order mark, which Java reads as a character of line 1, not as a mark: {effect}.",
        utf16: "The file is {encoding}; Java reads a properties file as ISO-8859-1 bytes or as UTF-8 characters, so every key an agent reads holds NUL characters and none of these settings is found. The file was checked as written.",
        moreProblems: "\u2026 and {count} more syntax problems in this file from this line on (only the first {shown} are listed)."
      },
      remedies: {
        byteOrderMark: "Save the file as UTF-8 without a byte-order mark.",
        utf16: "Save the file as UTF-8 without a byte-order mark (or as ASCII, with \\u escapes for other characters)."
      }
    });
  }
});

// rules/cams/unknown-acr-ref.ts
var unknown_acr_ref_default;
var init_unknown_acr_ref = __esm({
  "rules/cams/unknown-acr-ref.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    init_xml_tree();
    unknown_acr_ref_default = defineRule({
      id: "cams/unknown-acr-ref",
      title: "Require every acr-ref to name an ACR of the library",
      severity: "error",
      scope: "cams-domain",
      predicts: ["CAMS-ACCESS-REASON-12"],
      docs: {
        why: "An acr-ref names an access control rule of the domain's acr-lib, in a permission or inside another rule. When no rule has that id the policy server cannot evaluate the permission; webagent-lint expects access reason 12 (an error occurred while evaluating an access control rule), which is inferred.",
        fix: "Correct the id to the id of an ACR in the acr-lib, or add the missing ACR.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/reports/*"/>\n      <acr-ref id="Report readers"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/reports/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-ACPTR32", "CAMS-TIP", "CAMS-LEC32"],
        confidence: "inferred"
      },
      messages: {
        unknown: 'acr-ref "{id}" names no ACR of the acr-lib.',
        noId: "This acr-ref has no id."
      },
      check(domain, context) {
        const policy = domain.policy;
        if (!policy) return;
        for (const ref of descendantsNamed(policy.root, "acr-ref")) {
          const id = attributeOf(ref, "id");
          if (!id) context.report({ at: elementSpan(ref), messageId: "noId" });
          else if (!policy.acrs.has(id.value)) context.report({ at: attributeValueSpan(ref, id), messageId: "unknown", data: { id: id.value } });
        }
      }
    });
  }
});

// rules/cams/unknown-action.ts
function requestedActions(permission) {
  const result = permission.pattern?.result;
  const scheme = result?.ok ? result.pattern.scheme : void 0;
  if (scheme === "cams") return { type: "cams", actions: CAMS_ACTIONS };
  if (scheme?.includes("*")) return { type: "cams or http", actions: ANY_TYPE_ACTIONS };
  return { type: "http", actions: HTTP_ACTIONS };
}
var HTTP_ACTIONS, CAMS_ACTIONS, ANY_TYPE_ACTIONS, unknown_action_default;
var init_unknown_action = __esm({
  "rules/cams/unknown-action.ts"() {
    "use strict";
    init_rule_api();
    HTTP_ACTIONS = /* @__PURE__ */ new Set([
      "GET",
      "POST",
      "PUT",
      "DELETE",
      "HEAD",
      "OPTIONS",
      "TRACE",
      "PROPFIND",
      "PROPPATCH",
      "MKCOL",
      "COPY",
      "MOVE",
      "LOCK",
      "UNLOCK",
      "DEBUG"
    ]);
    CAMS_ACTIONS = /* @__PURE__ */ new Set(["ACCESS"]);
    ANY_TYPE_ACTIONS = /* @__PURE__ */ new Set([...HTTP_ACTIONS, ...CAMS_ACTIONS]);
    unknown_action_default = defineRule({
      id: "cams/unknown-action",
      title: "Require permission actions to be actions Cams web agents request",
      severity: "error",
      scope: "cams-domain",
      predicts: [],
      docs: {
        why: "Cams web agents make access control requests only for resources of type http, with the actions GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE, PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK and DEBUG, and of type cams, with the action ACCESS (the Cams guide lists them under web agent error 5102). A permission action outside the list of its resource type can never match a request, so that part of the permission is dead policy, usually a typing mistake. It causes no log code of its own: error 5102 and access reason 8 come from a client sending a method outside the list, whatever the policy says. webagent-lint reads the resource type from the pattern's scheme: cams://\u2026 is type cams, http:// and https:// type http, and a scheme with * may be either (inferred: no source shows how a cams resource is written). Actions are compared as written, in capitals.",
        fix: "Correct the action to one of the listed actions of the resource type, in capitals, or remove it.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND,FROB">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Share" actions="GET,PROPFIND">\n      <resource-pattern id="http://www.example.com:80/dav/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-LEC32", "CAMS-TIP"],
        confidence: "documented"
      },
      messages: {
        unknown: "Action {action} of permission {permission} is not one Cams web agents request for {type} resources: no request matches it, so this part of the permission is dead.",
        lowerCase: "Action {action} of permission {permission} is not written as {expected}: no request matches it, so this part of the permission is dead."
      },
      check(domain, context) {
        for (const permission of domain.policy?.permissions ?? []) {
          const { type, actions } = requestedActions(permission);
          for (const action of permission.actions) {
            if (actions.has(action.name)) continue;
            const at = { source: permission.element.source, start: action.start, end: action.end };
            const data = { action: action.name, permission: permission.label, type, expected: action.name.toUpperCase() };
            context.report({ at, messageId: actions.has(data.expected) ? "lowerCase" : "unknown", data });
          }
        }
      }
    });
  }
});

// rules/cams/unknown-login-config-entry.ts
var unknown_login_config_entry_default;
var init_unknown_login_config_entry = __esm({
  "rules/cams/unknown-login-config-entry.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    unknown_login_config_entry_default = defineRule({
      id: "cams/unknown-login-config-entry",
      title: "Require cams.loginconfig.entry to name a login-config-entry of the security domain",
      severity: "error",
      scope: "cams-agent",
      predicts: ["CAMS-5004", "CAMS-AUTH-REASON-6"],
      docs: {
        why: "The agent hands cams.loginconfig.entry (default http) to a dynamic login page as cams_login_config, and the policy server authenticates with the login-config-entry of that name in the domain's login-config.xml. An empty value gives web agent error 5004; a name the domain does not have gives authentication reason 6 (unknown login configuration entry).",
        fix: "Set cams.loginconfig.entry to the name of a <login-config-entry> in the security domain's login-config.xml, or add that entry.",
        bad: '=== cams-webagent.conf\ncams.loginconfig.entry=portal\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
        good: '=== cams-webagent.conf\ncams.loginconfig.entry=http\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
        sources: ["CAMS-LC32", "CAMS-LC21", "CAMS-LEC32"],
        confidence: "documented"
      },
      messages: {
        unknown: 'cams.loginconfig.entry is "{name}", but login-config.xml of security domain {domain} has no such entry (it has: {known}).',
        empty: "cams.loginconfig.entry is empty; login pages then send an empty cams_login_config.",
        defaultMissing: 'cams.loginconfig.entry is not set, so the agent uses "{name}", but login-config.xml of security domain {domain} has no such entry (it has: {known}).'
      },
      check(agent, context) {
        const domain = agent.domain;
        const loginConfig = domain?.loginConfig;
        if (!domain) {
          context.notChecked({
            reason: "cams.loginconfig.entry was not compared with a login-config.xml: the agent is not linked to a security domain (see cams/unlinked-agent).",
            enable: HOW_TO_LINK
          });
          return;
        }
        if (!loginConfig) {
          context.notChecked({
            reason: `cams.loginconfig.entry was not compared with a login-config.xml: security domain ${domain.id} has none that could be read.`,
            enable: "Lint the security domain with its login-config.xml (cams/xml-syntax reports one that is not well-formed)."
          });
          return;
        }
        const entry = agent.settings.get("cams.loginconfig.entry");
        const name = entry ? entry.value.trim() : DEFAULT_LOGIN_CONFIG_ENTRY;
        if (entry && name === "") {
          context.report({ at: valueSpan(entry), messageId: "empty" });
          return;
        }
        const names = [...new Set(loginConfig.entries.flatMap((e) => e.name ? [e.name.value] : []))];
        if (names.includes(name)) return;
        const data = { name, domain: domain.name, known: names.join(", ") || "none" };
        context.report(entry ? { at: valueSpan(entry), messageId: "unknown", data } : { at: fileStart(agent), messageId: "defaultMissing", data });
      }
    });
  }
});

// rules/cams/unlinked-agent.ts
var unlinked_agent_default;
var init_unlinked_agent = __esm({
  "rules/cams/unlinked-agent.ts"() {
    "use strict";
    init_rule_api();
    init_cams();
    unlinked_agent_default = defineRule({
      id: "cams/unlinked-agent",
      title: "Require each Cams agent to be linked to its security domain",
      severity: "info",
      scope: "cams-agent",
      predicts: [],
      docs: {
        why: "The checks that compare an agent with its security domain (login-config entry, login page access) need to know which domain the agent asks. webagent-lint links an agent to the domain named for it in the config file (cams.agentDomains), else to the nearest domain (its own directory, else the one sharing the longest parent path with it, for example the only one). Without a link those checks are skipped, and this finding says so rather than passing silently.",
        fix: HOW_TO_LINK,
        bad: "cams.loginconfig.entry=http",
        good: '=== cams-webagent.conf\ncams.loginconfig.entry=http\n=== login-config.xml\n<login-config>\n  <login-config-entry name="http"/>\n</login-config>',
        sources: ["WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        noDomain: "No Cams security domain was found with this agent; the checks against the domain's policy and login configuration were skipped.",
        ambiguous: "{domains} security domains are equally near this agent and none is named for it in the config file; the checks against a domain were skipped.",
        unknownDomain: "The config file ({where}) links this agent to {wanted}, which is not a security domain that was linted."
      },
      check(agent, context) {
        const link = agent.link;
        if (link.kind === "none") context.report({ at: fileStart(agent), messageId: "noDomain" });
        else if (link.kind === "ambiguous") context.report({ at: fileStart(agent), messageId: "ambiguous", data: { domains: link.domains } });
        else if (link.kind === "unknown domain")
          context.report({ at: fileStart(agent), messageId: "unknownDomain", data: { wanted: link.wanted, where: link.where } });
      }
    });
  }
});

// rules/cams/unreachable-permission.ts
var unreachable_permission_default;
var init_unreachable_permission = __esm({
  "rules/cams/unreachable-permission.ts"() {
    "use strict";
    init_rule_api();
    init_cams_access();
    init_cams();
    unreachable_permission_default = defineRule({
      id: "cams/unreachable-permission",
      title: "Disallow permissions that another permission always overrides",
      severity: "warning",
      scope: "cams-domain",
      predicts: [],
      docs: {
        why: "For each request the policy server uses the permission whose pattern matches best. A permission whose URLs and actions are all covered by another permission that is always preferred (webagent-lint's precedence: most literal path characters, then host, port and scheme, then file order) is never used: its rule does not protect anything, whatever it says. Typically a pattern written twice. The tie-breaking is inferred.",
        fix: "Remove the unused permission, or make its pattern more specific than the one that overrides it.",
        bad: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Members" actions="">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n    <permission desc="Members again" actions="GET">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        good: '=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n    <permission desc="Members" actions="">\n      <resource-pattern id="http://www.example.com:80/members/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n    <permission desc="Members reports" actions="GET">\n      <resource-pattern id="http://www.example.com:80/members/reports/*"/>\n      <acr-ref id="Everyone"/>\n    </permission>\n  </permission-collection>\n  <acr-lib>\n    <acr id="Everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
        sources: ["CAMS-TIP"],
        confidence: "inferred"
      },
      messages: {
        shadowed: "Permission {permission} ({pattern}) is never used: permission {other} at line {otherLine} ({otherPattern}) matches every request it would and is preferred."
      },
      check(domain, context) {
        if (!domain.policy) return;
        for (const [permission, other] of shadowedPermissions(domain.policy)) {
          context.report({
            at: elementSpan(permission.element),
            messageId: "shadowed",
            data: {
              permission: permission.label,
              pattern: permission.pattern?.attribute.value ?? "",
              other: other.label,
              otherLine: other.element.source.positionAt(other.element.start).line,
              otherPattern: other.pattern?.attribute.value ?? ""
            }
          });
        }
      }
    });
  }
});

// rules/cams/xml-syntax.ts
var xml_syntax_default;
var init_xml_syntax = __esm({
  "rules/cams/xml-syntax.ts"() {
    "use strict";
    init_rule_api();
    xml_syntax_default = defineRule({
      id: "cams/xml-syntax",
      title: "Require the security domain files to be well-formed XML without DTD entities",
      severity: "error",
      scope: "input",
      predicts: [],
      docs: {
        why: "The policy server reads access-control-policy.xml, login-config.xml and security-domain.xml as XML; a file that is not well-formed cannot be loaded, and the rules of this linter cannot check it either. Entities declared in a DOCTYPE are refused: webagent-lint never reads a file or URL named in a document and never expands entities (which is how entity bombs and external-entity attacks work). Elements nested more than 1,000 levels deep and attribute values longer than 1 MiB are refused as well: no real file comes near, and they are how a file is made to exhaust a reader. The root element must be the one the file name stands for. Two checks rest on an assumption, since the Cams guide does not name the policy server's XML parser: that it is namespace-aware (a name whose prefix is not declared is refused) and that it follows the encoding of the XML declaration (a declaration that does not describe the bytes makes it refuse the file or read other characters).",
        fix: "Correct the XML at the reported position; write the text of entities out instead of declaring them; declare every namespace prefix; make the declared encoding the one the file is saved in (UTF-8).",
        bad: "=== access-control-policy.xml\n<access-control-policy>\n  <acr-lib>\n</access-control-policy>",
        good: "=== access-control-policy.xml\n<access-control-policy>\n  <acr-lib/>\n</access-control-policy>",
        sources: ["CAMS-ACPTR32", "CAMS-LCTR32", "CAMS-SDTR32"],
        confidence: "documented"
      },
      messages: {
        malformed: "Not well-formed XML: {reason}.",
        dtdEntities: "DTD entities not supported: the DOCTYPE declares entities; they are neither read nor expanded, and the file was not linted.",
        tooDeep: "Elements are nested more than {limit} levels deep; the file was not linted.",
        attributeTooLong: "The value of attribute {name} is {length} characters long, more than the {limit} this linter reads; the file was not linted.",
        unexpectedRoot: "The root element is <{found}>; this file must hold <{expected}>.",
        encodingMismatch: "The XML declaration names encoding {declared}, but {detail}."
      }
    });
  }
});

// src/model/duration.ts
function parseAgentDuration(text) {
  const match = AGENT_DURATION.exec(text.trim());
  if (!match) return { kind: "invalid" };
  const number2 = Number(match[1]);
  const unit = match[2];
  if (unit === void 0) return number2 === 0 ? { kind: "ok", seconds: 0 } : { kind: "ambiguous", number: number2 };
  const factor = UNIT_SECONDS[unit.toLowerCase()];
  return factor === void 0 ? { kind: "invalid" } : { kind: "ok", seconds: number2 * factor };
}
function parseUserDuration(text) {
  const trimmed = text.trim();
  const agent = parseAgentDuration(trimmed);
  if (agent.kind === "ok") return agent.seconds;
  if (trimmed === "") return void 0;
  let seconds = 0;
  COMPACT_PART.lastIndex = 0;
  let consumed = 0;
  for (let match = COMPACT_PART.exec(trimmed); match; match = COMPACT_PART.exec(trimmed)) {
    const factor = { d: 86400, h: 3600, m: 60, s: 1 }[match[2]];
    seconds += Number(match[1]) * factor;
    consumed = COMPACT_PART.lastIndex;
  }
  return consumed === trimmed.length ? Math.round(seconds) : void 0;
}
function describeDuration(seconds) {
  if (seconds === 0) return "0 seconds";
  const parts = [];
  let rest = seconds;
  for (const [unit, size] of [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1]
  ]) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${unit}${count === 1 ? "" : "s"}`);
    rest -= count * size;
  }
  return parts.join(" ");
}
function toAgentSyntax(seconds) {
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600} Hrs`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60} Mins`;
  return `${seconds} Secs`;
}
function slightlyBelow(seconds) {
  if (seconds <= 120) return Math.max(1, seconds - 10);
  const target = seconds - Math.max(60, seconds * 0.05);
  const step = target >= 900 ? 300 : 60;
  return Math.floor(target / step) * step;
}
function describeInterval(seconds) {
  if (seconds < 120) return `${Math.round(seconds)} seconds`;
  if (seconds < 3 * 3600) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600 * 10) / 10} hours`;
}
var UNIT_SECONDS, AGENT_DURATION, COMPACT_PART;
var init_duration = __esm({
  "src/model/duration.ts"() {
    "use strict";
    UNIT_SECONDS = {
      sec: 1,
      secs: 1,
      second: 1,
      seconds: 1,
      min: 60,
      mins: 60,
      minute: 60,
      minutes: 60,
      hr: 3600,
      hrs: 3600,
      hour: 3600,
      hours: 3600
    };
    AGENT_DURATION = /^(\d+)\s*([A-Za-z]+)?$/;
    COMPACT_PART = /(\d+(?:\.\d+)?)\s*(d|h|m|s)/gy;
  }
});

// src/model/values.ts
function readValue(definition, raw) {
  const text = raw.trim();
  if (text === "") return EMPTY;
  switch (definition?.type) {
    case "duration": {
      const duration = parseAgentDuration(text);
      if (duration.kind === "ok") return { ok: true, value: { kind: "duration", seconds: duration.seconds } };
      if (duration.kind === "ambiguous") return { ok: false, problem: "ambiguousDuration", number: duration.number };
      return { ok: false, problem: "invalid", expected: "a duration such as 30 Secs, 10 Mins or 1 Hrs" };
    }
    case "boolean": {
      const value = BOOLEANS[text.toLowerCase()];
      return value === void 0 ? { ok: false, problem: "invalid", expected: "True or False" } : { ok: true, value: { kind: "boolean", value } };
    }
    case "integer":
      return /^\d+$/.test(text) ? { ok: true, value: { kind: "integer", value: Number(text) } } : { ok: false, problem: "invalid", expected: "a whole number" };
    case "size": {
      const match = SIZE.exec(text);
      const factor = match?.[2] === void 0 ? void 0 : SIZE_UNITS[match[2].toLowerCase()];
      if (match && match[2] === void 0) {
        const number2 = Number(match[1]);
        return number2 === 0 ? { ok: true, value: { kind: "size", bytes: 0 } } : { ok: false, problem: "ambiguousSize", number: number2 };
      }
      return match && factor !== void 0 ? { ok: true, value: { kind: "size", bytes: Number(match[1]) * factor } } : { ok: false, problem: "invalid", expected: "a size such as 10 Mbs" };
    }
    case "enum": {
      const values = definition.values ?? [];
      const known = values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (known !== void 0 || !definition.valuesComplete) return { ok: true, value: { kind: "word", value: known ?? text, named: known !== void 0 } };
      return { ok: false, problem: "invalid", expected: `one of ${values.join(", ")}` };
    }
    case "list":
      return {
        ok: true,
        value: {
          kind: "list",
          items: text.split(",").map((item) => item.trim()).filter((item) => item !== "")
        }
      };
    default:
      return { ok: true, value: { kind: "text", value: text } };
  }
}
var EMPTY, BOOLEANS, SIZE_UNITS, SIZE;
var init_values = __esm({
  "src/model/values.ts"() {
    "use strict";
    init_duration();
    EMPTY = { ok: true, value: { kind: "empty" } };
    BOOLEANS = { true: true, false: false, yes: true, no: false };
    SIZE_UNITS = { bytes: 1, kbs: 1024, mbs: 1024 ** 2, gbs: 1024 ** 3 };
    SIZE = /^(\d+)\s*([A-Za-z]+)?$/;
  }
});

// src/model/cleartrust.ts
function buildClearTrustAgent(id, document) {
  const pools = [];
  const virtualHosts = [];
  let globalBlock;
  for (const block of document.blocks) {
    if (block.kind === "pool") {
      pools.push({ id: attribute(block, "id") ?? "", block, settings: settingsOf(block) });
    } else if (block.kind === "virtualhost") {
      virtualHosts.push(block);
    } else if (block.kind === "global") {
      globalBlock ??= block;
    }
  }
  const globalSettings = globalBlock ? settingsOf(globalBlock) : /* @__PURE__ */ new Map();
  const scopes = [scope("global", globalBlock, "Global", void 0)];
  for (const block of virtualHosts) {
    scopes.push(scope("virtualhost", block, blockLabel(block), settingsOf(block)));
  }
  const used = new Set(scopes.map((s) => s.pool));
  const poolViews = [
    ...scopes.map((s) => ({ id: s.poolId, settings: s.settings })),
    ...pools.filter((pool) => !used.has(pool)).map((pool) => ({ id: pool.id, settings: pool.settings }))
  ];
  const entries = [...document.topLevelEntries, ...document.blocks.flatMap((block) => block.entries)].sort((a, b) => a.start - b.start);
  return { product: "cleartrust", id, document, entries, pools, scopes, poolViews };
  function scope(kind, block, label, own) {
    const scoped = (name) => own?.get(name) ?? globalSettings.get(name);
    const poolId = serverPoolId({ get: scoped, has: (name) => scoped(name) !== void 0 });
    const pool = pools.find((p) => p.id === poolId);
    const get = (name) => {
      if (isPoolSetting(name)) return pool?.settings.get(name) ?? scoped(name);
      return name === SERVER_POOL ? scoped(name) : scoped(name) ?? pool?.settings.get(name);
    };
    return { kind, block, label, settings: { get, has: (name) => get(name) !== void 0 }, poolId, pool };
  }
}
function isPoolSetting(name) {
  return cleartrustProperties.get(name)?.scope === "pool";
}
function serverPoolId(settings) {
  const entry = settings.get(SERVER_POOL);
  return entry && entry.value.trim() !== "" ? entry.value.trim() : DEFAULT_POOL_ID;
}
function settingsOf(block) {
  const map = /* @__PURE__ */ new Map();
  for (const entry of block.entries) map.set(entry.key, entry);
  return map;
}
function blockLabel(block) {
  if (block.kind === "pool") return `Pool ${attribute(block, "id") ?? ""}`;
  if (block.kind === "virtualhost") return `VirtualHost ${["name", "address", "port"].map((n) => attribute(block, n) ?? "*").join(":")}`;
  return block.kind === "global" ? "Global" : block.name;
}
function attribute(block, name) {
  return block.attributes.find((a) => a.name.toLowerCase() === name)?.value;
}
function definitionOf(entry) {
  return cleartrustProperties.get(entry.key);
}
function typedValueOf(entry) {
  entry.typed ??= readValue(definitionOf(entry), entry.value);
  return entry.typed;
}
function readSetting(key2, text) {
  return readValue(cleartrustProperties.get(key2), text);
}
function durationOf(settings, name) {
  const entry = settings.get(PREFIX + name);
  if (!entry) return void 0;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === "duration" ? { entry, seconds: result.value.seconds } : void 0;
}
function booleanOf(settings, name) {
  const entry = settings.get(PREFIX + name);
  if (!entry) return void 0;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === "boolean" ? { entry, value: result.value.value } : void 0;
}
function integerOf(settings, name) {
  const entry = settings.get(PREFIX + name);
  if (!entry) return void 0;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === "integer" ? { entry, value: result.value.value } : void 0;
}
function nonEmpty(settings, name) {
  const entry = settings.get(PREFIX + name);
  return entry && entry.value.trim() !== "" ? entry : void 0;
}
function displayValue(entry) {
  return isSecretName(entry.key) ? "(secret value hidden)" : entry.value;
}
function shortName(key2) {
  return key2.startsWith(PREFIX) ? key2.slice(PREFIX.length) : key2;
}
var PREFIX, DEFAULT_POOL_ID, SERVER_POOL;
var init_cleartrust = __esm({
  "src/model/cleartrust.ts"() {
    "use strict";
    init_properties();
    init_values();
    init_source();
    PREFIX = "cleartrust.agent.";
    DEFAULT_POOL_ID = "__default__";
    SERVER_POOL = `${PREFIX}server_pool`;
  }
});

// rules/cleartrust/auth-server-timeout-range.ts
var SHORT_FACTOR, LONG_FACTOR, auth_server_timeout_range_default;
var init_auth_server_timeout_range = __esm({
  "rules/cleartrust/auth-server-timeout-range.ts"() {
    "use strict";
    init_rule_api();
    init_duration();
    init_cleartrust();
    SHORT_FACTOR = 1 / 3;
    LONG_FACTOR = 4;
    auth_server_timeout_range_default = defineRule({
      id: "cleartrust/auth-server-timeout-range",
      title: "Limit auth_server_timeout to a plausible range around the documented 15 seconds",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: ["CT_SERVER_TIMED_OUT_ERROR"],
      // Waiting longer cannot make an aserver miss the timeout: only the short side predicts the error.
      predictsByMessage: { tooLong: [] },
      docs: {
        why: "The agent logs CT_SERVER_TIMED_OUT_ERROR when an aserver does not reply within the reply timeout, 15 seconds by default. A much shorter timeout turns ordinary load on the aserver into timeouts. A much longer one causes no such error, but keeps requests hanging on a dropped connection before the agent gives up on it and fails over. The bounds (a third of, and four times, the default) are webagent-lint's judgement, not RSA's.",
        fix: "Set cleartrust.agent.auth_server_timeout close to the documented default of 15 Secs.",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=2 Secs\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=15 Secs\n</Pool>",
        sources: ["KB25051"],
        confidence: "inferred"
      },
      messages: {
        tooShort: "auth_server_timeout is {timeout}, far below the documented default of {default}: a busy aserver will not reply in time.",
        tooLong: "auth_server_timeout is {timeout}, far above the documented default of {default}: requests hang that long on a dropped connection before the agent gives up."
      },
      check(agent, context) {
        const defaultTimeout = context.environment.authServerReplyTimeout.value;
        for (const pool of agent.poolViews) {
          const timeout = durationOf(pool.settings, "auth_server_timeout");
          if (!timeout) continue;
          const messageId = timeout.seconds < defaultTimeout * SHORT_FACTOR ? "tooShort" : timeout.seconds > defaultTimeout * LONG_FACTOR ? "tooLong" : void 0;
          if (!messageId) continue;
          context.report({
            at: entrySpan(timeout.entry),
            messageId,
            data: { timeout: describeDuration(timeout.seconds), default: describeDuration(defaultTimeout) }
          });
        }
      }
    });
  }
});

// rules/cleartrust/cookie-ip-check-without-trusted-proxy.ts
var cookie_ip_check_without_trusted_proxy_default;
var init_cookie_ip_check_without_trusted_proxy = __esm({
  "rules/cleartrust/cookie-ip-check-without-trusted-proxy.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    cookie_ip_check_without_trusted_proxy_default = defineRule({
      id: "cleartrust/cookie-ip-check-without-trusted-proxy",
      title: "Require trusted proxy settings when the cookie IP check is on",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: ["CT-MSG-TOKEN-IP-MISMATCH"],
      docs: {
        why: 'With cookie_ip_check on, the agent rejects a session token presented from another IP address than the one it was issued to. Behind a proxy, load balancer or NAT the addresses differ, users are sent back to the logon page in a loop, and the agent logs "Token IP and client IP address do not match" at Security level, which the default Critical log level hides.',
        fix: "Turn cookie_ip_check on only when no proxy sits between browsers and the agent; otherwise set cleartrust.agent.trusted_proxy_list and cleartrust.agent.trusted_proxy_header_name.",
        bad: "<Global>\ncleartrust.agent.cookie_ip_check=True\ncleartrust.agent.trusted_proxy_list=\n</Global>",
        good: "<Global>\ncleartrust.agent.cookie_ip_check=True\ncleartrust.agent.trusted_proxy_list=10.0.0.5\ncleartrust.agent.trusted_proxy_header_name=X-Forwarded-For\n</Global>",
        sources: ["KB14470"],
        confidence: "documented"
      },
      messages: {
        noTrustedProxy: "cookie_ip_check is on in {scope} with no trusted proxy configured: users behind a proxy or NAT are sent back to the logon page{visibility}."
      },
      check(agent, context) {
        for (const scope of agent.scopes) {
          const check = booleanOf(scope.settings, "cookie_ip_check");
          if (!check?.value) continue;
          if (nonEmpty(scope.settings, "trusted_proxy_list") || nonEmpty(scope.settings, "trusted_proxy_header_name")) continue;
          const level = scope.settings.get(`${PREFIX}log_level`)?.value.trim() || "Critical";
          context.report({
            at: entrySpan(check.entry),
            messageId: "noTrustedProxy",
            data: {
              scope: scope.label,
              visibility: level.toLowerCase() === "critical" ? ", and at log_level Critical the log does not say why" : ""
            }
          });
        }
      }
    });
  }
});

// rules/cleartrust/debug-logging.ts
var VERBOSE_LEVELS, debug_logging_default2;
var init_debug_logging2 = __esm({
  "rules/cleartrust/debug-logging.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    VERBOSE_LEVELS = /* @__PURE__ */ new Set(["debug", "massive"]);
    debug_logging_default2 = defineRule({
      id: "cleartrust/debug-logging",
      title: "Disallow Debug and Massive log levels outside diagnosis",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "Debug (and Massive, which is more verbose still) are diagnostic levels: the agent then writes a great deal per request. Left on in production the log grows quickly and real Critical errors are hard to find. The default level is Critical.",
        fix: "Set cleartrust.agent.log_level back to Critical (or Security) once the diagnosis is done.",
        bad: "<Global>\ncleartrust.agent.log_level=DEBUG\n</Global>",
        good: "<Global>\ncleartrust.agent.log_level=Critical\n</Global>",
        sources: ["KB14470", "KB48839"],
        confidence: "inferred"
      },
      messages: {
        verbose: "log_level is {level} in {scope}, a diagnostic level."
      },
      check(agent, context) {
        for (const scope of agent.scopes) {
          const entry = scope.settings.get(`${PREFIX}log_level`);
          if (!entry || !VERBOSE_LEVELS.has(entry.value.trim().toLowerCase())) continue;
          context.report({ at: valueSpan(entry), messageId: "verbose", data: { level: entry.value.trim(), scope: scope.label } });
        }
      }
    });
  }
});

// rules/cleartrust/duplicate-key.ts
var duplicate_key_default2;
var init_duplicate_key2 = __esm({
  "rules/cleartrust/duplicate-key.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    init_fixes();
    duplicate_key_default2 = defineRule({
      id: "cleartrust/duplicate-key",
      title: "Disallow setting the same property twice in one block",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "When a key appears twice in one block, only one of the two lines can take effect, and which one is not documented; the other line misleads whoever reads the file. Real configurations have this (a login form location set twice with different URLs). webagent-lint assumes the later line wins.",
        fix: "Delete the line that is not meant to apply.",
        bad: "<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.idle_timeout=20 Mins\n</Global>",
        good: "<Global>\ncleartrust.agent.idle_timeout=20 Mins\n</Global>",
        sources: ["S-GH", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        repeated: "{key} is already set in this <{block}> block at line {firstLine}; which of the two the agent uses is not documented."
      },
      check(agent, context) {
        for (const block of agent.document.blocks) {
          const first = /* @__PURE__ */ new Map();
          const previous = /* @__PURE__ */ new Map();
          for (const entry of block.entries) {
            const before = previous.get(entry.key);
            previous.set(entry.key, entry);
            if (!before) {
              first.set(entry.key, entry);
              continue;
            }
            const earlier = first.get(entry.key);
            const beforeLine = entry.source.positionAt(before.start).line;
            const removal = { description: `Remove the earlier line ${beforeLine}`, edits: [removeLines(entry.source, before.start, before.end)] };
            const same = before.value.trim() === entry.value.trim();
            context.report({
              at: keySpan(entry),
              messageId: "repeated",
              data: { key: entry.key, block: block.name, firstLine: entry.source.positionAt(earlier.start).line },
              ...same ? { fix: removal } : {
                suggestions: [removal, { description: "Remove this later line", edits: [removeLines(entry.source, entry.start, entry.end)] }]
              }
            });
          }
        }
      }
    });
  }
});

// rules/cleartrust/duplicate-server-lists.ts
var duplicate_server_lists_default;
var init_duplicate_server_lists = __esm({
  "rules/cleartrust/duplicate-server-lists.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    duplicate_server_lists_default = defineRule({
      id: "cleartrust/duplicate-server-lists",
      title: "Disallow setting both dispatcher_list and auth_server_list in one pool",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: ["CT_SERVER_TIMED_OUT"],
      docs: {
        why: 'The agent learns its aservers from the dispatchers. An explicit auth_server_list in the same pool adds the same aservers a second time, so the pool holds duplicate connections: load balancing becomes erratic in DISTRIBUTED mode, and in STANDARD mode the idle duplicates are dropped by the firewall and every pool refresh logs "Critical error: CT_SERVER_TIMED_OUT".',
        fix: "Leave cleartrust.agent.auth_server_list empty and use cleartrust.agent.dispatcher_list alone, unless you want an explicit list instead of the dispatcher's (e.g. a fail-over location class); then waive this finding with the reason.",
        bad: "<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_list=az1.example.com:5615\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_list=\n</Pool>",
        sources: ["KB23587"],
        confidence: "documented"
      },
      messages: {
        bothLists: "Pool {pool} sets auth_server_list as well as dispatcher_list: the pool holds duplicate aserver connections and its refreshes time out on them."
      },
      levers: { bothLists: "dispatcher-list-alone" },
      check(agent, context) {
        for (const pool of agent.poolViews) {
          const authServers = nonEmpty(pool.settings, "auth_server_list");
          if (authServers && nonEmpty(pool.settings, "dispatcher_list")) {
            context.report({ at: entrySpan(authServers), messageId: "bothLists", data: { pool: pool.id } });
          }
        }
      }
    });
  }
});

// rules/cleartrust/duration-without-unit.ts
var duration_without_unit_default;
var init_duration_without_unit = __esm({
  "rules/cleartrust/duration-without-unit.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    init_source();
    duration_without_unit_default = defineRule({
      id: "cleartrust/duration-without-unit",
      title: "Require a unit word on durations and sizes",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: 'Real configurations always write a unit (15 Secs, 10 Mins, 1 Hrs, 10 Mbs). Which unit the agent assumes for a bare number is not documented, so "auth_server_pool_refresh=60" may be a minute or an hour.',
        fix: "Add the unit word: Secs, Mins or Hrs for durations, Mbs for sizes.",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>",
        sources: ["S-GH", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        noUnit: "{property}={number} has no unit; which unit the agent assumes is not documented."
      },
      check(agent, context) {
        for (const entry of agent.entries) {
          const result = typedValueOf(entry);
          if (result.ok || result.problem === "invalid") continue;
          const value = writtenValue(entry);
          const units = result.problem === "ambiguousSize" ? ["Mbs"] : ["Secs", "Mins", "Hrs"];
          context.report({
            at: valueSpan(entry),
            messageId: "noUnit",
            data: { property: shortName(entry.key), number: result.number },
            suggestions: units.map((unit) => ({ description: `Write ${value.text} ${unit}`, edits: [{ offset: value.end, length: 0, text: ` ${unit}` }] }))
          });
        }
      }
    });
  }
});

// src/model/environment.ts
function describeOrigin(origin, configKey) {
  switch (origin.kind) {
    case "command line":
      return `from ${origin.flag}`;
    case "config":
      return `from ${origin.where}`;
    case "default":
      return `the typical value in RSA KB 000025051, assumed because ${configKey} is not set`;
  }
}
var DEFAULT_ENVIRONMENT, HOW_TO_GIVE;
var init_environment = __esm({
  "src/model/environment.ts"() {
    "use strict";
    DEFAULT_ENVIRONMENT = {
      firewallIdleTimeout: { value: 3600, origin: { kind: "default", source: "KB25051" } },
      authServerReplyTimeout: { value: 15, origin: { kind: "default", source: "KB25051" } },
      camsLoginPages: []
    };
    HOW_TO_GIVE = {
      firewallIdleTimeout: "Give the real timeout: environment.firewallIdleTimeout in .webagent-lint.yaml, or --firewall-idle-timeout.",
      activeAuthServers: "Give the number: environment.activeAuthServers in .webagent-lint.yaml, or --active-auth-servers."
    };
  }
});

// rules/cleartrust/idle-failover-connections.ts
function idleConnectionReason(pool) {
  if (pool.settings.get(`${PREFIX}auth_server_mode`)?.value.trim().toUpperCase() === "STANDARD") return "in STANDARD mode";
  if (nonEmpty(pool.settings, "location_class_priority")) return "with location_class_priority set";
  return void 0;
}
var idle_failover_connections_default;
var init_idle_failover_connections = __esm({
  "rules/cleartrust/idle-failover-connections.ts"() {
    "use strict";
    init_rule_api();
    init_environment();
    init_cleartrust();
    idle_failover_connections_default = defineRule({
      id: "cleartrust/idle-failover-connections",
      title: "Limit pooled connections to the aservers actually in use",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: ["CT_SOCKET_ERROR", "CT_SERVER_TIMED_OUT_ERROR"],
      docs: {
        why: 'In STANDARD mode, or when location classes are used, the agent sends requests to only a few aservers but keeps a connection to every one. The connections to fail-over aservers stay idle, a firewall drops them, and using or validating them logs CT_SOCKET_ERROR (a dropped socket can also be logged as CT_SERVER_TIMED_OUT_ERROR). When the agent then fails over, requests may wait briefly while it finds the socket dead and opens a new connection. RSA advises setting max_open_connections to the number of connections actually in use, so connections to fail-over aservers are opened on demand. That 0 means "no limit" is inferred from the real files, where 0 is the common value.',
        fix: "Set cleartrust.agent.max_open_connections to the number of aservers actually in use in the pool (environment.activeAuthServers).",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=0\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_mode=STANDARD\ncleartrust.agent.max_open_connections=2\n</Pool>",
        sources: ["KB25051", "KB25333"],
        confidence: "documented"
      },
      messages: {
        unlimited: "Pool {pool} has no connection limit (max_open_connections=0) {reason}: connections to fail-over aservers stay idle until a firewall drops them.",
        aboveActive: "Pool {pool} allows {limit} connections {reason}, more than the {active} aservers in use ({origin}): the extra connections to fail-over aservers stay idle until a firewall drops them."
      },
      remedies: {
        aboveActive: "Set cleartrust.agent.max_open_connections={active} so connections to fail-over aservers are opened on demand (RSA KB 000025051)."
      },
      levers: { unlimited: "limit-to-active", aboveActive: "limit-to-active" },
      check(agent, context) {
        const active = context.environment.activeAuthServers;
        let unjudged = false;
        for (const pool of agent.poolViews) {
          const reason = idleConnectionReason(pool);
          const limit = integerOf(pool.settings, "max_open_connections");
          if (!reason || !limit) continue;
          if (limit.value === 0) {
            context.report({ at: entrySpan(limit.entry), messageId: "unlimited", data: { pool: pool.id, reason } });
          } else if (active && limit.value > active.value) {
            context.report({
              at: entrySpan(limit.entry),
              messageId: "aboveActive",
              data: {
                pool: pool.id,
                reason,
                limit: limit.value,
                active: active.value,
                origin: describeOrigin(active.origin, "environment.activeAuthServers")
              }
            });
          } else if (!active) {
            unjudged = true;
          }
        }
        if (unjudged) {
          context.notChecked({
            reason: "A pool whose fail-over connections stay idle (STANDARD mode, or location_class_priority) limits its connections, but the number of aservers in use was not given, so the limit was not compared with it.",
            enable: HOW_TO_GIVE.activeAuthServers
          });
        }
      }
    });
  }
});

// rules/cleartrust/idle-timeout-not-below-session-lifetime.ts
var idle_timeout_not_below_session_lifetime_default;
var init_idle_timeout_not_below_session_lifetime = __esm({
  "rules/cleartrust/idle-timeout-not-below-session-lifetime.ts"() {
    "use strict";
    init_rule_api();
    init_duration();
    init_cleartrust();
    idle_timeout_not_below_session_lifetime_default = defineRule({
      id: "cleartrust/idle-timeout-not-below-session-lifetime",
      title: "Require idle_timeout to be shorter than session_lifetime",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "A session ends when it has been idle for idle_timeout or has existed for session_lifetime. When the idle timeout is not shorter than the lifetime, the lifetime always ends the session first and the idle timeout never takes effect, which is rarely what was meant.",
        fix: "Make cleartrust.agent.idle_timeout shorter than cleartrust.agent.session_lifetime.",
        bad: "<Global>\ncleartrust.agent.idle_timeout=8 Hrs\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>",
        good: "<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>",
        sources: ["KB15952"],
        confidence: "inferred"
      },
      messages: {
        neverApplies: "idle_timeout ({idle}) is not shorter than session_lifetime ({lifetime}) in {scope}, so it never takes effect."
      },
      check(agent, context) {
        for (const scope of agent.scopes) {
          const idle = durationOf(scope.settings, "idle_timeout");
          const lifetime = durationOf(scope.settings, "session_lifetime");
          if (!idle || !lifetime || idle.seconds < lifetime.seconds) continue;
          context.report({
            at: entrySpan(idle.entry),
            messageId: "neverApplies",
            data: { idle: describeDuration(idle.seconds), lifetime: describeDuration(lifetime.seconds), scope: scope.label }
          });
        }
      }
    });
  }
});

// rules/cleartrust/invalid-value.ts
var invalid_value_default;
var init_invalid_value = __esm({
  "rules/cleartrust/invalid-value.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    invalid_value_default = defineRule({
      id: "cleartrust/invalid-value",
      title: "Require each value to fit its property's type",
      severity: "error",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "Durations are written as a number and a unit word (30 Secs, 10 Mins, 1 Hrs), booleans as True or False, counts as whole numbers. A value the agent cannot read leaves the setting at a value nobody chose.",
        fix: "Write the value in the form the property takes.",
        bad: "<Global>\ncleartrust.agent.cookie_ip_check=maybe\n</Global>",
        good: "<Global>\ncleartrust.agent.cookie_ip_check=False\n</Global>",
        sources: ["S-GH", "KB15952", "KB11941"],
        confidence: "inferred"
      },
      messages: {
        invalid: '{property} is "{value}", which is not {expected}.'
      },
      check(agent, context) {
        for (const entry of agent.entries) {
          const result = typedValueOf(entry);
          if (result.ok || result.problem !== "invalid") continue;
          context.report({
            at: valueSpan(entry),
            messageId: "invalid",
            data: { property: shortName(entry.key), value: displayValue(entry), expected: result.expected }
          });
        }
      }
    });
  }
});

// rules/cleartrust/misplaced-setting.ts
function overridden(block, entry) {
  return block.entries.some((other) => other.key === entry.key && other.start > entry.start);
}
function winnerOver(agent, block, entry) {
  const scope = agent.scopes.find((s) => block.kind === "pool" ? s.pool?.block === block : block.kind === "global" ? s.kind === "global" : s.block === block);
  return scope?.settings.get(entry.key);
}
var misplaced_setting_default;
var init_misplaced_setting = __esm({
  "rules/cleartrust/misplaced-setting.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    misplaced_setting_default = defineRule({
      id: "cleartrust/misplaced-setting",
      title: "Require pool settings in Pool blocks and the other settings in Global or VirtualHost blocks",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "Settings of the connection pool (dispatcher and aserver lists, pool refresh, reply timeout, server mode, connection limit, SSL) describe one pool: each pool logs its own refresh, connection limit and mode, and every real configuration writes them inside the <Pool id=\u2026> block that <Global> or a <VirtualHost> selects with server_pool. The other settings are written in <Global> and <VirtualHost>. No source says what the agent does with a setting written in the other kind of block; it may ignore the line and use a default nobody chose. webagent-lint judges such a line as if it applied wherever its own block does not set the setting (so a 2-hour pool refresh in <Global> is still compared with the firewall), and reports it here so that it is moved where the agent certainly reads it.",
        fix: "Move the line into <Global>, or into the <VirtualHost> it is meant for.",
        bad: "<Global>\ncleartrust.agent.server_pool=__default__\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\n</Pool>",
        good: "<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=disp1.example.com:5608\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>",
        sources: ["S-GH", "KB25333", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        poolSettingOutside: "{property} is a pool setting but is written in <{block}>; whether the agent reads it outside a <Pool> block is not documented, and webagent-lint judges it as the value of pool {pool} ({poolState}).",
        agentSettingInPool: "{property} is a Global/VirtualHost setting but is written in <{block}>; whether the agent reads it in a <Pool> block is not documented, and webagent-lint judges it as the value of {scopes}, which do not set it.",
        shadowed: "{property} is written in <{block}>, outside its own kind of block; <{winnerBlock}> sets it at line {line}, and webagent-lint assumes that line wins, so this one is read as having no effect.",
        unusedPool: "{property} is a Global/VirtualHost setting written in <{block}>, a pool that neither Global nor any VirtualHost uses."
      },
      remedies: {
        poolSettingOutside: "Move the line into the <Pool id={pool}> block (add the block if the file has none).",
        shadowed: "Delete the line: the value that applies is the one at line {line}."
      },
      check(agent, context) {
        for (const block of agent.document.blocks) {
          if (block.kind === "unknown") continue;
          for (const entry of block.entries) {
            const definition = definitionOf(entry);
            if (!definition || block.kind === "pool" === (definition.scope === "pool") || overridden(block, entry)) continue;
            const property = shortName(entry.key);
            const label = blockLabel(block);
            const users = agent.scopes.filter((scope) => scope.settings.get(entry.key) === entry);
            const first = users[0];
            if (first && definition.scope === "pool") {
              const poolState = first.pool ? "its <Pool> block does not set it" : `the file has no <Pool id=${first.poolId}> block`;
              context.report({ at: keySpan(entry), messageId: "poolSettingOutside", data: { property, block: label, pool: first.poolId, poolState } });
            } else if (first) {
              const scopes = users.map((scope) => scope.label).join(", ");
              context.report({ at: keySpan(entry), messageId: "agentSettingInPool", data: { property, block: label, scopes } });
            } else {
              const winner = winnerOver(agent, block, entry);
              if (winner?.block) {
                const line = winner.source.positionAt(winner.start).line;
                context.report({ at: keySpan(entry), messageId: "shadowed", data: { property, block: label, winnerBlock: blockLabel(winner.block), line } });
              } else {
                context.report({ at: keySpan(entry), messageId: "unusedPool", data: { property, block: label } });
              }
            }
          }
        }
      }
    });
  }
});

// rules/cleartrust/pool-refresh-exceeds-firewall-idle.ts
function inStyleOf(written, suggestion) {
  const style = /^\d+(\s*)([A-Za-z]+)$/.exec(written);
  const [number2, unit] = suggestion.split(" ");
  if (!style) return suggestion;
  const [, space = "", word = ""] = style;
  const cased = word === word.toLowerCase() ? unit.toLowerCase() : word === word.toUpperCase() ? unit.toUpperCase() : unit;
  return `${number2}${space}${cased}`;
}
var pool_refresh_exceeds_firewall_idle_default;
var init_pool_refresh_exceeds_firewall_idle = __esm({
  "rules/cleartrust/pool-refresh-exceeds-firewall-idle.ts"() {
    "use strict";
    init_rule_api();
    init_environment();
    init_duration();
    init_cleartrust();
    init_fixes();
    init_source();
    pool_refresh_exceeds_firewall_idle_default = defineRule({
      id: "cleartrust/pool-refresh-exceeds-firewall-idle",
      title: "Require the pool refresh to be shorter than the firewall idle timeout",
      // A warning: RSA says the hourly CT_SOCKET_ERRORs this causes can mostly be ignored, since the agent reopens
      // the dropped connections (KB 000025051). Sites that want it to fail a build raise it in the config file.
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: ["CT_SOCKET_ERROR", "CT_SERVER_TIMED_OUT_ERROR"],
      docs: {
        why: "The agent keeps a pooled connection to every aserver, and many of them sit idle. A firewall between agent and aserver drops connections idle longer than its timeout (typically 1 hour). When the pool refresh (auth_server_pool_refresh) is not shorter than that timeout, the refresh validates connections the firewall has already dropped, and every refresh writes CT_SOCKET_ERROR to ctagent.log. The agent opens new connections in their place, so RSA says these regular errors can mostly be ignored; they fill the log and hide the errors that matter, and a request that picks a dropped connection waits until the agent notices. A dropped socket can also be logged as CT_SERVER_TIMED_OUT_ERROR, as RSA notes for that error.",
        fix: "Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, so pooled connections are refreshed before the firewall drops them.",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>",
        sources: ["KB25051"],
        confidence: "documented"
      },
      messages: {
        notBelowFirewall: "Pool {pool} refreshes every {refresh}, not below the firewall idle timeout of {firewall} ({origin}): idle pooled connections are dropped before the refresh validates them."
      },
      remedies: {
        notBelowFirewall: "Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, e.g. {suggestion} (RSA KB 000025051)."
      },
      levers: { notBelowFirewall: "refresh-below-firewall" },
      check(agent, context) {
        const firewall = context.environment.firewallIdleTimeout;
        let passedOnAssumption = false;
        for (const pool of agent.poolViews) {
          const refresh = durationOf(pool.settings, "auth_server_pool_refresh");
          if (!refresh) continue;
          if (refresh.seconds < firewall.value) {
            passedOnAssumption ||= firewall.origin.kind === "default";
            continue;
          }
          const suggestion = toAgentSyntax(slightlyBelow(firewall.value));
          const value = writtenValue(refresh.entry);
          const replacement = inStyleOf(value.text, suggestion);
          context.report({
            at: entrySpan(refresh.entry),
            messageId: "notBelowFirewall",
            fix: { description: `Set the refresh of pool ${pool.id} to ${replacement}`, edits: [replaceSpan(value, replacement)] },
            data: {
              pool: pool.id,
              refresh: describeDuration(refresh.seconds),
              firewall: describeDuration(firewall.value),
              origin: describeOrigin(firewall.origin, "environment.firewallIdleTimeout"),
              suggestion
            }
          });
        }
        if (passedOnAssumption) {
          context.notChecked({
            reason: `Pool refreshes passed against a firewall idle timeout of ${describeDuration(firewall.value)} (${describeOrigin(firewall.origin, "environment.firewallIdleTimeout")}); against a shorter real timeout they may not.`,
            enable: HOW_TO_GIVE.firewallIdleTimeout
          });
        }
      }
    });
  }
});

// rules/cleartrust/syntax-error.ts
var syntax_error_default;
var init_syntax_error = __esm({
  "rules/cleartrust/syntax-error.ts"() {
    "use strict";
    init_rule_api();
    syntax_error_default = defineRule({
      id: "cleartrust/syntax-error",
      title: "Require webagent.conf to be well-formed",
      severity: "error",
      scope: "input",
      predicts: [],
      docs: {
        why: "webagent.conf is a list of key=value lines inside <Global>, <Pool id=\u2026> and <VirtualHost \u2026> blocks. A block that is never closed, a closing tag without its opening tag, nested blocks, a key outside every block or a line that is neither a key nor a tag leaves the agent reading settings differently from what the file seems to say; how the agent recovers is not documented.",
        fix: "Close every block with its own </Name> tag, keep blocks side by side (not nested), and put every key inside a block.",
        bad: "<Global>\ncleartrust.agent.enabled=True\n",
        good: "<Global>\ncleartrust.agent.enabled=True\n</Global>",
        sources: ["S-GH", "KB48839"],
        confidence: "inferred"
      },
      messages: {
        unclosedBlock: "<{name}> is never closed.",
        unexpectedClose: "</{name}> closes a block that is not open.",
        mismatchedClose: "</{name}> closes an outer block while <{open}> is still open.",
        nestedBlock: "<{name}> is opened inside <{parent}>; blocks cannot be nested.",
        keyOutsideBlock: "{key} is outside every block; the agent reads settings from <Global>, <Pool> and <VirtualHost> blocks.",
        unrecognizedLine: "This line is neither key=value, a block tag nor a # comment.",
        unknownBlock: "<{name}> is not a known block (Global, Pool, VirtualHost).",
        unclosedQuote: "The value of {key} opens a double quote that is never closed.",
        moreProblems: "\u2026 and {count} more syntax problems in this file from this line on (only the first {shown} are listed)."
      }
    });
  }
});

// src/text/edit-distance.ts
function editDistance(a, b, cap = Number.POSITIVE_INFINITY) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length];
}
function closestName(name, candidates) {
  return closestNames(name, candidates)[0];
}
function closestNames(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 8));
  let best = [];
  let bestDistance = limit;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance + 1);
    if (distance < bestDistance || distance === bestDistance && best.length === 0) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(candidate);
  }
  return best;
}
var init_edit_distance = __esm({
  "src/text/edit-distance.ts"() {
    "use strict";
  }
});

// rules/cleartrust/unknown-property.ts
var unknown_property_default;
var init_unknown_property = __esm({
  "rules/cleartrust/unknown-property.ts"() {
    "use strict";
    init_rule_api();
    init_properties();
    init_edit_distance();
    init_fixes();
    init_cleartrust();
    unknown_property_default = defineRule({
      id: "cleartrust/unknown-property",
      title: "Disallow properties that are not in the ClearTrust property catalog",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "The agent ignores a key it does not know, so a misspelt property silently leaves the setting at its default. The catalog holds the properties documented in RSA knowledge-base articles or seen in real deployments; RSA publishes no complete list, so a genuine but uncatalogued property can be waived.",
        fix: "Correct the property name, or waive the finding if the property is genuine.",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refersh=50 Mins\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=50 Mins\n</Pool>",
        sources: ["S-GH", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        didYouMean: "{key} is not a known ClearTrust agent property; did you mean {suggestion}?",
        unknown: "{key} is not a known ClearTrust agent property."
      },
      remedies: {
        didYouMean: "Rename it to {suggestion}."
      },
      check(agent, context) {
        for (const entry of agent.entries) {
          if (cleartrustProperties.has(entry.key)) continue;
          const [suggestion, ...others] = closestNames(entry.key, cleartrustProperties.keys());
          const at = keySpan(entry);
          if (!suggestion) {
            context.report({ at, messageId: "unknown", data: { key: entry.key } });
            continue;
          }
          const renames = [suggestion, ...others].map((name) => ({ description: `Rename to ${name}`, edits: [replaceSpan(at, name)] }));
          context.report({
            at,
            messageId: "didYouMean",
            data: { key: entry.key, suggestion },
            ...others.length === 0 ? { fix: renames[0] } : { suggestions: renames }
          });
        }
      }
    });
  }
});

// rules/cleartrust/unknown-server-pool.ts
var unknown_server_pool_default;
var init_unknown_server_pool = __esm({
  "rules/cleartrust/unknown-server-pool.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    unknown_server_pool_default = defineRule({
      id: "cleartrust/unknown-server-pool",
      title: "Require server_pool to name a Pool block of the file",
      severity: "error",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "cleartrust.agent.server_pool selects the <Pool id=\u2026> block whose dispatchers and aservers the Global scope or a VirtualHost uses. When no Pool has that id, that scope has no server settings at all.",
        fix: "Set server_pool to the id of an existing <Pool id=\u2026> block, or add the Pool.",
        bad: "<Global>\ncleartrust.agent.server_pool=main\n</Global>\n<Pool id=__default__>\n</Pool>",
        good: "<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\n</Pool>",
        sources: ["S-GH"],
        confidence: "inferred"
      },
      messages: {
        missingPool: 'server_pool is "{pool}", but no <Pool id={pool}> block exists (pools: {pools}).'
      },
      check(agent, context) {
        const ids = agent.pools.map((pool) => pool.id);
        for (const scope of agent.scopes) {
          const entry = scope.settings.get(`${PREFIX}server_pool`);
          const wanted = entry?.value.trim();
          if (!entry || !wanted || ids.includes(wanted)) continue;
          context.report({
            at: valueSpan(entry),
            messageId: "missingPool",
            data: { pool: wanted, pools: ids.length > 0 ? ids.join(", ") : "none" }
          });
        }
      }
    });
  }
});

// rules/cleartrust/unknown-value.ts
var unknown_value_default;
var init_unknown_value = __esm({
  "rules/cleartrust/unknown-value.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    unknown_value_default = defineRule({
      id: "cleartrust/unknown-value",
      title: "Disallow values of enumerated properties that no source names",
      severity: "warning",
      scope: "cleartrust-agent",
      predicts: [],
      docs: {
        why: "Some properties take one of a few words (log_level, auth_server_mode, ssl.use, \u2026). For most of them no source gives the full list: RSA names the pool modes STANDARD and DISTRIBUTED and the sub-modes ADAPTIVE and ROUNDROBIN, for instance, but not every spelling the agent accepts. A word none of the sources names may be a typing mistake that leaves the setting at a value nobody chose, or a genuine value the sources do not show, so it is a warning, not an error (cleartrust/invalid-value reports values outside a list a source states to be complete).",
        fix: "Check the value against the agent documentation of your version; correct it, or waive the finding with the source that names it.",
        bad: "<Pool id=__default__>\ncleartrust.agent.auth_server_mode=DISTRIBUTD\n</Pool>",
        good: "<Pool id=__default__>\ncleartrust.agent.auth_server_mode=DISTRIBUTED\n</Pool>",
        sources: ["KB25333", "KB14470", "KB48839", "WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        unnamed: '{property} is "{value}", none of the values the sources name for it ({values}).'
      },
      check(agent, context) {
        for (const entry of agent.entries) {
          const result = typedValueOf(entry);
          if (!result.ok || result.value.kind !== "word" || result.value.named) continue;
          context.report({
            at: valueSpan(entry),
            messageId: "unnamed",
            data: { property: shortName(entry.key), value: displayValue(entry), values: (definitionOf(entry)?.values ?? []).join(", ") }
          });
        }
      }
    });
  }
});

// src/text/compare-text.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_compare_text = __esm({
  "src/text/compare-text.ts"() {
    "use strict";
  }
});

// src/model/fleet.ts
function fleetName(block, key2) {
  return block === "" ? key2 : `${block} ${key2}`;
}
function poolSettingOf(agent, property) {
  return (agent.pool === void 0 ? void 0 : agent.setting(fleetName(agent.pool, property))) ?? agent.setting(property);
}
function agentFacts(agent) {
  return agent.product === "cleartrust" ? cleartrustFacts(agent) : camsFacts(agent);
}
function camsFacts(agent) {
  const settings = [...agent.settings.values()].map((entry) => ({
    block: "",
    key: entry.key,
    value: entry.value.trim(),
    start: entry.start,
    end: entry.end,
    valueStart: entry.valueStart,
    valueEnd: entry.valueEnd
  }));
  const cluster = agent.settings.get("cams.cluster.name")?.value.trim() ?? "";
  return {
    id: agent.id,
    product: "cams",
    path: agent.document.source.path,
    cluster: cluster || "(no cams.cluster.name)",
    clusterSource: cluster ? "cams.cluster.name" : "none",
    anchor: [0, 0],
    blocks: [],
    settings
  };
}
function dispatcherGroup(list) {
  return list.split(",").map((item) => item.trim().toLowerCase()).filter((item) => item !== "").sort().join(",");
}
function cleartrustFacts(agent) {
  const settings = [];
  const blocks = [];
  const global = agent.scopes[0];
  const add = (block, entries) => {
    for (const { key: key2, value, start, end, valueStart, valueEnd } of entries) settings.push({ block, key: key2, value, start, end, valueStart, valueEnd });
  };
  add("", global?.block?.entries ?? []);
  for (const pool of agent.pools) {
    const label = `<Pool ${pool.id}>`;
    blocks.push({ label, start: pool.block.start, end: pool.block.end });
    add(label, pool.settings.values());
  }
  for (const scope of agent.scopes) {
    if (scope.kind !== "virtualhost" || !scope.block) continue;
    const label = `<${scope.label}>`;
    blocks.push({ label, start: scope.block.start, end: scope.block.end });
    add(label, scope.block.entries);
  }
  const firstBlock = agent.document.blocks[0];
  const cluster = dispatcherGroup(global?.settings.get(`${PREFIX}dispatcher_list`)?.value ?? "");
  return {
    id: agent.id,
    product: "cleartrust",
    path: agent.document.source.path,
    cluster: cluster || "(no dispatcher list)",
    clusterSource: cluster ? "dispatcher list" : "none",
    anchor: firstBlock ? [firstBlock.start, firstBlock.end] : [0, 0],
    blocks,
    ...global?.pool ? { pool: `<Pool ${global.pool.id}>` } : {},
    settings
  };
}
function createFleetStore() {
  const strings = new FleetStrings();
  const agents = [];
  return {
    add(facts2) {
      const settings = [];
      const positions = /* @__PURE__ */ new Map();
      for (const s of facts2.settings) {
        const nameId = strings.name(s.block, s.key);
        const at = positions.get(nameId) ?? settings.length;
        positions.set(nameId, at);
        settings[at] = nameId;
        settings[at + 1] = strings.text(s.value);
        settings[at + 2] = s.start;
        settings[at + 3] = s.end;
        settings[at + 4] = s.valueStart;
        settings[at + 5] = s.valueEnd;
      }
      agents.push({
        id: unshared(facts2.id),
        product: facts2.product,
        path: unshared(facts2.path),
        cluster: strings.shared(facts2.cluster),
        clusterSource: facts2.clusterSource,
        anchor: [facts2.anchor[0], facts2.anchor[1]],
        blocks: Int32Array.from(facts2.blocks.flatMap((b) => [strings.text(b.label), b.start, b.end])),
        pool: facts2.pool === void 0 ? -1 : strings.text(facts2.pool),
        settings: Int32Array.from(settings)
      });
    },
    addPortable(portable) {
      const ids = strings.translate(portable.strings);
      const translate = (id) => id < 0 ? id : ids[id];
      for (const agent of portable.agents) {
        const settings = agent.settings.slice();
        for (let i = 0; i < settings.length; i += FIELDS) {
          settings[i] = translate(settings[i]);
          settings[i + 1] = translate(settings[i + 1]);
        }
        const blocks = agent.blocks.slice();
        for (let i = 0; i < blocks.length; i += 3) blocks[i] = translate(blocks[i]);
        agents.push({ ...agent, cluster: strings.shared(agent.cluster), pool: translate(agent.pool), settings, blocks });
      }
    },
    export() {
      return {
        portable: { strings: strings.export(), agents },
        transfer: agents.flatMap((a) => [a.settings.buffer, a.blocks.buffer])
      };
    },
    build(clusterOf = () => void 0) {
      const byCluster = /* @__PURE__ */ new Map();
      for (const stored of agents) {
        const configured = clusterOf(stored.id);
        const agent = fleetAgent(strings, stored, configured === void 0 ? void 0 : strings.shared(configured));
        const alone = agent.product === "cams" && agent.clusterSource === "none";
        append(byCluster, alone ? `${agent.product}\0\0${agent.path}` : `${agent.product}\0${agent.cluster}`, agent);
      }
      for (const members of byCluster.values()) members.sort((a, b) => compareText(a.path, b.path));
      const clusters = [...byCluster.values()].map((members) => {
        const first = members[0];
        return { product: first.product, name: first.cluster, source: first.clusterSource, members, compare: () => compareSettings(strings, members) };
      });
      clusters.sort(
        (a, b) => compareText(a.product, b.product) || compareText(a.name, b.name) || compareText(a.members[0].path, b.members[0].path)
      );
      return { clusters };
    }
  };
}
function fleetAgent(strings, stored, configuredCluster) {
  const { path: path5, settings, blocks } = stored;
  const valueAt = (i) => ({
    text: strings.texts[settings[i + 1]],
    secret: strings.secret[settings[i]],
    at: { path: path5, start: settings[i + 2], end: settings[i + 3] },
    valueAt: { path: path5, start: settings[i + 4], end: settings[i + 5] }
  });
  return {
    stored,
    id: stored.id,
    product: stored.product,
    path: path5,
    cluster: configuredCluster ?? stored.cluster,
    clusterSource: configuredCluster !== void 0 ? "config file" : stored.clusterSource,
    anchor: { path: path5, start: stored.anchor[0], end: stored.anchor[1] },
    pool: stored.pool < 0 ? void 0 : strings.texts[stored.pool],
    setting(name) {
      const id = strings.lookup(name);
      if (id === void 0) return void 0;
      for (let i = 0; i < settings.length; i += FIELDS) if (settings[i] === id) return valueAt(i);
      return void 0;
    },
    block(label) {
      for (let i = 0; i < blocks.length; i += 3) {
        if (strings.texts[blocks[i]] === label) return { path: path5, start: blocks[i + 1], end: blocks[i + 2] };
      }
      return void 0;
    },
    secretValues() {
      const values = [];
      for (let i = 0; i < settings.length; i += FIELDS)
        if (strings.secret[settings[i]]) values.push(strings.texts[settings[i + 1]]);
      return values;
    }
  };
}
function compareSettings(strings, members) {
  const byName = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  for (const agent of members) {
    const { settings, blocks } = agent.stored;
    for (let i = 0; i < blocks.length; i += 3) append(owners, strings.texts[blocks[i]], agent);
    for (let i = 0; i < settings.length; i += FIELDS) {
      const nameId = settings[i];
      let values = byName.get(nameId);
      if (!values) byName.set(nameId, values = /* @__PURE__ */ new Map());
      append(values, settings[i + 1], agent);
    }
  }
  const named = [...byName.keys()].map((id) => ({ id, name: strings.texts[id], block: strings.nameParts[id]?.[0] ?? "" }));
  const ordered = [...named.filter((n) => n.block === "").sort(byNameText), ...named.filter((n) => n.block !== "").sort(byNameText)];
  return ordered.map(({ id, name, block }) => {
    const values = byName.get(id);
    const owning = block === "" ? members : owners.get(block) ?? [];
    const groups = [...values.values()].map((group) => ({ value: group[0].setting(name), members: group }));
    const setCount = groups.reduce((n, group) => n + group.members.length, 0);
    if (setCount < owning.length) {
      const setting = new Set(groups.flatMap((group) => group.members));
      groups.push({ value: void 0, members: owning.filter((agent) => !setting.has(agent)) });
    }
    groups.sort(
      (a, b) => b.members.length - a.members.length || Number(a.value === void 0) - Number(b.value === void 0) || ((a.value?.text ?? "") < (b.value?.text ?? "") ? -1 : 1)
    );
    return { name, groups };
  });
}
function byNameText(a, b) {
  return compareText(a.name, b.name);
}
function append(map, key2, value) {
  const list = map.get(key2);
  if (list) list.push(value);
  else map.set(key2, [value]);
}
function groupBy(items, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) append(groups, keyOf(item), item);
  return [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b)).map(([, group]) => group);
}
function deviations(groups) {
  const [largest2, second] = groups;
  if (!largest2 || !second) return [];
  const deviating = largest2.length === second.length ? groups : groups.slice(1);
  return deviating.map((group) => ({ group, from: group === largest2 ? second : largest2 }));
}
function relatedPlaces(items, placeOf) {
  return items.slice(0, MAX_RELATED).map(placeOf);
}
function nameAgents(members, limit = 3) {
  const ids = members.slice(0, limit).map((m) => m.id);
  return members.length > limit ? `${ids.join(", ")} and ${members.length - limit} more` : ids.join(", ");
}
var FleetStrings, FIELDS, MAX_RELATED;
var init_fleet = __esm({
  "src/model/fleet.ts"() {
    "use strict";
    init_properties();
    init_source();
    init_cleartrust();
    init_compare_text();
    FleetStrings = class {
      ids = /* @__PURE__ */ new Map();
      /** Names by block (`''` for Global) and property: no concatenated key to hash per entry. */
      names = /* @__PURE__ */ new Map();
      texts = [];
      /** Per id: whether it names a secret setting. */
      secret = [];
      /** Per id: the block and property of a name, undefined for a value (so another table can take them over). */
      nameParts = [];
      text(text) {
        let id = this.ids.get(text);
        if (id === void 0) {
          id = this.store(unshared(text), false);
          this.ids.set(this.texts[id], id);
        }
        return id;
      }
      /** `secret` is asked only for a name not seen before (most entries repeat a name). */
      name(block, key2, secret = isSecretName) {
        let keys = this.names.get(block);
        if (keys === void 0) this.names.set(block, keys = /* @__PURE__ */ new Map());
        let id = keys.get(key2);
        if (id === void 0) {
          const ownKey = unshared(key2);
          id = this.store(fleetName(block, ownKey), secret(ownKey), [block, ownKey]);
          keys.set(ownKey, id);
        }
        return id;
      }
      /** The table's copy of `text`: strings that thousands of agents repeat (block labels, clusters) kept once. */
      shared(text) {
        return this.texts[this.text(text)];
      }
      /** The id of a fleet name, if any agent has it. */
      lookup(name) {
        const block = name.startsWith("<") ? name.slice(0, name.indexOf(">") + 1) : "";
        return this.names.get(block)?.get(block === "" ? name : name.slice(block.length + 1));
      }
      export() {
        return { texts: this.texts, names: this.nameParts, secret: this.secret };
      }
      /** Ids in this table for the strings of another table (index: the other table's id). */
      translate(other) {
        const ids = new Int32Array(other.texts.length);
        other.texts.forEach((text, i) => {
          const name = other.names[i];
          ids[i] = name ? this.name(name[0], name[1], () => other.secret[i]) : this.text(text);
        });
        return ids;
      }
      store(text, secret, name) {
        this.texts.push(text);
        this.secret.push(secret);
        this.nameParts.push(name);
        return this.texts.length - 1;
      }
    };
    FIELDS = 6;
    MAX_RELATED = 10;
  }
});

// rules/fleet/cams-cluster-name-shared.ts
var CLUSTER_NAME, cams_cluster_name_shared_default;
var init_cams_cluster_name_shared = __esm({
  "rules/fleet/cams-cluster-name-shared.ts"() {
    "use strict";
    init_rule_api();
    init_fleet();
    CLUSTER_NAME = "cams.cluster.name";
    cams_cluster_name_shared_default = defineRule({
      id: "fleet/cams-cluster-name-shared",
      title: "Disallow one cams.cluster.name in separate Cams deployments",
      severity: "warning",
      scope: "fleet",
      predicts: [],
      docs: {
        why: "A Cams agent recognises session cookies by the cluster name. When two separate deployments (named as clusters in the config file, e.g. test and production) use the same cams.cluster.name and their cookies reach the same browsers, an agent receives cookies of the other deployment. No log code is predicted: an older Cams page (Configuring Cams Server, 2.1) ties such cookies to web agent error 5100, but the Cams guide's Log and Error Codes chapter defines 5100 as an access check that failed for an unknown reason. Give each deployment its own cluster name, as Caf\xE9soft advises for dev, test and production.",
        fix: "Use a distinct cams.cluster.name in each deployment (and the same one on its policy servers).",
        bad: '=== .webagent-lint.yaml\nclusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n=== test/web01/cams-webagent.conf\ncams.cluster.name=Cams\n=== prod/web01/cams-webagent.conf\ncams.cluster.name=Cams\n',
        good: '=== .webagent-lint.yaml\nclusters:\n  test: ["test/*"]\n  prod: ["prod/*"]\n=== test/web01/cams-webagent.conf\ncams.cluster.name=CamsTest\n=== prod/web01/cams-webagent.conf\ncams.cluster.name=CamsProd\n',
        sources: ["CAMS-CCS21", "CAMS-CP32"],
        confidence: "inferred"
      },
      messages: {
        shared: "cams.cluster.name {name} is also used by deployment(s) {deployments}; cookies of one deployment reach the agents of the other."
      },
      check(fleet, context) {
        const camsMembers = fleet.clusters.filter((cluster) => cluster.product === "cams" && cluster.source === "config file").flatMap((cluster) => cluster.members.map((agent) => ({ agent, name: agent.setting(CLUSTER_NAME), deployment: cluster.name })));
        for (const group of groupBy(camsMembers, ({ name }) => name?.text ?? "")) {
          const deployments = new Set(group.map((m) => m.deployment));
          const name = group[0]?.name?.text;
          if (deployments.size < 2 || !name) continue;
          for (const { agent, name: setting, deployment } of group) {
            const others = [...deployments].filter((d) => d !== deployment).sort().join(", ");
            context.report({ at: setting ? setting.valueAt : agent.anchor, agent: agent.id, messageId: "shared", data: { name, deployments: others } });
          }
        }
      }
    });
  }
});

// src/model/session-hijacking.ts
function hijackingReadings(cluster) {
  if (cluster.product !== "cams") return [];
  return cluster.members.map((agent) => {
    const setting = agent.setting(ENABLE);
    if (!setting) return { agent, enabled: false, assumed: "unset", text: "", at: agent.anchor };
    const word = setting.text.toLowerCase();
    const assumed = word === "true" || word === "false" ? void 0 : "invalid";
    return { agent, enabled: word === "true", assumed, text: setting.text, at: setting.at };
  });
}
function protectionDeviations(cluster) {
  const groups = groupBy(hijackingReadings(cluster), (reading) => String(reading.enabled));
  return deviations(groups).map(({ group, from }) => ({ enabled: group[0].enabled, deviating: group, agreeing: from }));
}
function assumedOff(reading) {
  if (reading.assumed === "unset") return " (enable is not set: read as off)";
  if (reading.assumed === "invalid") return ` (enable is "${reading.text}", neither true nor false: read as off)`;
  return "";
}
var ENABLE, ALGORITHM, SALT, hijackingExampleAgent, HIJACKING_GOOD_EXAMPLE;
var init_session_hijacking = __esm({
  "src/model/session-hijacking.ts"() {
    "use strict";
    init_fleet();
    ENABLE = "cams.session.hijacking.protection.enable";
    ALGORITHM = "cams.session.hijacking.protection.algorithm";
    SALT = "cams.session.hijacking.protection.salt";
    hijackingExampleAgent = (name, ...lines) => `=== ${name}/cams-webagent.conf
cams.cluster.name=Prod
${lines.map((line) => `cams.session.hijacking.protection.${line}`).join("\n")}
`;
    HIJACKING_GOOD_EXAMPLE = hijackingExampleAgent("a", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("b", "enable=true", "algorithm=SHA-256", "salt=s1");
  }
});

// rules/fleet/cams-hijacking-protection-off.ts
var cams_hijacking_protection_off_default;
var init_cams_hijacking_protection_off = __esm({
  "rules/fleet/cams-hijacking-protection-off.ts"() {
    "use strict";
    init_rule_api();
    init_fleet();
    init_session_hijacking();
    cams_hijacking_protection_off_default = defineRule({
      id: "fleet/cams-hijacking-protection-off",
      title: "Require session hijacking protection on every agent of a Cams cluster where any agent has it on",
      severity: "error",
      scope: "fleet",
      judges: (product, name) => product === "cams" && name === ENABLE,
      predicts: ["CAMS-5305"],
      docs: {
        why: "A Cams session is shared by every web agent of a cluster. When session hijacking protection is on for the other agents of the cluster and off for this one, this agent reports a session hijacking misconfiguration (web agent error 5305) for sessions that come from the protected agents, and they report 5306 for sessions that come from this one. The finding is placed on the agent that differs from the rest of its cluster, with the agreeing agents as related locations; when the cluster is split evenly, on both sides. An agent that does not set cams.session.hijacking.protection.enable, or sets it to a word other than true or false, is read as having protection off (the default is not documented).",
        fix: "Give every agent of the cluster the same cams.session.hijacking.protection.enable, .algorithm and .salt.",
        bad: hijackingExampleAgent("a", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("b", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("c", "enable=false"),
        good: HIJACKING_GOOD_EXAMPLE,
        sources: ["CAMS-LEC32"],
        confidence: "documented"
      },
      messages: {
        off: "Session hijacking protection is off here{assumed} but on for {count} other agent(s) of Cams cluster {cluster} ({agents}): this agent logs web agent error 5305 for their sessions, and they log 5306 for its sessions."
      },
      remedies: {
        off: "Set cams.session.hijacking.protection.enable=true on {agent}, with the algorithm and salt of {agents}."
      },
      check(fleet, context) {
        for (const cluster of fleet.clusters) {
          for (const { enabled, deviating, agreeing } of protectionDeviations(cluster)) {
            if (enabled) continue;
            for (const reading of deviating) {
              context.report({
                at: reading.at,
                agent: reading.agent.id,
                messageId: "off",
                data: {
                  assumed: assumedOff(reading),
                  count: agreeing.length,
                  cluster: cluster.name,
                  agents: nameAgents(agreeing.map((r) => r.agent)),
                  agent: reading.agent.id
                },
                related: relatedPlaces(agreeing, (r) => r.at)
              });
            }
          }
        }
      }
    });
  }
});

// rules/fleet/cams-hijacking-protection-on-alone.ts
var cams_hijacking_protection_on_alone_default;
var init_cams_hijacking_protection_on_alone = __esm({
  "rules/fleet/cams-hijacking-protection-on-alone.ts"() {
    "use strict";
    init_rule_api();
    init_fleet();
    init_session_hijacking();
    cams_hijacking_protection_on_alone_default = defineRule({
      id: "fleet/cams-hijacking-protection-on-alone",
      title: "Disallow session hijacking protection on an agent whose Cams cluster has agents without it",
      severity: "error",
      scope: "fleet",
      judges: (product, name) => product === "cams" && name === ENABLE,
      predicts: ["CAMS-5306"],
      docs: {
        why: "When session hijacking protection is on for this agent but off for the other agents of the same Cams cluster, sessions created through the unprotected agents carry no protection hash: this agent reports a session hijacking misconfiguration (web agent error 5306) for them, and they report 5305 for sessions that come from this one. The finding is placed on the agent that differs from the rest of its cluster, with the agreeing agents as related locations; when the cluster is split evenly, on both sides. An agent that does not set cams.session.hijacking.protection.enable, or sets it to a word other than true or false, is read as having protection off (the default is not documented).",
        fix: "Give every agent of the cluster the same cams.session.hijacking.protection.enable, .algorithm and .salt.",
        bad: hijackingExampleAgent("a", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("b", "enable=false") + hijackingExampleAgent("c", "enable=false"),
        good: HIJACKING_GOOD_EXAMPLE,
        sources: ["CAMS-LEC32"],
        confidence: "documented"
      },
      messages: {
        alone: "Session hijacking protection is on here but off for {count} other agent(s) of Cams cluster {cluster} ({agents}): this agent logs web agent error 5306 for their sessions, and they log 5305 for its sessions."
      },
      remedies: {
        alone: "Set cams.session.hijacking.protection.enable=false on {agent}, or turn protection on for {agents} too, with the algorithm and salt of {agent}."
      },
      check(fleet, context) {
        for (const cluster of fleet.clusters) {
          for (const { enabled, deviating, agreeing } of protectionDeviations(cluster)) {
            if (!enabled) continue;
            for (const reading of deviating) {
              context.report({
                at: reading.at,
                agent: reading.agent.id,
                messageId: "alone",
                data: { count: agreeing.length, cluster: cluster.name, agents: nameAgents(agreeing.map((r) => r.agent)), agent: reading.agent.id },
                related: relatedPlaces(agreeing, (r) => r.at)
              });
            }
          }
        }
      }
    });
  }
});

// rules/fleet/cams-hijacking-settings-differ.ts
var cams_hijacking_settings_differ_default;
var init_cams_hijacking_settings_differ = __esm({
  "rules/fleet/cams-hijacking-settings-differ.ts"() {
    "use strict";
    init_rule_api();
    init_fleet();
    init_session_hijacking();
    cams_hijacking_settings_differ_default = defineRule({
      id: "fleet/cams-hijacking-settings-differ",
      title: "Require the agents of a Cams cluster that protect sessions to use the same algorithm and salt",
      severity: "error",
      scope: "fleet",
      judges: (product, name) => product === "cams" && (name === ALGORITHM || name === SALT),
      predicts: ["CAMS-5304"],
      docs: {
        why: "With session hijacking protection on, each agent checks a hash computed with cams.session.hijacking.protection.algorithm and .salt. Agents of one cluster that use a different algorithm or salt compute different hashes for the same session, and each reports a possible session hijacking attempt (web agent error 5304) for sessions of the others. The finding is placed on the agent whose value differs from the rest of the protected agents, with theirs as related locations; when they are split evenly, on both sides. Salts are compared without ever being shown.",
        fix: "Give every agent of the cluster the same cams.session.hijacking.protection.algorithm and .salt.",
        bad: hijackingExampleAgent("a", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("b", "enable=true", "algorithm=SHA-256", "salt=s1") + hijackingExampleAgent("c", "enable=true", "algorithm=SHA-256", "salt=s2"),
        good: HIJACKING_GOOD_EXAMPLE,
        sources: ["CAMS-LEC32"],
        confidence: "documented"
      },
      messages: {
        differs: "{property} differs from {count} other protected agent(s) of Cams cluster {cluster} ({agents}){shown}."
      },
      remedies: {
        differs: "Give {agent} the {property} of {agents}: every agent of the cluster needs the same algorithm and salt."
      },
      check(fleet, context) {
        for (const cluster of fleet.clusters) {
          const protectedAgents = hijackingReadings(cluster).filter((r) => r.enabled);
          for (const property of [ALGORITHM, SALT]) {
            const groups = groupBy(protectedAgents, (r) => r.agent.setting(property)?.text ?? "\0unset");
            for (const { group, from } of deviations(groups)) {
              for (const { agent } of group) {
                const setting = agent.setting(property);
                const algorithm = setting === void 0 ? "not set" : setting.text === "" ? "empty" : setting.text;
                context.report({
                  at: setting ? setting.valueAt : agent.anchor,
                  agent: agent.id,
                  messageId: "differs",
                  data: {
                    property,
                    count: from.length,
                    cluster: cluster.name,
                    agents: nameAgents(from.map((r) => r.agent)),
                    shown: property === ALGORITHM ? `: ${algorithm} here` : "",
                    agent: agent.id
                  },
                  related: relatedPlaces(from, (r) => r.agent.setting(property)?.valueAt ?? r.agent.anchor)
                });
              }
            }
          }
        }
      }
    });
  }
});

// rules/fleet/cleartrust-pool-drift.ts
function poolReading(agent, property) {
  const setting = poolSettingOf(agent, PREFIX + property);
  const at = setting?.at ?? (agent.pool === void 0 ? void 0 : agent.block(agent.pool)) ?? agent.anchor;
  if (!setting) return { agent, key: UNSET, text: "not set", at };
  if (setting.text === "") return { agent, key: UNSET, text: "empty", at };
  const value = readSetting(PREFIX + property, setting.text);
  if (value.ok && value.value.kind === "duration") return { agent, key: `${value.value.seconds}s`, text: describeDuration(value.value.seconds), at };
  return { agent, key: setting.text.toUpperCase(), text: setting.text, at };
}
var POOL_AGREEMENT, POOL_SETTING, UNSET, cleartrust_pool_drift_default;
var init_cleartrust_pool_drift = __esm({
  "rules/fleet/cleartrust-pool-drift.ts"() {
    "use strict";
    init_rule_api();
    init_cleartrust();
    init_duration();
    init_fleet();
    POOL_AGREEMENT = ["auth_server_pool_refresh", "auth_server_timeout", "max_open_connections", "auth_server_mode"];
    POOL_SETTING = new RegExp(`^(?:<Pool [^>]*> )?cleartrust\\.agent\\.(${POOL_AGREEMENT.join("|")})$`);
    UNSET = "(not set)";
    cleartrust_pool_drift_default = defineRule({
      id: "fleet/cleartrust-pool-drift",
      title: "Require the agents of one dispatcher group to agree on their pool settings",
      severity: "warning",
      scope: "fleet",
      judges: (product, name) => product === "cleartrust" && POOL_SETTING.test(name),
      predicts: [],
      docs: {
        why: "Agents that talk to the same dispatchers and aservers behave the same only if their pools are set up the same way. An agent whose pool refresh, reply timeout, connection limit or server mode differs from the rest of its group is the one that logs CT_SOCKET_ERROR or times out when the others do not \u2014 the classic result of a partial roll-out. The settings are compared by meaning: 60 Mins and 1 Hrs agree.",
        fix: "Give every agent of the dispatcher group the same pool settings (or put agents that must differ into separate clusters in the config file).",
        bad: "=== a/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n=== b/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n=== c/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=1 Hrs\n</Pool>",
        good: "=== a/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=30 Mins\n</Pool>\n=== b/webagent.conf\n<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d1:5608\ncleartrust.agent.auth_server_pool_refresh=1800 Secs\n</Pool>",
        sources: ["KB25051", "KB23587"],
        confidence: "inferred"
      },
      messages: {
        drift: "{property} is {value} here but {majority} on {count} other agent(s) of cluster {cluster} ({agents})."
      },
      check(fleet, context) {
        for (const cluster of fleet.clusters) {
          if (cluster.product !== "cleartrust" || cluster.members.length < 2) continue;
          for (const property of POOL_AGREEMENT) {
            const groups = groupBy(
              cluster.members.map((agent) => poolReading(agent, property)),
              (reading) => reading.key
            );
            for (const { group, from: others } of deviations(groups)) {
              for (const member of group) {
                context.report({
                  at: member.at,
                  agent: member.agent.id,
                  messageId: "drift",
                  data: {
                    property,
                    value: member.text,
                    majority: others[0]?.text ?? "",
                    count: others.length,
                    cluster: cluster.name,
                    agents: nameAgents(others.map((o) => o.agent))
                  },
                  related: relatedPlaces(others, (other) => other.at)
                });
              }
            }
          }
        }
      }
    });
  }
});

// rules/fleet/outlier.ts
var MAJORITY_SHARE, MIN_MAJORITY, outlier_default;
var init_outlier = __esm({
  "rules/fleet/outlier.ts"() {
    "use strict";
    init_rule_api();
    init_fleet();
    MAJORITY_SHARE = 0.75;
    MIN_MAJORITY = 3;
    outlier_default = defineRule({
      id: "fleet/outlier",
      title: "Specify values that differ from a strong majority of the cluster",
      severity: "info",
      scope: "fleet",
      predicts: [],
      docs: {
        why: "When at least three quarters of a cluster (and at least three agents) share a value and one agent has another, that agent is usually the one a roll-out missed or a hand edit changed. The finding only informs: some agents differ on purpose.",
        fix: "Check whether the agent should have the majority value; waive the finding with the reason if it differs on purpose.",
        bad: "=== a/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n=== b/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n=== c/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n=== d/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.exmaple.com\n</Global>",
        good: "=== a/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n=== b/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.com\n</Global>\n=== c/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.org\n</Global>\n=== d/webagent.conf\n<Global>\ncleartrust.agent.cookie_domain=.example.org\n</Global>",
        sources: ["WEBAGENT-LINT"],
        confidence: "inferred"
      },
      messages: {
        differs: "{setting} is {value} here, but {majority} on {count} of the {size} agents of cluster {cluster} ({agents})."
      },
      check(fleet, context) {
        for (const cluster of fleet.clusters) {
          const size = cluster.members.length;
          for (const { name, groups } of cluster.compare()) {
            if (context.judgedByAnotherRule(cluster.product, name)) continue;
            const majority = groups[0];
            if (!majority || groups.length < 2 || majority.members.length < Math.max(MIN_MAJORITY, size * MAJORITY_SHARE)) continue;
            if (majority.value === void 0) continue;
            const shown4 = (value) => value === void 0 ? "not set" : value.secret ? "a secret value (not shown)" : `"${value.text}"`;
            for (const group of groups.slice(1)) {
              for (const agent of group.members) {
                context.report({
                  at: group.value?.at ?? agent.anchor,
                  agent: agent.id,
                  messageId: "differs",
                  data: {
                    setting: name,
                    value: shown4(group.value),
                    majority: shown4(majority.value),
                    count: majority.members.length,
                    size,
                    cluster: cluster.name,
                    agents: nameAgents(majority.members)
                  }
                });
              }
            }
          }
        }
      }
    });
  }
});

// rules/input/invalid-encoding.ts
var invalid_encoding_default;
var init_invalid_encoding = __esm({
  "rules/input/invalid-encoding.ts"() {
    "use strict";
    init_rule_api();
    invalid_encoding_default = defineRule({
      id: "input/invalid-encoding",
      title: "Require configuration files to be UTF-8 (or UTF-16 with a byte-order mark)",
      severity: "warning",
      scope: "input",
      predicts: [],
      docs: {
        why: "A byte that is not valid UTF-8 means the file was written in another encoding; webagent-lint then reads it as ISO-8859-1, so non-ASCII values may not be what the agent sees.",
        fix: "Save the file as UTF-8.",
        bad: "(a file with the byte 0xE9 on its own)",
        good: "<Global>\ncleartrust.agent.realm=Soci\xE9t\xE9\n</Global>",
        sources: [],
        confidence: "documented"
      },
      messages: {
        invalidUtf8: "Not valid UTF-8 from here on; the file was read as ISO-8859-1."
      }
    });
  }
});

// rules/input/unreadable-file.ts
var unreadable_file_default;
var init_unreadable_file = __esm({
  "rules/input/unreadable-file.ts"() {
    "use strict";
    init_rule_api();
    unreadable_file_default = defineRule({
      id: "input/unreadable-file",
      title: "Require configuration files to be readable text of a sensible size",
      severity: "error",
      scope: "input",
      predicts: [],
      docs: {
        why: "A file that was selected as an agent configuration but is binary or far larger than any real configuration cannot be linted; saying so is better than passing it silently.",
        fix: "Check that the path names the agent configuration file; raise --max-file-size if a real configuration is that large.",
        bad: "(a file containing NUL bytes)",
        good: "<Global>\ncleartrust.agent.enabled=True\n</Global>",
        sources: [],
        confidence: "documented"
      },
      messages: {
        binary: "Not a text file (NUL byte at offset {offset}); it was not linted.",
        tooLarge: "File is {size} bytes, above the limit of {limit} bytes; it was not linted."
      },
      remedies: {
        tooLarge: "Check the file; if it really is a configuration, raise the limit with --max-file-size."
      }
    });
  }
});

// rules/waiver/invalid.ts
var invalid_default;
var init_invalid = __esm({
  "rules/waiver/invalid.ts"() {
    "use strict";
    init_rule_api();
    invalid_default = defineRule({
      id: "waiver/invalid",
      title: "Require waivers to name known rules and give a reason",
      severity: "error",
      scope: "input",
      predicts: [],
      docs: {
        why: "A waiver hides a finding from everyone who reads the report later, so it has to say which rule it waives and why. A waiver without a reason waives nothing; a misspelt directive or rule id would otherwise hide nothing while looking as if it did.",
        fix: "Write `# webagent-lint-disable-next-line <rule id> -- <reason>` on the line above the finding.",
        bad: "<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging\ncleartrust.agent.log_level=Debug\n</Global>",
        good: "<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging -- diagnosing ticket OPS-1234 until 1 March\ncleartrust.agent.log_level=Debug\n</Global>",
        sources: [],
        confidence: "documented"
      },
      messages: {
        missingReason: 'Waiver of {rules} gives no reason after " -- ", so it waives nothing.',
        unknownRule: "Waiver names {rule}, which is not a webagent-lint rule.",
        unknownDirective: '"{directive}" is not a webagent-lint directive; the waiver directive is webagent-lint-disable-next-line.',
        noRule: "Waiver names no rule; write the rule id after webagent-lint-disable-next-line."
      }
    });
  }
});

// rules/waiver/unused.ts
var unused_default;
var init_unused = __esm({
  "rules/waiver/unused.ts"() {
    "use strict";
    init_rule_api();
    unused_default = defineRule({
      id: "waiver/unused",
      title: "Disallow waivers that waive nothing",
      severity: "warning",
      scope: "input",
      predicts: [],
      docs: {
        why: "A waiver whose finding is gone (the configuration was fixed, or the line moved) no longer does anything, but it would silently hide the next finding of that rule on that line. Remove it.",
        fix: "Delete the waiver, or move it to the line above the finding it is meant for.",
        bad: "<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging -- noisy while testing\ncleartrust.agent.log_level=Critical\n</Global>",
        good: "<Global>\ncleartrust.agent.log_level=Critical\n</Global>",
        sources: [],
        confidence: "documented"
      },
      messages: {
        unused: "This waiver of {rules} waives nothing: no such finding starts on the next line."
      }
    });
  }
});

// rules/index.ts
var rules;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_attributes_debug_without_debug();
    init_confidential_over_http();
    init_debug_logging();
    init_default_cluster_name();
    init_duplicate_key();
    init_duplicate_login_config_entry();
    init_incomplete_login_config();
    init_invalid_boolean();
    init_invalid_cluster_name();
    init_invalid_resource_pattern();
    init_login_page_requires_auth();
    init_non_ascii_character();
    init_permission_structure();
    init_properties_syntax();
    init_unknown_acr_ref();
    init_unknown_action();
    init_unknown_login_config_entry();
    init_unlinked_agent();
    init_unreachable_permission();
    init_xml_syntax();
    init_auth_server_timeout_range();
    init_cookie_ip_check_without_trusted_proxy();
    init_debug_logging2();
    init_duplicate_key2();
    init_duplicate_server_lists();
    init_duration_without_unit();
    init_idle_failover_connections();
    init_idle_timeout_not_below_session_lifetime();
    init_invalid_value();
    init_misplaced_setting();
    init_pool_refresh_exceeds_firewall_idle();
    init_syntax_error();
    init_unknown_property();
    init_unknown_server_pool();
    init_unknown_value();
    init_cams_cluster_name_shared();
    init_cams_hijacking_protection_off();
    init_cams_hijacking_protection_on_alone();
    init_cams_hijacking_settings_differ();
    init_cleartrust_pool_drift();
    init_outlier();
    init_invalid_encoding();
    init_unreadable_file();
    init_invalid();
    init_unused();
    rules = [
      attributes_debug_without_debug_default,
      confidential_over_http_default,
      debug_logging_default,
      default_cluster_name_default,
      duplicate_key_default,
      duplicate_login_config_entry_default,
      incomplete_login_config_default,
      invalid_boolean_default,
      invalid_cluster_name_default,
      invalid_resource_pattern_default,
      login_page_requires_auth_default,
      non_ascii_character_default,
      permission_structure_default,
      properties_syntax_default,
      unknown_acr_ref_default,
      unknown_action_default,
      unknown_login_config_entry_default,
      unlinked_agent_default,
      unreachable_permission_default,
      xml_syntax_default,
      auth_server_timeout_range_default,
      cookie_ip_check_without_trusted_proxy_default,
      debug_logging_default2,
      duplicate_key_default2,
      duplicate_server_lists_default,
      duration_without_unit_default,
      idle_failover_connections_default,
      idle_timeout_not_below_session_lifetime_default,
      invalid_value_default,
      misplaced_setting_default,
      pool_refresh_exceeds_firewall_idle_default,
      syntax_error_default,
      unknown_property_default,
      unknown_server_pool_default,
      unknown_value_default,
      cams_cluster_name_shared_default,
      cams_hijacking_protection_off_default,
      cams_hijacking_protection_on_alone_default,
      cams_hijacking_settings_differ_default,
      cleartrust_pool_drift_default,
      outlier_default,
      invalid_encoding_default,
      unreadable_file_default,
      invalid_default,
      unused_default
    ];
  }
});

// src/text/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var UNPRINTABLE;
var init_printable = __esm({
  "src/text/printable.ts"() {
    "use strict";
    UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// src/model/secrets.ts
function secretSpans(target) {
  if (target.product === "cleartrust" || target.product === "cams") {
    const entries = target.product === "cleartrust" ? target.entries : target.document.entries;
    const path5 = target.document.source.path;
    return entries.filter((entry) => isSecretName(entry.key)).map((entry) => ({ path: path5, start: entry.valueStart, end: entry.valueEnd }));
  }
  return secretOptions(target).map(({ element, value }) => ({ path: element.source.path, start: value.valueStart, end: value.valueEnd }));
}
function secretTexts(target, textOf2) {
  const texts = new Set(secretValuesRead(target));
  for (const span of secretSpans(target)) {
    const written = textOf2(span.path).slice(span.start, span.end);
    texts.add(written);
    for (const part of written.split(/\r\n|\r|\n/)) texts.add(part.replace(/\\$/, "").trim());
  }
  return [...texts].filter((text) => text.length >= MIN_MASKED_LENGTH);
}
function secretValuesRead(target) {
  if (target.product === "cleartrust") return target.entries.filter((entry) => isSecretName(entry.key)).map((entry) => entry.value);
  if (target.product === "cams") return target.document.entries.filter((e) => isSecretName(e.key)).map((e) => e.value);
  return secretOptions(target).map(({ value }) => value.value);
}
function secretOptions(domain) {
  return (domain.loginConfig?.entries ?? []).flatMap((entry) => entry.modules.flatMap((module2) => childrenNamed(module2.element, "options").flatMap((o) => childrenNamed(o, "option")))).flatMap((element) => {
    const value = attributeOf(element, "value");
    return value && isSecretName(attributeOf(element, "name")?.value ?? "") ? [{ element, value }] : [];
  });
}
var MIN_MASKED_LENGTH;
var init_secrets = __esm({
  "src/model/secrets.ts"() {
    "use strict";
    init_properties();
    init_xml_tree();
    MIN_MASKED_LENGTH = 4;
  }
});

// src/model/prediction.ts
function poolInputsOf(agent) {
  const seen = /* @__PURE__ */ new Set();
  const pools = agent.poolViews.filter((pool) => !seen.has(pool.id) && seen.add(pool.id));
  return pools.map((pool) => {
    const settings = {};
    for (const name of MODEL_SETTINGS) {
      const entry = pool.settings.get(PREFIX + name);
      if (entry) settings[name] = { text: unshared(entry.value.trim()), where: `${entry.source.path}:${entry.source.positionAt(entry.start).line}` };
    }
    return { agent: agent.id, file: agent.document.source.path, pool: pool.id, settings };
  });
}
function settingOverride(name, text) {
  const short = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : void 0;
  const setting = MODEL_SETTINGS.find((candidate) => candidate === short);
  if (setting === void 0) return { error: `${name} is not a setting the prediction reads (${MODEL_SETTINGS.map((s) => PREFIX + s).join(", ")})` };
  const value = text.trim().replace(/^"(.*)"$/s, "$1");
  const read = readSetting(name, value);
  if (!read.ok) {
    const expected = read.problem === "invalid" ? read.expected : "a duration with a unit, such as 55 Mins";
    return { error: `${name}: "${text}" is not valid (expected ${expected})` };
  }
  return { name: setting, text: value };
}
function withOverrides(inputs, overrides) {
  if (overrides.length === 0) return inputs;
  const settings = { ...inputs.settings };
  for (const { name, text } of overrides) settings[name] = { text, where: `--set ${PREFIX}${name}` };
  return { ...inputs, settings };
}
function predictPool(inputs, environment) {
  const assumptions = [];
  const assume = (subject, text, basis, source) => void assumptions.push({ subject, text, basis, source });
  const { settings } = inputs;
  const list = (name) => (settings[name]?.text ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
  const dispatchers = list("dispatcher_list");
  const explicit = list("auth_server_list");
  const modeText = (settings.auth_server_mode?.text ?? "").toUpperCase();
  const subMode = modeText === "ADAPTIVE" || modeText === "ROUNDROBIN";
  const mode = modeText === "STANDARD" || modeText === "DISTRIBUTED" ? modeText : subMode ? "DISTRIBUTED" : "not set";
  const locationClasses = list("location_class_priority").length > 0;
  const activeGiven = environment.activeAuthServers;
  let rule;
  let activeNote;
  if (activeGiven) {
    rule = { kind: "count", count: activeGiven.value };
    activeNote = [`${activeGiven.value} (aservers in use per pool)`, "environment", originText(activeGiven, "environment.activeAuthServers")];
  } else if (mode === "STANDARD") {
    rule = { kind: "count", count: 1 };
    activeNote = [
      "1: STANDARD mode sends requests to its primary aserver and keeps the others for fail-over",
      "inferred",
      `${KB25051} (fail-over "to a secondary aserver in STANDARD mode")`
    ];
  } else if (mode === "DISTRIBUTED" && !locationClasses) {
    rule = { kind: "all" };
    const reading = subMode ? ` (${modeText} read as a sub-mode of DISTRIBUTED, RSA KB 000025333)` : "";
    activeNote = [
      `all: DISTRIBUTED mode without location classes spreads requests over every aserver (the KB names STANDARD mode and location classes as the cases with idle connections)${reading}`,
      "inferred",
      KB25051
    ];
  } else {
    rule = { kind: "unknown" };
    const unset = modeText === "" ? "auth_server_mode is not set" : `auth_server_mode=${settings.auth_server_mode?.text ?? ""} is a word no source names`;
    const why = mode === "DISTRIBUTED" ? "DISTRIBUTED mode with location classes uses the aservers of its first location class" : `${unset} and the default mode is not documented: from 1 (STANDARD) to all (DISTRIBUTED)`;
    activeNote = [`not known: ${why}; give their number with environment.activeAuthServers`, "inferred", KB25051];
  }
  const fromDispatchers = dispatcherCount(inputs, environment, dispatchers);
  let aservers;
  let duplicates = 0;
  if (dispatchers.length === 0 && explicit.length === 0) {
    aservers = ZERO;
    assume("aservers", "none: the pool sets neither dispatcher_list nor auth_server_list", "configuration", inputs.file);
  } else if (dispatchers.length === 0) {
    aservers = exact(explicit.length);
    assume(
      "aservers",
      `${explicit.length}: the entries of auth_server_list (read as a comma-separated list)`,
      "configuration",
      settings.auth_server_list?.where ?? inputs.file
    );
  } else if (explicit.length === 0) {
    aservers = fromDispatchers ? exact(fromDispatchers.count.value) : { min: rule.kind === "count" ? rule.count : 1, max: null };
    if (fromDispatchers) assume("aservers", `${fromDispatchers.count.value} from the dispatchers`, fromDispatchers.basis, fromDispatchers.source);
    else
      assume(
        "aservers",
        "not known: the dispatchers supply them; give their number with environment.authServers (or --set environment.authServers=<n>)",
        "inferred",
        KB25051
      );
  } else {
    duplicates = explicit.length;
    aservers = exact(fromDispatchers?.count.value ?? explicit.length);
    if (fromDispatchers) assume("aservers", `${fromDispatchers.count.value} from the dispatchers`, fromDispatchers.basis, fromDispatchers.source);
    else assume("aservers", `${explicit.length} from the dispatchers, taken to be the ones auth_server_list repeats`, "inferred", KB23587);
    assume(
      "duplicate connections",
      `${explicit.length}: auth_server_list set with dispatcher_list adds its aservers to the pool a second time`,
      "documented",
      KB23587
    );
  }
  assume("active connections", ...activeNote);
  const limitSetting = settings.max_open_connections;
  const limitValue = limitSetting && /^\d+$/.test(limitSetting.text) ? Number(limitSetting.text) : void 0;
  const limit = limitValue !== void 0 && limitValue > 0 ? limitValue : null;
  if (limit !== null) {
    assume(
      "connection limit",
      `${limit} (max_open_connections), filled in location-class order: the primary aservers first, then fail-over ones, then duplicates`,
      "inferred",
      limitSetting?.where ?? inputs.file
    );
  } else if (limitValue === 0) {
    assume(
      "connection limit",
      'none: max_open_connections=0, read as "no limit" (the value real files use; no source states it)',
      "inferred",
      limitSetting?.where ?? inputs.file
    );
  } else {
    assume("connection limit", "none: max_open_connections is not set and no source states its default", "inferred", inputs.file);
  }
  const refresh = refreshOf(inputs);
  assume("pool refresh", refresh.text, refresh.basis, refresh.source);
  const firewall = environment.firewallIdleTimeout;
  assume(
    "firewall idle timeout",
    describeDuration(firewall.value),
    firewall.origin.kind === "default" ? "inferred" : "environment",
    originText(firewall, "environment.firewallIdleTimeout")
  );
  const idle = idleOriginals(aservers, rule, limit);
  const idleDuplicates = idleDuplicateConnections(aservers, duplicates, mode, locationClasses, limit);
  const active = activeConnections(aservers, rule, limit);
  const R = refresh.seconds;
  const F = firewall.value;
  const late = R > 0 && R >= F;
  const timing = R === 0 ? "auth_server_pool_refresh is 0, read as no refresh: idle connections are never validated (inferred)" : late ? `the pool refresh (${describeDuration(R)}) is not shorter than the firewall idle timeout (${describeDuration(F)}): each refresh validates idle connections the firewall has dropped` : `the pool refresh (${describeDuration(R)}) is shorter than the firewall idle timeout (${describeDuration(F)}): it validates idle connections before the firewall drops them`;
  if (late && (idle.max !== 0 || idleDuplicates.max !== 0)) {
    assume("mechanism", "each idle connection fails once at every refresh, and the agent opens it again", "documented", KB25051);
    assume("lines", "one line per failed connection, all within the minute of the refresh", "inferred", KB25051);
    if (R === F)
      assume("equal timeouts", "a refresh equal to the firewall timeout is too late: the KB's 1 hour and 1 hour give hourly errors", "documented", KB25051);
    assume(
      "active traffic",
      "active connections carry requests more often than the firewall timeout; quiet hours longer than it add errors on the active aservers",
      "inferred",
      KB25051
    );
  }
  const socket = codePrediction("CT_SOCKET_ERROR", idle, late, R, ["KB25051"], {
    from: socketServers(aservers, rule, limit),
    servers: serverLabels(aservers, rule, limit),
    why: late && idle.max !== 0 ? `${timing}; a dropped socket can also be logged as CT_SERVER_TIMED_OUT_ERROR (${KB25051}), not counted here` : noSocketErrors(idle, rule, limit, aservers, timing)
  });
  const timedOut = codePrediction("CT_SERVER_TIMED_OUT", idleDuplicates, late, R, ["KB23587"], {
    from: 'the idle duplicate connections ("Critical error: CT_SERVER_TIMED_OUT" names no server)',
    servers: [],
    why: duplicates === 0 ? `dispatcher_list and auth_server_list are not both set: no duplicate connections (${KB23587})` : idleDuplicates.max === 0 ? "the duplicate connections carry requests (DISTRIBUTED mode) or are not opened (connection limit)" : late ? `${timing} (${KB23587})` : timing
  });
  return {
    agent: inputs.agent,
    file: inputs.file,
    pool: inputs.pool,
    mode,
    locationClasses,
    aservers,
    duplicates,
    active,
    limit,
    refreshSeconds: R,
    firewallIdleTimeoutSeconds: F,
    codes: [socket, timedOut],
    assumptions
  };
}
function codePrediction(code, connections, late, refreshSeconds, sourceKeys, text) {
  const failing = late ? connections : ZERO;
  const base = { code, perRefresh: failing, servers: failing.max === 0 ? [] : text.servers, from: text.from, why: text.why, sources: sourceKeys };
  if (failing.max === 0) return { ...base, perHour: ZERO, perDay: ZERO };
  return {
    ...base,
    periodSeconds: refreshSeconds,
    perHour: scale(failing, HOUR / refreshSeconds),
    perDay: scale(failing, DAY / refreshSeconds),
    perConnectionPerDay: round(DAY / refreshSeconds)
  };
}
function scale(quantity, factor) {
  return { min: round(quantity.min * factor), max: quantity.max === null ? null : round(quantity.max * factor) };
}
function round(value) {
  return Math.round(value * 100) / 100;
}
function dispatcherCount(inputs, environment, dispatchers) {
  if (dispatchers.length === 0) return void 0;
  const group = dispatcherGroup(dispatchers.join(","));
  const given = environment.authServers?.find((entry) => entry.dispatchers === group) ?? environment.authServers?.find((entry) => entry.dispatchers === void 0);
  if (given) return { count: given.count, basis: "environment", source: originText(given.count, "environment.authServers") };
  if (inputs.dispatcherServers)
    return {
      count: { value: inputs.dispatcherServers.count, origin: { kind: "default", source: "KB23587" } },
      basis: "inferred",
      source: inputs.dispatcherServers.why
    };
  return void 0;
}
function refreshOf(inputs) {
  const setting = inputs.settings.auth_server_pool_refresh;
  const read = setting ? readSetting(`${PREFIX}auth_server_pool_refresh`, setting.text) : void 0;
  if (setting && read?.ok && read.value.kind === "duration") {
    return {
      seconds: read.value.seconds,
      text: `${describeDuration(read.value.seconds)} (auth_server_pool_refresh=${setting.text})`,
      basis: "configuration",
      source: setting.where
    };
  }
  const why = setting ? `auth_server_pool_refresh=${setting.text} is not a duration the agent reads` : "auth_server_pool_refresh is not set";
  return {
    seconds: TYPICAL_REFRESH,
    text: `${describeDuration(TYPICAL_REFRESH)}, the typical value, assumed because ${why}`,
    basis: "inferred",
    source: KB25051
  };
}
function originText(fact, configKey) {
  return fact.origin.kind === "default" ? `${KB25051} (typical value)` : describeOrigin(fact.origin, configKey).replace(/^from /, "");
}
function open(count, limit) {
  return limit === null ? count : Math.min(limit, count);
}
function upper(quantity, f) {
  return quantity.max === null ? null : f(quantity.max);
}
function largest(aservers, limit, f) {
  return aservers.max !== null ? f(aservers.max) : limit !== null ? f(limit) : null;
}
function idleOriginals(aservers, rule, limit) {
  switch (rule.kind) {
    case "all":
      return ZERO;
    case "count": {
      const idle = (n) => Math.max(0, open(n, limit) - rule.count);
      return { min: idle(aservers.min), max: largest(aservers, limit, idle) };
    }
    case "unknown":
      return { min: 0, max: largest(aservers, limit, (n) => Math.max(0, open(n, limit) - 1)) };
  }
}
function activeConnections(aservers, rule, limit) {
  switch (rule.kind) {
    case "all":
      return { min: open(aservers.min, limit), max: limit ?? aservers.max };
    case "count": {
      const active = (n) => Math.min(rule.count, open(n, limit));
      return { min: active(aservers.min), max: upper(aservers, active) ?? active(Number.MAX_SAFE_INTEGER) };
    }
    case "unknown":
      return { min: Math.min(1, aservers.min), max: limit ?? aservers.max };
  }
}
function idleDuplicateConnections(aservers, duplicates, mode, locationClasses, limit) {
  if (duplicates === 0) return ZERO;
  const opened = (n) => limit === null ? duplicates : Math.min(duplicates, Math.max(0, limit - n));
  const most = opened(aservers.min);
  const least = aservers.max === null ? 0 : opened(aservers.max);
  if (mode === "STANDARD") return { min: least, max: most };
  if (mode === "DISTRIBUTED" && !locationClasses) return ZERO;
  return { min: 0, max: most };
}
function serverLabels(aservers, rule, limit) {
  if (rule.kind !== "count" || aservers.max === null || aservers.min !== aservers.max) return [];
  const last = open(aservers.max, limit);
  return Array.from({ length: Math.max(0, last - rule.count) }, (_, i) => `server#${rule.count + i + 1}`);
}
function socketServers(aservers, rule, limit) {
  const labels = serverLabels(aservers, rule, limit);
  if (labels.length > 0) return `the idle connections to ${labels.join(", ")} (server#N read as the aserver's place in the sorted list, inferred)`;
  if (rule.kind === "count") return `the idle connections to server#${rule.count + 1} and after (the aservers after the ${rule.count} in use)`;
  return "the idle connections to the aservers not in use";
}
function noSocketErrors(idle, rule, limit, aservers, timing) {
  if (idle.max !== 0) return timing;
  if (aservers.max === 0) return "the pool has no aservers to connect to";
  if (rule.kind === "all") return "every connection carries requests: none stays idle";
  if (limit !== null && rule.kind === "count" && limit <= rule.count) {
    return `max_open_connections=${limit} is not above the ${rule.count} active connection${rule.count === 1 ? "" : "s"}: no connection to a fail-over aserver stays open (${KB25051}, remedy 2)`;
  }
  return "every open connection carries requests: none stays idle";
}
function applyLever(inputs, environment, lever) {
  const set = (setting, to, extra = {}) => ({
    setting,
    from: inputs.settings[setting]?.text || "(not set)",
    to,
    inputs: { ...inputs, ...extra, settings: { ...inputs.settings, [setting]: { text: to, where: `remedy for ${PREFIX}${setting}` } } }
  });
  switch (lever) {
    case "refresh-below-firewall":
      return set("auth_server_pool_refresh", toAgentSyntax(slightlyBelow(environment.firewallIdleTimeout.value)));
    case "limit-to-active": {
      const active = predictPool(inputs, environment).active;
      if (active.max === null || active.min !== active.max)
        return { unknown: "the number of active connections is not known (give environment.activeAuthServers)" };
      return set("max_open_connections", String(Math.max(1, active.min)));
    }
    case "dispatcher-list-alone": {
      const listed = (inputs.settings.auth_server_list?.text ?? "").split(",").filter((item) => item.trim() !== "").length;
      return set("auth_server_list", "", {
        dispatcherServers: { count: listed, why: `${KB23587} (the emptied auth_server_list repeated the dispatchers' aservers)` }
      });
    }
  }
}
var MODEL_SETTINGS, KB25051, KB23587, HOUR, DAY, TYPICAL_REFRESH, exact, ZERO;
var init_prediction = __esm({
  "src/model/prediction.ts"() {
    "use strict";
    init_cleartrust();
    init_duration();
    init_environment();
    init_fleet();
    init_source();
    MODEL_SETTINGS = [
      "dispatcher_list",
      "auth_server_list",
      "auth_server_mode",
      "location_class_priority",
      "max_open_connections",
      "auth_server_pool_refresh"
    ];
    KB25051 = "RSA KB 000025051";
    KB23587 = "RSA KB 000023587";
    HOUR = 3600;
    DAY = 86400;
    TYPICAL_REFRESH = 3600;
    exact = (value) => ({ min: value, max: value });
    ZERO = exact(0);
  }
});

// src/parse/waivers.ts
function isWaiverComment(text) {
  return text.trimStart().startsWith(PREFIX2);
}
function readWaiverComment(text) {
  if (!isWaiverComment(text)) return void 0;
  const trimmed = text.trim();
  const [directive = ""] = trimmed.split(/\s/, 1);
  if (directive !== DIRECTIVE) return "unknownDirective";
  const rest = trimmed.slice(DIRECTIVE.length);
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulesText = separator === -1 ? rest : rest.slice(0, separator);
  const reasonText = separator === -1 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const ruleIds = rulesText.split(/[\s,]+/).filter((id) => id !== "");
  if (ruleIds.length === 0) return "noRule";
  return { ruleIds, reason: reasonText === "" ? void 0 : reasonText };
}
var PREFIX2, DIRECTIVE;
var init_waivers = __esm({
  "src/parse/waivers.ts"() {
    "use strict";
    PREFIX2 = "webagent-lint-";
    DIRECTIVE = "webagent-lint-disable-next-line";
  }
});

// src/parse/cleartrust-conf.ts
function parseClearTrustConf(source) {
  const text = source.text;
  const blocks = [];
  const topLevelEntries = [];
  const comments = [];
  const problems = [];
  const open3 = [];
  const openNames = /* @__PURE__ */ new Map();
  let lineNumber = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    lineNumber++;
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let next = lineEnd + 1;
    if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) next++;
    let start = lineStart;
    while (start < lineEnd && isBlank(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      const first = text.charCodeAt(start);
      if (first === 35) {
        comments.push({ start, end, text: text.slice(start + 1, end).trim(), line: lineNumber });
      } else if (first === 60) {
        readTag(text.slice(start, end), start, end);
      } else {
        readEntry2(start, end);
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  for (const block of open3) {
    problems.push({ messageId: "unclosedBlock", data: { name: block.name }, start: block.start, end: block.end });
  }
  return { source, blocks, topLevelEntries, comments, problems };
  function readTag(line, start, lineEnd) {
    const gt = line.lastIndexOf(">");
    const end = gt === -1 ? lineEnd : start + gt + 1;
    const close = CLOSE_TAG.exec(line);
    if (close) {
      const name2 = close[1];
      const index = findOpen(name2);
      if (index === -1) {
        problems.push({ messageId: "unexpectedClose", data: { name: name2 }, start, end });
        return;
      }
      for (const inner of open3.splice(index + 1)) {
        forget(inner);
        problems.push({ messageId: "mismatchedClose", data: { name: name2, open: inner.name }, start, end });
      }
      const block2 = open3.pop();
      forget(block2);
      block2.closeStart = start;
      block2.closeEnd = end;
      return;
    }
    const tag = OPEN_TAG.exec(line);
    if (!tag) {
      problems.push({ messageId: "unrecognizedLine", data: {}, start, end: lineEnd });
      return;
    }
    const name = tag[1];
    const kind = KNOWN_BLOCKS[name.toLowerCase()] ?? "unknown";
    const attributes = [];
    const attributeText = tag[2];
    const attributeOffset = start + line.indexOf(name) + name.length;
    for (const match of attributeText.matchAll(ATTRIBUTE)) {
      const attrStart = attributeOffset + match.index;
      attributes.push({
        name: match[1],
        value: match[3] ?? match[2],
        start: attrStart,
        end: attrStart + match[0].length
      });
    }
    const block = { source, start, end, name, kind, attributes, entries: [] };
    if (kind === "unknown") problems.push({ messageId: "unknownBlock", data: { name }, start, end });
    const parent = open3[open3.length - 1];
    if (parent) problems.push({ messageId: "nestedBlock", data: { name, parent: parent.name }, start, end });
    open3.push(block);
    const lower = name.toLowerCase();
    openNames.set(lower, (openNames.get(lower) ?? 0) + 1);
    blocks.push(block);
  }
  function readEntry2(start, end) {
    let equals = start;
    while (equals < end && text.charCodeAt(equals) !== 61) equals++;
    if (equals >= end) {
      problems.push({ messageId: "unrecognizedLine", data: {}, start, end });
      return;
    }
    let keyEnd = equals;
    while (keyEnd > start && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
    const key2 = text.slice(start, keyEnd);
    if (!KEY_PATTERN.test(key2)) {
      problems.push({ messageId: "unrecognizedLine", data: {}, start, end });
      return;
    }
    let valueStart = equals + 1;
    while (valueStart < end && isBlank(text.charCodeAt(valueStart))) valueStart++;
    const raw = text.slice(valueStart, end);
    let value = raw;
    let quoted2 = false;
    if (raw.startsWith('"')) {
      if (raw.length >= 2 && raw.endsWith('"')) {
        value = raw.slice(1, -1);
        quoted2 = true;
      } else {
        problems.push({ messageId: "unclosedQuote", data: { key: key2 }, start: valueStart, end });
      }
    }
    const block = open3[open3.length - 1];
    const entry = {
      source,
      start,
      end,
      key: key2,
      keyStart: start,
      keyEnd,
      value,
      valueStart,
      valueEnd: end,
      quoted: quoted2,
      block,
      typed: void 0
    };
    if (block) {
      block.entries.push(entry);
    } else {
      topLevelEntries.push(entry);
      problems.push({ messageId: "keyOutsideBlock", data: { key: key2 }, start, end: keyEnd });
    }
  }
  function findOpen(name) {
    const lower = name.toLowerCase();
    if (!openNames.get(lower)) return -1;
    for (let i = open3.length - 1; i >= 0; i--) if (open3[i].name.toLowerCase() === lower) return i;
    return -1;
  }
  function forget(block) {
    const lower = block.name.toLowerCase();
    openNames.set(lower, openNames.get(lower) - 1);
  }
}
function isBlank(code) {
  return code === 32 || code === 9 || code === 65279;
}
var KNOWN_BLOCKS, KEY_PATTERN, OPEN_TAG, CLOSE_TAG, ATTRIBUTE;
var init_cleartrust_conf = __esm({
  "src/parse/cleartrust-conf.ts"() {
    "use strict";
    KNOWN_BLOCKS = {
      global: "global",
      pool: "pool",
      virtualhost: "virtualhost"
    };
    KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;
    OPEN_TAG = /^<\s*([A-Za-z][\w-]*)(?![\w-])([^>]*)>\s*$/;
    CLOSE_TAG = /^<\/\s*([A-Za-z][\w-]*)\s*>\s*$/;
    ATTRIBUTE = /(?<![\w-])([A-Za-z][\w-]*)(?![\w-])\s*=\s*("([^"]*)"|[^\s"]*)/g;
  }
});

// src/parse/properties.ts
function parseProperties(source, bytes = {}) {
  const problems = [];
  const comments = [];
  const entries = [];
  if (bytes.encoding === "utf-16le" || bytes.encoding === "utf-16be") {
    problems.push({ messageId: "utf16", data: { encoding: bytes.encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE" }, start: 0, end: 0 });
  }
  const reader = new LineReader(source, bytes.byteOrderMark === true, comments);
  for (let line = reader.readLine(); line !== void 0; line = reader.readLine()) entries.push(readEntry(source, line, problems));
  if (bytes.byteOrderMark === true && entries[0] !== void 0) problems.push(byteOrderMarkProblem(source, entries[0]));
  return { source, comments, entries, problems };
}
function readEntry(source, line, problems) {
  const text = line.text;
  const limit = text.length;
  let keyLen = 0;
  let valueStart = limit;
  let hasSep = false;
  let precedingBackslash = false;
  while (keyLen < limit) {
    const c = text.charCodeAt(keyLen);
    if ((c === 61 || c === 58) && !precedingBackslash) {
      valueStart = keyLen + 1;
      hasSep = true;
      break;
    } else if ((c === SPACE || c === TAB || c === FORM_FEED) && !precedingBackslash) {
      valueStart = keyLen + 1;
      break;
    }
    precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
    keyLen++;
  }
  while (valueStart < limit) {
    const c = text.charCodeAt(valueStart);
    if (c !== SPACE && c !== TAB && c !== FORM_FEED) {
      if (!hasSep && (c === 61 || c === 58)) hasSep = true;
      else break;
    }
    valueStart++;
  }
  const key2 = loadConvert(line, 0, keyLen, problems);
  const value = loadConvert(line, valueStart, limit, problems);
  const keyStart = limit > 0 ? offsetAt(line, 0) : line.first;
  const keyEnd = keyLen > 0 ? endAt(line, keyLen - 1) : keyStart;
  const valueOffset = valueStart < limit ? offsetAt(line, valueStart) : Math.max(keyEnd, valueStart > 0 ? endAt(line, valueStart - 1) : keyStart);
  const valueEnd = valueStart < limit ? endAt(line, limit - 1) : valueOffset;
  const end = Math.max(keyEnd, valueEnd);
  return {
    source,
    start: keyStart,
    end,
    key: key2,
    value,
    keyStart,
    keyEnd,
    valueStart: valueOffset,
    valueEnd,
    firstNonAscii: firstNonAscii(source.text, keyStart, end)
  };
}
function loadConvert(line, from, to, problems) {
  const text = line.text;
  const first = text.indexOf("\\", from);
  if (first === -1 || first >= to) return text.slice(from, to);
  let out = text.slice(from, first);
  let i = first;
  while (i < to) {
    const c = text.charAt(i++);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const escaped = text.charAt(i++);
    if (escaped === "u") {
      const hex = text.slice(i, i + 4);
      if (i <= to - 4 && /^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else {
        const backslash = offsetAt(line, i - 2);
        problems.push({ messageId: "malformedUnicodeEscape", data: {}, start: backslash, end: backslash + 2 });
        out += "\uFFFD";
        i--;
      }
    } else {
      out += escaped === "t" ? "	" : escaped === "r" ? "\r" : escaped === "n" ? "\n" : escaped === "f" ? "\f" : escaped;
    }
  }
  return out;
}
function runOf(line, index) {
  const runs = line.runs;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (runs[mid].at <= index) low = mid;
    else high = mid - 1;
  }
  return runs[low];
}
function offsetAt(line, index) {
  const run = runOf(line, index);
  return run.virtual ? run.offset : run.offset + index - run.at;
}
function endAt(line, index) {
  const run = runOf(line, index);
  return run.virtual ? run.offset : run.offset + index - run.at + 1;
}
function byteOrderMarkProblem(source, first) {
  const c = /^[ \t\f]*([\s\S]?)/.exec(source.text)?.[1];
  const key2 = shown(first.key);
  const effect = c === "#" || c === "!" ? `the comment there is read as a property with the key ${key2}` : c === "" || c === "\n" || c === "\r" ? `a property with the key ${key2} is read from that blank line` : `the first key is read as ${key2}`;
  return { messageId: "byteOrderMark", data: { effect }, start: 0, end: first.keyEnd };
}
function shown(key2) {
  const visible = key2.replace(
    /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  );
  return `"${visible.length > 60 ? `${visible.slice(0, 60)}\u2026` : visible}"`;
}
function firstNonAscii(text, start, end) {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return i;
  return void 0;
}
var BACKSLASH, LF, CR, SPACE, TAB, FORM_FEED, BYTE_ORDER_MARK, LineReader;
var init_properties2 = __esm({
  "src/parse/properties.ts"() {
    "use strict";
    BACKSLASH = 92;
    LF = 10;
    CR = 13;
    SPACE = 32;
    TAB = 9;
    FORM_FEED = 12;
    BYTE_ORDER_MARK = 65279;
    LineReader = class {
      constructor(source, byteOrderMark, comments) {
        this.byteOrderMark = byteOrderMark;
        this.comments = comments;
        this.text = source.text;
      }
      byteOrderMark;
      comments;
      offset = 0;
      text;
      /** Line number of `countedTo`: counted as comments are met, so that no line table of the file is built. */
      line = 1;
      countedTo = 0;
      /** The next logical line, or undefined at the end of the text. */
      readLine() {
        const text = this.text;
        const length = text.length;
        const line = { text: "", runs: [], first: -1 };
        let runStart = -1;
        let runEnd = -1;
        let len = 0;
        let skipWhiteSpace = true;
        let appendedLineBegin = false;
        let precedingBackslash = false;
        const endRun = () => {
          if (runStart !== -1 && runEnd > runStart) {
            line.runs.push({ at: line.text.length, offset: runStart, virtual: false });
            line.text += text.slice(runStart, runEnd);
          }
          runStart = -1;
        };
        const finish2 = (end) => {
          endRun();
          line.text = line.text.slice(0, end);
          return line;
        };
        for (; ; ) {
          let c;
          let at;
          if (this.byteOrderMark) {
            this.byteOrderMark = false;
            c = BYTE_ORDER_MARK;
            at = -1;
          } else {
            if (this.offset >= length) return len === 0 ? void 0 : finish2(precedingBackslash ? len - 1 : len);
            at = this.offset++;
            c = text.charCodeAt(at);
          }
          if (skipWhiteSpace) {
            if (c === SPACE || c === TAB || c === FORM_FEED) continue;
            if (!appendedLineBegin && (c === CR || c === LF)) continue;
            skipWhiteSpace = false;
            appendedLineBegin = false;
          }
          if (len === 0 && (c === 35 || c === 33)) {
            this.readComment(at);
            skipWhiteSpace = true;
            continue;
          }
          if (c !== LF && c !== CR) {
            if (line.first === -1) line.first = Math.max(at, 0);
            if (at === -1) {
              line.runs.push({ at: 0, offset: 0, virtual: true });
              line.text = "\uFEFF";
            } else if (at === runEnd && runStart !== -1) {
              runEnd++;
            } else {
              endRun();
              runStart = at;
              runEnd = at + 1;
            }
            len++;
            precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
            continue;
          }
          if (len === 0) {
            skipWhiteSpace = true;
            continue;
          }
          if (this.offset >= length) return finish2(precedingBackslash ? len - 1 : len);
          if (!precedingBackslash) return finish2(len);
          len--;
          runEnd--;
          skipWhiteSpace = true;
          appendedLineBegin = true;
          precedingBackslash = false;
          if (c === CR && text.charCodeAt(this.offset) === LF) this.offset++;
        }
      }
      /** Java skips the rest of a comment line, its line break included. */
      readComment(start) {
        const text = this.text;
        let end = start + 1;
        while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
        this.offset = Math.min(end + 1, text.length);
        this.comments.push({ start, end, text: text.slice(start + 1, end).trim(), line: this.lineAt(start) });
      }
      /** Line of an offset at or after the last one asked for; CRLF, LF and a lone CR end a line, as in SourceFile. */
      lineAt(offset) {
        const text = this.text;
        for (let i = this.countedTo; i < offset; i++) {
          const c = text.charCodeAt(i);
          if (c === LF || c === CR && text.charCodeAt(i + 1) !== LF) this.line++;
        }
        this.countedTo = offset;
        return this.line;
      }
    };
  }
});

// src/engine/units.ts
function isDomainFormat(format2) {
  return format2 in DOMAIN_FILES;
}
function needsXmlReader(files) {
  return files.some((file) => isDomainFormat(file.format));
}
function buildWorkspace(files, options = {}) {
  const agents = [];
  const drafts = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const waiverComments = [];
  const ordered = [...files].sort((a, b) => compareText(a.path, b.path));
  for (const file of ordered) {
    const decoded = decode(file, diagnostics);
    if (!decoded) continue;
    const { source } = decoded;
    const report = (ruleId, problem) => {
      diagnostics.push({
        ruleId,
        messageId: problem.messageId,
        data: problem.data ?? {},
        at: { source, start: problem.start, end: problem.end },
        agent: file.agent
      });
    };
    const reportCapped = (ruleId, problems) => {
      for (const problem of problems.slice(0, MAX_SYNTAX_PROBLEMS)) report(ruleId, problem);
      const next = problems[MAX_SYNTAX_PROBLEMS];
      if (next)
        report(ruleId, {
          messageId: "moreProblems",
          data: { count: problems.length - MAX_SYNTAX_PROBLEMS, shown: MAX_SYNTAX_PROBLEMS },
          start: next.start,
          end: next.end
        });
    };
    const collectWaivers = (comments) => {
      for (const comment of comments) {
        if (isWaiverComment(comment.text)) {
          waiverComments.push({ at: { source, start: comment.start, end: comment.end }, line: comment.line, agent: file.agent, text: comment.text });
        }
      }
    };
    if (file.format === "cleartrust-conf") {
      const document = parseClearTrustConf(source);
      reportCapped("cleartrust/syntax-error", document.problems);
      collectWaivers(document.comments);
      agents.push(buildClearTrustAgent(file.agent, document));
    } else if (file.format === "cams-conf") {
      const document = parseProperties(source, { byteOrderMark: decoded.byteOrderMark, encoding: decoded.encoding });
      reportCapped("cams/properties-syntax", document.problems);
      collectWaivers(document.comments);
      agents.push(buildCamsAgent(file.agent, document));
    } else {
      if (!options.readXml) throw new Error(`buildWorkspace: ${file.path} is XML but no XML reader was given`);
      const document = options.readXml(source);
      for (const problem of document.problems) report("cams/xml-syntax", problem);
      collectWaivers(document.comments);
      const draft = drafts.get(file.agent) ?? {};
      drafts.set(file.agent, draft);
      const root = document.root;
      const expected = DOMAIN_FILES[file.format].root;
      if (root && root.name !== expected) {
        report("cams/xml-syntax", { messageId: "unexpectedRoot", data: { found: root.name, expected }, start: root.start, end: root.end });
      } else if (root) {
        addToDomain(draft, file.format, root);
      }
    }
  }
  const domains = [...drafts].map(
    ([id, draft]) => ({
      product: "cams-domain",
      id,
      name: id.split("/").pop() ?? id,
      policy: draft.policy,
      loginConfig: draft.loginConfig,
      agents: []
    })
  );
  const links = options.links ?? linkCamsAgents(files);
  for (const agent of agents) {
    if (agent.product !== "cams") continue;
    const decided = links.get(agent.id) ?? { domain: void 0, link: { kind: "none" } };
    const domain = domains.find((d) => d.id === decided.domain);
    agent.domain = domain;
    agent.link = decided.link;
    domain?.agents.push(agent);
  }
  return { agents, domains, diagnostics, waiverComments, fileCount: files.length };
}
function addToDomain(draft, format2, root) {
  if (format2 === "cams-policy") draft.policy = buildPolicy(root);
  else if (format2 === "cams-login-config") draft.loginConfig = buildLoginConfig(root);
}
function planUnits(files, configured) {
  const links = linkCamsAgents(files, configured);
  const units = /* @__PURE__ */ new Map();
  for (const file of files) {
    const key2 = file.format === "cams-conf" ? links.get(file.agent)?.domain ?? file.agent : file.agent;
    const unit = units.get(key2);
    if (unit) unit.push(file);
    else units.set(key2, [file]);
  }
  return [...units.values()].map((unit) => unit.some((file) => file.format !== "cleartrust-conf") ? { files: unit, links } : { files: unit });
}
function linkCamsAgents(files, configured) {
  const domains = [...new Set(files.filter((file) => isDomainFormat(file.format)).map((file) => file.agent))];
  const links = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.format !== "cams-conf") continue;
    const agent = file.agent;
    const wanted = configured?.get(agent);
    if (wanted) {
      const found = domains.includes(wanted.domain);
      links.set(
        agent,
        found ? { domain: wanted.domain, link: { kind: "linked", how: "config" } } : { domain: void 0, link: { kind: "unknown domain", wanted: wanted.domain, where: wanted.where } }
      );
      continue;
    }
    const closeness = domains.map((d) => sharedSegments(d, agent));
    const best = Math.max(...closeness);
    const nearest = domains.filter((_, i) => closeness[i] === best);
    const domain = nearest.length === 1 ? nearest[0] : void 0;
    const link = domain ? { kind: "linked", how: "nearest" } : domains.length === 0 ? { kind: "none" } : { kind: "ambiguous", domains: nearest.length };
    links.set(agent, { domain, link });
  }
  return links;
}
function sharedSegments(a, b) {
  const [x, y] = [a.split("/"), b.split("/")];
  let count = 0;
  while (count < x.length && count < y.length && x[count] === y[count] && x[count] !== ".") count++;
  return count;
}
function decode(file, diagnostics) {
  if (file.content.kind === "tooLarge") {
    const { size, limit } = file.content;
    diagnostics.push({
      ruleId: "input/unreadable-file",
      messageId: "tooLarge",
      data: { size, limit },
      at: whole(new SourceFile(file.path, "")),
      agent: file.agent
    });
    return void 0;
  }
  const decoded = decodeText(file.content.bytes);
  if (!decoded.ok) {
    diagnostics.push({
      ruleId: "input/unreadable-file",
      messageId: "binary",
      data: { offset: decoded.offset },
      at: whole(new SourceFile(file.path, "")),
      agent: file.agent
    });
    return void 0;
  }
  const source = new SourceFile(file.path, decoded.text);
  if (decoded.invalidUtf8At !== void 0) {
    const offset = decoded.invalidUtf8At;
    diagnostics.push({ ruleId: "input/invalid-encoding", messageId: "invalidUtf8", at: { source, start: offset, end: offset + 1 }, agent: file.agent });
  } else if (isDomainFormat(file.format)) {
    const mismatch = encodingMismatch(decoded.text, decoded.encoding);
    if (mismatch)
      diagnostics.push({
        ruleId: "cams/xml-syntax",
        messageId: "encodingMismatch",
        data: mismatch.data,
        at: { source, start: mismatch.start, end: mismatch.end },
        agent: file.agent
      });
  }
  return { source, encoding: decoded.encoding, byteOrderMark: decoded.byteOrderMark === true };
}
function encodingMismatch(text, actual) {
  const match = ENCODING_DECLARATION.exec(text);
  if (!match) return void 0;
  const declared = match[2].trim();
  const name = declared.toLowerCase();
  const start = match.index + match[0].length - 1 - match[2].length;
  const problem = (detail2) => ({ start, end: start + match[2].length, data: { declared, detail: detail2 } });
  if (UTF8_NAMES.has(name)) return actual === "utf-8" ? void 0 : problem(`the file is ${actual.toUpperCase()}`);
  if (UTF16_NAMES.has(name)) return actual === "utf-8" ? problem("the file is UTF-8 (no UTF-16 byte-order mark)") : void 0;
  if (SINGLE_BYTE_NAMES.has(name)) {
    if (actual !== "utf-8") return problem(`the file is ${actual.toUpperCase()}`);
    const nonAscii = text.search(/[^\u0000-\u007f]/);
    return nonAscii === -1 ? void 0 : problem("the file is UTF-8 and holds characters outside ASCII, which a reader of that encoding reads as other characters");
  }
  return problem("that encoding is not one webagent-lint knows (UTF-8, UTF-16, ISO-8859-1, US-ASCII, windows-1252)");
}
function whole(source) {
  return { source, start: 0, end: 0 };
}
function agentOf(displayPath, format2) {
  const slash = displayPath.lastIndexOf("/");
  const name = displayPath.slice(slash + 1);
  const byDirectory = format2 === "cleartrust-conf" ? name === "webagent.conf" : format2 === "cams-conf" ? name === "cams-webagent.conf" : true;
  return !byDirectory ? displayPath : slash === -1 ? "." : displayPath.slice(0, slash) || "/";
}
function formatOfName(name) {
  if (name === "webagent.conf" || name.endsWith(".webagent.conf")) return "cleartrust-conf";
  if (name === "cams-webagent.conf") return "cams-conf";
  return DOMAIN_FORMAT_BY_NAME.get(name);
}
function detectFormat(text) {
  const head = text.slice(0, 64 * 1024);
  if (CLEARTRUST_LINE.test(head)) return "cleartrust-conf";
  if (CAMS_LINE.test(head)) return "cams-conf";
  const root = rootElementName(head);
  return root === void 0 ? void 0 : DOMAIN_FORMAT_BY_ROOT.get(root);
}
function rootElementName(text) {
  const n = text.length;
  const table2 = () => new Int32Array(n + 2).fill(NONE);
  const from = table2();
  const afterInstruction = table2();
  const afterComment = table2();
  const afterSubset = table2();
  const nonBlank = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) nonBlank[i] = i;
  for (const blanks of text.matchAll(BLANKS)) nonBlank.fill(blanks.index + blanks[0].length, blanks.index, blanks.index + blanks[0].length);
  const at = (array, i) => array[i];
  let bracketOrClose = n;
  for (let i = n; i >= 0; i--) {
    const c = text[i];
    if (c === "[" || c === ">") bracketOrClose = i;
    const instruction = c === "?" && text[i + 1] === ">" ? at(from, i + 2) : NONE;
    afterInstruction[i] = instruction !== NONE ? instruction : at(afterInstruction, i + 1);
    const comment = c === "-" && text.startsWith("->", i + 1) ? at(from, i + 3) : NONE;
    afterComment[i] = comment !== NONE ? comment : at(afterComment, i + 1);
    const close = c === "]" ? at(nonBlank, i + 1) : n;
    const subset = text[close] === ">" ? at(from, close + 1) : NONE;
    afterSubset[i] = subset !== NONE ? subset : at(afterSubset, i + 1);
    const start = at(nonBlank, i);
    if (text[start] !== "<") continue;
    if (text[start + 1] === "?") from[i] = at(afterInstruction, start + 2);
    else if (text.startsWith("!--", start + 1)) from[i] = at(afterComment, start + 4);
    else if (text.startsWith("!DOCTYPE", start + 1)) {
      const end = bracketOrClose;
      from[i] = text[end] === ">" ? at(from, end + 1) : text[end] === "[" ? at(afterSubset, end + 1) : NONE;
    } else {
      NAME.lastIndex = start + 1;
      if (NAME.test(text)) from[i] = start + 1;
    }
  }
  NAME.lastIndex = at(from, 0);
  return from[0] === NONE ? void 0 : NAME.exec(text)?.[0];
}
function recognise(text) {
  const format2 = detectFormat(text);
  if (format2 === void 0) return { kind: "unknown" };
  if (isDomainFormat(format2)) return { kind: "format", format: format2 };
  const { settings, lines } = settingLines(text.slice(0, 64 * 1024), format2);
  return settings * 2 > lines ? { kind: "format", format: format2 } : { kind: "prose", settings, lines };
}
function trailingBackslashes(line) {
  let count = 0;
  while (count < line.length && line.charCodeAt(line.length - 1 - count) === 92) count++;
  return count;
}
function settingLines(text, format2) {
  const setting = format2 === "cams-conf" ? PROPERTIES_LINE : CONF_LINE;
  const comment = format2 === "cams-conf" ? /^\s*[#!]/ : /^\s*#/;
  let settings = 0;
  let lines = 0;
  let continued = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const continuation = continued;
    continued = format2 === "cams-conf" && trailingBackslashes(line) % 2 === 1;
    if (!continuation && (line.trim() === "" || comment.test(line))) continue;
    lines++;
    if (continuation || setting.test(line)) settings++;
  }
  return { settings, lines };
}
var DOMAIN_FILES, MAX_SYNTAX_PROBLEMS, ENCODING_DECLARATION, UTF8_NAMES, UTF16_NAMES, SINGLE_BYTE_NAMES, DOMAIN_FORMAT_BY_NAME, DOMAIN_FORMAT_BY_ROOT, CLEARTRUST_LINE, CAMS_LINE, BLANKS, NAME, NONE, CONF_LINE, PROPERTIES_LINE;
var init_units = __esm({
  "src/engine/units.ts"() {
    "use strict";
    init_waivers();
    init_cams();
    init_cams_policy();
    init_cleartrust();
    init_cleartrust_conf();
    init_properties2();
    init_source();
    init_compare_text();
    DOMAIN_FILES = {
      "cams-policy": { name: "access-control-policy.xml", root: "access-control-policy" },
      "cams-login-config": { name: "login-config.xml", root: "login-config" },
      "cams-security-domain": { name: "security-domain.xml", root: "security-domain" }
    };
    MAX_SYNTAX_PROBLEMS = 20;
    ENCODING_DECLARATION = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;
    UTF8_NAMES = /* @__PURE__ */ new Set(["utf-8", "utf8"]);
    UTF16_NAMES = /* @__PURE__ */ new Set(["utf-16", "utf-16le", "utf-16be", "utf16"]);
    SINGLE_BYTE_NAMES = /* @__PURE__ */ new Set(["iso-8859-1", "iso8859-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"]);
    DOMAIN_FORMAT_BY_NAME = new Map(Object.entries(DOMAIN_FILES).map(([format2, file]) => [file.name, format2]));
    DOMAIN_FORMAT_BY_ROOT = new Map(Object.entries(DOMAIN_FILES).map(([format2, file]) => [file.root, format2]));
    CLEARTRUST_LINE = /(?:^|[\n\r\u2028\u2029])[^\S\n\r\u2028\u2029]*(?:<\s*(?:Global|Pool|VirtualHost)\b|cleartrust\.)/i;
    CAMS_LINE = /(?:^|[\n\r\u2028\u2029])[^\S\n\r\u2028\u2029]*cams\./;
    BLANKS = /\s+/g;
    NAME = /[\w-]+/y;
    NONE = -1;
    CONF_LINE = /^\s*(?:[^\s=#]+\s*=|<\/?\s*[A-Za-z]+\b[^>]*>\s*$)/;
    PROPERTIES_LINE = /^\s*[^\s=:#!]+\s*[=:]/;
  }
});

// src/engine/baseline.ts
function createBaseline(findings) {
  return {
    tool: "webagent-lint",
    version: 1,
    findings: findings.map(({ ruleId, file, fingerprint: fingerprint2, message }) => ({ ruleId, file, fingerprint: fingerprint2, message }))
  };
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const candidate = data;
  if (candidate?.tool !== "webagent-lint" || candidate.version !== 1 || !Array.isArray(candidate.findings)) {
    return 'not a webagent-lint baseline (expected {"tool": "webagent-lint", "version": 1, "findings": [...]}); write one with --update-baseline';
  }
  const broken = candidate.findings.findIndex((entry) => typeof entry?.fingerprint !== "string");
  if (broken !== -1) return `findings[${broken}] has no fingerprint`;
  return candidate;
}
function applyBaseline(findings, baseline) {
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const kept = findings.filter((finding) => !known.has(finding.fingerprint));
  return { findings: kept, baselined: findings.length - kept.length };
}
var init_baseline = __esm({
  "src/engine/baseline.ts"() {
    "use strict";
  }
});

// src/engine/engine.ts
function lintUnit(unit, context) {
  const workspace = buildWorkspace(unit.files, { links: unit.links, readXml: context.readXml });
  const targets = [...workspace.agents, ...workspace.domains];
  const secrets = secretTextsByFile(targets);
  const spans = /* @__PURE__ */ new Map();
  for (const span of targets.flatMap(secretSpans)) spans.set(span.path, [...spans.get(span.path) ?? [], span]);
  const unparsed = new Set(workspace.diagnostics.filter((d) => d.ruleId === "cams/xml-syntax").map((d) => d.at.source.path));
  const emitter = createEmitter(context, (path5) => secrets.get(path5), { spansOf: (path5) => spans.get(path5), masksAttributes: (path5) => unparsed.has(path5) });
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  for (const diagnostic of workspace.diagnostics) {
    const rule = byId.get(diagnostic.ruleId);
    if (!rule) throw new Error(`Reader reported unregistered rule ${diagnostic.ruleId}`);
    emitter.emit(rule, diagnostic.agent, diagnostic.at, diagnostic.messageId, diagnostic.data ?? {});
  }
  const failures = [];
  const notChecked = [];
  for (const rule of activeRules(context)) {
    if (rule.scope === "fleet") continue;
    for (const target of targets) {
      if (SCOPE_PRODUCT[rule.scope] !== target.product) continue;
      try {
        rule.check(target, {
          environment: context.environment,
          report: ({ at, agent, messageId, data = {}, fix, suggestions }) => emitter.emit(rule, agent ?? target.id, at, messageId, data, { fix, suggestions }),
          notChecked: ({ at, reason, enable }) => notChecked.push(emitter.notChecked(rule, target.id, at?.source.path ?? fileOf(target), at, reason, enable))
        });
      } catch (error) {
        failures.push({ ruleId: rule.id, file: fileOf(target), error: describeError(error) });
      }
    }
  }
  const waiverComments = workspace.waiverComments.map(({ at, line, agent, text }) => ({
    path: at.source.path,
    agent,
    text: unshared(text),
    line,
    location: locate(at),
    sourceLine: emitter.sourceLine(at)
  }));
  const pools = context.poolInputs ? workspace.agents.flatMap((agent) => agent.product === "cleartrust" ? poolInputsOf(agent) : []) : void 0;
  return {
    findings: emitter.findings,
    waiverComments,
    secrets: [...secrets],
    facts: workspace.agents.map(agentFacts),
    failures,
    notChecked,
    ...pools ? { pools } : {}
  };
}
function lintFleet(fleet, context) {
  const reports = [];
  const failures = [];
  if (fleet.clusters.reduce((n, cluster) => n + cluster.members.length, 0) < 2) return { reports, failures };
  for (const rule of activeRules(context)) {
    if (rule.scope !== "fleet") continue;
    const others = context.rules.filter((other) => other !== rule && other.scope === "fleet");
    try {
      rule.check(fleet, {
        environment: context.environment,
        report: ({ at, agent, messageId, data = {}, related = [] }) => reports.push({ ruleId: rule.id, agent, messageId, data, at, related }),
        judgedByAnotherRule: (product, name) => others.some((other) => other.judges?.(product, name) === true)
      });
    } catch (error) {
      failures.push({ ruleId: rule.id, file: "(fleet)", error: describeError(error) });
    }
  }
  return { reports, failures };
}
function fleetPlaces(reports) {
  const byPath = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const place of [report.at, ...report.related]) {
      const places = byPath.get(place.path);
      if (places) places.push(place);
      else byPath.set(place.path, [place]);
    }
  }
  return [...byPath].sort(([a], [b]) => compareText(a, b));
}
function locatePlaces(places, source, secrets, located) {
  const redact = secretMasker(secrets ?? []);
  for (const place of places) {
    const at = { source, start: place.start, end: place.end };
    located.set(place, { location: locate(at), sourceLine: unshared(secretFreeLine(at, redact, NO_PLACES)) });
  }
}
function fleetFindings(reports, located, secrets, context) {
  const emitter = createEmitter(context, (path5) => secrets.get(path5));
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  for (const { ruleId, agent, messageId, data, at, related } of reports) {
    const own = located.get(at);
    if (!own) continue;
    const others = related.flatMap((place) => located.get(place)?.location ?? []);
    emitter.emitAt(byId.get(ruleId), agent, own.location, own.sourceLine, messageId, data, others);
  }
  return emitter.findings;
}
function finish(input, context) {
  const emitter = createEmitter(context, (path5) => input.secrets.get(path5));
  const found = [...input.findings];
  const waivedSet = new Set(input.inlineWaivers === false ? [] : applyWaivers(input.waiverComments, found, context, emitter));
  found.push(...emitter.findings);
  const findings = withFingerprints(found.filter((finding) => !waivedSet.has(finding)));
  const waived = withFingerprints([...waivedSet]);
  const notChecked = mergeNotChecked(input.notChecked);
  if (!input.baseline) return { findings, waived, baselined: 0, notChecked };
  const baselined = applyBaseline(findings, input.baseline);
  return { findings: baselined.findings, waived, baselined: baselined.baselined, notChecked };
}
function notCheckedCollector() {
  const merged = /* @__PURE__ */ new Map();
  return {
    add(notices2) {
      for (const notice of notices2) {
        const at = notice.location;
        const key2 = [notice.ruleId, notice.reason, notice.enable, at ? `${at.file}:${at.line}:${at.column}:${at.endLine}:${at.endColumn}` : ""].join("\0");
        const entry = merged.get(key2);
        if (entry) for (const id of notice.scope) entry.scope.add(id);
        else merged.set(key2, { notice, scope: new Set(notice.scope) });
      }
    },
    list: () => [...merged.values()].map(({ notice, scope }) => ({ ...notice, scope: [...scope].sort(compareText) })).sort(compareNotChecked)
  };
}
function mergeNotChecked(notices2) {
  const collector = notCheckedCollector();
  collector.add(notices2);
  return collector.list();
}
function compareNotChecked(a, b) {
  return compareText(a.ruleId, b.ruleId) || compareText(a.location?.file ?? "", b.location?.file ?? "") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || compareText(a.reason, b.reason) || compareText(a.scope[0] ?? "", b.scope[0] ?? "");
}
function applyWaivers(comments, found, context, emitter) {
  const byId = new Map(context.rules.map((rule) => [rule.id, rule]));
  const report = (ruleId, comment, messageId, data) => {
    const rule = byId.get(ruleId);
    if (rule) emitter.emitAt(rule, comment.agent, comment.location, comment.sourceLine, messageId, data);
  };
  const isOff = (id) => effectiveSeverity(byId.get(id), context.severities) === "off";
  const byTargetLine = /* @__PURE__ */ new Map();
  for (const comment of comments) {
    const read = readWaiverComment(comment.text);
    if (read === void 0) continue;
    if (typeof read === "string") {
      report(WAIVER_INVALID, comment, read, { directive: comment.text.trim().split(/\s/, 1)[0] ?? "" });
      continue;
    }
    const known = read.ruleIds.filter((id) => byId.has(id));
    for (const id of read.ruleIds) if (!byId.has(id)) report(WAIVER_INVALID, comment, "unknownRule", { rule: id });
    if (read.reason === void 0) {
      report(WAIVER_INVALID, comment, "missingReason", { rules: read.ruleIds.join(", ") });
      continue;
    }
    if (known.length === 0) continue;
    const key2 = `${comment.path}\0${comment.line + 1}`;
    byTargetLine.set(key2, [...byTargetLine.get(key2) ?? [], { comment, ruleIds: known, used: false }]);
  }
  if (byTargetLine.size === 0) return [];
  const waived = [];
  for (const finding of [...found, ...emitter.findings]) {
    const candidates = byTargetLine.get(`${finding.file}\0${finding.line}`);
    const match = candidates?.find((c) => c.ruleIds.includes(finding.ruleId));
    if (!match) continue;
    match.used = true;
    waived.push(finding);
  }
  for (const candidates of byTargetLine.values()) {
    for (const { comment, ruleIds, used } of candidates) {
      if (!used && !ruleIds.every(isOff)) report(WAIVER_UNUSED, comment, "unused", { rules: ruleIds.join(", ") });
    }
  }
  return waived;
}
function createEmitter(context, secretsOf, places = NO_PLACES) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const redactors = /* @__PURE__ */ new Map();
  const redactorOf = (path5) => {
    let redact = redactors.get(path5);
    if (!redact) redactors.set(path5, redact = secretMasker(secretsOf(path5) ?? []));
    return redact;
  };
  const emitAt = (rule, agent, location, sourceLine3, messageId, data, key2, related = [], { fix, suggestions = [] } = {}) => {
    const severity = effectiveSeverity(rule, context.severities);
    if (severity === "off") return;
    const template = rule.messages[messageId];
    if (template === void 0) throw new Error(`Rule ${rule.id} reported unknown messageId "${messageId}"`);
    if (seen.has(key2)) return;
    seen.add(key2);
    const remedyTemplate = rule.remedies?.[messageId] ?? rule.docs.fix;
    const redact = redactorOf(location.file);
    findings.push({
      ruleId: rule.id,
      severity,
      // Values from the files end up in messages: control characters are escaped after the secrets are masked
      // (escaping first would hide a secret's control characters from the mask).
      message: printable(redact(format(template, data, rule.id))),
      ...location,
      agent,
      predicts: predictionsOf(rule, messageId),
      remedy: printable(redact(format(remedyTemplate, data, rule.id))),
      ...related.length > 0 ? { related } : {},
      sourceLine: sourceLine3,
      messageId,
      data: redactData(data, redact),
      fingerprintBase: [rule.id, location.file, messageId, sourceLine3.trim()].join("\0"),
      ...fix ? { fix } : {},
      ...suggestions.length > 0 ? { suggestions } : {}
    });
  };
  const sourceLine2 = (at) => unshared(secretFreeLine(at, redactorOf(at.source.path), places));
  return {
    findings,
    sourceLine: sourceLine2,
    emit(rule, agent, at, messageId, data, fixes = {}) {
      if (effectiveSeverity(rule, context.severities) === "off") return;
      const key2 = `${rule.id}\0${at.source.path}\0${at.start}\0${at.end}\0${messageId}`;
      if (seen.has(key2)) return;
      emitAt(rule, agent, locate(at), sourceLine2(at), messageId, data, key2, [], fixes);
    },
    emitAt(rule, agent, location, line, messageId, data, related) {
      emitAt(
        rule,
        agent,
        location,
        line,
        messageId,
        data,
        `${rule.id}\0${location.file}\0${location.line}:${location.column}\0${location.endLine}:${location.endColumn}\0${messageId}`,
        related
      );
    },
    notChecked(rule, scope, path5, at, reason, enable) {
      const safe = (text) => unshared(printable(redactorOf(path5)(text)));
      return { ruleId: rule.id, reason: safe(reason), enable: safe(enable), scope: [scope], ...at ? { location: locate(at) } : {} };
    }
  };
}
function activeRules(context) {
  return context.rules.filter((rule) => rule.scope !== "input" && effectiveSeverity(rule, context.severities) !== "off");
}
function fileOf(target) {
  if (target.product !== "cams-domain") return target.document.source.path;
  return (target.policy?.root ?? target.loginConfig?.root)?.source.path ?? target.id;
}
function describeError(error) {
  return error instanceof Error ? error.message : String(error);
}
function effectiveSeverity(rule, severities) {
  return severities?.get(rule.id) ?? rule.severity;
}
function locate(at) {
  const start = at.source.positionAt(at.start);
  const end = at.source.positionAt(Math.max(at.end, at.start));
  return { file: at.source.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function withFingerprints(pending) {
  if (pending.length === 0) return [];
  const { createHash } = crypto();
  const sorted = [...pending].sort(compareFindings);
  const occurrences = /* @__PURE__ */ new Map();
  return sorted.map(({ fingerprintBase, ...finding }) => {
    const hash2 = createHash("sha256").update(fingerprintBase).digest("hex").slice(0, 32);
    const occurrence = (occurrences.get(hash2) ?? 0) + 1;
    occurrences.set(hash2, occurrence);
    return { ...finding, fingerprint: `${hash2}:${occurrence}` };
  });
}
function secretFreeLine(at, redact, places) {
  const text = at.source.text;
  let start = at.start;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let end = at.start;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  let line = text.slice(start, end);
  const onLine = (places.spansOf(at.source.path) ?? []).filter((span) => span.end > start && span.start < end && span.end > span.start).sort((a, b) => b.start - a.start);
  for (const span of onLine) line = `${line.slice(0, Math.max(span.start, start) - start)}${MASK}${line.slice(Math.min(span.end, end) - start)}`;
  if (places.masksAttributes(at.source.path)) line = line.replace(ATTRIBUTE_VALUE, `=${MASK}`);
  return redact(line.replace(SECRET_ASSIGNMENT, "$1"));
}
function format(template, data, ruleId) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`Rule ${ruleId}: message placeholder {${name}} has no data`);
    return String(value);
  });
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function redactData(data, redact) {
  return Object.fromEntries(Object.entries(data).map(([key2, value]) => [key2, typeof value === "string" ? unshared(redact(value)) : value]));
}
function secretTextsByFile(targets) {
  const byFile = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const sources2 = target.product === "cams-domain" ? [target.policy?.root.source, target.loginConfig?.root.source] : [target.document.source];
    const texts = secretTexts(target, (path5) => sources2.find((source) => source?.path === path5)?.text ?? "");
    if (texts.length === 0) continue;
    for (const source of sources2) {
      if (!source) continue;
      const set = byFile.get(source.path) ?? /* @__PURE__ */ new Set();
      for (const text of texts) set.add(unshared(text));
      byFile.set(source.path, set);
    }
  }
  return new Map([...byFile].map(([path5, values]) => [path5, [...values]]));
}
function secretMasker(values) {
  const secrets = [...new Set(values)].filter((value) => value.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(MASK);
    return result;
  };
}
function createUnitResults() {
  const findings = [];
  const waiverComments = [];
  const secrets = /* @__PURE__ */ new Map();
  const failures = [];
  const notChecked = notCheckedCollector();
  const pools = [];
  const store = createFleetStore();
  let agents = 0;
  const take = (part) => {
    for (const finding of part.findings) findings.push(finding);
    for (const comment of part.waiverComments) waiverComments.push(comment);
    for (const [path5, values] of part.secrets) secrets.set(path5, values);
    for (const failure of part.failures) failures.push(failure);
    notChecked.add(part.notChecked);
    for (const pool of part.pools ?? []) pools.push(pool);
  };
  return {
    findings,
    waiverComments,
    secrets,
    failures,
    notChecked,
    pools,
    store,
    agents: () => agents,
    /** One unit's results; its agents' facts go into the fleet store. */
    add(unit) {
      take(unit);
      for (const facts2 of unit.facts) store.add(facts2);
      agents += unit.facts.length;
    },
    /** Another thread's merged results. */
    addMerged(part) {
      take(part);
      store.addPortable(part.fleet);
      agents += part.agents;
    },
    /** This thread's results as they cross to another (structured clone). */
    merged() {
      return { findings, waiverComments, secrets: [...secrets], failures, notChecked: notChecked.list(), pools, agents, fleet: store.export().portable };
    }
  };
}
var WAIVER_INVALID, WAIVER_UNUSED, NO_PLACES, SCOPE_PRODUCT, SECRET_ASSIGNMENT, MASK, ATTRIBUTE_VALUE;
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    init_builtins();
    init_printable();
    init_secrets();
    init_fleet();
    init_prediction();
    init_waivers();
    init_source();
    init_units();
    init_baseline();
    init_rule_api();
    init_compare_text();
    WAIVER_INVALID = "waiver/invalid";
    WAIVER_UNUSED = "waiver/unused";
    NO_PLACES = { spansOf: () => void 0, masksAttributes: () => false };
    SCOPE_PRODUCT = {
      "cleartrust-agent": "cleartrust",
      "cams-agent": "cams",
      "cams-domain": "cams-domain"
    };
    SECRET_ASSIGNMENT = /^(.*?(?:salt|secret|passphrase|password|passwd)).*$/is;
    MASK = "********";
    ATTRIBUTE_VALUE = /=\s*("[^"]*"?|'[^']*'?)/g;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module2.exports = picomatch;
  }
});

// src/run/discover.ts
async function discover(paths, cwd, ignore) {
  const isIgnored = ignore.length > 0 ? (await Promise.resolve().then(() => __toESM(require_picomatch2(), 1))).default([...ignore], { dot: true }) : () => false;
  const candidates = /* @__PURE__ */ new Map();
  const problems = [];
  for (const given of paths) {
    const absolute = import_node_path.default.resolve(cwd, given);
    let kind;
    try {
      const info = (0, import_node_fs.statSync)(absolute);
      kind = info.isDirectory() ? "directory" : info.isFile() ? "file" : "other";
    } catch (error) {
      problems.push({ path: given, message: describeFsError(error) });
      continue;
    }
    if (kind === "file") {
      const displayPath = toDisplayPath(cwd, absolute);
      candidates.set(absolute, { absolutePath: absolute, displayPath, agent: displayPath, format: void 0 });
    } else if (kind === "other") {
      problems.push({ path: given, message: "not a regular file or directory" });
    } else {
      let kept = 0;
      for (const { file, format: format2 } of walk(absolute, problems, cwd)) {
        const displayPath = toDisplayPath(cwd, file);
        if (isIgnored(displayPath)) continue;
        kept++;
        if (!candidates.has(file)) candidates.set(file, { absolutePath: file, displayPath, agent: ownerOf(cwd, file, format2), format: format2 });
      }
      if (kept === 0) {
        problems.push({
          path: given,
          message: "no agent configuration found (looked for webagent.conf, *.webagent.conf, cams-webagent.conf and Cams security domain files)"
        });
      }
    }
  }
  const sorted = [...candidates.values()].sort((a, b) => compareText(a.displayPath, b.displayPath));
  return { candidates: sorted, problems };
}
function walk(root, allProblems, cwd) {
  const found = [];
  const problems = [];
  const visited = /* @__PURE__ */ new Set();
  const pending = [root];
  for (let directory = pending.pop(); directory !== void 0; directory = pending.pop()) {
    let real;
    let entries;
    try {
      real = import_node_fs.realpathSync.native(directory);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = (0, import_node_fs.readdirSync)(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: toDisplayPath(cwd, directory), message: describeFsError(error) });
      continue;
    }
    for (const entry of entries) {
      const full = import_node_path.default.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = (0, import_node_fs.statSync)(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (formatOfName(entry.name)) problems.push({ path: toDisplayPath(cwd, full), message: describeFsError(error) });
          continue;
        }
      }
      const format2 = formatOfName(entry.name);
      if (format2 !== void 0 && !isFile)
        problems.push({ path: toDisplayPath(cwd, full), message: isDirectory ? "a directory, not a regular file" : "not a regular file" });
      if (isDirectory && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      else if (format2 !== void 0 && isFile) found.push({ file: full, format: format2 });
    }
  }
  allProblems.push(...problems.sort((a, b) => compareText(a.path, b.path)));
  return found;
}
function ownerOf(cwd, file, format2) {
  return agentOf(toDisplayPath(cwd, file), format2);
}
function toDisplayPath(cwd, absolute) {
  const prefix = cwd.endsWith(import_node_path.default.sep) ? cwd : cwd + import_node_path.default.sep;
  const below = absolute.startsWith(prefix) && import_node_path.default.isAbsolute(cwd) && !absolute.includes(`${import_node_path.default.sep}.`) ? absolute.slice(prefix.length) : void 0;
  const relative = below || import_node_path.default.relative(cwd, absolute) || ".";
  return relative.split(import_node_path.default.sep).join("/");
}
function describeFsError(error) {
  if (error instanceof NotARegularFile) return error.message;
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return code ? `cannot be read (${code})` : `cannot be read (${String(error)})`;
  }
}
var import_node_fs, import_node_path, SKIPPED_DIRECTORIES, NotARegularFile;
var init_discover = __esm({
  "src/run/discover.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    init_units();
    init_compare_text();
    SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    NotARegularFile = class extends Error {
      constructor(kind) {
        super(`${kind}, not a regular file`);
      }
    };
  }
});

// src/run/read.ts
function openRegularFile(absolutePath) {
  const descriptor = (0, import_node_fs2.openSync)(absolutePath, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  const info = (0, import_node_fs2.fstatSync)(descriptor);
  if (info.isFile()) return { descriptor, size: info.size };
  (0, import_node_fs2.closeSync)(descriptor);
  throw new NotARegularFile(
    info.isDirectory() ? "a directory" : info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : "a special file"
  );
}
function readRegularFile(absolutePath, what, maxBytes) {
  let opened;
  try {
    opened = openRegularFile(absolutePath);
    if (opened.size > maxBytes) throw new UsageError(`${what}: the file is ${opened.size} bytes, above the limit of ${maxBytes} bytes`);
    return (0, import_node_fs2.readFileSync)(opened.descriptor);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`${what}: ${describeFsError(error)}`);
  } finally {
    if (opened) (0, import_node_fs2.closeSync)(opened.descriptor);
  }
}
function readCandidate(candidate, maxFileSize, problem, cwd, reuse) {
  let bytes;
  let descriptor;
  try {
    const opened = openRegularFile(candidate.absolutePath);
    descriptor = opened.descriptor;
    const { size } = opened;
    if (size > maxFileSize) {
      const format3 = candidate.format ?? "cleartrust-conf";
      return { path: candidate.displayPath, format: format3, agent: candidate.agent, content: { kind: "tooLarge", size, limit: maxFileSize } };
    }
    bytes = reuse && candidate.format === "cleartrust-conf" ? reuse.read(descriptor) : (0, import_node_fs2.readFileSync)(descriptor);
  } catch (error) {
    problem(candidate.displayPath, describeFsError(error));
    return void 0;
  } finally {
    if (descriptor !== void 0) (0, import_node_fs2.closeSync)(descriptor);
  }
  let { format: format2, agent } = candidate;
  if (format2 === void 0) {
    const decoded = decodeText(bytes);
    const recognised = decoded.ok ? recognise(decoded.text) : { kind: "format", format: "cleartrust-conf" };
    if (recognised.kind === "unknown") {
      problem(
        candidate.displayPath,
        "not recognised as an agent configuration (no cleartrust.* or cams.* keys, no <Global>/<Pool>/<VirtualHost> blocks) nor as a Cams security domain file (root element access-control-policy, login-config or security-domain)"
      );
      return void 0;
    }
    if (recognised.kind === "prose") {
      problem(
        candidate.displayPath,
        `not an agent configuration: only ${recognised.settings} of its ${recognised.lines} lines (blank and comment lines aside) are settings or block tags; the rest reads as prose`
      );
      return void 0;
    }
    format2 = recognised.format;
    agent = ownerOf(cwd, candidate.absolutePath, format2);
  }
  return { path: candidate.displayPath, format: format2, agent, content: { kind: "bytes", bytes } };
}
function readBack(absolutePath, size) {
  let opened;
  try {
    opened = openRegularFile(absolutePath);
    if (opened.size !== size) return void 0;
    const decoded = decodeText((0, import_node_fs2.readFileSync)(opened.descriptor));
    return decoded.ok ? decoded.text : void 0;
  } catch {
    return void 0;
  } finally {
    if (opened) (0, import_node_fs2.closeSync)(opened.descriptor);
  }
}
function heapGuard(total) {
  let read = 0;
  return () => {
    if (++read % 16 !== 0) return;
    const { heap_size_limit: limit, used_heap_size: used } = v8().getHeapStatistics();
    if (used < limit * 0.45) return;
    const suggestion = Math.ceil(limit * 2.5 / 2 ** 20 / 1024) * 1024;
    throw new UsageError(
      `the ${total} files do not fit in Node's heap of ${Math.round(limit / 2 ** 20)} MB (stopped after ${read}); lint fewer at a time, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${suggestion}`
    );
  };
}
var import_node_fs2, UsageError, ReadBuffer;
var init_read = __esm({
  "src/run/read.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_builtins();
    init_discover();
    init_source();
    init_units();
    UsageError = class extends Error {
    };
    ReadBuffer = class {
      buffer = Buffer.allocUnsafe(64 * 1024);
      /** The whole rest of the file `descriptor` (however its size changed since it was looked at). */
      read(descriptor) {
        let length = 0;
        for (; ; ) {
          if (length === this.buffer.length) {
            const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
            this.buffer.copy(bigger, 0, 0, length);
            this.buffer = bigger;
          }
          const count = (0, import_node_fs2.readSync)(descriptor, this.buffer, length, this.buffer.length - length, null);
          if (count === 0) return this.buffer.subarray(0, length);
          length += count;
        }
      }
    };
  }
});

// src/run/chunks.ts
function chunkContext(options) {
  const wanted = new Set(options.ruleIds);
  return {
    rules: rules.filter((rule) => wanted.has(rule.id)),
    environment: options.environment,
    severities: options.severities,
    poolInputs: options.poolInputs
  };
}
function lintChunk(candidates, options) {
  const context = chunkContext(options);
  const results = createUnitResults();
  const guard = heapGuard(options.total);
  const files = [];
  const problems = [];
  const deferred = [];
  const buffer = new ReadBuffer();
  for (const candidate of candidates) {
    const file = readCandidate(candidate, options.maxFileSize, (where, message) => problems.push({ where, message }), options.cwd, buffer);
    if (!file) continue;
    if (file.format !== "cleartrust-conf") {
      deferred.push(file);
      continue;
    }
    guard();
    results.add(lintUnit({ files: [file] }, context));
    const size = file.content.kind === "bytes" ? file.content.bytes.length : void 0;
    files.push({ path: file.path, format: file.format, agent: file.agent, absolutePath: candidate.absolutePath, size });
  }
  return {
    files,
    problems,
    ...results.merged(),
    deferred
  };
}
async function lintChunks(candidates, options, bundle) {
  const threads = bundle !== void 0 && candidates.length >= PARALLEL_THRESHOLD ? Math.min(import_node_os.default.availableParallelism(), 8) : 1;
  const size = Math.ceil(candidates.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => candidates.slice(i * size, (i + 1) * size)).filter((share) => share.length > 0);
  const workers = shares.slice(1).map(
    (share) => new Promise((resolve2, reject) => {
      const worker = new (workerThreads()).Worker(bundle, { argv: [WORKER_FLAG], workerData: { candidates: share, options } });
      worker.once("message", (message) => {
        if ("result" in message) resolve2(message.result);
        else reject(message.usage ? new UsageError(message.error) : new Error(message.error));
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it returned its files`)));
    })
  );
  const own = lintChunk(shares[0] ?? [], options);
  return [own, ...await Promise.all(workers)];
}
function runChunkWorker() {
  const { parentPort, workerData } = workerThreads();
  const { candidates, options } = workerData;
  let message;
  try {
    const { deferred: _, ...result } = lintChunk(candidates, options);
    message = { result };
  } catch (error) {
    message = {
      error: error instanceof Error ? error instanceof UsageError ? error.message : error.stack ?? error.message : String(error),
      usage: error instanceof UsageError
    };
  }
  parentPort?.postMessage(
    message,
    "result" in message ? message.result.fleet.agents.flatMap((agent) => [agent.settings.buffer, agent.blocks.buffer]) : []
  );
}
var import_node_os, PARALLEL_THRESHOLD, WORKER_FLAG;
var init_chunks = __esm({
  "src/run/chunks.ts"() {
    "use strict";
    import_node_os = __toESM(require("node:os"), 1);
    init_rules();
    init_builtins();
    init_engine();
    init_read();
    PARALLEL_THRESHOLD = 2e3;
    WORKER_FLAG = "--webagent-lint-chunk-worker";
  }
});

// src/config/names.ts
var CONFIG_FILE_NAMES;
var init_names = __esm({
  "src/config/names.ts"() {
    "use strict";
    CONFIG_FILE_NAMES = [".webagent-lint.yaml", ".webagent-lint.yml"];
  }
});

// src/config/environment.ts
function resolveEnvironment(flags2, config) {
  let environment = DEFAULT_ENVIRONMENT;
  const fromConfig = config?.environment;
  if (fromConfig?.firewallIdleTimeout) {
    environment = {
      ...environment,
      firewallIdleTimeout: { value: fromConfig.firewallIdleTimeout.seconds, origin: { kind: "config", where: fromConfig.firewallIdleTimeout.where } }
    };
  }
  if (config && config.cams.loginPages.length > 0) environment = { ...environment, camsLoginPages: config.cams.loginPages };
  if (fromConfig?.activeAuthServers) {
    environment = {
      ...environment,
      activeAuthServers: { value: fromConfig.activeAuthServers.value, origin: { kind: "config", where: fromConfig.activeAuthServers.where } }
    };
  }
  if (fromConfig?.authServers) {
    environment = {
      ...environment,
      authServers: fromConfig.authServers.map(({ dispatchers, value, where }) => ({
        ...dispatchers !== void 0 ? { dispatchers } : {},
        count: { value, origin: { kind: "config", where } }
      }))
    };
  }
  const given = [
    ...flags2.firewallIdleTimeout !== void 0 ? [{ key: "firewallIdleTimeout", value: flags2.firewallIdleTimeout, flag: "--firewall-idle-timeout" }] : [],
    ...flags2.activeAuthServers !== void 0 ? [{ key: "activeAuthServers", value: flags2.activeAuthServers, flag: "--active-auth-servers" }] : [],
    ...(flags2.environmentOverrides ?? []).map(({ key: key2, value }) => ({ key: key2, value, flag: `--set environment.${key2}` }))
  ];
  for (const { key: key2, value, flag } of given) {
    const origin = { kind: "command line", flag };
    if (key2 === "firewallIdleTimeout") {
      const seconds = parseUserDuration(value);
      if (seconds === void 0 || seconds <= 0) return { error: `${flag}: "${value}" is not a duration (write e.g. 55m, 1h or "50 Mins")` };
      environment = { ...environment, firewallIdleTimeout: { value: seconds, origin } };
      continue;
    }
    const count = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isInteger(count) || count < 1) return { error: `${flag}: "${value}" is not a positive whole number` };
    environment = key2 === "activeAuthServers" ? { ...environment, activeAuthServers: { value: count, origin } } : { ...environment, authServers: [{ count: { value: count, origin } }] };
  }
  return { environment };
}
var ENVIRONMENT_KEYS;
var init_environment2 = __esm({
  "src/config/environment.ts"() {
    "use strict";
    init_duration();
    init_environment();
    ENVIRONMENT_KEYS = ["firewallIdleTimeout", "activeAuthServers", "authServers"];
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "webagent-lint",
      version: "0.1.0",
      description: "Lint RSA ClearTrust and Caf\xE9soft Cams web agent configurations and predict the log errors they cause",
      license: "MIT",
      keywords: [
        "linter",
        "cleartrust",
        "rsa-access-manager",
        "cams",
        "sarif",
        "webagent"
      ],
      type: "module",
      bin: {
        "webagent-lint": "bin/webagent-lint.cjs"
      },
      files: [
        "bin",
        "dist",
        "schemas",
        "docs",
        "README.md",
        "LICENSE"
      ],
      engines: {
        node: ">=20.19"
      },
      scripts: {
        gen: "node scripts/gen-validators.mjs",
        bundle: "node scripts/build.mjs",
        typecheck: "tsc --noEmit -p .",
        pretest: "npm run bundle",
        lint: "biome ci .",
        format: "biome format --write .",
        test: "npm run typecheck && npm run lint && vitest run",
        docs: "node scripts/docs.mjs",
        bench: "node scripts/bench.mjs",
        "example-logs": "node scripts/example-logs.mjs",
        fuzz: "node scripts/fuzz.mjs"
      },
      dependencies: {
        picocolors: "^1.1.1",
        picomatch: "^4.0.7",
        saxes: "^6.0.0",
        yaml: "^2.9.1"
      },
      devDependencies: {
        "@biomejs/biome": "^2.6.9",
        "@microsoft/sarif-multitool": "^5.7.0",
        "@types/node": "^20.19.43",
        "@types/picomatch": "^4.0.3",
        "@types/sarif": "^2.1.7",
        ajv: "^8.20.0",
        esbuild: "^0.28.2",
        "fast-check": "^4.10.2",
        "playwright-core": "^1.65.1",
        typescript: "^7.0.2",
        vitest: "^4.1.12"
      }
    };
  }
});

// src/platform/meta.ts
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
var TOOL_NAME, VERSION2, REPOSITORY_URL;
var init_meta = __esm({
  "src/platform/meta.ts"() {
    "use strict";
    init_package();
    TOOL_NAME = "webagent-lint";
    VERSION2 = package_default.version;
    REPOSITORY_URL = "https://github.com/webagent-lint/webagent-lint";
  }
});

// src/report/report.ts
function failureLines(report) {
  return (report.failures ?? []).map((failure) => `${failure.where}: ${failure.message}`);
}
function summarize(findings, counts) {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity]++;
  return { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, ...counts };
}
function productName(product) {
  return PRODUCT_NAMES[product] ?? product;
}
function hiddenCounts(summary) {
  return [summary.waived > 0 ? `${summary.waived} waived` : "", summary.baselined > 0 ? `${summary.baselined} in the baseline` : ""].filter(Boolean);
}
function noticePlace(notice) {
  const at = notice.location;
  return at ? `${at.file}:${at.line}:${at.column}` : scopeText(notice.scope);
}
function scopeText(scope) {
  const named = scope.slice(0, NAMED_SCOPES).join(", ");
  return scope.length > NAMED_SCOPES ? `${named} and ${scope.length - NAMED_SCOPES} more` : named;
}
var PRODUCT_NAMES, NAMED_SCOPES;
var init_report = __esm({
  "src/report/report.ts"() {
    "use strict";
    PRODUCT_NAMES = { cleartrust: "ClearTrust", cams: "Cams" };
    NAMED_SCOPES = 3;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open3, close, replace = open3) => (input) => {
      let string = "" + input, index = string.indexOf(close, open3.length);
      return ~index ? open3 + replaceClose(string, close, replace, index) + close : open3 + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors6 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors6();
    module2.exports.createColors = createColors6;
  }
});

// src/report/text.ts
function formatText(report, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const body = formatFindingsText(report.findings, report.summary, c, report.notChecked, failureLines(report).length);
  const failures = failureLines(report);
  const failed = failures.length === 0 ? "" : `${[c.red(c.bold("Run failed:")), ...failures.map((line) => `  ${printable(line)}`)].join("\n")}

`;
  return `${failed}${body}
`;
}
function formatFindingsText(findings, summary, c, notChecked = [], failures = 0) {
  const severityLabel = { error: c.red("error"), warning: c.yellow("warning"), info: c.blue("info") };
  const lines = [];
  let currentFile;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(c.underline(printable(finding.file)));
      currentFile = finding.file;
    }
    const position = `${finding.line}:${finding.column}`.padEnd(7);
    const label = severityLabel[finding.severity] + " ".repeat(8 - finding.severity.length);
    lines.push(`  ${c.dim(position)} ${label}${finding.message}  ${c.dim(finding.ruleId)}`);
    lines.push(`  ${" ".repeat(7)} ${" ".repeat(8)}${detail(finding, c)}`);
  }
  if (lines.length > 0) lines.push("");
  if (notChecked.length > 0) lines.push(...notCheckedBlock(notChecked, c), "");
  lines.push(summaryLine(summary, notChecked.length, c, failures));
  return lines.join("\n");
}
function notCheckedBlock(notChecked, c) {
  const lines = [c.bold("Not checked:")];
  for (const notice of notChecked) {
    lines.push(`  ${c.underline(noticePlace(notice))}  ${notice.reason}  ${c.dim(notice.ruleId)}`);
    lines.push(`    ${c.dim(`to check it: ${notice.enable}`)}`);
  }
  return lines;
}
function detail(finding, c) {
  const predicts = finding.predicts.length > 0 ? `${c.bold("predicts")} ${finding.predicts.join(", ")} \xB7 ` : "";
  return c.dim(`${predicts}fix: ${finding.remedy}`);
}
function summaryLine(summary, notChecked, c, failures) {
  const { errors, warnings, infos, agents, files } = summary;
  const scope = `${plural(agents, "agent")} (${plural(files, "file")})`;
  const hidden = hiddenCounts(summary).join(", ");
  const suffix = hidden === "" ? "." : `; ${hidden}.`;
  const skipped = notChecked === 0 ? "" : ` ${plural(notChecked, "check")} ${notChecked === 1 ? "was" : "were"} not performed (see "Not checked" above).`;
  const total = errors + warnings + infos;
  if (failures > 0) {
    const found = total === 0 ? "no findings" : `${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})`;
    return c.red(c.bold(`The run failed (${plural(failures, "problem")} above); ${found} in ${scope}${suffix}${skipped}`));
  }
  if (total === 0) return notChecked === 0 ? c.green(`No problems found in ${scope}${suffix}`) : c.yellow(`No problems found in ${scope}${suffix}${skipped}`);
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
  const text = `${plural(total, "problem")} (${counts}) in ${scope}${suffix}${skipped}`;
  return errors > 0 ? c.red(c.bold(text)) : c.yellow(c.bold(text));
}
function plural(count, word) {
  return `${count} ${word}${count === 1 || word === "info" ? "" : "s"}`;
}
var import_picocolors;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
    init_printable();
    init_report();
  }
});

// src/report/github.ts
function formatGithub(report) {
  const lines = report.findings.map((finding) => {
    const predicts = finding.predicts.length > 0 ? `
Predicts ${finding.predicts.join(", ")} in the agent log.` : "";
    return `::${COMMAND[finding.severity]} ${properties(finding, finding.ruleId)}::${escapeData(`${finding.message}${predicts}
Fix: ${finding.remedy}`)}`;
  });
  for (const notice of report.notChecked) {
    const title = `Not checked: ${notice.ruleId}`;
    const where = notice.location ? properties(notice.location, title) : `title=${escapeProperty(title)}`;
    lines.push(`::notice ${where}::${escapeData(`${notice.reason}
In: ${scopeText(notice.scope)}
To check it: ${notice.enable}`)}`);
  }
  for (const line of failureLines(report)) lines.push(`::error title=${escapeProperty("webagent-lint run failed")}::${escapeData(printable(line))}`);
  const { errors, warnings, infos } = report.summary;
  const skipped = report.notChecked.length > 0 ? `; ${report.notChecked.length} not checked` : "";
  lines.push(
    `webagent-lint: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(report.summary.agents, "agent")}${skipped}.`
  );
  return `${lines.join("\n")}
`;
}
function properties(at, title) {
  return [
    `file=${escapeProperty(printable(at.file))}`,
    `line=${at.line}`,
    `endLine=${at.endLine}`,
    `col=${at.column}`,
    `endColumn=${at.endColumn}`,
    `title=${escapeProperty(title)}`
  ].join(",");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_report();
    init_printable();
    init_text();
    COMMAND = { error: "error", warning: "warning", info: "notice" };
  }
});

// src/knowledge/codes/cams.json
var cams_default;
var init_cams2 = __esm({
  "src/knowledge/codes/cams.json"() {
    cams_default = {
      $schema: "../../../schemas/codes.schema.json",
      codes: [
        {
          id: "CAMS-AUTH-STATUS-0",
          product: "cams",
          family: "cams-auth-status",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; status field = 0',
          meaning: "The policy server has not finished the authentication yet; the request is still being worked on.",
          causes: [],
          settings: [],
          remedy: "None; this is an intermediate answer, not an error.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-AUTH-STATUS-1",
          product: "cams",
          family: "cams-auth-status",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; status field = 1',
          meaning: "Authentication succeeded: the user was authenticated.",
          causes: [],
          settings: [],
          remedy: "None; this is the successful outcome.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-AUTH-STATUS-2",
          product: "cams",
          family: "cams-auth-status",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; status field = 2',
          meaning: "The user could not be authenticated. The reason field of the same line says why.",
          causes: [
            "See the reason code logged with it."
          ],
          settings: [],
          remedy: "Look up the reason code of the same log line (CAMS-AUTH-REASON-<n>).",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-AUTH-REASON-0",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 0',
          meaning: "Not applicable: the answer needs no reason.",
          causes: [],
          settings: [],
          remedy: "None.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-AUTH-REASON-1",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 1',
          meaning: "A general failure during authentication, probably caused by a misconfiguration.",
          causes: [
            "A misconfigured security domain, for example a login module entry in login-config.xml with a wrong class name or options (inferred)."
          ],
          settings: [
            "login-config.xml",
            "security-domain.xml"
          ],
          remedy: "Read the policy server trace log of the security domain for the underlying error and correct the configuration it names (inferred).",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-2",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 2',
          meaning: "The policy server rejected the IP address of the host that sent the request.",
          causes: [
            "A host restriction on the policy server does not accept the address of the client or agent (inferred); where such a restriction is configured is not in webagent-lint's sources."
          ],
          settings: [],
          remedy: "Check which host addresses the policy server accepts for this security domain (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-3",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 3',
          meaning: "The policy server rejected the host name of the host that sent the request.",
          causes: [
            "A host restriction on the policy server does not accept the client or agent host name (inferred)."
          ],
          settings: [],
          remedy: "Check which host names the policy server accepts for this security domain (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-4",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 4',
          meaning: "The web agent that forwarded the request is not allowed to ask the policy server for authentication.",
          causes: [
            "The agent credentials or agent permissions registered with the policy server do not match this agent (inferred); the names of the properties involved are not in webagent-lint's sources."
          ],
          settings: [
            "cams-webagent.conf"
          ],
          remedy: "Register the agent with the policy server and give it the credentials the policy server expects (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-5",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 5',
          meaning: "The request named a security domain that the policy server does not know.",
          causes: [
            "The cams_security_domain value posted by the login page names a domain that is missing from, or disabled in, security-domain-registry.xml (inferred)."
          ],
          settings: [
            "security-domain-registry.xml",
            "cams_security_domain (login page field)"
          ],
          remedy: "Make the login page post the name of a security domain that is registered and enabled (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-6",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 6',
          meaning: "The request named a login configuration entry that the security domain does not define.",
          causes: [
            "cams.loginconfig.entry in cams-webagent.conf, or a hard-coded cams_login_config field in the login page, names an entry that login-config.xml does not have."
          ],
          settings: [
            "cams.loginconfig.entry",
            "login-config.xml (login-config-entry name)",
            "cams_login_config (login page field)"
          ],
          remedy: "Set cams.loginconfig.entry (or the login page field) to the name of a login-config-entry of the target security domain, or add that entry.",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "CAMS-LC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-AUTH-REASON-7",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 7',
          meaning: "The user gave missing or wrong credentials: an ordinary failed login.",
          causes: [
            "Incomplete or wrong credentials given by the user."
          ],
          settings: [],
          remedy: "None at the configuration level: it is a normal login failure. Many of them for one user may be a guessing attack (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-8",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 8',
          meaning: "Authentication stopped on an error the policy server could not recover from (a runtime exception).",
          causes: [
            "A failure at run time, for example an unreachable user directory behind a login module (inferred)."
          ],
          settings: [
            "login-config.xml"
          ],
          remedy: "Read the policy server trace log of the security domain for the exception (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-9",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 9',
          meaning: "The user account has passed its expiry date.",
          causes: [
            "The account the user gave has expired."
          ],
          settings: [],
          remedy: "Renew the account if the user should still have access (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-10",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 10',
          meaning: "The credential of the user (for example the password) has passed its expiry date.",
          causes: [
            "The credential the user gave has expired."
          ],
          settings: [],
          remedy: "Let the user renew the credential (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-11",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 11',
          meaning: "Unused: the code is obsolete.",
          causes: [
            "An old policy server version (inferred)."
          ],
          settings: [],
          remedy: "None.",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-AUTH-REASON-12",
          product: "cams",
          family: "cams-auth-reason",
          logged: 'Cams authentication log (per security domain): [date] host "login-config-entry" <status> <reason> [session id] user; reason field = 12',
          meaning: "A callback handler failed with an error the policy server could not recover from (a runtime exception).",
          causes: [
            "The callback-handler class configured for the login-config-entry fails at run time (inferred)."
          ],
          settings: [
            "login-config.xml (callback-handler)"
          ],
          remedy: "Read the policy server trace log for the exception and check the callback-handler class of the login-config-entry (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-STATUS-0",
          product: "cams",
          family: "cams-access-status",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; status field = 0',
          meaning: "The policy server has not reached a decision for the resource yet.",
          causes: [],
          settings: [],
          remedy: "None; this is an intermediate answer, not an error.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-STATUS-1",
          product: "cams",
          family: "cams-access-status",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; status field = 1',
          meaning: "The request for the resource was allowed.",
          causes: [],
          settings: [],
          remedy: "None; access was granted.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-STATUS-2",
          product: "cams",
          family: "cams-access-status",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; status field = 2',
          meaning: "The request for the resource was refused. The reason field of the same line says why.",
          causes: [
            "See the reason code logged with it."
          ],
          settings: [],
          remedy: "Look up the reason code of the same log line (CAMS-ACCESS-REASON-<n>).",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-0",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 0',
          meaning: "No reason applies because the request was allowed.",
          causes: [],
          settings: [],
          remedy: "None.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-1",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 1',
          meaning: "A general failure while deciding on access, probably caused by a misconfiguration.",
          causes: [
            "A misconfigured security domain (inferred)."
          ],
          settings: [
            "access-control-policy.xml",
            "security-domain.xml"
          ],
          remedy: "Read the policy server trace log of the security domain for the underlying error (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-2",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 2',
          meaning: "The policy server rejected the IP address of the requesting host.",
          causes: [
            "A remote-host rule in the access control policy does not accept the address (inferred)."
          ],
          settings: [
            "access-control-policy.xml"
          ],
          remedy: "Check the remote-host rules that protect the resource (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-3",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 3',
          meaning: "The policy server rejected the host name of the requesting host.",
          causes: [
            "A remote-host rule in the access control policy does not accept the host name (inferred)."
          ],
          settings: [
            "access-control-policy.xml"
          ],
          remedy: "Check the remote-host rules that protect the resource (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-4",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 4',
          meaning: "The web agent that asked for the decision is not allowed to ask the policy server.",
          causes: [
            "The agent is not registered, or its credentials do not match (inferred)."
          ],
          settings: [
            "cams-webagent.conf"
          ],
          remedy: "Register the agent with the policy server and give it the credentials the policy server expects (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-5",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 5',
          meaning: "The request referred to a security domain that the policy server does not know.",
          causes: [
            "A permission delegates to another domain (owner) that is missing from, or disabled in, security-domain-registry.xml (inferred)."
          ],
          settings: [
            "access-control-policy.xml (owner)",
            "security-domain-registry.xml"
          ],
          remedy: "Delegate only to registered, enabled security domains (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-6",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 6',
          meaning: "The request named a resource type the policy server does not know.",
          causes: [
            "A request for a resource type other than cams and http, the only types Cams web agents ask about, so from another client (inferred)."
          ],
          settings: [],
          remedy: "Find the client that sends requests of that resource type (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-7",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 7',
          meaning: "The resource identifier in the request could not be understood.",
          causes: [
            "A malformed URL in the request (inferred).",
            "A resource pattern of the access control policy that is not a URL (inferred)."
          ],
          settings: [],
          remedy: "Check the requested URL in the same log line, and the resource patterns of the policy (inferred).",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-8",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 8',
          meaning: "The request asked for an action on the resource that the policy server does not know (for http resources, an HTTP method).",
          causes: [
            "A client sent an HTTP method outside the list web agents support, which the agent passed on to the policy server (see CAMS-5102) (inferred)."
          ],
          settings: [],
          remedy: "Find the client that sends the unknown action (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-9",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 9',
          meaning: "The policy refused access without any condition.",
          causes: [
            "The permission that matches the resource refers to a rule that always denies, such as <denied/> (inferred)."
          ],
          settings: [
            "access-control-policy.xml (denied)"
          ],
          remedy: "If the resource should be reachable, protect it with a rule that can grant access (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-10",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 10',
          meaning: "The resource needs an authenticated user and the request had none.",
          causes: [
            "An anonymous request for a resource whose rule requires authentication: normal before login.",
            "The login page itself is protected by such a rule, so the user can never log in (see CAMS-5005) (inferred)."
          ],
          settings: [
            "access-control-policy.xml"
          ],
          remedy: "Normally none: the agent sends the user to the login page. Make sure the login page is not protected by a rule that requires authentication.",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-11",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 11',
          meaning: "The resource needs an authenticated user and the session the request referred to has expired.",
          causes: [
            "The session the request referred to had expired."
          ],
          settings: [],
          remedy: "None; the user logs in again.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-12",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 12',
          meaning: "Evaluating an access control rule failed.",
          causes: [
            "A rule refers to another rule (acr-ref) that the ACR library does not define (inferred).",
            "A custom ACR type or its persistence manager fails (inferred)."
          ],
          settings: [
            "access-control-policy.xml (acr-ref, acr-lib, acr-type)"
          ],
          remedy: "Make every acr-ref name a rule defined in the acr-lib, and check custom rule types (inferred).",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-13",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 13',
          meaning: "The resource may be accessed only over a confidential (SSL/TLS) connection and the request came over a plain one.",
          causes: [
            "A rule that requires a secure connection, such as <confidential/>, protects resources reached over http://, so every such request is refused (inferred)."
          ],
          settings: [
            "access-control-policy.xml (confidential, resource-pattern)"
          ],
          remedy: "Serve the resource over HTTPS only, or do not guard an http:// resource pattern with a confidential rule (inferred).",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "CAMS-ACPTR32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-14",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 14',
          meaning: "The session identifier sent with the request is not valid.",
          causes: [
            "A forged, damaged or foreign session cookie, for example one from another Cams cluster (inferred)."
          ],
          settings: [
            "cams.cluster.name"
          ],
          remedy: "Check that agents and policy servers agree on the cluster name and that clusters sharing a cookie domain use different names (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-15",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 15',
          meaning: "No permission covers the requested resource, so the default decision (grant or deny) was used.",
          causes: [
            "The access control policy has no permission whose resource pattern matches the URL (inferred)."
          ],
          settings: [
            "access-control-policy.xml (permission, resource-pattern)"
          ],
          remedy: "Add a permission whose resource pattern covers the resource, so its protection is explicit (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-16",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 16',
          meaning: "The resource needs an authenticated user, but the login configuration entry the request named cannot be found.",
          causes: [
            "The login-config-entry the request names, from cams.loginconfig.entry or the login page field, is not defined in login-config.xml (inferred)."
          ],
          settings: [
            "login-config.xml (login-config-entry name)",
            "cams.loginconfig.entry"
          ],
          remedy: "Define the login-config-entry, or point the agent at an entry that exists (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-17",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 17',
          meaning: "Something in the exchange between agent and policy server arrived damaged; a general transport error.",
          causes: [
            "A network or protocol problem between agent and policy server (inferred)."
          ],
          settings: [],
          remedy: "Check the network path between agent and policy server and both trace logs (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-18",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 18',
          meaning: "Access was granted conditionally; the Cams guide does not say on what condition.",
          causes: [],
          settings: [],
          remedy: "None; access was granted.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-19",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 19',
          meaning: "Access was granted without any condition.",
          causes: [],
          settings: [],
          remedy: "None; access was granted.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-20",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 20',
          meaning: "Access was denied conditionally; the Cams guide does not say on what condition.",
          causes: [
            "The request did not satisfy a condition of the rule protecting the resource (inferred)."
          ],
          settings: [
            "access-control-policy.xml"
          ],
          remedy: "If the user should have access, check the conditions of the rule protecting the resource (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-21",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 21',
          meaning: "Access was refused because the request lacked one or more attributes the rule requires.",
          causes: [
            "The user or request does not carry an attribute a rule asks for."
          ],
          settings: [
            "access-control-policy.xml"
          ],
          remedy: "Check which attributes the rule requires and where they should come from (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-22",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 22',
          meaning: "Access was refused because the user logged in with an authentication method weaker than the resource requires.",
          causes: [
            "The user authenticated through a login configuration that the rule does not accept for this resource (inferred)."
          ],
          settings: [
            "access-control-policy.xml",
            "login-config.xml"
          ],
          remedy: "Let the user log in with the stronger method the resource requires (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-23",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 23',
          meaning: "No permission covers the requested resource, so the default decision was used; in addition the session named in the request is expired or closed.",
          causes: [
            "A gap in the access control policy (inferred), together with an expired session."
          ],
          settings: [
            "access-control-policy.xml (permission, resource-pattern)"
          ],
          remedy: "Add a permission whose resource pattern covers the resource (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-ACCESS-REASON-24",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 24',
          meaning: "Access was granted conditionally, although the session the request referred to is expired or closed; the Cams guide does not say on what condition.",
          causes: [
            "The session the request referred to had expired or was closed."
          ],
          settings: [],
          remedy: "None; access was granted.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-ACCESS-REASON-25",
          product: "cams",
          family: "cams-access-reason",
          logged: 'Cams access-control log (per security domain): [date] host [session id] [user] login-config-entry resource "action" <status> <reason>; reason field = 25',
          meaning: "Access was granted without any condition, although the session the request referred to is expired or closed.",
          causes: [
            "The session the request referred to had expired or was closed."
          ],
          settings: [],
          remedy: "None; access was granted.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5000",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5000",
          meaning: "The agent tried to authenticate a user and failed for a reason it could not identify.",
          causes: [
            "Unknown; the agent trace log and the policy server trace log of the security domain hold the details."
          ],
          settings: [],
          remedy: "Read the Cams web agent trace log and the policy server trace log of the security domain.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5001",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5001",
          meaning: "The agent has no authentication service to call.",
          causes: [
            "The authentication service is missing from the Cams client. For agents written in Java it is named and implemented in cams-webagent.conf; agents in native code have it built into the Cams client library."
          ],
          settings: [
            "cams-webagent.conf (authentication service; property name not documented in our sources)"
          ],
          remedy: "For a Java agent, restore the authentication service entry of cams-webagent.conf from the shipped file; for a native agent, reinstall the Cams client library (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5002",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5002",
          meaning: "A request other than POST arrived at the URI the agent uses for logins; logins must be posted.",
          causes: [
            "A login form using method GET, or a link or redirect pointing at the login URI (inferred)."
          ],
          settings: [
            "cams.login.uri",
            "login page (form method)"
          ],
          remedy: "Make the login form POST to the login URI (cams.login.uri). Do not link to that URI (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "CAMS-SCR30",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5003",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5003",
          meaning: "A login request reached the agent without a usable cams_security_domain parameter (absent, empty or wrong).",
          causes: [
            "A dynamic login page that does not pass on the cams_security_domain value the agent gave it: it should copy the query parameter into a hidden form field of that name."
          ],
          settings: [
            "login page (hidden field cams_security_domain)"
          ],
          remedy: "Have the login page copy the cams_security_domain query parameter into a hidden field of the same name, so it is posted with the credentials.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5004",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5004",
          meaning: "A login request reached the agent without a usable cams_login_config parameter (absent, empty or wrong).",
          causes: [
            "A dynamic login page that does not pass on the cams_login_config value the agent gave it: it should copy the query parameter into a hidden form field of that name.",
            "cams.loginconfig.entry empty or naming no login-config-entry of the domain (inferred)."
          ],
          settings: [
            "login page (hidden field cams_login_config)",
            "cams.loginconfig.entry",
            "login-config.xml"
          ],
          remedy: "Have the login page copy the cams_login_config query parameter into a hidden field of the same name. Set cams.loginconfig.entry to an entry of login-config.xml (inferred).",
          predictable: true,
          sources: [
            "CAMS-LEC32",
            "CAMS-LC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5005",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5005",
          meaning: "The login page is protected by an access control rule that requires authentication, so the user can never reach it: the agent would redirect to the login page forever and stops with this error instead.",
          causes: [
            "A permission whose resource pattern matches the login page URL (for example *://*:*/cams/*) refers to a rule that requires an authenticated user."
          ],
          settings: [
            "access-control-policy.xml (permission, resource-pattern, acr-ref)",
            "the login page URL"
          ],
          remedy: "Grant everyone access to the login page, or protect it only with a rule that needs no login (an IP address rule, for example).",
          predictable: true,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5006",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5006",
          meaning: "An AUTOLOGIN cookie was dropped because its value is malformed: it has no security domain name field.",
          causes: [
            "A damaged or foreign AUTOLOGIN cookie in the browser (inferred)."
          ],
          settings: [],
          remedy: "Usually none: the agent removes the cookie, and the user logs in again (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5007",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5007",
          meaning: "One or more login parameters have an invalid value.",
          causes: [
            "A login form sending parameters the agent cannot accept; cams-webagent.log on that web server has the details."
          ],
          settings: [
            "login page"
          ],
          remedy: "Read the detailed entry in cams-webagent.log of the web server where it happened.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5100",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5100",
          meaning: "The agent tried to check access to a resource and failed for a reason it could not identify.",
          causes: [
            "Unknown; the agent trace log and the policy server trace log of the security domain hold the details."
          ],
          settings: [],
          remedy: "Read the Cams web agent trace log and the policy server trace log of the security domain.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5101",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5101",
          meaning: "The agent has no access control service to call.",
          causes: [
            "The access control service is missing from the Cams client. For agents written in Java it is named and implemented in cams-webagent.conf; agents in native code have it built into the Cams client library."
          ],
          settings: [
            "cams-webagent.conf (access control service; property name not documented in our sources)"
          ],
          remedy: "For a Java agent, restore the access control service entry of cams-webagent.conf from the shipped file; for a native agent, reinstall the Cams client library (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5102",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5102",
          meaning: "The agent was asked to check a resource type or action it does not handle. Agents ask only about type cams (action ACCESS) and type http with the methods GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE, PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK and DEBUG.",
          causes: [
            "A client sent an HTTP request with a method outside that list to a web server protected by the agent."
          ],
          settings: [],
          remedy: "Find the client sending the unusual method; block such methods before the agent if they are not needed (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5105",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5105",
          meaning: "The policy server answered an access check with a status code the agent does not recognise.",
          causes: [
            "Agent and policy server versions that do not match (inferred)."
          ],
          settings: [],
          remedy: "Check that the agent version is supported by the policy server version (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5200",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5200",
          meaning: "The agent could not read the session of an authenticated user: the session access service reported an error.",
          causes: [
            "A failure of the session access service; details in the trace logs (inferred)."
          ],
          settings: [],
          remedy: "Read the Cams web agent trace log and the policy server trace log (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5201",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5201",
          meaning: "The agent has no session access service to call.",
          causes: [
            "The session access service is missing from the Cams client. For agents written in Java it is named and implemented in cams-webagent.conf; agents in native code have it built into the Cams client library."
          ],
          settings: [
            "cams-webagent.conf (session access service; property name not documented in our sources)"
          ],
          remedy: "For a Java agent, restore the session access service entry of cams-webagent.conf from the shipped file; for a native agent, reinstall the Cams client library (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5202",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5202",
          meaning: "Communication between the agent and the policy server failed (a general transport error).",
          causes: [
            "The policy server is unreachable or the connection broke (inferred)."
          ],
          settings: [],
          remedy: "Check that the policy server runs and that the network path and ports between agent and server are open (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5300",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5300",
          meaning: "The agent could not log the user out: the session control service reported an error.",
          causes: [
            "A failure of the session control service; details in the trace logs (inferred)."
          ],
          settings: [],
          remedy: "Read the Cams web agent trace log and the policy server trace log (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5301",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5301",
          meaning: "The agent has no session control service to call.",
          causes: [
            "The session control service is missing from the Cams client. For agents written in Java it is named and implemented in cams-webagent.conf; agents in native code have it built into the Cams client library."
          ],
          settings: [
            "cams-webagent.conf (session control service; property name not documented in our sources)"
          ],
          remedy: "For a Java agent, restore the session control service entry of cams-webagent.conf from the shipped file; for a native agent, reinstall the Cams client library (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5302",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5302",
          meaning: "A logout request arrived without a session identifier, so there was nobody to log out.",
          causes: [
            "The user was not logged in when logging out.",
            "The logout page did not pass a valid cams_security_domain query parameter."
          ],
          settings: [
            "logout page (cams_security_domain)"
          ],
          remedy: "Make the logout page pass a valid cams_security_domain query parameter. When the user simply was not logged in, it is harmless (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5303",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5303",
          meaning: "The agent received an empty or invalid cams_security_domain query parameter.",
          causes: [
            "A login page with a wrong hard-coded security domain name.",
            "A dynamic page that does not keep the security domain name the agent passed to it."
          ],
          settings: [
            "login page (cams_security_domain)"
          ],
          remedy: "Correct the hard-coded domain name, or make the page keep the cams_security_domain value it receives.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5304",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5304",
          meaning: "The session hash did not match what the agent expected: either a session hijacking attempt that was stopped, or agents whose hijacking protection settings differ.",
          causes: [
            "A real hijacking attempt.",
            "Agents of one cluster with different session hijacking protection settings."
          ],
          settings: [
            "cams.session.hijacking.protection.enable",
            "cams.session.hijacking.protection.algorithm",
            "cams.session.hijacking.protection.salt"
          ],
          remedy: "If it is not an attack, give every agent of the cluster the same values for the three session hijacking protection properties.",
          predictable: true,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5305",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5305",
          meaning: "Session hijacking protection is off on this agent but appears to be on for another agent of the same cluster.",
          causes: [
            "The agents of one cluster disagree on cams.session.hijacking.protection.enable (and its algorithm and salt)."
          ],
          settings: [
            "cams.session.hijacking.protection.enable",
            "cams.session.hijacking.protection.algorithm",
            "cams.session.hijacking.protection.salt"
          ],
          remedy: "Give every agent of the cluster the same values for the three session hijacking protection properties.",
          predictable: true,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5306",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5306",
          meaning: "Session hijacking protection is on for this agent but appears to be off for another agent of the same cluster.",
          causes: [
            "The agents of one cluster disagree on cams.session.hijacking.protection.enable (and its algorithm and salt)."
          ],
          settings: [
            "cams.session.hijacking.protection.enable",
            "cams.session.hijacking.protection.algorithm",
            "cams.session.hijacking.protection.salt"
          ],
          remedy: "Give every agent of the cluster the same values for the three session hijacking protection properties.",
          predictable: true,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5400",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5400",
          meaning: "The policy server sent more than one redirect obligation in one access decision; the agent refuses the decision rather than pick one.",
          causes: [
            "A rule in the access control policy that produces several redirect obligations for one request."
          ],
          settings: [
            "access-control-policy.xml (obligations)"
          ],
          remedy: "Correct the rule so that one access decision carries at most one redirect obligation.",
          predictable: false,
          sources: [
            "CAMS-LEC32"
          ],
          confidence: "documented"
        },
        {
          id: "CAMS-5401",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5401",
          meaning: "The policy server sent an obligation this agent does not support.",
          causes: [
            "The policy uses an obligation that this agent version does not support (see the agent release notes), for example one newer than the agent (inferred)."
          ],
          settings: [
            "access-control-policy.xml (obligations)"
          ],
          remedy: "Check the obligation support of the agent version in its release notes. Upgrade the agent or change the obligation (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5402",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5402",
          meaning: "The policy server sent an HTTP redirect obligation without the URL to redirect to.",
          causes: [
            "A redirect obligation in the access control policy with no URL (inferred)."
          ],
          settings: [
            "access-control-policy.xml (obligations)"
          ],
          remedy: "Give every redirect obligation its URL (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        },
        {
          id: "CAMS-5405",
          product: "cams",
          family: "cams-agent",
          logged: "cams-webagent.log and the Cams error page: web agent error 5405",
          meaning: "An internal error of the agent while handling an obligation attribute value (an unexpected null pointer).",
          causes: [
            "A defect in the agent."
          ],
          settings: [],
          remedy: "Report it to the vendor with the cams-webagent.log entry (inferred).",
          predictable: false,
          sources: [
            "CAMS-LEC32",
            "WEBAGENT-LINT"
          ],
          confidence: "inferred"
        }
      ]
    };
  }
});

// src/knowledge/codes/cleartrust.json
var cleartrust_default;
var init_cleartrust2 = __esm({
  "src/knowledge/codes/cleartrust.json"() {
    cleartrust_default = {
      $schema: "../../../schemas/codes.schema.json",
      codes: [
        {
          id: "CT_SOCKET_ERROR",
          product: "cleartrust",
          family: "cleartrust-token",
          logged: "<Critical> - server#N, [ip:port] CT_SOCKET_ERROR",
          spellings: ["CT_SOCKET_ERRORS"],
          meaning: "The TCP connection between the agent and an aserver was gone when the agent used it. When it happens while the agent was idle, the usual cause is a firewall dropping the idle connection; any network interruption causes it too. When a primary aserver fails and the agent fails over (to another location class, or to a secondary aserver in STANDARD mode), requests may wait briefly while the agent finds the socket dead and opens a new connection.",
          causes: [
            "A firewall between agent and aserver drops connections that stay idle longer than its idle timeout (typically 1 hour).",
            "The pool refresh validates idle connections, so a refresh interval not below the firewall idle timeout adds errors at every refresh (typically every hour).",
            "In STANDARD mode or with location classes only a few aserver connections are used; the agent still keeps connections to every aserver, and the idle ones are dropped."
          ],
          settings: ["cleartrust.agent.auth_server_pool_refresh", "cleartrust.agent.max_open_connections", "cleartrust.agent.auth_server_mode", "cleartrust.agent.location_class_priority", "environment.firewallIdleTimeout"],
          remedy: "Set cleartrust.agent.auth_server_pool_refresh slightly below the firewall idle timeout, and set cleartrust.agent.max_open_connections to the number of aserver connections actually in use so no idle connections to fail-over aservers are kept. Errors at a regular hourly rhythm are otherwise harmless: the agent reopens dropped connections.",
          predictable: true,
          sources: ["KB25051"],
          confidence: "documented"
        },
        {
          id: "CT_SERVER_TIMED_OUT_ERROR",
          product: "cleartrust",
          family: "cleartrust-token",
          logged: "<Critical> - server#N, [ip:port] CT_SERVER_TIMED_OUT_ERROR",
          spellings: ["CT_SERVER_TIMED_OUT"],
          meaning: "An aserver did not reply within the agent's reply timeout (15 seconds by default).",
          causes: [
            "The TCP socket was dropped (for example by a firewall, see CT_SOCKET_ERROR).",
            "The connection is alive but the aserver is too loaded to answer in time.",
            "A reply timeout set too short for the aserver's normal response time under load (inferred).",
            "An agent upgraded to a later hotfix: that hotfix added logging, which may make these messages more frequent (the KB calls them CT_SERVER_TIMED_OUT and names no version)."
          ],
          settings: ["cleartrust.agent.auth_server_timeout", "cleartrust.agent.auth_server_pool_refresh", "environment.firewallIdleTimeout"],
          remedy: "Keep cleartrust.agent.auth_server_timeout near the documented 15 seconds, remove idle-connection drops (see CT_SOCKET_ERROR), and check the aserver's load (inferred).",
          predictable: true,
          sources: ["KB25051", "WEBAGENT-LINT"],
          confidence: "inferred"
        },
        {
          id: "CT_SERVER_TIMED_OUT",
          product: "cleartrust",
          family: "cleartrust-token",
          logged: "<Critical> - Critical error: CT_SERVER_TIMED_OUT",
          meaning: "Many of these at an interval equal to the pool refresh: the pool holds duplicate aserver connections because both a dispatcher list and an explicit aserver list are set; idle duplicates are dropped and the refresh times out on them.",
          causes: [
            "cleartrust.agent.dispatcher_list and cleartrust.agent.auth_server_list are both set for one pool.",
            "In STANDARD mode the duplicate connections stay idle and a firewall drops them."
          ],
          settings: ["cleartrust.agent.dispatcher_list", "cleartrust.agent.auth_server_list", "cleartrust.agent.auth_server_mode", "cleartrust.agent.auth_server_pool_refresh"],
          remedy: "Leave cleartrust.agent.auth_server_list empty and use cleartrust.agent.dispatcher_list alone, unless an explicit list is wanted instead of the dispatcher's (for example a fail-over location class).",
          predictable: true,
          sources: ["KB23587"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-TOKEN-IP-MISMATCH",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Security> - Token IP and client IP address do not match",
          matches: ["Token IP and client IP address do not match"],
          meaning: "The cookie IP check is on and a session token arrived from another client IP than the one it was issued to; the user is sent back to the logon page. Written at Security level, so hidden at the default Critical level.",
          causes: ["Clients reach the agent through proxies or NAT while cleartrust.agent.cookie_ip_check is on and no trusted proxy is configured."],
          settings: ["cleartrust.agent.cookie_ip_check", "cleartrust.agent.trusted_proxy_list", "cleartrust.agent.trusted_proxy_header_name", "cleartrust.agent.log_level"],
          remedy: "Turn the cookie IP check on only when no proxy sits between browsers and the agent; otherwise configure the trusted proxy settings.",
          predictable: true,
          sources: ["KB14470"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-SESSION-IDLED-OUT",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Security> - Session has idled out.",
          matches: ["Session has idled out"],
          meaning: "The session's idle timeout passed. With CERTIFICATE authentication and Protocol Transition on IIS 7 it is also logged, followed by a 401.",
          causes: ["Idle timeout reached.", "IIS 7 with CERTIFICATE authentication and Protocol Transition while cleartrust.agent.iis.preproc_auth_enabled is off."],
          settings: ["cleartrust.agent.idle_timeout", "cleartrust.agent.iis.preproc_auth_enabled"],
          remedy: "For the IIS case set cleartrust.agent.iis.preproc_auth_enabled=TRUE; otherwise it is expected behaviour.",
          predictable: false,
          sources: ["KB11941", "KB14470"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-UNABLE-TO-CREATE-TOKEN",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Critical> - Unable to create token. Authorization server returned: 15",
          matches: ["Unable to create token"],
          meaning: "The session token could not be created or decrypted because the encryption key rotated; usually expected and harmless.",
          causes: ["Keyserver key rotation.", "An agent idle timeout longer than the keyserver's token lifetime, which makes users log in again early (inferred)."],
          settings: ["cleartrust.agent.idle_timeout", "cleartrust.keyserver.token_lifetime", "cleartrust.keyserver.session_key_life"],
          remedy: "Usually none; keep the agent idle timeout within the keyserver's key retention.",
          predictable: false,
          sources: ["KB29518", "KB22560", "WEBAGENT-LINT"],
          confidence: "inferred"
        },
        {
          id: "CT-MSG-TOKEN-DECRYPTION-FAILED",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Debug> - exception_type=TokenException, msg=(Token decryption failed)",
          matches: ["Token decryption failed"],
          meaning: "A session cookie arrived encrypted with a key the keyserver no longer keeps, so the agent could not read it; the user has to log in again. Written at Debug level only.",
          causes: [
            "Keyserver key rotation: the cookie is older than the keys the keyserver retains.",
            "An agent idle timeout longer than the keyserver's token lifetime, which KB 000022560 ties to token errors on the aserver (inferred)."
          ],
          settings: ["cleartrust.agent.idle_timeout", "cleartrust.keyserver.token_lifetime", "cleartrust.keyserver.session_key_life"],
          remedy: "Usually none; keep the agent idle timeout within the keyserver's key retention.",
          predictable: false,
          sources: ["KB29518", "KB22560", "WEBAGENT-LINT"],
          confidence: "inferred"
        },
        {
          id: "CT-MSG-RESPONSE-401",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Debug> - Response: 401",
          matches: ["Response: 401"],
          meaning: "The agent answered the browser with HTTP 401 (authentication required). Written at Debug level; on IIS 7 with CERTIFICATE authentication and Protocol Transition it follows 'Session has idled out.'",
          causes: [
            "A request that needs authentication (inferred).",
            "IIS 7 with CERTIFICATE authentication and Protocol Transition while cleartrust.agent.iis.preproc_auth_enabled is off."
          ],
          settings: ["cleartrust.agent.iis.preproc_auth_enabled"],
          remedy: "For the IIS 7 certificate case set cleartrust.agent.iis.preproc_auth_enabled=TRUE; otherwise it is normal.",
          predictable: false,
          sources: ["KB11941", "WEBAGENT-LINT"],
          confidence: "inferred"
        },
        {
          id: "CT-MSG-S4U-LOGON-FAILED",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Critical> - [ct_s4uLogon]:LsaLogonUser failed : <n>",
          matches: ["LsaLogonUser failed"],
          meaning: "On IIS 6, protocol transition could not obtain a Windows logon for the user (the Windows call LsaLogonUser failed with the code shown).",
          causes: [
            "The ClearTrust Token Tool service that performs protocol transition is not running or fails (Agent 4.6 for IIS 6)."
          ],
          settings: ["protocol transition / password replay settings of the IIS agent"],
          remedy: "Check that the Token Tool service runs; RSA ships a hotfix for Agent 4.6 for IIS 6.",
          predictable: false,
          sources: ["KB22280"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-S4U-TOKEN-FAILED",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Critical> - Failed to generate S4U token for user:\u2026",
          matches: ["Failed to generate S4U token for user"],
          meaning: "On IIS 6, protocol transition could not produce a Windows (S4U) token for the named user.",
          causes: [
            "The ClearTrust Token Tool service that performs protocol transition is not running or fails (Agent 4.6 for IIS 6)."
          ],
          settings: ["protocol transition / password replay settings of the IIS agent"],
          remedy: "Check that the Token Tool service runs; RSA ships a hotfix for Agent 4.6 for IIS 6.",
          predictable: false,
          sources: ["KB22280"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-INVALID-TOKEN-RETURNED",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<Warning> - Failed to generate a token for user. return an invalid token",
          matches: ["Failed to generate a token for user"],
          meaning: "On IIS 6, protocol transition gave up on a Windows token and handed back an invalid one, so the request runs without a usable Windows identity.",
          causes: [
            "The ClearTrust Token Tool service that performs protocol transition is not running or fails (Agent 4.6 for IIS 6)."
          ],
          settings: ["protocol transition / password replay settings of the IIS agent"],
          remedy: "Check that the Token Tool service runs; RSA ships a hotfix for Agent 4.6 for IIS 6.",
          predictable: false,
          sources: ["KB22280"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-VIRTUAL-HOST-CONFIGURATION",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "<info> - Configuration for [*:*:*]   (at Massive level: For Virtual Host [)",
          matches: ["Configuration for [", "For Virtual Host ["],
          meaning: "The start of the configuration dump the agent writes for each VirtualHost at start-up. Seeing it several times is normal: IIS logs it per VirtualHost, and Apache on Windows initialises more than once.",
          causes: [
            "Agent start-up; one dump per VirtualHost block, repeated when the web server initialises several times."
          ],
          settings: ["VirtualHost blocks of webagent.conf"],
          remedy: "None; it is informational.",
          predictable: false,
          sources: ["KB48839"],
          confidence: "documented"
        },
        {
          id: "CT-MSG-POOL-REFRESH",
          product: "cleartrust",
          family: "cleartrust-message",
          logged: "pool log block written at each pool refresh when cleartrust.agent.log_pool_option=Both (update count, connection limit, pool and dispatcher mode, dispatchers, aservers available and connected)",
          meaning: "A report of the connection pool written at every pool refresh. Fewer aservers connected than available, or a doubled count, points to duplicate server lists (inferred).",
          causes: [
            "cleartrust.agent.log_pool_option=Both; written once per cleartrust.agent.auth_server_pool_refresh."
          ],
          settings: ["cleartrust.agent.log_pool_option", "cleartrust.agent.auth_server_pool_refresh", "cleartrust.agent.max_open_connections"],
          remedy: "None; use it to check the pool. Compare its connection counts with the dispatcher and aserver lists (inferred).",
          predictable: false,
          sources: ["KB25333", "WEBAGENT-LINT"],
          confidence: "inferred"
        }
      ]
    };
  }
});

// src/knowledge/codes.ts
var logCodes;
var init_codes = __esm({
  "src/knowledge/codes.ts"() {
    "use strict";
    init_cams2();
    init_cleartrust2();
    logCodes = new Map([cleartrust_default, cams_default].flatMap((file) => file.codes).map((code) => [code.id, code]));
  }
});

// src/report/html-page.ts
function html(strings, ...values) {
  let text = strings[0];
  values.forEach((value, i) => {
    text += render(value) + strings[i + 1];
  });
  return fragment(text);
}
function join(values, separator = "") {
  return fragment(values.map(render).join(render(separator)));
}
function render(value) {
  if (value === void 0 || value === false) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeHtml(value);
  if (isFragment(value)) return value.text;
  return value.map(render).join("");
}
function isFragment(value) {
  return !Array.isArray(value);
}
function fragment(text) {
  return { text };
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "");
}
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
function renderPage(page) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp()}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>${escapeHtml(page.heading)}</h1>
${page.lead.text}
</header>
<main id="main" tabindex="-1">
${page.body.text}
</main>
<footer><p>Generated by webagent-lint. This file makes no network requests; secret values are never included.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function csp() {
  contentSecurityPolicy ??= [
    "default-src 'none'",
    `style-src ${hash(STYLE)}`,
    `script-src ${hash(SCRIPT)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return contentSecurityPolicy;
}
var ESCAPES, STYLE, SCRIPT, hash, contentSecurityPolicy;
var init_html_page = __esm({
  "src/report/html-page.ts"() {
    "use strict";
    init_builtins();
    ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    STYLE = `
:root {
  --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --border: #c6ccd3; --panel: #f3f4f6; --link: #0a58ca;
  --error-bg: #b3261e; --error-fg: #ffffff; --warning-bg: #7a4d00; --warning-fg: #ffffff; --info-bg: #0b5cad; --info-fg: #ffffff;
  --differs-bg: #fff1c2; --differs-edge: #9a6700; --mark-bg: #ffd27a; --focus: #0a58ca; --chart: #0b5cad;
  font-family: system-ui, "DejaVu Sans", "Liberation Sans", sans-serif; line-height: 1.45; color: var(--fg); background: var(--bg);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --bg: #0d1117; --muted: #a5afba; --border: #3d444d; --panel: #161b22; --link: #79c0ff;
    --error-bg: #ffa198; --error-fg: #0d1117; --warning-bg: #e3b341; --warning-fg: #0d1117; --info-bg: #79c0ff; --info-fg: #0d1117;
    --differs-bg: #4a3800; --differs-edge: #e3b341; --mark-bg: #6b4f00; --focus: #79c0ff; --chart: #79c0ff;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 90rem; padding: 0 1.25rem 2rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: 1rem; }
header { border-bottom: 1px solid var(--border); margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; font-weight: 600; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .9em; }
.muted, .lead { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; margin: .5rem 0 1rem; list-style: none; }
.counts strong { font-size: 1.2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .25rem; font-weight: 600; font-size: .85rem; }
.sev-error { background: var(--error-bg); color: var(--error-fg); }
.sev-warning { background: var(--warning-bg); color: var(--warning-fg); }
.sev-info { background: var(--info-bg); color: var(--info-fg); }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--border); }
thead th { border-bottom: 2px solid var(--fg); font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
.findings { table-layout: fixed; }
.findings .col-line { width: 6rem; }
.findings .col-severity { width: 7rem; }
.findings .col-codes { width: 24rem; }
@media (max-width: 60rem) { .findings { table-layout: auto; } .findings .col-codes { width: auto; } }
.findings .loc { white-space: nowrap; font-weight: normal; }
.findings .loc a { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.message { margin: 0 0 .3rem; }
.source { margin: .3rem 0; padding: .3rem .5rem; background: var(--panel); border-left: 3px solid var(--border); overflow-x: auto; white-space: pre; }
.source .ln { color: var(--muted); user-select: none; padding-right: .75rem; }
.source mark { background: var(--mark-bg); color: inherit; }
.remedy, .rule { margin: .3rem 0 0; }
.rule { font-size: .9rem; }
.codes ul { margin: 0; padding: 0; list-style: none; }
.codes li + li { margin-top: .5rem; }
.codes .meaning { display: block; font-size: .9rem; }
.codes .logged { display: block; font-size: .8rem; color: var(--muted); }
.filter { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem 1rem; padding: .75rem; margin: .5rem 0 1rem; background: var(--panel); border: 1px solid var(--border); border-radius: .4rem; }
.filter label { display: block; font-weight: 600; font-size: .9rem; }
.filter input, .filter select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: .25rem; padding: .3rem .5rem; }
.filter input { width: min(32rem, 80vw); }
.filter .hint { flex-basis: 100%; margin: 0; font-size: .85rem; color: var(--muted); }
.filter [role=status] { margin: 0; font-weight: 600; }
.no-match { font-style: italic; }
.run-failed { margin: 1rem 0; padding: 0 1rem .5rem; background: var(--panel); border: 1px solid var(--border); border-left: 6px solid var(--error-bg); border-radius: .4rem; }
.run-failed h2 { margin-top: .75rem; }
.not-checked { margin: 1rem 0; padding: 0 1rem .5rem; background: var(--panel); border: 1px solid var(--border); border-left: 6px solid var(--warning-bg); border-radius: .4rem; }
.not-checked h2 { margin-top: .75rem; }
.not-checked ul { padding-left: 1.25rem; }
.not-checked li + li { margin-top: .75rem; }
.not-checked .where { margin: .2rem 0 0; font-size: .9rem; }
.scroll { overflow-x: auto; max-width: 100%; }
.matrix th[scope=row] { font-weight: normal; min-width: 16rem; }
.matrix th[scope=row] .block { display: block; color: var(--muted); font-size: .85rem; }
.matrix thead th { min-width: 9rem; }
.matrix .agents { margin: .2rem 0 0; padding: 0; list-style: none; font-weight: normal; font-size: .85rem; }
.findings td { overflow-wrap: break-word; }
.matrix td { overflow-wrap: anywhere; min-width: 9rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.overview td:last-child { font-size: .9rem; }
.matrix td.differs { background: var(--differs-bg); box-shadow: inset 4px 0 0 var(--differs-edge); }
.matrix td.differs::before { content: "\\2260  " / ""; font-weight: 700; }
.matrix .unset, .matrix .absent { font-style: italic; color: var(--muted); }
.matrix td.differs .unset, .matrix td.differs .absent { color: var(--fg); }
.tag { display: inline-block; font-size: .75rem; border: 1px solid currentColor; border-radius: .2rem; padding: 0 .3rem; margin-left: .3rem; }
.legend-sample { display: inline-block; padding: 0 .5rem; background: var(--differs-bg); box-shadow: inset 4px 0 0 var(--differs-edge); }
.log-code { border-top: 1px solid var(--border); margin-top: 1.5rem; }
.log-code h3 .family { font-weight: normal; color: var(--muted); font-size: .95rem; }
.rhythm { font-weight: 600; }
.timeline-row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1rem 2rem; align-items: start; }
@media (max-width: 60rem) { .timeline-row { grid-template-columns: 1fr; } }
.timeline { margin: 0; }
.timeline svg { width: 100%; max-width: 46rem; height: auto; display: block; }
.timeline figcaption { font-size: .9rem; color: var(--muted); }
.timeline .bar { fill: var(--chart); }
.timeline .bar:hover { fill: var(--fg); }
.timeline .predicted { fill: none; stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 3 2; }
.timeline .axis { stroke: var(--muted); stroke-width: 1; }
.timeline .grid { stroke: var(--border); stroke-width: 1; stroke-dasharray: 3 3; }
.timeline text { fill: var(--muted); font-size: 11px; font-family: system-ui, "DejaVu Sans", sans-serif; }
.explained { border-left: 3px solid var(--border); padding-left: 1rem; }
.explained h4 { margin-top: 0; }
.explained .finding-card + .finding-card { border-top: 1px solid var(--border); margin-top: .75rem; padding-top: .75rem; }
.finding-card .where { margin: 0 0 .25rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .75rem 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
footer { margin-top: 2rem; border-top: 1px solid var(--border); color: var(--muted); font-size: .85rem; }
@media print { .filter, .skip { display: none !important; } }
`;
    SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filter');
  if (!form) return;
  var input = document.getElementById('filter-text');
  var severity = document.getElementById('filter-severity');
  var status = document.getElementById('filter-status');
  var none = document.getElementById('filter-none');
  var noun = form.getAttribute('data-noun') || 'items';
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-filter-item]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-filter-group]'));
  var FIELDS = { agent: 'agent', rule: 'rule', code: 'code', severity: 'severity', file: 'file' };
  form.hidden = false;

  function terms(query) {
    return query.toLowerCase().split(/\\s+/).filter(Boolean).map(function (word) {
      var colon = word.indexOf(':');
      var field = colon > 0 ? FIELDS[word.slice(0, colon)] : undefined;
      return field ? { field: field, value: word.slice(colon + 1) } : { field: 'search', value: word };
    });
  }

  function apply() {
    var wanted = terms(input.value);
    var level = severity.value;
    var shown = 0;
    rows.forEach(function (row) {
      var match = (!level || (' ' + row.dataset.severity + ' ').indexOf(' ' + level + ' ') !== -1) && wanted.every(function (term) {
        return (row.dataset[term.field] || '').indexOf(term.value) !== -1;
      });
      row.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    });
    status.textContent = shown === rows.length ? 'Showing all ' + rows.length + ' ' + noun : 'Showing ' + shown + ' of ' + rows.length + ' ' + noun;
    if (none) none.hidden = shown !== 0 || rows.length === 0;
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  input.addEventListener('input', apply);
  severity.addEventListener('change', apply);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && input.value !== '') { input.value = ''; apply(); }
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) { event.preventDefault(); input.focus(); }
  });
  apply();
})();
`;
    hash = (text) => `'sha256-${crypto().createHash("sha256").update(text).digest("base64")}'`;
  }
});

// src/report/html.ts
function formatHtml(report) {
  const { summary } = report;
  const grouped = groupFindings(report.findings, report.agents);
  return renderPage({
    title: `webagent-lint: ${problemCount(summary)} in ${plural(summary.agents, "agent")}`,
    heading: "webagent-lint report",
    lead: html`<p class="lead">${plural(summary.agents, "agent")} and ${plural(summary.files, "file")} linted by ${report.tool.name} ${report.tool.version}.</p>
${summaryCounts(summary)}`,
    body: html`${failedBanner(failureLines(report))}${notCheckedBox(report.notChecked)}${agentOverview(grouped)}
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${findingsSection(report.findings, grouped)}
</section>`
  });
}
function formatComparisonHtml(report) {
  const { clusters } = report.comparison;
  const agents = clusters.reduce((n, cluster) => n + cluster.agents.length, 0);
  const differing = clusters.reduce((n, cluster) => n + cluster.differing, 0);
  return renderPage({
    title: `webagent-lint: fleet comparison of ${plural(agents, "agent")}`,
    heading: "webagent-lint fleet comparison",
    lead: html`<p class="lead">${plural(agents, "agent")} in ${plural(clusters.length, "cluster")}; ${plural(differing, "setting")} differ within a cluster. Compared by ${report.tool.name} ${report.tool.version}.</p>
${summaryCounts(report.summary)}`,
    body: html`<section aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Settings that differ</h2>
<p>Each table is one cluster: a row per setting, a column per group of agents that have the same value for every setting shown. <span class="legend-sample">Highlighted</span> cells hold a value other than the one most agents of the cluster share; secret values appear only as fingerprints (<code>fp:</code> and 8 hex digits, keyed anew on every run: equal fingerprints mean equal values).</p>
${clusters.length === 0 ? html`<p>No agents to compare.</p>` : clusters.map(clusterMatrix)}
</section>
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Fleet findings</h2>
${findingsSection(report.findings, groupFindings(report.findings, void 0))}
</section>`
  });
}
function summaryCounts(summary) {
  const hidden = hiddenCounts(summary);
  return html`<ul class="counts" aria-label="Summary">
<li><strong>${summary.errors}</strong> ${summary.errors === 1 ? "error" : "errors"}</li>
<li><strong>${summary.warnings}</strong> ${summary.warnings === 1 ? "warning" : "warnings"}</li>
<li><strong>${summary.infos}</strong> info</li>
<li><strong>${summary.agents}</strong> ${summary.agents === 1 ? "agent" : "agents"}</li>
<li><strong>${summary.files}</strong> ${summary.files === 1 ? "file" : "files"}</li>
${hidden.length > 0 ? html`<li>not shown: ${hidden.join(", ")}</li>` : ""}
</ul>`;
}
function failedBanner(failures) {
  if (failures.length === 0) return html``;
  const items = join(
    failures.map((text) => html`<li>${text}</li>`),
    "\n"
  );
  return html`<section class="run-failed" role="alert" aria-labelledby="run-failed-heading">
<h2 id="run-failed-heading">The run failed</h2>
<p>webagent-lint could not read or check everything it was given; the report covers only the rest, and the run exits with status 2.</p>
<ul>
${items}
</ul>
</section>
`;
}
function notCheckedBox(notChecked) {
  if (notChecked.length === 0) return html``;
  const items = join(
    notChecked.map((notice) => html`<li>${noticeBody(notice)}</li>`),
    "\n"
  );
  return html`<section class="not-checked" aria-labelledby="not-checked-heading">
<h2 id="not-checked-heading">Not checked</h2>
<p>What webagent-lint could not check, or checked only against an assumed value: the findings below do not cover it.</p>
<ul>
${items}
</ul>
</section>
`;
}
function noticeBody(notice) {
  const scope = notice.location ? html` <span class="muted">(${scopeText(notice.scope)})</span>` : "";
  return html`<p class="message">${notice.reason}</p>
<p class="where"><code>${noticePlace(notice)}</code>${scope} &middot; Rule <a href="${ruleDocsUrl(notice.ruleId)}" rel="noreferrer">${notice.ruleId}</a></p>
<p class="remedy"><strong>To check it:</strong> ${notice.enable}</p>`;
}
function groupFindings(findings, agents) {
  const byAgent = /* @__PURE__ */ new Map();
  const kinds = new Map((agents ?? []).map((agent) => [agent.id, agent.kind]));
  for (const agent of agents ?? []) byAgent.set(agent.id, new Map(agent.files.map((file) => [file, []])));
  for (const finding of findings) {
    const files = byAgent.get(finding.agent) ?? /* @__PURE__ */ new Map();
    byAgent.set(finding.agent, files);
    const list = files.get(finding.file);
    if (list) list.push(finding);
    else files.set(finding.file, [finding]);
  }
  return [...byAgent].sort(([a], [b]) => compareText(a, b)).map(([id, files]) => ({ id, kind: kinds.get(id) ?? "agent", files: [...files], count: [...files.values()].reduce((n, list) => n + list.length, 0) }));
}
function agentOverview(agents) {
  if (agents.length === 0) return html``;
  const rows = agents.map((agent) => {
    const all = agent.files.flatMap(([, list]) => list);
    const counts = SEVERITIES.map((severity) => all.filter((finding) => finding.severity === severity).length);
    const link = agent.count > 0 ? html`<a href="#${agentAnchor(agent.id)}">${agent.id}</a>` : html`${agent.id}`;
    const name = agent.kind === "agent" ? link : html`${link} <span class="muted">(security domain)</span>`;
    return html`<tr><th scope="row">${name}</th>${counts.map((n) => html`<td class="num">${n === 0 ? html`<span class="muted">0</span>` : n}</td>`)}<td>${join(
      agent.files.map(([file]) => file),
      ", "
    )}</td></tr>`;
  });
  return html`<section aria-labelledby="agents-heading">
<h2 id="agents-heading">Agents</h2>
<table class="overview">
<caption>Findings per agent</caption>
<thead><tr><th scope="col">Agent</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Infos</th><th scope="col">Files</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
function findingsSection(findings, grouped) {
  let counter = 0;
  const sections = grouped.filter((agent) => agent.count > 0).map((agent) => {
    const agentSlug = agentAnchor(agent.id);
    return html`<section class="agent" data-filter-group aria-labelledby="${agentSlug}">
<h3 id="${agentSlug}">${kindLabel(agent.kind)} ${agent.id}</h3>
${agent.files.filter(([, list]) => list.length > 0).map(([file, list]) => {
      const fileSlug = `${agentSlug}-file-${slug(file)}`;
      return html`<div class="file" data-filter-group>
<h4 id="${fileSlug}">${file}</h4>
<table class="findings" aria-labelledby="${fileSlug}">
<colgroup><col class="col-line"><col class="col-severity"><col><col class="col-codes"></colgroup>
<thead><tr><th scope="col">Line</th><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Predicted log code</th></tr></thead>
<tbody>
${list.map((finding) => findingRow(finding, `finding-${++counter}`))}
</tbody>
</table>
</div>`;
    })}
</section>`;
  });
  const clean = grouped.filter((agent) => agent.count === 0);
  const cleanList = clean.length === 0 ? "" : html`<section aria-labelledby="clean-heading">
<h3 id="clean-heading">Agents without findings</h3>
<ul>${clean.map(
    (agent) => html`<li>${agent.id} <span class="muted">(${join(
      agent.files.map(([file]) => file),
      ", "
    )})</span></li>`
  )}</ul>
</section>`;
  if (findings.length === 0) return html`<p>No problems found.</p>\n${cleanList}`;
  const present = SEVERITIES.filter((severity) => findings.some((finding) => finding.severity === severity));
  return html`${filterForm("findings", present)}
<p id="filter-none" class="no-match" hidden>No finding matches the filter.</p>
${sections}
${cleanList}`;
}
function filterForm(noun, severities) {
  return html`<form id="filter" class="filter" role="search" aria-label="Filter ${noun}" data-noun="${noun}" hidden>
<div><label for="filter-text">Filter ${noun}</label>
<input id="filter-text" type="search" autocomplete="off" spellcheck="false" aria-describedby="filter-hint" placeholder="e.g. agent:web01 code:CT_SOCKET_ERROR"></div>
<div><label for="filter-severity">Severity</label>
<select id="filter-severity"><option value="">any</option>${severities.map((severity) => html`<option value="${severity}">${severity}</option>`)}</select></div>
<p id="filter-status" role="status" aria-live="polite"></p>
<p id="filter-hint" class="hint">Words match anywhere; <code>agent:</code>, <code>rule:</code>, <code>code:</code>, <code>severity:</code> and <code>file:</code> narrow a word to one field. Press <kbd>/</kbd> to get here, <kbd>Esc</kbd> to clear.</p>
</form>`;
}
function findingRow(finding, id) {
  const codes = finding.predicts.join(" ").toLowerCase();
  const search = [finding.agent, finding.file, finding.ruleId, codes, finding.severity, finding.message].join("\n").toLowerCase();
  return html`<tr id="${id}" class="finding" data-filter-item data-severity="${finding.severity}" data-agent="${finding.agent.toLowerCase()}" data-file="${finding.file.toLowerCase()}" data-rule="${finding.ruleId.toLowerCase()}" data-code="${codes}" data-search="${search}">
<th scope="row" class="loc"><a href="#${id}" aria-label="line ${finding.line}, column ${finding.column}">${finding.line}:${finding.column}</a></th>
<td>${severityBadge(finding.severity)}</td>
<td>${findingBody(finding)}</td>
<td class="codes">${predictedCodes(finding.predicts)}</td>
</tr>`;
}
function severityBadge(severity) {
  return html`<span class="badge sev-${severity}">${severity}</span>`;
}
function findingBody(finding) {
  return html`<p class="message">${finding.message}</p>
${sourceLine(finding)}<p class="remedy"><strong>Fix:</strong> ${finding.remedy}</p>
<p class="rule">Rule <a href="${ruleDocsUrl(finding.ruleId)}" rel="noreferrer">${finding.ruleId}</a></p>`;
}
function sourceLine(finding) {
  const text = finding.sourceLine;
  if (text.trim() === "") return "";
  const start = finding.column - 1;
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : text.length;
  const body = start >= 0 && end > start && end <= text.length ? html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}` : html`${text}`;
  return html`<pre class="source"><code><span class="ln">${finding.line}</span>${body}</code></pre>\n`;
}
function predictedCodes(predicts) {
  if (predicts.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul>${predicts.map((id) => {
    const code = logCodes.get(id);
    return html`<li><code>${id}</code>${code ? html`<span class="meaning">${code.meaning}</span><span class="logged">Logged as <code>${code.logged}</code></span>` : ""}</li>`;
  })}</ul>`;
}
function profiles(cluster) {
  const indexOf = cluster.settings.map((setting) => {
    const map = /* @__PURE__ */ new Map();
    setting.groups.forEach((group, i) => {
      for (const agent of group.agents) map.set(agent, i);
    });
    return map;
  });
  const byKey = /* @__PURE__ */ new Map();
  for (const agent of cluster.agents) {
    const groupIndex = indexOf.map((map) => map.get(agent) ?? -1);
    const key2 = groupIndex.join(",");
    const existing = byKey.get(key2);
    if (existing) existing.agents.push(agent);
    else byKey.set(key2, { agents: [agent], groupIndex });
  }
  return [...byKey.values()].sort((a, b) => b.agents.length - a.agents.length || (a.agents[0] < b.agents[0] ? -1 : 1));
}
function clusterMatrix(cluster, index) {
  const id = `cluster-${index + 1}`;
  const product = productName(cluster.product);
  const source = cluster.source === "none" ? "" : `, from the ${cluster.source}`;
  const facts2 = `${plural(cluster.agents.length, "agent")}${source}; ${plural(cluster.differing, "setting")} differ${cluster.differing === 1 ? "s" : ""}.`;
  const heading = html`<h3 id="${id}">${product} cluster ${cluster.name}</h3>
<p>${facts2}</p>`;
  if (cluster.settings.length === 0) {
    const why = cluster.agents.length === 1 ? "A single agent: nothing to compare it with." : "Its agents agree on every setting.";
    return html`<section class="cluster" aria-labelledby="${id}">
${heading}
<p>${why} Agents: ${cluster.agents.join(", ")}.</p>
</section>`;
  }
  const columns = profiles(cluster);
  const letters = columns.map((_, i) => columnName(i));
  return html`<section class="cluster" aria-labelledby="${id}">
${heading}
<div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table class="matrix">
<caption id="${id}-caption">${product} cluster ${cluster.name}: ${plural(cluster.settings.length, "setting")} by ${plural(columns.length, "group")} of agents</caption>
<thead><tr><th scope="col">Setting</th>${columns.map((column, i) => columnHeader(column, letters[i]))}</tr></thead>
<tbody>
${cluster.settings.map((setting, row) => settingRow(setting, row, columns))}
</tbody>
</table>
</div>
</section>`;
}
function columnHeader(profile, letter) {
  const named = profile.agents.slice(0, NAMED_AGENTS);
  const rest = profile.agents.slice(NAMED_AGENTS);
  const more = rest.length === 0 ? "" : html`<li><details><summary>${rest.length} more</summary><ul class="agents">${rest.map((agent) => html`<li>${agent}</li>`)}</ul></details></li>`;
  return html`<th scope="col">Group ${letter} <span class="muted">(${plural(profile.agents.length, "agent")})</span><ul class="agents">${named.map((agent) => html`<li>${agent}</li>`)}${more}</ul></th>`;
}
function settingRow(setting, row, columns) {
  const [first, second] = setting.groups;
  const common2 = setting.differs && first && (!second || first.agents.length > second.agents.length) ? 0 : -1;
  const block = setting.name.startsWith("<") ? setting.name.slice(0, setting.name.indexOf(">") + 1) : "";
  const property = setting.name.slice(block.length).trim();
  const cells = columns.map((column) => {
    const groupIndex = column.groupIndex[row] ?? -1;
    const group = setting.groups[groupIndex];
    if (!group) return html`<td><span class="absent">no such block</span></td>`;
    const differs = setting.differs && groupIndex !== common2;
    return html`<td${differs ? html` class="differs"` : ""}>${differs ? html`<span class="visually-hidden">differs: </span>` : ""}${shownValue(group, setting.secret)}</td>`;
  });
  const secret = setting.secret ? html`<span class="tag">secret</span>` : "";
  return html`<tr${setting.differs ? html` class="differs"` : ""}><th scope="row">${block ? html`<span class="block">${block}</span>` : ""}<code>${property}</code>${secret}</th>${cells}</tr>`;
}
function shownValue(group, secret) {
  if (group.unset) return html`<span class="unset">not set</span>`;
  if (group.fingerprint !== void 0) return html`<code>${group.fingerprint}</code>`;
  if (secret) return html`<span class="unset">(hidden)</span>`;
  if (group.value === void 0 || group.value === "") return html`<span class="unset">(empty)</span>`;
  return html`<code>${group.value}</code>`;
}
function columnName(index) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + (n - 1) % 26) + name;
  return name;
}
function kindLabel(kind) {
  return kind === "agent" ? "Agent" : "Security domain";
}
function problemCount(summary) {
  const total = summary.errors + summary.warnings + summary.infos;
  return total === 0 ? "no problems" : plural(total, "problem");
}
var SEVERITIES, NAMED_AGENTS, agentAnchor;
var init_html = __esm({
  "src/report/html.ts"() {
    "use strict";
    init_codes();
    init_meta();
    init_html_page();
    init_report();
    init_text();
    init_compare_text();
    SEVERITIES = ["error", "warning", "info"];
    NAMED_AGENTS = 4;
    agentAnchor = (id) => `agent-${slug(id)}`;
  }
});

// src/report/json.ts
function formatJson(report) {
  const notChecked = report.notChecked.length > 0 ? { notChecked: report.notChecked.map(toJsonNotChecked) } : {};
  const errors = (report.failures ?? []).length > 0 ? { errors: report.failures } : {};
  return `${JSON.stringify({ tool: report.tool, findings: report.findings.map(toJsonFinding), summary: report.summary, ...notChecked, ...errors }, null, 2)}
`;
}
function toJsonNotChecked(notice) {
  return { ruleId: notice.ruleId, reason: notice.reason, scope: notice.scope, enable: notice.enable, ...notice.location };
}
function toJsonFinding(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    agent: f.agent,
    predicts: f.predicts,
    remedy: f.remedy,
    ...f.fix ? { fix: f.fix } : {},
    ...f.suggestions ? { suggestions: f.suggestions } : {}
  };
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
  }
});

// src/report/junit.ts
function formatJunit(report) {
  const byFile = new Map(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const suites = [...byFile].map(([file, findings]) => {
    const failures2 = findings.filter((f) => f.severity !== "info").length;
    const cases = findings.length === 0 ? [`    <testcase classname="${xml(file)}" name="webagent-lint"/>`] : findings.map((f) => {
      const name = `${f.ruleId} ${f.line}:${f.column}`;
      const body = `${f.message}
${f.file}:${f.line}:${f.column}${f.predicts.length > 0 ? `
Predicts: ${f.predicts.join(", ")}` : ""}
Fix: ${f.remedy}`;
      const outcome = f.severity === "info" ? `<skipped message="${xml(f.message)}"/>` : `<failure type="${f.severity}" message="${xml(f.message)}">${xml(body)}</failure>`;
      return `    <testcase classname="${xml(file)}" name="${xml(name)}">${outcome}</testcase>`;
    });
    const tests = Math.max(1, findings.length);
    const skipped = findings.length - failures2;
    return `  <testsuite name="${xml(file)}" tests="${tests}" failures="${failures2}" errors="0" skipped="${skipped}">
${cases.join("\n")}
  </testsuite>`;
  });
  if (report.notChecked.length > 0) suites.push(notCheckedSuite(report.notChecked));
  const errors = failureLines(report);
  if (errors.length > 0) suites.push(failedRunSuite(errors));
  const total = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0) + report.notChecked.length + errors.length;
  const failures = report.findings.filter((f) => f.severity !== "info").length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="webagent-lint" tests="${total}" failures="${failures}" errors="${errors.length}">
${suites.join("\n")}${suites.length > 0 ? "\n" : ""}</testsuites>
`;
}
function failedRunSuite(errors) {
  const cases = errors.map((text) => `    <testcase classname="webagent-lint run" name="${xml(text)}"><error message="${xml(text)}"/></testcase>`);
  return `  <testsuite name="webagent-lint run" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0">
${cases.join("\n")}
  </testsuite>`;
}
function notCheckedSuite(notChecked) {
  const cases = notChecked.map((notice) => {
    const name = `${notice.ruleId} ${noticePlace(notice)}`;
    return `    <testcase classname="not checked" name="${xml(name)}"><skipped message="${xml(`${notice.reason} To check it: ${notice.enable}`)}"/></testcase>`;
  });
  return `  <testsuite name="not checked" tests="${notChecked.length}" failures="0" errors="0" skipped="${notChecked.length}">
${cases.join("\n")}
  </testsuite>`;
}
function xml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
var init_junit = __esm({
  "src/report/junit.ts"() {
    "use strict";
    init_report();
  }
});

// src/knowledge/sources.json
var sources_default;
var init_sources = __esm({
  "src/knowledge/sources.json"() {
    sources_default = {
      $schema: "../../schemas/sources.schema.json",
      sources: {
        KB25051: {
          title: "RSA KB 000025051: RSA Access Manager - CT_SOCKET_ERROR and CT_SERVER_TIMED_OUT_ERROR logs in ctagent.log file",
          url: "https://community.rsa.com/docs/DOC-79350"
        },
        KB23587: {
          title: "RSA KB 000023587: Additional connections are seen between the agent and aserver",
          url: "https://community.rsa.com/docs/DOC-48888"
        },
        KB25333: {
          title: "RSA KB 000025333: interpreting the pool log output with log_pool_option=Both",
          url: "https://community.rsa.com/docs/DOC-50958"
        },
        KB14470: {
          title: "RSA KB 000014470: authenticated users are unexpectedly directed to the logon page",
          url: "https://community.rsa.com/docs/DOC-48421"
        },
        KB15952: {
          title: "RSA KB 000015952: maximum values for session_lifetime and idle_timeout",
          url: "https://community.rsa.com/docs/DOC-48376"
        },
        KB22560: {
          title: "RSA KB 000022560: what causes Token errors in the aserver logs",
          url: "https://community.rsa.com/docs/DOC-48140"
        },
        KB29518: {
          title: "RSA KB 000029518: 'Unable to create token' and 'unable to decrypt token'",
          url: "https://community.rsa.com/docs/DOC-49913"
        },
        KB48839: {
          title: "RSA KB: why the agent logs its configuration parameters more than once",
          url: "https://community.rsa.com/docs/DOC-48839"
        },
        KB11941: {
          title: "RSA KB 000011941: CERTIFICATE authentication does not work with Protocol Transition",
          url: "https://community.rsa.com/t5/rsa-access-manager-knowledge/rsa-access-manager-certificate-authentication-does-not-work-with/ta-p/7009"
        },
        KB21189: {
          title: "RSA KB 000021189: viewing the logout page does not log the user out",
          url: "https://community.rsa.com/docs/DOC-48136"
        },
        KB24633: {
          title: "RSA KB 000024633: generating a cookie from a Runtime API token",
          url: "https://community.rsa.com/docs/DOC-51046"
        },
        KB43949: {
          title: "RSA KB 000043949: SSL/TLS handshake failure after upgrade to Java 8 Update 201",
          url: "https://community.securid.com/s/article/SSL-TLS-handshake-failure-in-RSA-Access-Manager-after-upgrade-to-Java-8-Update-201-8u201-or-later"
        },
        KB51037: {
          title: "RSA KB a51037: mapping Active Directory LdapErr codes to Access Manager result codes",
          url: "https://community.securid.com/s/article/a51037-How-do-you-map-Active-Directory-LdapErr-codes-to-Access-Manager-authentication-result-codes"
        },
        KB31224: {
          title: "RSA KB a31224: how the Rules Agent Engine processes rules.xml",
          url: "https://community.rsa.com/s/article/a31224-How-does-the-Rules-Agent-Engine-rules-xml-processing-work"
        },
        KB22280: {
          title: "RSA KB 000022280: protocol-transition token tool log (Agent 4.6 for IIS 6.0)",
          url: "https://community.rsa.com/docs/DOC-51959"
        },
        "S-GH": {
          title: "A real AxM 5.x webagent.conf on GitHub (Covisint Cloud Foundry buildpack)",
          url: "https://github.com/happiestminds-covisint/apache-tomcat-buildpack/blob/532996917264c9762fa8c58861666073fb73cf9e/conf/webagent.conf"
        },
        "CAMS-CP32": {
          title: "Caf\xE9soft Cams documentation page: Configuration Properties",
          url: "http://cafesoft.com/products/cams/wa/tomcat6/docs32/ConfigurationProperties.html"
        },
        "CAMS-CP21": {
          title: "Caf\xE9soft Cams documentation page: Configuration Properties",
          url: "http://www.cafesoft.com/products/cams/wa/apache2/docs21/windows/ConfigurationProperties.html"
        },
        "CAMS-EC32": {
          title: "Caf\xE9soft Cams documentation page: Web Agent Error Codes",
          url: "http://cafesoft.com/products/cams/wa/tomcat6/docs32/WebAgentErrorCodes.html"
        },
        "CAMS-EC32a": {
          title: "Caf\xE9soft Cams documentation page: Web Agent Error Codes",
          url: "http://cafesoft.com/products/cams/wa/apache22/docs32/solaris/prefork/sparc/64bit/WebAgentErrorCodes.html"
        },
        "CAMS-EC30": {
          title: "Caf\xE9soft Cams documentation page: Web Agent Error Codes",
          url: "http://www.cafesoft.com/products/cams/wa/sunone61/docs30/WebAgentErrorCodes.html"
        },
        "CAMS-EC20": {
          title: "Caf\xE9soft Cams documentation page: Web Agent Error Codes",
          url: "http://www.cafesoft.com/products/cams/wa/servletFilter/docs20/WebAgentErrorCodes.html"
        },
        "CAMS-LEC30": {
          title: "Caf\xE9soft Cams documentation page: Log And Error Codes",
          url: "http://www.cafesoft.com/products/cams/ps/docs30/admin/LogAndErrorCodes.html"
        },
        "CAMS-ACRESP": {
          title: "Caf\xE9soft Cams documentation page: Access Control Responses",
          url: "http://www.cafesoft.com/products/cams/docs/admin/AccessControlResponses.html"
        },
        "CAMS-ACPTR32": {
          title: "Caf\xE9soft Cams documentation page: Access Control Policy Tag Reference",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/AccessControlPolicyTagReference.html"
        },
        "CAMS-ACPTR30": {
          title: "Caf\xE9soft Cams documentation page: Access Control Policy Tag Reference",
          url: "http://www.cafesoft.com/products/cams/ps/docs30/admin/AccessControlPolicyTagReference.html"
        },
        "CAMS-ACPTR20": {
          title: "Caf\xE9soft Cams documentation page: Access Control Policy Tag Reference",
          url: "http://www.cafesoft.com/products/cams/ps/docs20/admin/AccessControlPolicyTagReference.html"
        },
        "CAMS-ACPTRold": {
          title: "Caf\xE9soft Cams documentation page: Access Control Policy Tag Reference",
          url: "http://www.cafesoft.com/products/cams/docs/admin/AccessControlPolicyTagReference.html"
        },
        "CAMS-ACS32": {
          title: "Caf\xE9soft Cams documentation page: Access Control Services",
          url: "http://www.cafesoft.com/products/cams/ps/docs32/admin/AccessControlServices.html"
        },
        "CAMS-TIP": {
          title: "Caf\xE9soft Cams documentation page: permission-resource-pattern-matching",
          url: "http://www.cafesoft.com/products/cams/docs/tips/permission-resource-pattern-matching.html"
        },
        "CAMS-LCTR32": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration Tag Reference",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/LoginConfigurationTagReference.html"
        },
        "CAMS-LCTR21": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration Tag Reference",
          url: "http://www.cafesoft.com/products/cams/ps/docs21/admin/LoginConfigurationTagReference.html"
        },
        "CAMS-LC32": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/LoginConfiguration.html"
        },
        "CAMS-LC21": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration",
          url: "http://www.cafesoft.com/products/cams/ps/docs21/admin/LoginConfiguration.html"
        },
        "CAMS-LC20": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration",
          url: "http://www.cafesoft.com/products/cams/ps/docs20/admin/LoginConfiguration.html"
        },
        "CAMS-LCold": {
          title: "Caf\xE9soft Cams documentation page: Login Configuration",
          url: "http://www.cafesoft.com/products/cams/docs/admin/LoginConfiguration.html"
        },
        "CAMS-SDTR32": {
          title: "Caf\xE9soft Cams documentation page: Security Domain Tag Reference",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/SecurityDomainTagReference.html"
        },
        "CAMS-SDC30": {
          title: "Caf\xE9soft Cams documentation page: Security Domain Configuration",
          url: "http://www.cafesoft.com/products/cams/ps/docs30/admin/SecurityDomainConfiguration.html"
        },
        "CAMS-SDC20": {
          title: "Caf\xE9soft Cams documentation page: Security Domain Configuration",
          url: "http://www.cafesoft.com/products/cams/ps/docs20/admin/SecurityDomainConfiguration.html"
        },
        "CAMS-SDRC": {
          title: "Caf\xE9soft Cams documentation page: Security Domain Registry Configuration",
          url: "http://www.cafesoft.com/products/cams/docs/admin/SecurityDomainRegistryConfiguration.html"
        },
        "CAMS-PSC32": {
          title: "Caf\xE9soft Cams documentation page: Policy Server Configuration",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/PolicyServerConfiguration.html"
        },
        "CAMS-CCS21": {
          title: "Caf\xE9soft Cams documentation page: Configuring Cams Server",
          url: "http://www.cafesoft.com/products/cams/ps/docs21/admin/ConfiguringCamsServer.html"
        },
        "CAMS-CCSold": {
          title: "Caf\xE9soft Cams documentation page: Configuring Cams Server",
          url: "http://www.cafesoft.com/products/cams/docs/admin/ConfiguringCamsServer.html"
        },
        "CAMS-HARD21": {
          title: "Caf\xE9soft Cams documentation page: Hardening Cams",
          url: "http://www.cafesoft.com/products/cams/ps/docs21/admin/HardeningCams.html"
        },
        "CAMS-INTRO32": {
          title: "Caf\xE9soft Cams documentation page: Introduction",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/Introduction.html"
        },
        "CAMS-IQS32": {
          title: "Caf\xE9soft Cams documentation page: Integration Quick Start",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/IntegrationQuickStart.html"
        },
        "CAMS-SCR21": {
          title: "Caf\xE9soft Cams documentation page: Scripts",
          url: "http://www.cafesoft.com/products/cams/wa/apache13/docs21/solaris/Scripts.html"
        },
        "CAMS-SCR30": {
          title: "Caf\xE9soft Cams documentation page: Scripts",
          url: "http://www.cafesoft.com/products/cams/wa/apache2/docs30/linux/Scripts.html"
        },
        "CAMS-WAD20": {
          title: "Caf\xE9soft Cams documentation page: Web Agent Deployment",
          url: "http://www.cafesoft.com/products/cams/wa/servletFilter/docs20/WebAgentDeployment.html"
        },
        "CAMS-IIS32": {
          title: "Caf\xE9soft Cams documentation page: IISWeb Agent",
          url: "http://cafesoft.com/products/cams/wa/iis/docs32/windows/isapi/x86/64bit/IISWebAgent.html"
        },
        "CAMS-TECH": {
          title: "Caf\xE9soft Cams documentation page: cams Technical Paper",
          url: "http://www.cafesoft.com/products/cams/camsTechnicalPaper.html"
        },
        "WEBAGENT-LINT": {
          title: "webagent-lint's inference: a reading of the other sources that none of them states in these words"
        },
        "CAMS-LEC32": {
          title: "Caf\xE9soft Cams Administrator's Guide, chapter Log and Error Codes",
          url: "http://cafesoft.com/products/cams/ps/docs32/admin/LogAndErrorCodes.html"
        }
      }
    };
  }
});

// src/knowledge/sources.ts
var sources;
var init_sources2 = __esm({
  "src/knowledge/sources.ts"() {
    "use strict";
    init_sources();
    sources = sources_default.sources;
  }
});

// src/report/rule-docs.ts
function renderRuleMarkdown(rule) {
  const lines = [`# ${rule.id}`, "", `**${rule.title}.** Default severity: ${rule.severity}.`, "", "## Why", "", rule.docs.why, ""];
  if (rule.predicts.length > 0) {
    lines.push("## Predicted log codes", "");
    const messageIds = Object.keys(rule.messages);
    for (const id of rule.predicts) {
      const by = messageIds.filter((messageId) => predictionsOf(rule, messageId).includes(id));
      const only = by.length < messageIds.length ? ` (only findings ${by.map((messageId) => messageShape(rule, messageId)).join(" and ")})` : "";
      lines.push(`- \`${id}\`${only}: ${logCodes.get(id)?.meaning ?? ""}`.trimEnd());
    }
    const silent = messageIds.filter((messageId) => predictionsOf(rule, messageId).length === 0);
    if (silent.length > 0) lines.push("", `Findings ${silent.map((messageId) => messageShape(rule, messageId)).join(" and ")} predict no log code.`);
    lines.push("");
  }
  lines.push(
    "## Fix",
    "",
    rule.docs.fix,
    "",
    "## Example",
    "",
    "Reported:",
    "",
    example(rule, rule.docs.bad),
    "",
    "Not reported:",
    "",
    example(rule, rule.docs.good),
    ""
  );
  lines.push("## Source", "");
  if (rule.docs.sources.length === 0) lines.push("webagent-lint's own conventions (this rule checks the linter's input, not vendor behaviour).");
  for (const key2 of rule.docs.sources) {
    const source = sources[key2];
    lines.push(`- ${key2}: ${source?.url ? `[${source.title}](${source.url})` : source?.title ?? ""}`);
  }
  lines.push(
    "",
    `Confidence: **${rule.docs.confidence}** \u2014 ${rule.docs.confidence === "documented" ? "a vendor source states the behaviour." : "webagent-lint's reading of the sources; no vendor source states it in these words."}`,
    ""
  );
  const xmlWaiver = rule.id.startsWith("cams/") ? ` (in XML files: \`<!-- webagent-lint-disable-next-line ${rule.id} -- <reason> -->\`)` : "";
  lines.push(`Waive one finding with \`# webagent-lint-disable-next-line ${rule.id} -- <reason>\` on the line above it${xmlWaiver}.`, "");
  return lines.join("\n");
}
function messageShape(rule, messageId) {
  return `\u201C${rule.messages[messageId]?.replace(/\{\w+\}/g, "\u2026")}\u201D`;
}
function example(rule, text) {
  const files = Object.entries(exampleFiles(rule.id, text));
  if (files.length === 1 && !text.startsWith("=== ")) return fence(text, "");
  return files.map(([name, body]) => `\`${name}\`:

${fence(body, name.endsWith(".xml") ? "xml" : "")}`).join("\n\n");
}
function fence(text, language) {
  return `\`\`\`${language}
${text}
\`\`\``;
}
var init_rule_docs = __esm({
  "src/report/rule-docs.ts"() {
    "use strict";
    init_rule_api();
    init_codes();
    init_sources2();
  }
});

// src/report/sarif.ts
function formatSarif(report) {
  const rules2 = [...report.rules].sort((a, b) => a.id < b.id ? -1 : 1);
  const index = new Map(rules2.map((rule, i) => [rule.id, i]));
  const results = report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.predicts.length > 0 ? `${finding.message} (predicts ${finding.predicts.join(", ")})` : finding.message },
    locations: [sarifLocation(finding)],
    ...finding.related ? { relatedLocations: finding.related.map((location, id) => ({ id, physicalLocation: physicalLocation(location) })) } : {},
    partialFingerprints: { "webagentLint/v1": finding.fingerprint },
    ...finding.fix ? { fixes: [sarifFix(finding.file, finding.fix)] } : {},
    properties: { agent: finding.agent, predicts: [...finding.predicts], remedy: finding.remedy }
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules2.map(describeRule)
          }
        },
        // Only when a check was skipped: a run without one prints the log it always printed.
        ...report.notChecked.length > 0 || (report.failures ?? []).length > 0 ? { invocations: [invocation(report, index)] } : {},
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function sarifLocation(at) {
  return { physicalLocation: physicalLocation(at) };
}
function invocation(report, ruleIndex) {
  const failures = failureLines(report);
  return {
    executionSuccessful: failures.length === 0,
    toolExecutionNotifications: [...failures.map((text) => ({ level: "error", message: { text } })), ...notices(report.notChecked, ruleIndex)]
  };
}
function notices(notChecked, ruleIndex) {
  return notChecked.map((notice) => ({
    level: "note",
    message: { text: `Not checked: ${notice.reason} To check it: ${notice.enable}` },
    associatedRule: { id: notice.ruleId, ...ruleIndex.has(notice.ruleId) ? { index: ruleIndex.get(notice.ruleId) } : {} },
    ...notice.location ? { locations: [sarifLocation(notice.location)] } : {},
    properties: { scope: [...notice.scope], enable: notice.enable }
  }));
}
function describeRule(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs.why },
    help: { text: `${rule.docs.why}

Fix: ${rule.docs.fix}`, markdown: renderRuleMarkdown(rule) },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.split("/")[0], ...rule.predicts], predicts: [...rule.predicts] }
  };
}
function pascalCase(id) {
  return id.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function physicalLocation(location) {
  return {
    artifactLocation: { uri: toUri(location.file), uriBaseId: "%SRCROOT%" },
    region: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn }
  };
}
function sarifFix(file, fix) {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: toUri(file), uriBaseId: "%SRCROOT%" },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.offset, charLength: edit.length },
          ...edit.text !== "" ? { insertedContent: { text: edit.text } } : {}
        }))
      }
    ]
  };
}
function toUri(path5) {
  return path5.split("/").map(encodeURIComponent).join("/");
}
var LEVEL;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_meta();
    init_rule_docs();
    init_report();
    LEVEL = { error: "error", warning: "warning", info: "note" };
  }
});

// src/report/formats.ts
function isFormat(value) {
  return FORMATS.includes(value);
}
function render2(format2, report, options) {
  switch (format2) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report);
    case "github":
      return formatGithub(report);
    case "junit":
      return formatJunit(report);
    case "html":
      return formatHtml(report);
  }
}
var FORMATS, PREDICT_FORMATS, EXPLAIN_FORMATS;
var init_formats = __esm({
  "src/report/formats.ts"() {
    "use strict";
    init_github();
    init_html();
    init_json();
    init_junit();
    init_sarif();
    init_text();
    FORMATS = ["text", "json", "sarif", "github", "junit", "html"];
    PREDICT_FORMATS = ["text", "json", "html"];
    EXPLAIN_FORMATS = ["text", "json", "html"];
  }
});

// src/engine/fleet-comparison.ts
function buildComparison(fleet, options) {
  const masks = /* @__PURE__ */ new Map();
  const mask = (members, text) => members.reduce((masked, agent) => {
    let masker = masks.get(agent);
    if (!masker) {
      masker = secretMasker(agent.secretValues());
      masks.set(agent, masker);
    }
    return masker(masked);
  }, text);
  const clusters = fleet.clusters.map((cluster) => {
    const settings = [];
    let differing = 0;
    for (const { name, groups } of cluster.compare()) {
      const differs = groups.length > 1;
      if (differs) differing++;
      if (!differs && !options.all) continue;
      const secret = groups.some((group) => group.value?.secret === true);
      settings.push({
        name,
        secret,
        differs,
        groups: groups.map((group) => {
          const agents = group.members.map((agent) => agent.id);
          if (group.value === void 0) return { unset: true, agents };
          return group.value.secret ? { fingerprint: options.fingerprint(group.value.text), agents } : { value: mask(group.members, group.value.text), agents };
        })
      });
    }
    return { product: cluster.product, name: cluster.name, source: cluster.source, agents: cluster.members.map((m) => m.id), settings, differing };
  });
  return { clusters };
}
function fingerprint(key2, value) {
  return `fp:${crypto().createHmac("sha256", key2).update(value).digest("hex").slice(0, 8)}`;
}
var init_fleet_comparison = __esm({
  "src/engine/fleet-comparison.ts"() {
    "use strict";
    init_builtins();
    init_engine();
  }
});

// src/report/comparison.ts
function formatComparisonText(report, options) {
  const c = (0, import_picocolors2.createColors)(options.color);
  const lines = [];
  for (const cluster of report.comparison.clusters) {
    const source = cluster.source === "none" ? "" : ` (from the ${cluster.source})`;
    const heading = `${productName(cluster.product)} cluster ${cluster.name}${source}: ${plural(cluster.agents.length, "agent")}, ${plural(cluster.differing, "setting")} differ${cluster.differing === 1 ? "s" : ""}`;
    lines.push(c.bold(heading));
    for (const setting of cluster.settings) {
      const state = setting.secret ? `  (secret: ${setting.differs ? "differs" : "same"})` : "";
      lines.push(`  ${setting.differs ? c.yellow(setting.name) : setting.name}${c.dim(state)}`);
      const width = Math.max(...setting.groups.map((group) => shown2(group).length));
      for (const group of setting.groups) {
        const count = String(group.agents.length).padStart(4);
        lines.push(`    ${shown2(group).padEnd(width)}  ${count}  ${c.dim(nameList(group.agents))}`);
      }
    }
    lines.push("");
  }
  if (report.comparison.clusters.length === 0) lines.push("No agents to compare.", "");
  lines.push(formatFindingsText(report.findings, report.summary, c));
  return `${lines.join("\n")}
`;
}
function formatComparisonJson(report) {
  const { tool, comparison, summary } = report;
  return `${JSON.stringify({ tool, clusters: comparison.clusters, findings: report.findings.map(toJsonFinding), summary }, null, 2)}
`;
}
function shown2(group) {
  if (group.unset) return "(not set)";
  if (group.fingerprint !== void 0) return group.fingerprint;
  return group.value === "" ? "(empty)" : group.value ?? "";
}
function nameList(agents) {
  if (agents.length <= MAX_NAMED_AGENTS) return agents.join(", ");
  return `${agents.slice(0, MAX_NAMED_AGENTS).join(", ")} and ${agents.length - MAX_NAMED_AGENTS} more`;
}
var import_picocolors2, MAX_NAMED_AGENTS;
var init_comparison = __esm({
  "src/report/comparison.ts"() {
    "use strict";
    import_picocolors2 = __toESM(require_picocolors(), 1);
    init_json();
    init_text();
    init_report();
    MAX_NAMED_AGENTS = 5;
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports2.S = " 	\r\n";
    exports2.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NAME_CHAR = "-" + exports2.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.CHAR_RE = new RegExp("^[" + exports2.CHAR + "]$", "u");
    exports2.S_RE = new RegExp("^[" + exports2.S + "]+$", "u");
    exports2.NAME_START_CHAR_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "]$", "u");
    exports2.NAME_CHAR_RE = new RegExp("^[" + exports2.NAME_CHAR + "]$", "u");
    exports2.NAME_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "][" + exports2.NAME_CHAR + "]*$", "u");
    exports2.NMTOKEN_RE = new RegExp("^[" + exports2.NAME_CHAR + "]+$", "u");
    var TAB2 = 9;
    var NL = 10;
    var CR2 = 13;
    var SPACE2 = 32;
    exports2.S_LIST = [SPACE2, NL, CR2, TAB2];
    function isChar(c) {
      return c >= SPACE2 && c <= 55295 || c === NL || c === CR2 || c === TAB2 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isChar = isChar;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR2 || c === TAB2;
    }
    exports2.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports2.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports2.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports2.S = " 	\r\n";
    exports2.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NAME_CHAR = "-" + exports2.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.CHAR_RE = new RegExp("^[" + exports2.CHAR + "]$", "u");
    exports2.RESTRICTED_CHAR_RE = new RegExp("^[" + exports2.RESTRICTED_CHAR + "]$", "u");
    exports2.S_RE = new RegExp("^[" + exports2.S + "]+$", "u");
    exports2.NAME_START_CHAR_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "]$", "u");
    exports2.NAME_CHAR_RE = new RegExp("^[" + exports2.NAME_CHAR + "]$", "u");
    exports2.NAME_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "][" + exports2.NAME_CHAR + "]*$", "u");
    exports2.NMTOKEN_RE = new RegExp("^[" + exports2.NAME_CHAR + "]+$", "u");
    var TAB2 = 9;
    var NL = 10;
    var CR2 = 13;
    var SPACE2 = 32;
    exports2.S_LIST = [SPACE2, NL, CR2, TAB2];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports2.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE2 || c === NL || c === CR2 || c === TAB2;
    }
    exports2.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports2.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NC_NAME_CHAR = "-" + exports2.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports2.NC_NAME_START_CHAR + "]$", "u");
    exports2.NC_NAME_CHAR_RE = new RegExp("^[" + exports2.NC_NAME_CHAR + "]$", "u");
    exports2.NC_NAME_RE = new RegExp("^[" + exports2.NC_NAME_START_CHAR + "][" + exports2.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports2.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SaxesParser = exports2.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB2 = 9;
    var NL = 10;
    var CR2 = 13;
    var SPACE2 = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports2.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR2 || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE2 || code === TAB2) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR2:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB2) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR2: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE2;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB2:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports2.SaxesParser = SaxesParser2;
  }
});

// src/parse/xml.ts
var xml_exports = {};
__export(xml_exports, {
  MAX_ATTRIBUTE_LENGTH: () => MAX_ATTRIBUTE_LENGTH,
  MAX_DEPTH: () => MAX_DEPTH,
  parseXml: () => parseXml
});
function parseXml(source) {
  const { text, comments } = readComments(source);
  const parser = new import_saxes.SaxesParser({ position: true });
  const stack = [];
  let root;
  let problem;
  let pending;
  const pendingAttributes = [];
  const closed = [];
  const childrenFrom = [];
  const seenInTag = /* @__PURE__ */ new Map();
  let tagNumber = 0;
  const prefixScopes = [];
  const names = /* @__PURE__ */ new Map();
  const intern = (name) => {
    const known = names.get(name);
    if (known !== void 0) return known;
    names.set(name, name);
    return name;
  };
  const located = (messageId, data, start, end) => {
    const from = outsideLineBreak(Math.min(Math.max(start, 0), text.length));
    return { messageId, data, start: from, end: outsideLineBreak(Math.min(Math.max(end, from), text.length)) };
  };
  const stop = (messageId, data, start, end) => {
    problem = located(messageId, data, start, end);
    throw new Stop();
  };
  parser.on("doctype", (body) => {
    if (!/<!ENTITY/i.test(body)) return;
    const start = text.lastIndexOf("<!DOCTYPE", parser.position);
    stop("dtdEntities", {}, Math.max(start, 0), parser.position);
  });
  parser.on("opentagstart", (tag) => {
    const start = text.lastIndexOf(`<${tag.name}`, parser.position - tag.name.length - 2);
    pending = { source, name: intern(tag.name), start, end: parser.position, attributes: NONE2, children: NONE2, text: "" };
    tagNumber++;
    if (stack.length >= MAX_DEPTH) stop("tooDeep", { limit: String(MAX_DEPTH) }, start, parser.position);
  });
  parser.on("attribute", (attribute2) => {
    const name = intern(attribute2.name);
    const quoteEnd = parser.position - 1;
    const valueStart = text.lastIndexOf(text.charAt(quoteEnd), quoteEnd - 1) + 1;
    let nameEnd = valueStart - 1;
    while (nameEnd > 0 && isSpaceOrEquals(text.charCodeAt(nameEnd - 1))) nameEnd--;
    const start = nameEnd - name.length;
    if (seenInTag.get(name) === tagNumber) stop("malformed", { reason: `attribute ${name} is repeated` }, start, nameEnd);
    seenInTag.set(name, tagNumber);
    if (quoteEnd - valueStart > MAX_ATTRIBUTE_LENGTH) {
      stop("attributeTooLong", { name, length: String(quoteEnd - valueStart), limit: String(MAX_ATTRIBUTE_LENGTH) }, start, nameEnd);
    }
    pendingAttributes.push({ name, value: attribute2.value, start, end: parser.position, valueStart, valueEnd: quoteEnd });
  });
  parser.on("opentag", () => {
    const element = pending;
    element.end = parser.position;
    checkPrefixes(element.name, element.start, element.end);
    if (pendingAttributes.length > 0) {
      element.attributes = pendingAttributes.slice();
      pendingAttributes.length = 0;
    }
    pending = void 0;
    stack.push(element);
    childrenFrom.push(closed.length);
  });
  parser.on("text", (data) => addText(data));
  parser.on("cdata", (data) => addText(data));
  parser.on("closetag", () => {
    const element = stack.pop();
    const from = childrenFrom.pop();
    if (closed.length > from) {
      element.children = closed.slice(from);
      closed.length = from;
    }
    prefixScopes.pop();
    if (stack.length === 0) root = element;
    else closed.push(element);
  });
  function checkPrefixes(name, start, end) {
    let declared;
    for (const attribute2 of pendingAttributes) {
      if (attribute2.name.startsWith("xmlns:")) (declared ??= /* @__PURE__ */ new Set()).add(attribute2.name.slice(6));
    }
    prefixScopes.push(declared);
    const undeclared = [name, ...pendingAttributes.map((attribute2) => attribute2.name)].find((qualified) => {
      const colon = qualified.indexOf(":");
      if (colon === -1) return false;
      const prefix = qualified.slice(0, colon);
      return prefix !== "xml" && prefix !== "xmlns" && !prefixScopes.some((scope) => scope?.has(prefix));
    });
    if (undeclared !== void 0)
      stop("malformed", { reason: `the namespace prefix of ${undeclared} is not declared (a namespace-aware parser refuses it)` }, start, end);
  }
  function addText(data) {
    const top = stack[stack.length - 1];
    if (!top) return;
    const joined = top.text + (data.length <= SHORT_TEXT ? intern(data) : data);
    top.text = joined.length <= SHORT_TEXT ? intern(joined) : joined;
  }
  function outsideLineBreak(offset) {
    return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) {
    } else if (error instanceof Error && SAXES_ERROR.test(error.message)) {
      problem = malformed(error.message);
    } else {
      throw error;
    }
  }
  return problem ? { source, comments, root: void 0, problems: [problem] } : { source, comments, root, problems: [] };
  function malformed(message) {
    const bare = bareAmpersandBefore(text, parser.position);
    if (bare !== void 0) return located("malformed", { reason: "a bare & must be written &amp;" }, bare, bare + 1);
    const reason = message.replace(SAXES_ERROR, "").replace(/\.$/, "");
    const [start, end] = errorSpan(reason);
    return located("malformed", { reason }, start, end);
  }
  function errorSpan(reason) {
    const position = parser.position;
    const unclosed = stack[stack.length - 1];
    if (/^unclosed tag/.test(reason) && unclosed) return [unclosed.start, unclosed.end];
    const at = Math.max(0, Math.min(position, text.length) - 1);
    const back = (marker) => {
      const start = text.lastIndexOf(marker, at);
      return start === -1 ? void 0 : [start, Math.max(position, start + 1)];
    };
    if (/close tag|root|text data outside/.test(reason)) return back("<") ?? [at, at + 1];
    if (/entity|character reference/.test(reason)) return back("&") ?? [at, at + 1];
    return [at, Math.min(at + 1, text.length)];
  }
}
function readComments(source) {
  const comments = [];
  const text = source.text;
  const parts = [];
  let copied = 0;
  for (let start = text.indexOf("<!--"); start !== -1; start = text.indexOf("<!--", start)) {
    const close = text.indexOf("-->", start + 4);
    if (close === -1) break;
    const end = close + 3;
    const body = text.slice(start + 4, close);
    comments.push({ start, end, text: body.trim(), line: source.positionAt(end - 1).line });
    if (isWaiverComment(body)) {
      parts.push(text.slice(copied, start + 4), body.replace(/--/g, "  "));
      copied = close;
    }
    start = end;
  }
  return { text: parts.length === 0 ? text : parts.join("") + text.slice(copied), comments };
}
function isSpaceOrEquals(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 61;
}
function bareAmpersandBefore(text, position) {
  for (let i = 0; i < position; i++) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      REFERENCE.lastIndex = i;
      if (!REFERENCE.test(text)) return i;
    } else if (c === 60) {
      const section = SKIPPED_SECTIONS.find(([open3]) => text.startsWith(open3, i));
      if (section) {
        const close = text.indexOf(section[1], i + section[0].length);
        if (close === -1 || close + section[1].length > position) return void 0;
        i = close + section[1].length - 1;
      }
    }
  }
  return void 0;
}
var import_saxes, NONE2, MAX_DEPTH, MAX_ATTRIBUTE_LENGTH, Stop, SHORT_TEXT, SAXES_ERROR, SKIPPED_SECTIONS, REFERENCE;
var init_xml = __esm({
  "src/parse/xml.ts"() {
    "use strict";
    import_saxes = __toESM(require_saxes(), 1);
    init_waivers();
    NONE2 = [];
    MAX_DEPTH = 1e3;
    MAX_ATTRIBUTE_LENGTH = 1024 * 1024;
    Stop = class extends Error {
    };
    SHORT_TEXT = 32;
    SAXES_ERROR = /^\d+:\d+: /;
    SKIPPED_SECTIONS = [
      ["<!--", "-->"],
      ["<![CDATA[", "]]>"],
      ["<?", "?>"]
    ];
    REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path5) {
      const ctrl = callVisitor(key2, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path5, ctrl);
        return visit_(key2, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path5) {
      const ctrl = await callVisitor(key2, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path5, ctrl);
        return visitAsync_(key2, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key2, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path5);
      return void 0;
    }
    function replaceNode(key2, path5, node) {
      const parent = path5[path5.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path5, value) {
      let v = value;
      for (let i = path5.length - 1; i >= 0; --i) {
        const k = path5[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key2, ...rest] = path5;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        const [key2, ...rest] = path5;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        const [key2, ...rest] = path5;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path5) {
        const [key2, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key2, ...rest] = path5;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        if (Collection.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        if (Collection.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path5) {
        if (Collection.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        if (Collection.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode2 = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode2.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode2.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode2 = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode2.range[2];
          const pair = new Pair.Pair(keyNode2, valueNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode2.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode2);
          offset = valueNode2.range[2];
          if (isBlock(value))
            onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode2 = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode2.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode2.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode2 = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode2) {
            if (isBlock(value))
              onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2, valueNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode2 ?? keyNode2).range;
            map.range = [keyNode2.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode2 ? valueNode2.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path5) => {
      const parent = visit2.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path5.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/generated/config-validator.cjs
var require_config_validator = __commonJS({
  "src/generated/config-validator.cjs"(exports2, module2) {
    "use strict";
    module2.exports = validate10;
    module2.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://webagent-lint.dev/schemas/config.schema.json", "title": ".webagent-lint.yaml", "description": "Configuration of webagent-lint: the environment the agents run in, rule severities and ignored paths.", "type": "object", "additionalProperties": false, "properties": { "environment": { "description": "Facts about the deployment that no agent file holds.", "type": "object", "additionalProperties": false, "properties": { "firewallIdleTimeout": { "description": "Idle timeout of firewalls or NAT between agents and their servers, e.g. 1h, 55m, '50 Mins'. Default: 1 hour (RSA KB 000025051).", "type": "string", "minLength": 1 }, "activeAuthServers": { "description": "Number of aservers actually in use per pool.", "type": "integer", "minimum": 1 }, "authServers": { "description": "Number of aservers the dispatchers supply to a pool (predict and explain --log use it): one number for every pool, or per dispatcher group, keyed by the pool's dispatcher_list (the order of the list does not matter).", "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "object", "minProperties": 1, "additionalProperties": { "type": "integer", "minimum": 1 } }] } } }, "cams": { "description": "Cams settings that live outside the agent files.", "type": "object", "additionalProperties": false, "properties": { "loginPages": { "description": "Absolute URLs of the Cams login pages, e.g. https://www.example.com/cams/login.jsp; checked against every security domain's policy.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "agentDomains": { "description": "Which security domain each Cams agent asks, when more than one domain is linted: agent directory -> domain directory, both relative to the current directory.", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 } } } }, "clusters": { "description": "ClearTrust clusters by name: glob patterns of agent paths (as reported, relative to the current directory). An agent belongs to the first cluster with a matching pattern; others are grouped by their dispatcher list.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 } }, "rules": { "description": "Severity per rule id.", "type": "object", "additionalProperties": { "enum": ["error", "warning", "info", "off"] } }, "ignore": { "description": "Glob patterns of paths not to lint.", "type": "array", "items": { "type": "string", "minLength": 1 } } } };
    var func2 = require_ucs2length().default;
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "environment" || key0 === "cams" || key0 === "clusters" || key0 === "rules" || key0 === "ignore")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.environment !== void 0) {
          let data0 = data.environment;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              if (!(key1 === "firewallIdleTimeout" || key1 === "activeAuthServers" || key1 === "authServers")) {
                const err1 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data0.firewallIdleTimeout !== void 0) {
              let data1 = data0.firewallIdleTimeout;
              if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                  const err2 = { instancePath: instancePath + "/environment/firewallIdleTimeout", schemaPath: "#/properties/environment/properties/firewallIdleTimeout/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = { instancePath: instancePath + "/environment/firewallIdleTimeout", schemaPath: "#/properties/environment/properties/firewallIdleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data0.activeAuthServers !== void 0) {
              let data2 = data0.activeAuthServers;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                const err4 = { instancePath: instancePath + "/environment/activeAuthServers", schemaPath: "#/properties/environment/properties/activeAuthServers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (typeof data2 == "number" && isFinite(data2)) {
                if (data2 < 1 || isNaN(data2)) {
                  const err5 = { instancePath: instancePath + "/environment/activeAuthServers", schemaPath: "#/properties/environment/properties/activeAuthServers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
            }
            if (data0.authServers !== void 0) {
              let data3 = data0.authServers;
              const _errs10 = errors;
              let valid2 = false;
              let passing0 = null;
              const _errs11 = errors;
              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                const err6 = { instancePath: instancePath + "/environment/authServers", schemaPath: "#/properties/environment/properties/authServers/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (typeof data3 == "number" && isFinite(data3)) {
                if (data3 < 1 || isNaN(data3)) {
                  const err7 = { instancePath: instancePath + "/environment/authServers", schemaPath: "#/properties/environment/properties/authServers/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs11 === errors;
              if (_valid0) {
                valid2 = true;
                passing0 = 0;
              }
              const _errs13 = errors;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (Object.keys(data3).length < 1) {
                  const err8 = { instancePath: instancePath + "/environment/authServers", schemaPath: "#/properties/environment/properties/authServers/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                for (const key2 in data3) {
                  let data4 = data3[key2];
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    const err9 = { instancePath: instancePath + "/environment/authServers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment/properties/authServers/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (typeof data4 == "number" && isFinite(data4)) {
                    if (data4 < 1 || isNaN(data4)) {
                      const err10 = { instancePath: instancePath + "/environment/authServers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment/properties/authServers/oneOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/environment/authServers", schemaPath: "#/properties/environment/properties/authServers/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              if (_valid0 && valid2) {
                valid2 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid2 = true;
                  passing0 = 1;
                }
              }
              if (!valid2) {
                const err12 = { instancePath: instancePath + "/environment/authServers", schemaPath: "#/properties/environment/properties/authServers/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              } else {
                errors = _errs10;
                if (vErrors !== null) {
                  if (_errs10) {
                    vErrors.length = _errs10;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.cams !== void 0) {
          let data5 = data.cams;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key3 in data5) {
              if (!(key3 === "loginPages" || key3 === "agentDomains")) {
                const err14 = { instancePath: instancePath + "/cams", schemaPath: "#/properties/cams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.loginPages !== void 0) {
              let data6 = data5.loginPages;
              if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data7 = data6[i0];
                  if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                      const err15 = { instancePath: instancePath + "/cams/loginPages/" + i0, schemaPath: "#/properties/cams/properties/loginPages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/cams/loginPages/" + i0, schemaPath: "#/properties/cams/properties/loginPages/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/cams/loginPages", schemaPath: "#/properties/cams/properties/loginPages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.agentDomains !== void 0) {
              let data8 = data5.agentDomains;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key4 in data8) {
                  let data9 = data8[key4];
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err18 = { instancePath: instancePath + "/cams/agentDomains/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cams/properties/agentDomains/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/cams/agentDomains/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cams/properties/agentDomains/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/cams/agentDomains", schemaPath: "#/properties/cams/properties/agentDomains/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/cams", schemaPath: "#/properties/cams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.clusters !== void 0) {
          let data10 = data.clusters;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key5 in data10) {
              let data11 = data10[key5];
              if (Array.isArray(data11)) {
                if (data11.length < 1) {
                  const err22 = { instancePath: instancePath + "/clusters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (typeof data12 === "string") {
                    if (func2(data12) < 1) {
                      const err23 = { instancePath: instancePath + "/clusters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/clusters/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/clusters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/clusters/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/clusters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data13 = data.rules;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key6 in data13) {
              let data14 = data13[key6];
              if (!(data14 === "error" || data14 === "warning" || data14 === "info" || data14 === "off")) {
                const err27 = { instancePath: instancePath + "/rules/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.ignore !== void 0) {
          let data15 = data.ignore;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data16 = data15[i2];
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err29 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// src/config/config.ts
var config_exports = {};
__export(config_exports, {
  MAX_CONFIG_LENGTH: () => MAX_CONFIG_LENGTH,
  MAX_NESTING: () => MAX_NESTING,
  clusterAssignment: () => clusterAssignment,
  parseConfig: () => parseConfig
});
function parseConfig(path5, text, ruleIds) {
  const source = new SourceFile(path5, text);
  const linePos = (offset) => {
    const inText = Math.min(Math.max(offset, 0), text.length);
    const atBreak = text.charCodeAt(inText) === 10 && text.charCodeAt(inText - 1) === 13 ? inText - 1 : inText;
    const { line, column } = source.positionAt(atBreak);
    return { line, col: column };
  };
  const at = (offset, message) => {
    const { line, col } = linePos(offset);
    return { path: path5, line, column: col, message };
  };
  if (text.length > MAX_CONFIG_LENGTH) {
    return { ok: false, errors: [at(0, `the file is ${text.length} characters long, more than the ${MAX_CONFIG_LENGTH} a config file may have`)] };
  }
  const tooDeep = deepNesting(text);
  if (tooDeep !== void 0) {
    return { ok: false, errors: [at(tooDeep, `invalid YAML: nested more than ${MAX_NESTING} levels deep`)] };
  }
  const document = withoutStackTraces(() => (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: true, logLevel: "error" }));
  if (document.errors.length > 0) {
    const shown4 = document.errors.slice(0, MAX_YAML_ERRORS).map((error) => at(error.pos[0], `invalid YAML: ${firstLine(error.message)}`));
    const more = document.errors.length - shown4.length;
    if (more > 0) shown4.push({ ...shown4[shown4.length - 1], message: `invalid YAML: ${more} more errors after these` });
    return { ok: false, errors: shown4 };
  }
  let raw;
  try {
    raw = document.toJS() ?? {};
  } catch (error) {
    return { ok: false, errors: [at(firstAliasOffset(document), `invalid YAML: ${firstLine(String(error.message ?? error))}`)] };
  }
  if (!(0, import_config_validator.default)(raw)) {
    const errors2 = (import_config_validator.default.errors ?? []).map((error) => {
      const segments = error.instancePath.split("/").slice(1).map(unescapePointer);
      const extra = error.params["additionalProperty"];
      const node = extra !== void 0 ? keyNode(document, segments, extra) : valueNode(document, segments);
      const name = extra !== void 0 ? [...segments, extra].join(".") : segments.join(".") || "(top level)";
      const message = extra !== void 0 ? `unknown setting ${quoted(name)}` : `${shown3(name)} ${error.message ?? "is invalid"}${allowedValues(error.params)}`;
      return at(node?.range?.[0] ?? 0, message);
    });
    return { ok: false, errors: errors2 };
  }
  const config = raw;
  const errors = [];
  const severities = /* @__PURE__ */ new Map();
  for (const [ruleId, severity] of Object.entries(config.rules ?? {})) {
    if (ruleIds.has(ruleId)) {
      severities.set(ruleId, severity);
      continue;
    }
    const suggestion = closestName(ruleId, ruleIds);
    const node = keyNode(document, ["rules"], ruleId);
    errors.push(at(node?.range?.[0] ?? 0, `unknown rule ${quoted(ruleId)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`));
  }
  const offsetOf = (segments) => valueNode(document, segments)?.range?.[0] ?? 0;
  const whereAt = (offset) => {
    const { line, col } = linePos(offset);
    return `${path5}:${line}:${col}`;
  };
  const where = (segments) => whereAt(offsetOf(segments));
  const environment = {};
  const timeout = config.environment?.firewallIdleTimeout;
  if (timeout !== void 0) {
    const offset = offsetOf(["environment", "firewallIdleTimeout"]);
    const seconds = parseUserDuration(timeout);
    if (seconds === void 0 || seconds <= 0) {
      errors.push(at(offset, `environment.firewallIdleTimeout ${quoted(timeout)} is not a duration (write e.g. 1h, 55m or "50 Mins")`));
    } else {
      environment.firewallIdleTimeout = { seconds, where: whereAt(offset) };
    }
  }
  const active = config.environment?.activeAuthServers;
  if (active !== void 0) environment.activeAuthServers = { value: active, where: where(["environment", "activeAuthServers"]) };
  const authServers = config.environment?.authServers;
  if (typeof authServers === "number") environment.authServers = [{ value: authServers, where: where(["environment", "authServers"]) }];
  else if (authServers !== void 0) {
    environment.authServers = Object.entries(authServers).map(([list, value]) => ({
      dispatchers: dispatcherGroup(list),
      value,
      where: where(["environment", "authServers", list])
    }));
  }
  const loginPages = (config.cams?.loginPages ?? []).map((url, index) => {
    const offset = offsetOf(["cams", "loginPages", index]);
    if (!isAbsoluteHttpUrl(url)) {
      errors.push(at(offset, `cams.loginPages: ${quoted(url)} is not an absolute http or https URL (write e.g. https://www.example.com/cams/login.jsp)`));
    }
    return { url, where: whereAt(offset) };
  });
  const agentDomains = new Map(
    Object.entries(config.cams?.agentDomains ?? {}).map(([agent, domain]) => [
      trimSlashes(agent),
      { domain: trimSlashes(domain), where: where(["cams", "agentDomains", agent]) }
    ])
  );
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      path: path5,
      environment,
      cams: { loginPages, agentDomains },
      severities,
      ignore: config.ignore ?? [],
      clusters: Object.entries(config.clusters ?? {}).map(([name, agents]) => ({ name, agents }))
    }
  };
}
function withoutStackTraces(run) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
function deepNesting(text) {
  let flow = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "\n") {
      lead = 0;
      leading = true;
      continue;
    }
    if (leading && " 	-?:".includes(c)) lead++;
    else leading = false;
    if (c === "[" || c === "{") flow++;
    else if ((c === "]" || c === "}") && flow > 0) flow--;
    if (lead + flow > MAX_NESTING) return i;
  }
  return void 0;
}
function firstAliasOffset(document) {
  let offset = 0;
  (0, import_yaml.visit)(document, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  return offset;
}
function quoted(text) {
  const cut = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}\u2026` : text;
  return printable(JSON.stringify(cut));
}
function shown3(name) {
  return /^[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/.test(name) && name.length <= SHOWN_LENGTH ? name : quoted(name);
}
function isAbsoluteHttpUrl(text) {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
function trimSlashes(text) {
  return text.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
}
function valueNode(document, path5) {
  const node = path5.length === 0 ? document.contents : document.getIn(path5, true);
  return isNodeLike(node) ? node : void 0;
}
function keyNode(document, path5, name) {
  const parent = path5.length === 0 ? document.contents : document.getIn(path5, true);
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const pair = parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === name);
  return isNodeLike(pair?.key) ? pair.key : void 0;
}
function isNodeLike(value) {
  return typeof value === "object" && value !== null && "range" in value;
}
function allowedValues(params) {
  const allowed = params["allowedValues"];
  return Array.isArray(allowed) ? `: ${allowed.join(", ")}` : "";
}
function unescapePointer(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function firstLine(text) {
  return printable(text.split(/\r\n|\r|\n/)[0] ?? text);
}
function clusterAssignment(clusters, compileGlobs) {
  const matchers = clusters.map(({ name, agents }) => ({ name, matches: compileGlobs([...agents], { dot: true }) }));
  return (agentId) => matchers.find((m) => m.matches(agentId))?.name;
}
var import_yaml, import_config_validator, MAX_YAML_ERRORS, MAX_CONFIG_LENGTH, MAX_NESTING, SHOWN_LENGTH;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_printable();
    init_source();
    import_config_validator = __toESM(require_config_validator(), 1);
    init_edit_distance();
    init_duration();
    init_fleet();
    MAX_YAML_ERRORS = 20;
    MAX_CONFIG_LENGTH = 64 * 1024;
    MAX_NESTING = 100;
    SHOWN_LENGTH = 80;
  }
});

// src/run/run.ts
async function lintInputs(options, selected, run, io) {
  const config = await loadConfig(options.config, io);
  if (config === "invalid") return void 0;
  const resolved = resolveEnvironment(options, config);
  if ("error" in resolved) throw new UsageError(resolved.error);
  const { environment } = resolved;
  const maxFileSize = parseSize(options.maxFileSize);
  const runFailures = [];
  const problem = (where, message) => {
    runFailures.push({ where, message });
    io.stderr(`webagent-lint: ${where}: ${message}
`);
  };
  const context = { rules: selected, environment, severities: config?.severities, poolInputs: run.poolInputs };
  const files = [];
  const onDisk = /* @__PURE__ */ new Map();
  const results = createUnitResults();
  const merge = (chunk) => {
    for (const p of chunk.problems) problem(p.where, p.message);
    results.addMerged(chunk);
    for (const file of chunk.files) {
      files.push({ path: file.path, format: file.format, agent: file.agent });
      onDisk.set(file.path, file);
    }
  };
  const chunkOptions = {
    ruleIds: selected.map((rule) => rule.id),
    environment,
    severities: config?.severities,
    maxFileSize,
    cwd: io.cwd,
    poolInputs: run.poolInputs
  };
  const { camsFiles, total } = await lintFiles(options.paths, config?.ignore ?? [], chunkOptions, merge, problem);
  if (camsFiles.length > 0) {
    const readXml = needsXmlReader(camsFiles) ? (await Promise.resolve().then(() => (init_xml(), xml_exports))).parseXml : void 0;
    const guard = heapGuard(total);
    for (const unit of planUnits(camsFiles, config?.cams.agentDomains)) {
      guard();
      results.add(lintUnit(unit, { ...context, readXml }));
    }
    for (const { path: path5, format: format2, agent } of camsFiles) files.push({ path: path5, format: format2, agent });
  }
  const { findings, waiverComments, secrets, failures, pools, store } = results;
  const fleet = store.build(await clusterAssigner(config));
  const fleetRun = lintFleet(fleet, context);
  failures.push(...fleetRun.failures);
  findings.push(...locateInFiles(fleetRun.reports, camsFiles, onDisk, secrets, context, problem));
  const result = finish(
    { findings, waiverComments, secrets, inlineWaivers: run.inlineWaivers, baseline: run.baseline, notChecked: results.notChecked.list() },
    context
  );
  for (const failure of failures) problem("internal error", `rule ${failure.ruleId} failed on ${failure.file}: ${failure.error}`);
  files.sort((a, b) => compareText(a.path, b.path));
  const inputs = [...files.map((file) => file.path), ...config ? [config.path] : []];
  pools.sort((a, b) => compareText(a.file, b.file));
  return {
    config,
    inputs,
    secrets: [...new Set([...secrets.values()].flat())],
    files,
    agentCount: results.agents(),
    result,
    fleet,
    usageProblems: runFailures.length,
    runFailures,
    pools,
    environment
  };
}
function locateInFiles(reports, inMemory, onDisk, secrets, context, problem) {
  const loaded = new Map(inMemory.map((file) => [file.path, file]));
  const located = /* @__PURE__ */ new Map();
  for (const [path5, places] of fleetPlaces(reports)) {
    const text = textOf(path5, loaded, onDisk);
    if (text === void 0) problem(path5, "changed while it was being linted; run again");
    else locatePlaces(places, new SourceFile(path5, text), secrets.get(path5), located);
  }
  return fleetFindings(reports, located, secrets, context);
}
function textOf(path5, loaded, onDisk) {
  const file = loaded.get(path5);
  if (file?.content.kind === "bytes") {
    const decoded = decodeText(file.content.bytes);
    return decoded.ok ? decoded.text : void 0;
  }
  const record = onDisk.get(path5);
  return record?.size === void 0 ? void 0 : readBack(record.absolutePath, record.size);
}
async function lintFiles(paths, ignore, options, merge, problem) {
  const discovery = await discover(paths, options.cwd, ignore);
  for (const p of discovery.problems) problem(p.path, p.message);
  const total = discovery.candidates.length;
  const chunkOptions = { ...options, total };
  const chunks = await lintChunks(
    discovery.candidates.filter((candidate) => candidate.format === "cleartrust-conf"),
    chunkOptions,
    builtBundle()
  );
  for (let chunk = chunks.shift(); chunk !== void 0; chunk = chunks.shift()) merge(chunk);
  const rest = lintChunk(
    discovery.candidates.filter((candidate) => candidate.format !== "cleartrust-conf"),
    chunkOptions
  );
  merge(rest);
  return { camsFiles: rest.deferred, total };
}
function builtBundle() {
  return typeof __filename === "string" && __filename.endsWith(".cjs") ? __filename : void 0;
}
async function lintPaths(options, io, run = {}) {
  const inputs = await lintInputs(options, rules, { inlineWaivers: true, poolInputs: run.poolInputs }, io);
  if (!inputs) return "invalid";
  const { result } = inputs;
  const summary = summarize(result.findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined: 0 });
  return {
    inputs: inputs.inputs,
    secrets: inputs.secrets,
    findings: result.findings,
    notChecked: result.notChecked,
    summary,
    problems: inputs.usageProblems,
    agents: agentFiles(inputs.files),
    cleartrustAgents: inputs.files.filter((file) => file.format === "cleartrust-conf").map((file) => ({ id: file.agent, file: file.path })),
    pools: inputs.pools,
    environment: inputs.environment
  };
}
function exitCodeOf(run) {
  if (run.problems > 0) return 2;
  return run.summary.errors > 0 ? 1 : 0;
}
async function runLint(options, io) {
  if (options.updateBaseline && options.baseline === void 0) throw new UsageError("--update-baseline needs --baseline <file> to know where to write");
  const baseline = options.baseline !== void 0 && !options.updateBaseline ? await loadBaseline(options.baseline, io) : void 0;
  const inputs = await lintInputs(options, rules, { inlineWaivers: options.inlineWaivers, baseline }, io);
  if (!inputs) return 2;
  const { result } = inputs;
  refuseToOverwrite(
    [
      ...options.output !== void 0 ? [options.output] : [],
      ...options.reports.map((target) => target.path),
      ...options.updateBaseline && options.baseline !== void 0 ? [options.baseline] : []
    ],
    [...inputs.inputs, ...baseline && options.baseline !== void 0 ? [options.baseline] : []],
    io
  );
  let findings = result.findings;
  let baselined = result.baselined;
  if (options.updateBaseline && options.baseline !== void 0) {
    await writeReportFile(io.cwd, options.baseline, `${JSON.stringify(createBaseline(findings), null, 2)}
`, "the baseline");
    io.stderr(`webagent-lint: wrote ${findings.length} findings to the baseline ${options.baseline}
`);
    baselined = findings.length;
    findings = [];
  }
  const summary = summarize(findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined });
  const report = {
    tool: { name: "webagent-lint", version: VERSION2 },
    findings: options.quiet ? findings.filter((finding) => finding.severity === "error") : findings,
    notChecked: result.notChecked,
    summary,
    files: inputs.files.map((file) => file.path),
    agents: agentFiles(inputs.files),
    rules,
    failures: inputs.runFailures
  };
  await writeReport(render2(options.format, report, { color: useColor(options, io) }), options.output, io);
  for (const target of options.reports) await writeReportFile(io.cwd, target.path, render2(target.format, report, { color: false }));
  return exitCode({ findings, summary }, inputs.usageProblems, options, io);
}
async function runCompare(options, io) {
  const fleetRules = rules.filter((rule) => rule.scope === "fleet" || rule.scope === "input");
  const inputs = await lintInputs(options, fleetRules, { inlineWaivers: options.inlineWaivers }, io);
  if (!inputs) return 2;
  refuseToOverwrite(options.output !== void 0 ? [options.output] : [], inputs.inputs, io);
  const { result, fleet } = inputs;
  const key2 = crypto().randomBytes(32);
  const comparison = buildComparison(fleet, { all: options.all, fingerprint: (text2) => fingerprint(key2, text2) });
  const summary = summarize(result.findings, { agents: inputs.agentCount, files: inputs.files.length, waived: result.waived.length, baselined: 0 });
  const data = { tool: { name: "webagent-lint", version: VERSION2 }, comparison, findings: result.findings, summary, rules };
  const text = options.format === "json" ? formatComparisonJson(data) : options.format === "html" ? formatComparisonHtml(data) : formatComparisonText(data, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  return exitCode({ findings: result.findings, summary }, inputs.usageProblems, { ...options, maxWarnings: void 0 }, io);
}
function agentFiles(files) {
  const byAgent = /* @__PURE__ */ new Map();
  for (const file of files) {
    const list = byAgent.get(file.agent);
    if (list) list.push(file);
    else byAgent.set(file.agent, [file]);
  }
  return [...byAgent].sort(([a], [b]) => compareText(a, b)).map(([id, list]) => ({
    id,
    kind: list.every((file) => isDomainFormat(file.format)) ? "security domain" : "agent",
    files: list.map((file) => file.path)
  }));
}
function useColor(options, io) {
  const force = io.env["FORCE_COLOR"];
  const noColor = io.env["NO_COLOR"];
  if (!options.color || options.output !== void 0 || noColor !== void 0 && noColor !== "") return false;
  if (force === "0" || force === "false") return false;
  return io.stdoutIsTTY || force !== void 0;
}
function exitCode(report, usageProblems, options, io) {
  if (usageProblems > 0) return 2;
  if (!options.fail) return 0;
  const failing = report.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[options.failOn]);
  const tooManyWarnings = options.maxWarnings !== void 0 && report.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`webagent-lint: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}
`);
  return failing || tooManyWarnings ? 1 : 0;
}
async function clusterAssigner(config) {
  if (!config || config.clusters.length === 0) return () => void 0;
  const [{ clusterAssignment: clusterAssignment2 }, { default: picomatch }] = await Promise.all([Promise.resolve().then(() => (init_config(), config_exports)), Promise.resolve().then(() => __toESM(require_picomatch2(), 1))]);
  return clusterAssignment2(config.clusters, picomatch);
}
function refuseToOverwrite(targets, inputs, io) {
  const identity = (file) => {
    try {
      const info = (0, import_node_fs3.statSync)(import_node_path2.default.resolve(io.cwd, file));
      return `${info.dev}:${info.ino}`;
    } catch {
      return void 0;
    }
  };
  const existing = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const id = identity(target);
    if (id !== void 0) existing.set(id, target);
  }
  if (existing.size === 0) return;
  for (const input of inputs) {
    const target = existing.get(identity(input) ?? "");
    if (target !== void 0) throw new UsageError(`refusing to write ${target}: it is ${input}, one of the files this run reads; write the report elsewhere`);
  }
}
async function writeReport(text, output, io) {
  if (output !== void 0) await writeReportFile(io.cwd, output, text);
  else io.stdout(text);
}
async function writeReportFile(cwd, file, text, what = "the report") {
  const target = import_node_path2.default.resolve(cwd, file);
  try {
    (0, import_node_fs3.mkdirSync)(import_node_path2.default.dirname(target), { recursive: true });
    (0, import_node_fs3.writeFileSync)(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${what} ${file}: ${describeFsError(error)}`);
  }
}
async function loadBaseline(file, io) {
  const bytes = readRegularFile(import_node_path2.default.resolve(io.cwd, file), `baseline ${file}`, MAX_BASELINE_BYTES);
  const baseline = parseBaseline(bytes.toString("utf8"));
  if (typeof baseline === "string") throw new UsageError(`baseline ${file}: ${baseline}`);
  return baseline;
}
async function loadConfig(explicit, io) {
  const location = explicit !== void 0 ? import_node_path2.default.resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (location === void 0) return void 0;
  const displayPath = toDisplayPath(io.cwd, location);
  const { parseConfig: parseConfig2, MAX_CONFIG_LENGTH: MAX_CONFIG_LENGTH2 } = await Promise.resolve().then(() => (init_config(), config_exports));
  const text = readRegularFile(location, `config file ${displayPath}`, MAX_CONFIG_LENGTH2 * 4).toString("utf8");
  const result = parseConfig2(displayPath, text, new Set(rules.map((rule) => rule.id)));
  if (result.ok) return result.config;
  for (const error of result.errors) io.stderr(`${error.path}:${error.line}:${error.column}: ${error.message}
`);
  io.stderr(`webagent-lint: invalid config file ${displayPath}; fix the errors above.
`);
  return "invalid";
}
async function findConfig(cwd) {
  for (let dir = cwd; ; dir = import_node_path2.default.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = import_node_path2.default.join(dir, name);
      try {
        if ((0, import_node_fs3.statSync)(candidate).isFile()) return candidate;
      } catch {
      }
    }
    if (import_node_path2.default.dirname(dir) === dir) return void 0;
  }
}
function parseSize(text) {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const factor = match ? SIZE_UNITS2[(match[2] ?? "").toLowerCase()] : void 0;
  if (!match || factor === void 0) throw new UsageError(`--max-file-size: "${text}" is not a size (write e.g. 32MB or 512KB)`);
  return Number(match[1]) * factor;
}
var import_node_fs3, import_node_path2, DEFAULT_MAX_FILE_SIZE, SEVERITY_RANK, COMPARE_FORMATS, MAX_BASELINE_BYTES, SIZE_UNITS2;
var init_run = __esm({
  "src/run/run.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_rules();
    init_builtins();
    init_fleet_comparison();
    init_names();
    init_chunks();
    init_discover();
    init_baseline();
    init_engine();
    init_meta();
    init_environment2();
    init_comparison();
    init_html();
    init_formats();
    init_report();
    init_read();
    init_source();
    init_units();
    init_compare_text();
    init_read();
    DEFAULT_MAX_FILE_SIZE = "64MB";
    SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
    COMPARE_FORMATS = ["text", "json", "html"];
    MAX_BASELINE_BYTES = 256 * 2 ** 20;
    SIZE_UNITS2 = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
  }
});

// src/logs/line.ts
function messageMatchers(catalog) {
  return [...catalog.values()].flatMap((code) => (code.matches ?? []).map((fragment2) => [fragment2, code.id]));
}
function parseLogLine(line, matchers) {
  return parseClearTrust(line, matchers) ?? parseCamsAuth(line) ?? parseCamsAccess(line) ?? parseCamsWebAgent(line);
}
function hasCtagentHead(latin1, start) {
  CT_HEAD_ASCII.lastIndex = start;
  return CT_HEAD_ASCII.test(latin1);
}
function parseClearTrust(line, matchers) {
  if (!line.includes("CT_") && !matchers.some(([fragment2]) => line.includes(fragment2))) {
    return CT_LINE_SHAPE.test(line) ? QUIET_CTAGENT_LINE : void 0;
  }
  const match = CT_LINE.exec(line);
  const groups = match?.groups;
  if (!groups) return void 0;
  const message = groups["message"] ?? "";
  const serverToken = CT_SERVER_TOKEN.exec(message)?.groups;
  const token = serverToken?.["token"] ?? CT_ERROR_TOKEN.exec(message)?.groups?.["token"];
  const codes = token !== void 0 ? [token] : matchers.filter(([fragment2]) => message.includes(fragment2)).map(([, id]) => id);
  if (codes.length === 0) return QUIET_CTAGENT_LINE;
  const server = serverToken ? `server#${serverToken["server"]}${serverToken["address"] ? ` ${serverToken["address"]}` : ""}` : void 0;
  return {
    format: "ctagent",
    time: clearTrustTime(groups),
    timeText: groups["time"] ?? "",
    codes: codes.length > 1 ? [...new Set(codes)] : codes,
    ...server ? { server } : {}
  };
}
function clearTrustTime(g) {
  if (g["isoYear"] !== void 0) {
    const local2 = utc(
      Number(g["isoYear"]),
      Number(g["isoMonth"]) - 1,
      Number(g["isoDay"]),
      Number(g["isoHour"]),
      Number(g["isoMinute"]),
      Number(g["isoSecond"])
    );
    const offset = offsetMinutes(g["isoOffset"]);
    return local2 === void 0 || offset === void 0 ? void 0 : local2 - offset * 6e4;
  }
  const month = g["month"] !== void 0 ? MONTHS[g["month"].toLowerCase()] : void 0;
  const hour12 = Number(g["hour"]);
  if (month === void 0 || hour12 < 1 || hour12 > 12) return void 0;
  const hour = hour12 % 12 + ((g["ampm"] ?? "").toUpperCase() === "PM" ? 12 : 0);
  const local = utc(Number(g["year"]), month, Number(g["day"]), hour, Number(g["minute"]), Number(g["second"]));
  return local === void 0 ? void 0 : local - (ZONE_HOURS[(g["zone"] ?? "UTC").toUpperCase()] ?? 0) * 36e5;
}
function utc(year, month, day, hour, minute, second) {
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? date.getTime() : void 0;
}
function offsetMinutes(text) {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text ?? "");
  if (!match) return 0;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (hours > 14 || minutes > 59) return void 0;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}
function parseCamsAuth(line) {
  const groups = CAMS_AUTH.exec(line)?.groups;
  return groups ? camsRecord("cams-auth", "AUTH", groups) : void 0;
}
function parseCamsAccess(line) {
  const groups = CAMS_ACCESS.exec(line)?.groups;
  return groups ? camsRecord("cams-access", "ACCESS", groups) : void 0;
}
function camsRecord(format2, kind, g) {
  const codes = [];
  if (g["status"] !== "-") codes.push(`CAMS-${kind}-STATUS-${Number(g["status"])}`);
  if (g["reason"] !== "-") codes.push(`CAMS-${kind}-REASON-${Number(g["reason"])}`);
  return { format: format2, time: camsTime(g), timeText: g["time"] ?? "", codes, server: g["host"] ?? "" };
}
function camsTime(g) {
  const month = MONTHS[(g["month"] ?? "").toLowerCase()];
  if (month === void 0) return void 0;
  const local = utc(Number(g["year"]), month, Number(g["day"]), Number(g["hour"]), Number(g["minute"]), Number(g["second"]));
  const offset = offsetMinutes(g["offset"]);
  return local === void 0 || offset === void 0 ? void 0 : local - offset * 6e4;
}
function parseCamsWebAgent(line) {
  const code = WEBAGENT_ERROR.exec(line)?.groups?.["code"];
  if (code === void 0) return void 0;
  const iso = LEADING_ISO.exec(line)?.groups;
  const cams = iso ? void 0 : LEADING_CAMS.exec(line)?.groups;
  const time = iso ? clearTrustTime(iso) : cams ? camsTime(cams) : void 0;
  return { format: "cams-webagent", time, timeText: iso?.["time"] ?? cams?.["time"] ?? "", codes: [`CAMS-${code}`] };
}
var MONTHS, ZONE_HOURS, CT_TIME_US, CT_TIME_ISO, CT_HEAD, CT_LINE, CT_SERVER_TOKEN, CT_ERROR_TOKEN, CT_LINE_SHAPE, CT_HEAD_ASCII, QUIET_CTAGENT_LINE, CAMS_HEAD, STATUS_REASON, CAMS_AUTH, CAMS_ACCESS, WEBAGENT_ERROR, LEADING_ISO, LEADING_CAMS;
var init_line = __esm({
  "src/logs/line.ts"() {
    "use strict";
    MONTHS = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
    ZONE_HOURS = {
      UTC: 0,
      GMT: 0,
      Z: 0,
      EST: -5,
      EDT: -4,
      CST: -6,
      CDT: -5,
      MST: -7,
      MDT: -6,
      PST: -8,
      PDT: -7,
      AKST: -9,
      AKDT: -8,
      HST: -10
    };
    CT_TIME_US = String.raw`(?:(?<month>[A-Za-z]{3})[a-z]*\.?\s+)?(?<day>\d{1,2}),\s+(?<year>\d{4})\s+(?<hour>\d{1,2}):(?<minute>\d{2}):(?<second>\d{2})\s*(?<ampm>[AaPp][Mm])(?:\s+(?<zone>[A-Za-z]{1,5}))?`;
    CT_TIME_ISO = String.raw`(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})[ T](?<isoHour>\d{2}):(?<isoMinute>\d{2}):(?<isoSecond>\d{2})(?:\s*(?<isoOffset>[+-]\d{2}:?\d{2}|Z))?`;
    CT_HEAD = String.raw`\s*(?<time>${CT_TIME_US}|${CT_TIME_ISO})\s+-\s+\[\d+(?:/\d+)?\]\s+-\s+<(?<severity>[A-Za-z]+)>\s+-\s+`;
    CT_LINE = new RegExp(String.raw`^${CT_HEAD}(?:\[[^\]]*\]\s+-\s+)?(?<message>.*)$`);
    CT_SERVER_TOKEN = /^server#(?<server>\d+),\s*(?:(?<address>[\w.-]+:\d+)\s+)?(?<token>CT_[A-Z][A-Z0-9_]*)\b/;
    CT_ERROR_TOKEN = /\b[Ee][Rr][Rr][Oo][Rr]:\s*(?<token>CT_[A-Z][A-Z0-9_]*)\b/;
    CT_LINE_SHAPE = new RegExp(CT_LINE.source.replace(/\(\?<[A-Za-z]+>/g, "(?:"));
    CT_HEAD_ASCII = new RegExp(CT_HEAD.replace(/\(\?<[A-Za-z]+>/g, "(?:").replaceAll(String.raw`\s`, String.raw`[\t\v\f ]`), "y");
    QUIET_CTAGENT_LINE = Object.freeze({ format: "ctagent", time: void 0, timeText: "", codes: [] });
    CAMS_HEAD = String.raw`^\s*\[(?<time>(?<day>\d{1,2})/(?<month>[A-Za-z]{3})/(?<year>\d{4}):(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\s+(?<offset>[+-]\d{4}))?)\]\s+(?<host>\S+)\s+`;
    STATUS_REASON = String.raw`(?<status>\d+|-)\s+(?<reason>\d+|-)`;
    CAMS_AUTH = new RegExp(String.raw`${CAMS_HEAD}"[^"]*"\s+${STATUS_REASON}(?:\s+\S+){0,2}\s*$`);
    CAMS_ACCESS = new RegExp(String.raw`${CAMS_HEAD}(?:\S+\s+){2,4}"[^"]*"\s+${STATUS_REASON}\s*$`);
    WEBAGENT_ERROR = /\b(?:error|code)\b[^0-9\n]{0,20}?(?<![:.\d])(?<code>5\d{3})\b(?![:.]\d)/i;
    LEADING_ISO = new RegExp(String.raw`^\s*\[?(?<time>${CT_TIME_ISO})`);
    LEADING_CAMS = new RegExp(CAMS_HEAD.replace(String.raw`(?<host>\S+)\s+`, ""));
  }
});

// src/logs/analysis.ts
function createLogAnalysis(matchers) {
  const files = /* @__PURE__ */ new Map();
  const tallies = /* @__PURE__ */ new Map();
  const fileTallies = /* @__PURE__ */ new Map();
  const tallyOf = (map, id) => {
    let tally = map.get(id);
    if (!tally) {
      tally = {
        count: 0,
        untimed: 0,
        servers: /* @__PURE__ */ new Set(),
        moreServers: 0,
        events: 0,
        intervals: /* @__PURE__ */ new Map(),
        sequences: /* @__PURE__ */ new Map(),
        hours: /* @__PURE__ */ new Map(),
        hoursOmitted: 0
      };
      map.set(id, tally);
    }
    return tally;
  };
  const record = (file, entry, id) => {
    let ofFile = fileTallies.get(file);
    if (!ofFile) fileTallies.set(file, ofFile = /* @__PURE__ */ new Map());
    count(tallyOf(tallies, id), file, entry);
    count(tallyOf(ofFile, id), file, entry);
  };
  const count = (tally, file, entry) => {
    tally.count++;
    if (entry.server !== void 0 && !tally.servers.has(entry.server)) {
      if (tally.servers.size < MAX_SERVERS) tally.servers.add(entry.server);
      else tally.moreServers++;
    }
    if (entry.time === void 0) {
      tally.untimed++;
      return;
    }
    const time = entry.time;
    const hour = Math.floor(time / HOUR2) * HOUR2;
    const inHour = tally.hours.get(hour);
    if (inHour !== void 0) tally.hours.set(hour, inHour + 1);
    else if (tally.hours.size < MAX_HOURS) tally.hours.set(hour, 1);
    else tally.hoursOmitted++;
    if (!tally.first || time < tally.first.time) tally.first = { time, text: entry.timeText };
    if (!tally.last || time >= tally.last.time) tally.last = { time, text: entry.timeText };
    const sequence = tally.sequences.get(file);
    if (sequence && time >= sequence.lastTime && time - sequence.lastTime <= BURST_GAP_SECONDS * 1e3) {
      sequence.lastTime = time;
      return;
    }
    tally.events++;
    if (sequence && time > sequence.lastTime) {
      const seconds = Math.round((time - sequence.eventStart) / 1e3);
      tally.intervals.set(seconds, (tally.intervals.get(seconds) ?? 0) + 1);
    }
    tally.sequences.set(file, { eventStart: time, lastTime: time });
  };
  const summaryOf = (file) => {
    let summary = files.get(file);
    if (!summary) {
      summary = { lines: 0, recognised: {}, unmatched: 0, samples: [] };
      files.set(file, summary);
    }
    return summary;
  };
  return {
    line(file, lineNumber, text, cut = false) {
      const summary = summaryOf(file);
      summary.lines++;
      if (cut) summary.cut = summary.cut ? { ...summary.cut, count: summary.cut.count + 1 } : { count: 1, firstLine: lineNumber };
      const entry = parseLogLine(text, matchers);
      if (!entry) {
        if (text.trim() === "") return;
        summary.unmatched++;
        if (summary.samples.length < MAX_SAMPLES) summary.samples.push({ line: lineNumber, text: text.slice(0, MAX_SAMPLE_LENGTH) });
        return;
      }
      summary.recognised[entry.format] = (summary.recognised[entry.format] ?? 0) + 1;
      for (const id of entry.codes) record(file, entry, id);
    },
    linesWithoutCodes(file, format2, count2) {
      const summary = summaryOf(file);
      summary.lines += count2;
      summary.recognised[format2] = (summary.recognised[format2] ?? 0) + count2;
    },
    files() {
      return [...files].map(([file, t]) => ({
        file,
        lines: t.lines,
        recognised: { ...t.recognised },
        unmatched: t.unmatched,
        samples: [...t.samples],
        ...t.cut ? { cut: t.cut } : {}
      }));
    },
    codes() {
      return summaries(tallies);
    },
    codesOf(file) {
      return summaries(fileTallies.get(file) ?? /* @__PURE__ */ new Map());
    }
  };
}
function summaries(tallies) {
  return [...tallies].map(([id, t]) => summarize2(id, t)).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
function summarize2(id, t) {
  const median = medianOf(t.intervals);
  return {
    id,
    count: t.count,
    untimed: t.untimed,
    ...t.first ? { first: t.first } : {},
    ...t.last ? { last: t.last } : {},
    servers: [...t.servers].sort(),
    moreServers: t.moreServers,
    events: t.events,
    ...median !== void 0 ? { medianIntervalSeconds: median } : {},
    periodic: median !== void 0 && isPeriodic(t.intervals, median),
    hourly: [...t.hours].sort(([a], [b]) => a - b).map(([hour, count]) => ({ hour, count })),
    hourlyOmitted: t.hoursOmitted
  };
}
function medianOf(histogram) {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return void 0;
  const sorted = [...histogram].sort(([a], [b]) => a - b);
  const valueAt = (index) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    throw new Error("median index out of range");
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}
function isPeriodic(histogram, median) {
  const tolerance = Math.max(60, median * 0.1);
  let total = 0;
  let near2 = 0;
  for (const [value, n] of histogram) {
    total += n;
    if (Math.abs(value - median) <= tolerance) near2 += n;
  }
  return total >= MIN_INTERVALS && near2 / total >= PERIODIC_SHARE;
}
var BURST_GAP_SECONDS, MAX_SAMPLES, MAX_SAMPLE_LENGTH, MAX_SERVERS, MAX_HOURS, HOUR2, MIN_INTERVALS, PERIODIC_SHARE;
var init_analysis = __esm({
  "src/logs/analysis.ts"() {
    "use strict";
    init_line();
    BURST_GAP_SECONDS = 60;
    MAX_SAMPLES = 5;
    MAX_SAMPLE_LENGTH = 200;
    MAX_SERVERS = 20;
    MAX_HOURS = 24 * 366;
    HOUR2 = 36e5;
    MIN_INTERVALS = 3;
    PERIODIC_SHARE = 0.8;
  }
});

// src/logs/scan.ts
function createLogScanner(analysis, file, matchers) {
  const patterns = searchKeys(
    ["CT_", ...matchers.map(([fragment2]) => fragment2), "\u2028", "\u2029"].map((text) => import_node_buffer.Buffer.from(text, "utf8").toString("latin1"))
  );
  let lineNumber = 0;
  let withoutCodes = 0;
  let carried = [];
  let carriedBytes = 0;
  let carriedCut = false;
  const carry = (bytes) => {
    const room = MAX_LINE_BYTES - carriedBytes;
    if (bytes.length > room) carriedCut = true;
    const kept = bytes.length > room ? bytes.subarray(0, room) : bytes;
    if (kept.length > 0) carried.push(import_node_buffer.Buffer.from(kept));
    carriedBytes += kept.length;
  };
  let afterCR = false;
  const line = (bytes, latin1, start, end, mayCarryCode, cut = false) => {
    lineNumber++;
    if (!mayCarryCode && !cut && hasCtagentHead(latin1, start)) {
      withoutCodes++;
      return;
    }
    flush();
    analysis.line(file, lineNumber, bytes.toString("utf8", start, end), cut);
  };
  const flush = () => {
    if (withoutCodes > 0) analysis.linesWithoutCodes(file, "ctagent", withoutCodes);
    withoutCodes = 0;
  };
  const carriedLine = () => {
    const bytes = import_node_buffer.Buffer.concat(carried);
    const latin1 = bytes.toString("latin1");
    const cut = carriedCut;
    carried = [];
    carriedBytes = 0;
    carriedCut = false;
    line(
      bytes,
      latin1,
      0,
      bytes.length,
      patterns.some((pattern) => latin1.includes(pattern)),
      cut
    );
  };
  const scanWindow = (bytes) => {
    const latin1 = bytes.toString("latin1");
    let start = afterCR && latin1.charCodeAt(0) === LF2 ? 1 : 0;
    afterCR = false;
    const found = patterns.map((pattern) => latin1.indexOf(pattern, start));
    let nearest = nearestOf(found);
    let lf = latin1.indexOf("\n", start);
    let cr = latin1.indexOf("\r", start);
    for (; ; ) {
      const eol = cr < 0 || lf >= 0 && lf < cr ? lf : cr;
      if (eol < 0) break;
      if (carried.length > 0 || carriedCut) {
        carry(bytes.subarray(start, eol));
        carriedLine();
      } else {
        if (nearest < start) {
          for (let k = 0; k < patterns.length; k++) {
            const at = found[k] ?? -1;
            if (at >= 0 && at < start) found[k] = latin1.indexOf(patterns[k] ?? "", start);
          }
          nearest = nearestOf(found);
        }
        line(bytes, latin1, start, eol, nearest < eol);
      }
      start = eol + 1;
      if (eol === cr) {
        if (start === latin1.length) afterCR = true;
        else if (latin1.charCodeAt(start) === LF2) start++;
        cr = latin1.indexOf("\r", start);
      }
      if (lf >= 0 && lf < start) lf = latin1.indexOf("\n", start);
    }
    if (start < bytes.length) carry(bytes.subarray(start));
  };
  return {
    push(chunk) {
      const bytes = import_node_buffer.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      for (let at = 0; at < bytes.length; at += WINDOW_BYTES) scanWindow(bytes.subarray(at, at + WINDOW_BYTES));
    },
    end() {
      if (carried.length > 0 || carriedCut) carriedLine();
      flush();
    }
  };
}
function searchKeys(patterns) {
  const keys = [];
  for (const pattern of [...new Set(patterns)].sort()) {
    const last = keys.at(-1) ?? "";
    let common2 = 0;
    while (common2 < last.length && last[common2] === pattern[common2]) common2++;
    if (common2 >= 2) keys[keys.length - 1] = last.slice(0, common2);
    else keys.push(pattern);
  }
  return keys;
}
function nearestOf(found) {
  let nearest = Infinity;
  for (const at of found) if (at >= 0 && at < nearest) nearest = at;
  return nearest;
}
var import_node_buffer, LF2, MAX_LINE_BYTES, WINDOW_BYTES;
var init_scan = __esm({
  "src/logs/scan.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    init_line();
    LF2 = 10;
    MAX_LINE_BYTES = 1024 * 1024;
    WINDOW_BYTES = 120 * 1024;
  }
});

// src/explain/code-report.ts
function explainCode(code, rules2) {
  return {
    code,
    references: code.sources.map((key2) => ({ key: key2, ...sources[key2] })),
    predictedBy: rules2.filter((rule) => rule.predicts.includes(code.id)).map((rule) => ({ ruleId: rule.id, title: rule.title, severity: rule.severity })).sort((a, b) => a.ruleId < b.ruleId ? -1 : 1)
  };
}
function familyLabel(code) {
  return FAMILY_LABELS[code.family] ?? code.family;
}
function formatCodesText(queries, explanations, options) {
  const c = (0, import_picocolors3.createColors)(options.color);
  const blocks = [];
  const shown4 = /* @__PURE__ */ new Set();
  for (const query of queries) {
    if (query.matches.length > 1) blocks.push(c.dim(`"${query.text}" names ${query.matches.length} codes: ${query.matches.join(", ")}`));
    for (const id of query.matches) {
      const explanation = explanations.get(id);
      if (!explanation || shown4.has(id)) continue;
      shown4.add(id);
      blocks.push(formatExplanation(explanation, c));
    }
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}
` : "";
}
function formatExplanation(explanation, c, indent = "") {
  const { code, references, predictedBy } = explanation;
  const predictable = predictedBy.length > 0 ? "predictable from configuration" : "not predicted by any rule";
  const lines = [`${indent}${c.bold(code.id)}  ${c.dim(`${familyLabel(code)} \xB7 ${code.confidence} \xB7 ${predictable}`)}`];
  const field = (label, text) => {
    lines.push(`${indent}  ${c.dim(label.padEnd(13))}${text}`);
  };
  field("meaning", code.meaning);
  field("logged", code.logged);
  code.causes.forEach((cause, index) => {
    field(index === 0 ? "causes" : "", `- ${cause}`);
  });
  if (code.settings.length > 0) field("settings", code.settings.join(", "));
  field("remedy", code.remedy);
  if (predictedBy.length > 0) field("predicted by", predictedBy.map((rule) => `${rule.ruleId} (${rule.severity})`).join(", "));
  references.forEach((ref, index) => {
    field(index === 0 ? "source" : "", `${ref.key}: ${ref.title}${ref.url ? ` <${ref.url}>` : ""}`);
  });
  return lines.join("\n");
}
function codeJson(explanation) {
  const { code, references, predictedBy } = explanation;
  return {
    id: code.id,
    product: code.product,
    family: code.family,
    logged: code.logged,
    meaning: code.meaning,
    causes: code.causes,
    settings: code.settings,
    remedy: code.remedy,
    predictable: code.predictable,
    confidence: code.confidence,
    sources: references,
    predictedBy
  };
}
function formatCodesJson(queries, explanations, tool) {
  const ids = [...new Set(queries.flatMap((query) => query.matches))];
  const codes = ids.flatMap((id) => {
    const explanation = explanations.get(id);
    return explanation ? [codeJson(explanation)] : [];
  });
  const queryList = queries.map((query) => ({ query: query.text, matches: query.matches, closest: query.closest }));
  return `${JSON.stringify({ tool, queries: queryList, codes }, null, 2)}
`;
}
var import_picocolors3, FAMILY_LABELS;
var init_code_report = __esm({
  "src/explain/code-report.ts"() {
    "use strict";
    import_picocolors3 = __toESM(require_picocolors(), 1);
    init_sources2();
    FAMILY_LABELS = {
      "cleartrust-token": "ClearTrust ctagent.log token",
      "cleartrust-message": "ClearTrust ctagent.log message",
      "cams-agent": "Cams web agent error",
      "cams-auth-status": "Cams authentication status",
      "cams-auth-reason": "Cams authentication reason",
      "cams-access-status": "Cams access control status",
      "cams-access-reason": "Cams access control reason"
    };
  }
});

// src/report/prediction.ts
function predictRun(agents, pools, findings, rules2, environment, overrides) {
  const byAgent = /* @__PURE__ */ new Map();
  for (const pool of pools) byAgent.set(pool.agent, [...byAgent.get(pool.agent) ?? [], pool]);
  const leverOf = new Map(rules2.map((rule) => [rule.id, rule.levers]));
  const findingsOf = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (leverOf.get(finding.ruleId)?.[finding.messageId] === void 0) continue;
    const key2 = `${finding.agent}\0${String(finding.data["pool"])}`;
    findingsOf.set(key2, [...findingsOf.get(key2) ?? [], finding]);
  }
  const predictedBy = new Map(rules2.map((rule) => [rule.id, rule.predicts]));
  return {
    overrides,
    agents: [...agents].sort((a, b) => compareText(a.id, b.id)).map(({ id, file }) => ({
      agent: id,
      file,
      pools: (byAgent.get(id) ?? []).map((written) => {
        const inputs = withOverrides(written, overrides);
        const prediction = predictPool(inputs, environment);
        const remedies = (findingsOf.get(`${id}\0${written.pool}`) ?? []).flatMap((finding) => {
          const lever = leverOf.get(finding.ruleId)?.[finding.messageId];
          const applied = applyLever(inputs, environment, lever);
          if ("unknown" in applied) return [{ finding, lever, unknown: applied.unknown, codes: [] }];
          if (applied.from === applied.to) return [];
          const after = predictPool(applied.inputs, environment);
          const shown4 = new Set(predictedBy.get(finding.ruleId));
          const codes = prediction.codes.map((before, index) => ({ code: before.code, before, after: after.codes[index] })).filter(({ code, before, after: after2 }) => shown4.has(code) || before.perDay.max !== 0 || after2.perDay.max !== 0);
          return [{ finding, lever, change: { setting: applied.setting, from: applied.from, to: applied.to }, codes }];
        });
        return { prediction, remedies };
      })
    }))
  };
}
function number(value) {
  return String(round(value));
}
function quantityText(quantity) {
  if (quantity.max === null) return `at least ${number(quantity.min)}`;
  return quantity.min === quantity.max ? number(quantity.min) : `${number(quantity.min)}\u2013${number(quantity.max)}`;
}
function rateText(quantity, unit, code) {
  if (quantity.max === null)
    return `${number(unit === "hour" ? (code.perConnectionPerDay ?? 0) / 24 : code.perConnectionPerDay ?? 0)}/${unit} per idle connection`;
  return `${quantityText(quantity)}/${unit}`;
}
function codeSummaryText(code) {
  if (code.perDay.max === 0) return "none";
  const perRefresh = code.perRefresh.max === null ? "1 per idle connection" : quantityText(code.perRefresh);
  return `${perRefresh} per refresh, every ${describeDuration(code.periodSeconds ?? 0)}: ${rateText(code.perHour, "hour", code)}, ${rateText(code.perDay, "day", code)}`;
}
function poolLineText(p) {
  const mode = p.mode === "not set" ? "auth_server_mode not set" : `${p.mode} mode`;
  const classes = p.locationClasses ? " with location classes" : "";
  const duplicates = p.duplicates > 0 ? ` (+${plural(p.duplicates, "duplicate connection")})` : "";
  const limit = p.limit === null ? "no connection limit" : `connection limit ${p.limit}`;
  return `${mode}${classes} \xB7 ${quantityText(p.aservers)} aservers${duplicates}, ${quantityText(p.active)} active, ${limit} \xB7 refresh ${describeDuration(p.refreshSeconds)} \xB7 firewall idle timeout ${describeDuration(p.firewallIdleTimeoutSeconds)}`;
}
function remedyText(remedy) {
  if (!remedy.change) return `the model cannot apply this remedy: ${remedy.unknown ?? ""}`;
  const { setting, from, to } = remedy.change;
  const codes = remedy.codes.map(({ code, before, after }) => `${code} ${rateText(before.perDay, "day", before)} \u2192 ${rateText(after.perDay, "day", after)}`).join(", ");
  return `${setting} ${from} \u2192 ${to === "" ? "(empty)" : to}: ${codes}`;
}
function formatPredictionText(run, options) {
  const c = (0, import_picocolors4.createColors)(options.color);
  const out = [];
  if (run.overrides.length > 0)
    out.push(c.dim(`What if (--set, every pool): ${run.overrides.map((o) => `cleartrust.agent.${o.name}=${o.text}`).join(", ")}`), "");
  for (const agent of run.agents) {
    out.push(`${c.bold(printable(agent.agent))}  ${c.dim(`(${printable(agent.file)})`)}`);
    if (agent.pools.length === 0) out.push("  no pool to predict: the file was not read", "");
    for (const { prediction, remedies } of agent.pools) {
      out.push(`  ${c.underline(`<Pool ${printable(prediction.pool)}>`)}  ${poolLineText(prediction)}`);
      const width = Math.max(...prediction.codes.map((code) => code.code.length)) + 2;
      for (const code of prediction.codes) {
        const head = `    ${code.code.padEnd(width)}`;
        if (code.perDay.max === 0) {
          out.push(`${head}${c.green("none")}: ${code.why}`);
          continue;
        }
        out.push(`${head}${c.bold(codeSummaryText(code))}`);
        out.push(`    ${" ".repeat(width)}from ${code.from}`);
        out.push(`    ${" ".repeat(width)}${c.dim(`why: ${code.why}`)}`);
      }
      out.push(`    ${c.dim("rests on")}`);
      const subjectWidth = Math.max(...prediction.assumptions.map((a) => a.subject.length)) + 2;
      for (const a of prediction.assumptions) out.push(`      ${a.subject.padEnd(subjectWidth)}${a.text}  ${c.dim(`[${a.basis}: ${printable(a.source)}]`)}`);
      if (remedies.length > 0) {
        out.push(`    ${c.dim("after the remedy of each finding")}`);
        for (const remedy of remedies) {
          const { finding } = remedy;
          out.push(`      ${printable(finding.file)}:${finding.line}:${finding.column}  ${c.dim(finding.ruleId)}`);
          out.push(`        ${remedyText(remedy)}`);
        }
      }
      out.push("");
    }
  }
  const pools = run.agents.flatMap((agent) => agent.pools);
  const writing = pools.filter(({ prediction }) => prediction.codes.some((code) => code.perDay.max !== 0)).length;
  out.push(
    c.dim(`${plural(run.agents.length, "ClearTrust agent")}, ${plural(pools.length, "pool")}; ${writing} expected to write CT_ codes from idle connections.`)
  );
  return `${out.join("\n")}
`;
}
function formatPredictionJson(run, tool, environment) {
  const report = {
    tool,
    environment: {
      firewallIdleTimeoutSeconds: environment.firewallIdleTimeout.value,
      ...environment.activeAuthServers ? { activeAuthServers: environment.activeAuthServers.value } : {},
      ...environment.authServers ? {
        authServers: environment.authServers.map((entry) => ({
          ...entry.dispatchers !== void 0 ? { dispatchers: entry.dispatchers } : {},
          count: entry.count.value
        }))
      } : {}
    },
    overrides: run.overrides.map((o) => ({ setting: `cleartrust.agent.${o.name}`, value: o.text })),
    agents: run.agents.map((agent) => ({
      agent: agent.agent,
      file: agent.file,
      pools: agent.pools.map(({ prediction: p, remedies }) => ({
        pool: p.pool,
        mode: p.mode,
        locationClasses: p.locationClasses,
        aservers: p.aservers,
        duplicates: p.duplicates,
        active: p.active,
        limit: p.limit,
        refreshSeconds: p.refreshSeconds,
        firewallIdleTimeoutSeconds: p.firewallIdleTimeoutSeconds,
        codes: p.codes.map((code) => ({
          code: code.code,
          perRefresh: code.perRefresh,
          ...code.periodSeconds !== void 0 ? { periodSeconds: code.periodSeconds } : {},
          perHour: code.perHour,
          perDay: code.perDay,
          ...code.perConnectionPerDay !== void 0 ? { perConnectionPerDay: code.perConnectionPerDay } : {},
          servers: code.servers,
          from: code.from,
          why: code.why,
          sources: code.sources
        })),
        assumptions: p.assumptions,
        remedies: remedies.map((remedy) => ({
          ruleId: remedy.finding.ruleId,
          file: remedy.finding.file,
          line: remedy.finding.line,
          column: remedy.finding.column,
          lever: remedy.lever,
          ...remedy.change ? { setting: `cleartrust.agent.${remedy.change.setting}`, from: remedy.change.from, to: remedy.change.to } : { unknown: remedy.unknown },
          codes: remedy.codes.map(({ code, before, after }) => ({ code, beforePerDay: before.perDay, afterPerDay: after.perDay }))
        }))
      }))
    }))
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
var import_picocolors4;
var init_prediction2 = __esm({
  "src/report/prediction.ts"() {
    "use strict";
    import_picocolors4 = __toESM(require_picocolors(), 1);
    init_duration();
    init_prediction();
    init_compare_text();
    init_printable();
    init_text();
  }
});

// src/explain/log-report.ts
function traceCodes(seen, lint, catalog, rules2, scope) {
  const predicts = new Map(rules2.map((rule) => [rule.id, rule.predicts]));
  return seen.map((summary) => {
    const code = catalog.get(summary.id);
    const within2 = scope?.(summary.id);
    const ours = (agents) => !within2 || agents.some((agent) => within2.includes(agent));
    const matched = (lint?.findings ?? []).filter((finding) => finding.predicts.includes(summary.id) && ours([finding.agent]));
    const skipped = (lint?.notChecked ?? []).filter((notice) => predicts.get(notice.ruleId)?.includes(summary.id) === true && ours(notice.scope));
    const explanation = code ? explainCode(code, rules2) : void 0;
    const unexplained = matched.length > 0 ? void 0 : !code ? "unknown code" : !code.predictable ? "runtime cause" : lint === void 0 ? "no configuration given" : within2?.unattributed ? "log not attributed" : skipped.length > 0 ? "not checked" : "no finding";
    return {
      seen: summary,
      ...explanation ? { explanation } : {},
      findings: matched,
      ...unexplained ? { unexplained } : {},
      notChecked: unexplained === "not checked" ? skipped : []
    };
  });
}
function timeRangeText(seen) {
  if (!seen.first || !seen.last) return void 0;
  return seen.first.time === seen.last.time ? seen.first.text : `${seen.first.text} \u2026 ${seen.last.text}`;
}
function serversText(seen) {
  return `${seen.servers.map(printable).join(", ")}${seen.moreServers > 0 ? ` and ${seen.moreServers} more` : ""}`;
}
function recognisedText(file) {
  return Object.entries(file.recognised).map(([format2, n]) => `${n} ${format2}`).join(", ") || "none";
}
function formatLogText(explanation, options) {
  const c = (0, import_picocolors5.createColors)(options.color);
  const out = [c.bold("Log files")];
  for (const file of explanation.files) {
    const formats = recognisedText(file);
    out.push(`  ${c.underline(printable(file.file))}  ${file.lines} lines; recognised: ${formats}; unmatched: ${file.unmatched}`);
    for (const sample of file.samples) out.push(c.dim(`    unmatched ${printable(file.file)}:${sample.line}: ${printable(sample.text)}`));
    if (file.unmatched > file.samples.length) out.push(c.dim(`    \u2026 and ${file.unmatched - file.samples.length} more unmatched lines`));
    if (file.cut)
      out.push(`    ${plural(file.cut.count, "line")} longer than 1 MiB, read only up to their first MiB (the first at line ${file.cut.firstLine})`);
  }
  out.push("", c.bold(explanation.codes.length > 0 ? "Codes seen" : "No log codes seen."));
  for (const traced of explanation.codes) out.push(...formatTraced(traced, c), "");
  if (explanation.codes.length > 0) out.pop();
  if (explanation.logs.length > 0)
    out.push("", c.bold("Logs against the prediction of their agent"), ...explanation.logs.flatMap((log) => formatLogComparison(log, c)));
  const unexplained = explanation.codes.filter((traced) => traced.unexplained !== void 0);
  if (unexplained.length > 0) {
    out.push("", c.bold("Not explained by any finding"));
    for (const traced of unexplained) {
      out.push(`  ${traced.seen.id}: ${UNEXPLAINED_TEXT[traced.unexplained ?? "no finding"]}`);
      for (const notice of traced.notChecked) out.push(`    ${notice.reason}  ${c.dim(notice.ruleId)}`, `      ${c.dim(`to check it: ${notice.enable}`)}`);
    }
  }
  if (explanation.lint) {
    const { errors, warnings, infos, agents, files } = explanation.lint;
    out.push(
      "",
      c.dim(
        `Linted ${plural(agents, "agent")} (${plural(files, "file")}): ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in all.`
      )
    );
  }
  return `${out.join("\n")}
`;
}
function formatLogComparison(log, c) {
  if (log.agent === void 0) return [`  ${printable(log.file)}: not attributed to an agent: ${log.unattributed ?? ""}`];
  const lines = [`  ${c.underline(printable(log.file))} \u2192 ${printable(log.agent)} (${log.attribution ?? ""})`];
  if (log.comparisons.length === 0) lines.push(c.dim("    no CT_ code of the idle-connection mechanism seen, and none predicted"));
  for (const comparison of log.comparisons) {
    lines.push(`    ${c.bold(comparison.code)}  ${verdictColor(comparison.verdict, c)}`);
    lines.push(`      ${c.dim("observed".padEnd(10))}${observedText(comparison.observed)}`);
    lines.push(`      ${c.dim("predicted".padEnd(10))}${predictedText(comparison.predicted)}`);
    lines.push(`      ${c.dim("why".padEnd(10))}${comparison.reason}`);
    for (const bound of comparison.bounds) lines.push(`      ${c.dim("bound".padEnd(10))}${bound}`);
  }
  return lines;
}
function verdictColor(verdict, c) {
  return verdict === "consistent" ? c.green(verdict) : c.yellow(verdict);
}
function observedText(o) {
  if (!o) return "none";
  const rhythm2 = o.medianIntervalSeconds === void 0 ? "" : `, about every ${describeInterval(o.medianIntervalSeconds)} (${o.periodic ? "periodic" : "not periodic"}), ${o.perHour ?? 0}/hour`;
  const servers = o.servers.length > 0 ? `; ${o.servers.join(", ")}` : "";
  return `${plural(o.count, "line")} in ${plural(o.events, "burst")}: ${o.perBurst} per burst${rhythm2}${servers}`;
}
function predictedText(p) {
  if (p.perHour.max === 0) return "none";
  const perRefresh = p.perRefresh.max === null ? "1 per idle connection" : quantityText(p.perRefresh);
  const every = p.periodSeconds === void 0 ? "at the refresh of each pool" : `every ${describeDuration(p.periodSeconds)}`;
  const perHour = p.perHour.max === null ? `${round((p.perConnectionPerDay ?? 0) / 24)}/hour per idle connection` : `${quantityText(p.perHour)}/hour`;
  const servers = p.servers.length > 0 ? `; ${p.servers.join(", ")}` : "";
  return `${perRefresh} per refresh, ${every}: ${perHour}${servers}`;
}
function formatTraced(traced, c) {
  const { seen, explanation, findings } = traced;
  const label = explanation ? familyLabel(explanation.code) : "unknown code";
  const lines = [`  ${c.bold(seen.id)}  ${c.dim(label)}  ${seen.count}\xD7`];
  const field = (name, text) => {
    lines.push(`    ${c.dim(name.padEnd(13))}${text}`);
  };
  const time = timeRangeText(seen);
  if (time !== void 0) field("time", time);
  if (seen.untimed > 0) field(seen.first ? "" : "time", `${plural(seen.untimed, "occurrence")} without a complete, valid date (counted, not timed)`);
  if (seen.servers.length > 0) field("servers", serversText(seen));
  if (seen.medianIntervalSeconds !== void 0) {
    const rhythm2 = seen.periodic ? `periodic: recurs about every ${describeInterval(seen.medianIntervalSeconds)}` : "not periodic";
    field("interval", `median ${describeInterval(seen.medianIntervalSeconds)} between ${seen.events} events; ${rhythm2}`);
    if (seen.periodic && explanation?.code.settings.includes(POOL_REFRESH)) {
      field("", "a steady rhythm points to the pool refresh meeting connections a firewall dropped (RSA KB 000025051)");
    }
  }
  if (explanation) {
    field("meaning", explanation.code.meaning);
    field("remedy", explanation.code.remedy);
  }
  findings.forEach((finding, index) => {
    field(
      index === 0 ? "explained by" : "",
      `${printable(finding.file)}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}  ${c.dim(finding.ruleId)}`
    );
  });
  return lines;
}
function formatLogJson(explanation, tool) {
  const codes = explanation.codes.map(({ seen, explanation: known, findings, unexplained, notChecked }) => ({
    id: seen.id,
    known: known !== void 0,
    ...known ? { family: known.code.family, meaning: known.code.meaning, predictable: known.code.predictable, remedy: known.code.remedy } : {},
    count: seen.count,
    untimed: seen.untimed,
    ...seen.first ? { first: moment(seen.first), last: moment(seen.last ?? seen.first) } : {},
    servers: seen.servers,
    moreServers: seen.moreServers,
    events: seen.events,
    ...seen.medianIntervalSeconds !== void 0 ? { medianIntervalSeconds: seen.medianIntervalSeconds } : {},
    periodic: seen.periodic,
    predictedBy: known?.predictedBy.map((rule) => rule.ruleId) ?? [],
    explainedBy: findings.map(toJsonFinding),
    ...unexplained ? { unexplained } : {},
    ...notChecked.length > 0 ? { notChecked: notChecked.map(toJsonNotChecked) } : {}
  }));
  const files = explanation.files.map((file) => ({ ...file }));
  const logs = explanation.logs.map((log) => ({
    file: log.file,
    ...log.agent !== void 0 ? { agent: log.agent, attribution: log.attribution } : { unattributed: log.unattributed },
    comparisons: log.comparisons
  }));
  return `${JSON.stringify({ tool, files, codes, logs, ...explanation.lint ? { lint: explanation.lint } : {} }, null, 2)}
`;
}
function moment(point) {
  return { text: point.text, utc: new Date(point.time).toISOString() };
}
var import_picocolors5, UNEXPLAINED_TEXT, POOL_REFRESH;
var init_log_report = __esm({
  "src/explain/log-report.ts"() {
    "use strict";
    import_picocolors5 = __toESM(require_picocolors(), 1);
    init_json();
    init_text();
    init_printable();
    init_code_report();
    init_duration();
    init_prediction();
    init_prediction2();
    UNEXPLAINED_TEXT = {
      "unknown code": "not in the code catalog",
      "no configuration given": "predictable from configuration, but no configuration paths were given",
      "runtime cause": "not predicted by any rule (a run-time outcome such as users, load or network, or a cause webagent-lint does not check)",
      "not checked": "predictable from configuration, but a check that predicts it was not performed, or rests on an assumed value",
      "no finding": "predictable from configuration, but no finding in the given configurations predicts it",
      "log not attributed": "a log that holds it is not attributed to an agent, so no agent's findings are compared with it: name its agent with <agent path>=<log file>"
    };
    POOL_REFRESH = "cleartrust.agent.auth_server_pool_refresh";
  }
});

// src/explain/log-html.ts
function formatLogHtml(explanation, tool) {
  const { files, codes, lint } = explanation;
  const lines = files.reduce((n, file) => n + file.lines, 0);
  const explained = codes.filter((traced) => traced.unexplained === void 0).length;
  const present = SEVERITIES2.filter((severity) => codes.some((traced) => traced.findings.some((finding) => finding.severity === severity)));
  const lintLine = lint ? html`<p>Configurations linted: ${plural(lint.agents, "agent")} (${plural(lint.files, "file")}), ${plural(lint.errors, "error")}, ${plural(lint.warnings, "warning")}, ${plural(lint.infos, "info")} in all.</p>` : html`<p>No configuration paths were given, so no code is traced to a finding: name the agents' directories after the logs.</p>`;
  return renderPage({
    title: `webagent-lint: ${plural(codes.length, "log code")} in ${plural(files.length, "log file")}`,
    heading: "webagent-lint log explanation",
    lead: html`<p class="lead">${plural(lines, "line")} in ${plural(files.length, "log file")}: ${plural(codes.length, "code")} seen, ${explained} explained by a configuration finding. Read by ${tool.name} ${tool.version}; hours are UTC (times logged without a zone are read as UTC).</p>
${lintLine}`,
    body: html`<section aria-labelledby="codes-heading">
<h2 id="codes-heading">Codes seen</h2>
${codes.length === 0 ? html`<p>No log codes seen.</p>` : html`${filterForm("codes", present)}
<p id="filter-none" class="no-match" hidden>No code matches the filter.</p>
${codes.map((traced, index) => codeSection(traced, index, predictedHourly(explanation.logs, traced.seen.id)))}`}
</section>
${comparisons(explanation.logs)}
${logFiles(explanation)}`
  });
}
function predictedHourly(logs, code) {
  const predicted = logs.flatMap((log) => log.comparisons.filter((c) => c.code === code).map((c) => c.predicted.perHour));
  if (predicted.length === 0) return void 0;
  if (predicted.some((q) => q.max === null || q.min !== q.max)) return "open";
  return { perHour: predicted.reduce((sum, q) => sum + q.min, 0) };
}
function codeSection(traced, index, predicted) {
  const { seen, explanation, findings } = traced;
  const id = `code-${index + 1}-${slug(seen.id)}`;
  const family = explanation ? familyLabel(explanation.code) : "not in the code catalog";
  const filter = {
    code: seen.id.toLowerCase(),
    agent: unique(findings.map((f) => f.agent)).join(" ").toLowerCase(),
    rule: unique([...findings.map((f) => f.ruleId), ...explanation?.predictedBy.map((r) => r.ruleId) ?? []]).join(" ").toLowerCase(),
    file: unique(findings.map((f) => f.file)).join(" ").toLowerCase(),
    severity: unique(findings.map((f) => f.severity)).join(" ")
  };
  const search = [seen.id, family, explanation?.code.meaning ?? "", ...findings.map((f) => `${f.agent} ${f.file} ${f.ruleId} ${f.message}`)].join("\n").toLowerCase();
  return html`<section class="log-code" id="${id}" aria-labelledby="${id}-heading" data-filter-item data-code="${filter.code}" data-agent="${filter.agent}" data-rule="${filter.rule}" data-file="${filter.file}" data-severity="${filter.severity}" data-search="${search}">
<h3 id="${id}-heading"><code>${seen.id}</code> <span class="family">${family} &middot; ${plural(seen.count, "occurrence")}</span></h3>
${rhythm(seen)}
<div class="timeline-row">
${timeline(seen, id, predicted)}
${explainedBy(traced)}
</div>
${facts(traced)}
</section>`;
}
function rhythm(seen) {
  if (seen.medianIntervalSeconds === void 0) return "";
  const every = describeInterval(seen.medianIntervalSeconds);
  return seen.periodic ? html`<p class="rhythm">Periodic: recurs about every ${every} (${plural(seen.events, "event")}).</p>` : html`<p>Not periodic: median ${every} between ${plural(seen.events, "event")}.</p>`;
}
function bucketHours(hourly) {
  const first = hourly[0];
  const last = hourly[hourly.length - 1];
  if (!first || !last) return void 0;
  const span = (last.hour - first.hour) / HOUR3 + 1;
  const size = span <= MAX_BARS ? 1 : 24 * Math.ceil(span / 24 / MAX_BARS);
  const start = size === 1 ? first.hour : Math.floor(first.hour / (24 * HOUR3)) * 24 * HOUR3;
  const counts = new Array(Math.floor((last.hour - start) / (size * HOUR3)) + 1).fill(0);
  for (const { hour, count } of hourly) {
    const index = Math.floor((hour - start) / (size * HOUR3));
    counts[index] = (counts[index] ?? 0) + count;
  }
  return { size, start, counts };
}
function timeline(seen, id, predicted) {
  const buckets = bucketHours(seen.hourly);
  if (!buckets)
    return html`<p class="timeline">No occurrence has a complete, valid date, so there is no timeline (${plural(seen.untimed, "occurrence")} counted).</p>`;
  const { size, start, counts } = buckets;
  const per = size === 1 ? "hour" : size === 24 ? "day" : `${size / 24} days`;
  const expected = predicted !== void 0 && predicted !== "open" ? round(predicted.perHour * size) : void 0;
  const max = Math.max(...counts, Math.ceil(expected ?? 0));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / counts.length;
  const barWidth = expected === void 0 ? Math.min(24, Math.max(1, slot * 0.7)) : Math.min(12, Math.max(1, slot * 0.35));
  const y = (value) => MARGIN.top + plotHeight - value / max * plotHeight;
  const bars = counts.map((count, i) => {
    if (count === 0) return "";
    const x = MARGIN.left + i * slot + (expected === void 0 ? (slot - barWidth) / 2 : slot / 2 - barWidth);
    return html`<rect class="bar" x="${fixed(x)}" y="${fixed(y(count))}" width="${fixed(barWidth)}" height="${fixed(y(0) - y(count))}"><title>${bucketLabel(start + i * size * HOUR3, size)}: ${count}</title></rect>`;
  });
  const predictedBars = expected === void 0 || expected === 0 ? [] : counts.map((_, i) => {
    const x = MARGIN.left + i * slot + slot / 2;
    return html`<rect class="predicted" x="${fixed(x)}" y="${fixed(y(expected))}" width="${fixed(barWidth)}" height="${fixed(y(0) - y(expected))}"><title>${bucketLabel(start + i * size * HOUR3, size)}: ${expected} predicted</title></rect>`;
  });
  const predictedText2 = predicted === void 0 ? "" : predicted === "open" ? " The prediction depends on the number of idle connections, which is not known: not drawn." : ` Outlined bars: ${expected} predicted per ${per}, the prediction for the agents that wrote the logs.`;
  const ticks = unique([0, Math.round(max / 2), max]).filter((value) => value === 0 || value === max || value > 0 && value < max);
  const yAxis = ticks.map(
    (value) => html`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/><text x="${MARGIN.left - 6}" y="${fixed(y(value) + 4)}" text-anchor="end">${value}</text>`
  );
  const step = labelStep(counts.length, size);
  const xLabels = counts.map((_, i) => {
    if (i % step !== 0) return "";
    const time = start + i * size * HOUR3;
    const x = MARGIN.left + i * slot + slot / 2;
    const date = new Date(time).toISOString();
    const top = size === 1 ? `${date.slice(11, 13)}:00` : date.slice(5, 10);
    const showDate = size === 1 && (i === 0 || date.slice(11, 13) === "00");
    return html`<line class="axis" x1="${fixed(x)}" x2="${fixed(x)}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom + 4}"/><text x="${fixed(x)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${top}</text>${showDate ? html`<text x="${fixed(x)}" y="${HEIGHT - MARGIN.bottom + 30}" text-anchor="middle">${date.slice(0, 10)}</text>` : ""}`;
  });
  const span = seen.first && seen.last ? `${isoMinute(seen.first.time)} to ${isoMinute(seen.last.time)} UTC` : "";
  const rhythmText = seen.periodic && seen.medianIntervalSeconds !== void 0 ? `; periodic, about every ${describeInterval(seen.medianIntervalSeconds)}` : "";
  const description = `${plural(seen.count - seen.untimed - seen.hourlyOmitted, "timed occurrence")} from ${span}; at most ${max} per ${per}${rhythmText}.`;
  const nonEmpty2 = counts.map((count, i) => ({ count, time: start + i * size * HOUR3 })).filter((bucket) => bucket.count > 0);
  const omitted = [
    seen.untimed > 0 ? `${plural(seen.untimed, "occurrence")} without a complete, valid date` : "",
    seen.hourlyOmitted > 0 ? `${seen.hourlyOmitted} beyond the first year of hours` : ""
  ].filter(Boolean).join(" and ");
  return html`<figure class="timeline">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">
<title id="${id}-chart-title">${seen.id}: occurrences per ${per} (UTC)</title>
<desc id="${id}-chart-desc">${description}</desc>
${yAxis}
<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}"/>
${xLabels}
${bars}
${predictedBars}
</svg>
<figcaption>Occurrences per ${per}, UTC. ${description}${omitted ? ` Not charted: ${omitted}.` : ""}${predictedText2}</figcaption>
<details><summary>The counts as a table</summary>
<table>
<thead><tr><th scope="col">${size === 1 ? "Hour (UTC)" : "From (UTC)"}</th><th scope="col" class="num">Occurrences</th>${expected === void 0 ? "" : html`<th scope="col" class="num">Predicted</th>`}</tr></thead>
<tbody>${nonEmpty2.map((bucket) => html`<tr><th scope="row">${bucketLabel(bucket.time, size)}</th><td class="num">${bucket.count}</td>${expected === void 0 ? "" : html`<td class="num">${expected}</td>`}</tr>`)}</tbody>
</table>
</details>
</figure>`;
}
function explainedBy(traced) {
  if (traced.unexplained !== void 0) {
    const skipped = traced.notChecked.map((notice) => html`<li>${noticeBody(notice)}</li>`);
    return html`<div class="explained"><h4>Not explained by a finding</h4><p>${capitalize(UNEXPLAINED_TEXT[traced.unexplained])}.</p>${skipped.length > 0 ? html`<ul>${skipped}</ul>` : ""}</div>`;
  }
  return html`<div class="explained"><h4>Explained by ${plural(traced.findings.length, "finding")}</h4>
${traced.findings.map(
    (finding) => html`<div class="finding-card"><p class="where">${severityBadge(finding.severity)} <code>${finding.file}:${finding.line}:${finding.column}</code></p>
${findingBody(finding)}</div>`
  )}
</div>`;
}
function facts(traced) {
  const { seen, explanation } = traced;
  const rows = [];
  const fact = (name, value) => rows.push(html`<dt>${name}</dt><dd>${value}</dd>`);
  const time = timeRangeText(seen);
  if (time !== void 0) fact("time", time);
  if (seen.servers.length > 0) fact("servers", serversText(seen));
  if (explanation) {
    fact("meaning", explanation.code.meaning);
    fact("logged as", html`<code>${explanation.code.logged}</code>`);
    fact("remedy", explanation.code.remedy);
    if (explanation.predictedBy.length > 0)
      fact(
        "predicted by",
        join(
          explanation.predictedBy.map((rule) => html`<code>${rule.ruleId}</code>`),
          ", "
        )
      );
  }
  return html`<dl class="facts">${rows}</dl>`;
}
function comparisons(logs) {
  if (logs.length === 0) return "";
  return html`<section aria-labelledby="prediction-heading">
<h2 id="prediction-heading">Logs against the prediction of their agent</h2>
${logs.map(
    (log, index) => log.agent === void 0 ? html`<p><code>${log.file}</code>: not attributed to an agent: ${log.unattributed ?? ""}</p>` : html`<h3 id="log-${index + 1}"><code>${log.file}</code> &rarr; ${log.agent} <span class="muted">(${log.attribution ?? ""})</span></h3>
${log.comparisons.length === 0 ? html`<p>No CT_ code of the idle-connection mechanism seen, and none predicted.</p>` : html`<table>
<thead><tr><th scope="col">Code</th><th scope="col">Verdict</th><th scope="col">Observed</th><th scope="col">Predicted</th><th scope="col">Why, and what the log says of the environment</th></tr></thead>
<tbody>${log.comparisons.map(
      (c) => html`<tr><th scope="row"><code>${c.code}</code></th><td>${c.verdict}</td><td>${observedText(c.observed)}</td><td>${predictedText(c.predicted)}</td><td>${c.reason}${c.bounds.map((bound) => html`<br>${bound}`)}</td></tr>`
    )}</tbody>
</table>`}`
  )}
</section>`;
}
function logFiles(explanation) {
  const rows = explanation.files.map((file) => {
    const formats = recognisedText(file);
    const samples = file.samples.length === 0 ? "" : html`<details><summary>Unmatched lines</summary><ul>${file.samples.map((sample) => html`<li><code>${sample.line}: ${sample.text}</code></li>`)}</ul>${file.unmatched > file.samples.length ? html`<p>&hellip; and ${file.unmatched - file.samples.length} more</p>` : ""}</details>`;
    return html`<tr><th scope="row">${file.file}</th><td class="num">${file.lines}</td><td>${formats}</td><td class="num">${file.unmatched}</td><td>${samples}</td></tr>`;
  });
  return html`<section aria-labelledby="files-heading">
<h2 id="files-heading">Log files</h2>
<table>
<thead><tr><th scope="col">File</th><th scope="col" class="num">Lines</th><th scope="col">Recognised</th><th scope="col" class="num">Unmatched</th><th scope="col">Samples</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`;
}
function labelStep(count, size) {
  const steps = size === 1 ? [1, 2, 3, 4, 6, 12, 24, 48, 72, 168] : [1, 2, 7, 14, 28, 56];
  return steps.find((step) => count / step <= 12) ?? Math.ceil(count / 12);
}
function bucketLabel(time, size) {
  const iso = new Date(time).toISOString();
  return size === 1 ? `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00` : iso.slice(0, 10);
}
function isoMinute(time) {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function fixed(value) {
  return value.toFixed(1);
}
function unique(values) {
  return [...new Set(values)];
}
var SEVERITIES2, HOUR3, MAX_BARS, WIDTH, HEIGHT, MARGIN;
var init_log_html = __esm({
  "src/explain/log-html.ts"() {
    "use strict";
    init_html_page();
    init_html();
    init_text();
    init_code_report();
    init_duration();
    init_log_report();
    init_prediction();
    SEVERITIES2 = ["error", "warning", "info"];
    HOUR3 = 36e5;
    MAX_BARS = 744;
    WIDTH = 720;
    HEIGHT = 180;
    MARGIN = { top: 12, right: 12, bottom: 40, left: 44 };
  }
});

// src/explain/log-prediction.ts
function near(seconds, expected) {
  return Math.abs(seconds - expected) <= Math.max(60, expected * 0.1);
}
function compareWithPrediction(observed, pools, environment) {
  const predictions = pools.map((pool) => predictPool(pool, environment));
  const span = logSpan(observed);
  return MECHANISM_CODES.flatMap((code) => {
    const seen = observed.find((summary) => summary.id === code);
    const predicted = aggregate(predictions, code);
    if (!seen && predicted.perHour.max === 0) return [];
    return [compareCode(code, seen ? observedRate(seen) : void 0, predicted, { pools, predictions, environment, span })];
  });
}
function compareCode(code, o, p, context) {
  const result = (verdict, reason, bounds2 = []) => ({
    code,
    ...o ? { observed: o } : {},
    predicted: p,
    verdict,
    reason,
    bounds: bounds2
  });
  const refresh = p.periodSeconds;
  if (!o) {
    const covers = refresh === void 0 || context.span === void 0 ? `if the log covers more than a refresh, the firewall drops idle connections later than the refresh, or no connection stays idle` : context.span >= (refresh ?? 0) ? `the log covers more than a refresh: the firewall idle timeout is longer than the refresh (${describeDuration(refresh)}), or there is no such firewall, or no connection stays idle` : `the log covers less than a refresh (${describeDuration(refresh)}): too short to tell`;
    return result("predicted but absent", "predicted from idle connections, but not in this log", [covers]);
  }
  if (o.medianIntervalSeconds !== void 0 && o.events >= 4 && !o.periodic) {
    return result(
      "not periodic",
      `${o.events} bursts at irregular intervals (median ${describeInterval(o.medianIntervalSeconds)}): not the idle-connection pattern, which recurs at every refresh; ${OTHER_CAUSES}`
    );
  }
  if (p.perHour.max === 0) return unpredicted(code, o, context, result);
  if (o.medianIntervalSeconds !== void 0 && refresh !== void 0 && !near(o.medianIntervalSeconds, refresh)) {
    return result(
      "more than predicted",
      `recurs about every ${describeInterval(o.medianIntervalSeconds)}, not at every refresh (${describeDuration(refresh)}): another cause adds to it; ${OTHER_CAUSES}`
    );
  }
  const { min, max } = p.perRefresh;
  if (max !== null && o.perBurst > max) {
    return result(
      "more than predicted",
      `${o.perBurst} lines per burst, more than the ${max} idle connections predicted: another cause adds to them; ${OTHER_CAUSES}`
    );
  }
  const busy = p.servers.length > 0 ? o.servers.filter((server) => !p.servers.includes(server)) : [];
  if (busy.length > 0) {
    return result(
      "more than predicted",
      `${busy.join(", ")} ${busy.length === 1 ? "is" : "are"} not among the idle connections predicted (${p.servers.join(", ")}): another cause adds to them; ${OTHER_CAUSES}`
    );
  }
  const bounds = [];
  if (refresh !== void 0 && o.medianIntervalSeconds !== void 0) {
    bounds.push(
      `${code} every ${describeInterval(o.medianIntervalSeconds)} with a ${describeDuration(refresh)} refresh: the firewall idle timeout is at most ${describeDuration(refresh)}`
    );
  }
  if (max === null) bounds.push(idleConnectionsBound(o.perBurst, context.predictions));
  else if (o.perBurst < min)
    bounds.push(`fewer lines per burst (${o.perBurst}) than the ${min} idle connections predicted: fewer aservers, or more in use, than assumed`);
  const rhythm2 = o.events === 1 ? " (one burst: too short to see the rhythm)" : "";
  return result("consistent", `the configuration explains it: idle connections the firewall dropped fail at every refresh (RSA KB 000025051)${rhythm2}`, bounds);
}
function unpredicted(code, o, context, result) {
  const median = o.medianIntervalSeconds;
  const socket = aggregate(context.predictions, "CT_SOCKET_ERROR");
  if (code === "CT_SERVER_TIMED_OUT_ERROR" && median !== void 0 && socket.periodSeconds !== void 0 && near(median, socket.periodSeconds)) {
    return result(
      "consistent",
      "at the refresh of a pool with idle connections the firewall drops: a dropped socket can be logged as a time-out (RSA KB 000025051)"
    );
  }
  const firewall = context.environment.firewallIdleTimeout;
  const refresh = median === void 0 ? void 0 : context.predictions.map((p) => p.refreshSeconds).find((seconds) => seconds > 0 && seconds < firewall.value && near(median, seconds));
  if (median !== void 0 && refresh !== void 0) {
    const bound = `${code} every ${describeInterval(median)} with a ${describeDuration(refresh)} refresh: the firewall idle timeout is at most ${describeDuration(refresh)}, not the ${describeDuration(firewall.value)} ${firewall.origin.kind === "default" ? "assumed" : "given"}`;
    const shorter = { ...context.environment, firewallIdleTimeout: { value: refresh, origin: firewall.origin } };
    const again = aggregate(
      context.pools.map((pool) => predictPool(pool, shorter)),
      code
    );
    const fits = again.perRefresh.max !== 0 && (again.perRefresh.max === null || o.perBurst <= again.perRefresh.max);
    if (fits && firewall.origin.kind === "default") {
      return result(
        "consistent",
        `the configuration explains it if the firewall idle timeout is at most ${describeDuration(refresh)} (1 hour, the typical value of RSA KB 000025051, was assumed)`,
        [bound]
      );
    }
    return result(
      "more than predicted",
      fits ? `the configuration explains it only with a firewall idle timeout of at most ${describeDuration(refresh)}` : `none predicted from idle connections; ${OTHER_CAUSES}`,
      [bound]
    );
  }
  return result("more than predicted", `none predicted from idle connections: another cause adds them; ${OTHER_CAUSES}`);
}
function idleConnectionsBound(perBurst, predictions) {
  const active = predictions.length === 1 ? predictions[0]?.active : void 0;
  const known = active !== void 0 && active.max !== null && active.min === active.max ? active.min : void 0;
  const idle = `about ${perBurst} idle connection${perBurst === 1 ? "" : "s"} at each refresh`;
  return known === void 0 ? idle : `${idle}: with ${known} in use, the dispatchers supply about ${round(known + perBurst)} aservers`;
}
function observedRate(seen) {
  const perBurst = seen.events > 0 ? round(seen.count / seen.events) : seen.count;
  const median = seen.medianIntervalSeconds;
  return {
    count: seen.count,
    events: seen.events,
    perBurst,
    ...median !== void 0 ? { medianIntervalSeconds: median, perHour: round(perBurst * 3600 / median) } : {},
    periodic: seen.periodic,
    servers: [...new Set(seen.servers.map((server) => server.split(" ")[0]))]
  };
}
function aggregate(predictions, code) {
  const codes = predictions.flatMap((p) => p.codes.filter((c) => c.code === code && c.perDay.max !== 0));
  const sum = (pick) => ({
    min: round(codes.reduce((n, c) => n + pick(c).min, 0)),
    max: codes.some((c) => pick(c).max === null) ? null : round(codes.reduce((n, c) => n + (pick(c).max ?? 0), 0))
  });
  const periods = [...new Set(codes.map((c) => c.periodSeconds))];
  const perDay = codes.map((c) => c.perConnectionPerDay).find((value) => value !== void 0);
  return {
    perRefresh: sum((c) => c.perRefresh),
    ...periods.length === 1 && periods[0] !== void 0 ? { periodSeconds: periods[0] } : {},
    perHour: sum((c) => c.perHour),
    ...perDay !== void 0 ? { perConnectionPerDay: perDay } : {},
    servers: [...new Set(codes.flatMap((c) => c.servers))]
  };
}
function logSpan(observed) {
  const firsts = observed.flatMap((summary) => summary.first ? [summary.first.time] : []);
  const lasts = observed.flatMap((summary) => summary.last ? [summary.last.time] : []);
  return firsts.length === 0 ? void 0 : (Math.max(...lasts) - Math.min(...firsts)) / 1e3;
}
function attributeLog(log, agents) {
  const candidates = agents.filter((agent) => agent.kind === "agent");
  if (log.named !== void 0) {
    const named = log.named;
    const exact2 = candidates.find((agent2) => agent2.id === named || agent2.files.includes(named));
    const below = candidates.filter((agent2) => isBelow(agent2.id, named));
    const agent = exact2 ?? (below.length === 1 ? below[0] : void 0);
    if (agent) return { agent: agent.id, attribution: "named on the command line" };
    return { unattributed: below.length === 0 ? `no agent was found at ${named}` : `${named} holds ${below.length} agents: name one of them` };
  }
  const holders = candidates.filter((agent) => !agent.files.includes(agent.id) && isBelow(log.file, agent.id));
  const holder = holders.sort((a, b) => b.id.length - a.id.length)[0];
  if (holder) return { agent: holder.id, attribution: "in the agent's directory" };
  if (candidates.length === 1) return { agent: candidates[0].id, attribution: "the only agent given" };
  return {
    unattributed: candidates.length === 0 ? "no agent configuration was given" : `it is in none of the directories of the ${candidates.length} agents given; name its agent with <agent path>=<log file>`
  };
}
function isBelow(inner, outer) {
  return outer === "." ? !inner.startsWith("../") && inner !== ".." : inner.startsWith(`${outer}/`);
}
var MECHANISM_CODES, OTHER_CAUSES;
var init_log_prediction = __esm({
  "src/explain/log-prediction.ts"() {
    "use strict";
    init_duration();
    init_prediction();
    MECHANISM_CODES = ["CT_SOCKET_ERROR", "CT_SERVER_TIMED_OUT", "CT_SERVER_TIMED_OUT_ERROR"];
    OTHER_CAUSES = "RSA KB 000025051 names other causes: a network disruption drops connections in use (CT_SOCKET_ERROR), and an aserver under load answers too late (CT_SERVER_TIMED_OUT_ERROR)";
  }
});

// src/explain/lookup.ts
function resolveQueries(args, catalog) {
  const queries = [];
  let words = [];
  for (const word of args.flatMap((arg) => arg.split(/[\s,:]+/)).filter((w) => w !== "")) {
    const lower = word.toLowerCase();
    words.push(word);
    if (lower in KIND_WORDS || lower in FIELD_WORDS || FILLER_WORDS.has(lower)) continue;
    queries.push(resolve(words, catalog));
    words = [];
  }
  if (words.length > 0) queries.push(resolve(words, catalog));
  return queries;
}
function resolve(words, catalog) {
  const text = words.join(" ");
  const last = words[words.length - 1] ?? "";
  const matches2 = /^\d+$/.test(last) ? byNumber(Number(last), words.slice(0, -1), catalog) : byIdentifier(last, catalog);
  if (matches2.length > 0) return { text, matches: matches2, closest: [] };
  const sameNumber = /^\d+$/.test(last) ? byNumber(Number(last), [], catalog) : [];
  return { text, matches: matches2, closest: [.../* @__PURE__ */ new Set([...sameNumber, ...closest(text, catalog)])].slice(0, MAX_SUGGESTIONS) };
}
function byIdentifier(word, catalog) {
  const wanted = word.toUpperCase();
  const spelledSo = [...catalog.values()].filter((code) => code.spellings?.includes(wanted)).map((code) => code.id);
  return [...catalog.has(wanted) ? [wanted] : [], ...spelledSo];
}
function byNumber(value, qualifiers, catalog) {
  let kind;
  let field;
  for (const word of qualifiers.map((w) => w.toLowerCase())) {
    kind = KIND_WORDS[word] ?? kind;
    field = FIELD_WORDS[word] ?? field;
  }
  const candidates = [];
  if (kind === void 0 && field === void 0) candidates.push(`CAMS-${value}`);
  for (const k of kind ? [kind] : ["AUTH", "ACCESS"]) {
    for (const f of field ? [field] : ["STATUS", "REASON"]) candidates.push(`CAMS-${k}-${f}-${value}`);
  }
  return candidates.filter((id) => catalog.has(id));
}
function closest(text, catalog) {
  const wanted = canonical(text);
  return [...catalog.keys()].map((id) => ({ id, distance: editDistance(wanted, id) })).sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1)).slice(0, MAX_SUGGESTIONS).map((entry) => entry.id);
}
function canonical(text) {
  const words = text.toUpperCase().split(/\s+/);
  const number2 = words[words.length - 1] ?? "";
  if (!/^\d+$/.test(number2) || words.length === 1) return /^\d+$/.test(number2) ? `CAMS-${number2}` : text.toUpperCase();
  const kind = words.map((w) => KIND_WORDS[w.toLowerCase()]).find((k) => k !== void 0);
  const field = words.map((w) => FIELD_WORDS[w.toLowerCase()]).find((f) => f !== void 0);
  return ["CAMS", kind, field, number2].filter((part) => part !== void 0).join("-");
}
var KIND_WORDS, FIELD_WORDS, FILLER_WORDS, MAX_SUGGESTIONS;
var init_lookup = __esm({
  "src/explain/lookup.ts"() {
    "use strict";
    init_edit_distance();
    KIND_WORDS = {
      auth: "AUTH",
      authentication: "AUTH",
      access: "ACCESS",
      "access-control": "ACCESS",
      accesscontrol: "ACCESS"
    };
    FIELD_WORDS = { reason: "REASON", status: "STATUS", response: "STATUS" };
    FILLER_WORDS = /* @__PURE__ */ new Set(["cams", "control", "code", "error", "web", "agent", "log"]);
    MAX_SUGGESTIONS = 3;
  }
});

// src/run/explain.ts
var explain_exports = {};
__export(explain_exports, {
  readLog: () => readLog,
  runExplain: () => runExplain
});
async function runExplain(args, options, io) {
  return options.log ? explainLogs(args, options, io) : explainCodes(args, options, io);
}
async function explainCodes(args, options, io) {
  if (args.length === 0) throw new UsageError('explain: name at least one code (e.g. CT_SOCKET_ERROR, 5005, "access reason 13"), or use --log <files\u2026>');
  if (options.format === "html") throw new UsageError("explain: --format html is for explain --log (log timelines); use text or json for codes");
  const queries = resolveQueries(args, logCodes);
  const explanations = /* @__PURE__ */ new Map();
  for (const id of queries.flatMap((query) => query.matches)) {
    const code = logCodes.get(id);
    if (code) explanations.set(id, explainCode(code, rules));
  }
  const text = options.format === "json" ? formatCodesJson(queries, explanations, TOOL) : formatCodesText(queries, explanations, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  let unknown = 0;
  for (const query of queries.filter((q) => q.matches.length === 0)) {
    unknown++;
    io.stderr(`webagent-lint: unknown code "${query.text}"; closest: ${query.closest.join(", ")}
`);
  }
  return unknown > 0 ? 2 : 0;
}
async function explainLogs(args, options, io) {
  const matchers = messageMatchers(logCodes);
  let problems = 0;
  const logs = [];
  const configPaths = [];
  const addConfig = (arg) => void (configPaths.includes(arg) || configPaths.push(arg));
  for (const arg of args) {
    const pair = agentLogPair(arg, io.cwd);
    if (pair) {
      const absolute2 = import_node_path3.default.resolve(io.cwd, pair.log);
      const display = toDisplayPath(io.cwd, absolute2);
      const named = toDisplayPath(io.cwd, import_node_path3.default.resolve(io.cwd, pair.agent));
      const known = logs.find((log) => log.display === display);
      if (known) known.named = named;
      else logs.push({ absolute: absolute2, display, named });
      addConfig(pair.agent);
      continue;
    }
    const absolute = import_node_path3.default.resolve(io.cwd, arg);
    const kind = await classify(absolute, matchers).catch((error) => {
      problems++;
      io.stderr(`webagent-lint: ${arg}: ${describeFsError(error)}
`);
      return void 0;
    });
    if (kind === "log") logs.push({ absolute, display: toDisplayPath(io.cwd, absolute) });
    else if (kind === "config") addConfig(arg);
  }
  if (logs.length === 0 && problems === 0)
    throw new UsageError("explain --log: name at least one log file (ctagent.log, a Cams authentication or access control log, cams-webagent.log)");
  if (logs.length === 0) return 2;
  const analysis = createLogAnalysis(matchers);
  for (const log of logs) {
    try {
      await readLog(log.absolute, log.display, analysis, matchers);
      log.read = true;
    } catch (error) {
      problems++;
      io.stderr(`webagent-lint: ${log.display}: ${describeFsError(error)}
`);
    }
  }
  const lint = configPaths.length > 0 ? await lintPaths({ ...options, paths: configPaths }, io, { poolInputs: true }) : void 0;
  if (lint === "invalid") return 2;
  if (options.output !== void 0) refuseToOverwrite([options.output], [...logs.map((log) => log.display), ...lint?.inputs ?? []], io);
  const mask = secretMasker(lint?.secrets ?? []);
  const masked = (codes2) => codes2.map((code) => ({ ...code, servers: code.servers.map(mask) }));
  const files = analysis.files().map((file) => ({ ...file, samples: file.samples.map((sample) => ({ ...sample, text: mask(sample.text) })) }));
  const compared = lint ? logs.filter((log) => log.read).map((log) => {
    const codes2 = masked(analysis.codesOf(log.display));
    const attributed = attributeLog({ file: log.display, ...log.named !== void 0 ? { named: log.named } : {} }, lint.agents);
    if ("unattributed" in attributed) return { file: log.display, unattributed: attributed.unattributed, comparisons: [], codes: codes2 };
    const pools = lint.pools.filter((pool) => pool.agent === attributed.agent);
    return { file: log.display, ...attributed, comparisons: compareWithPrediction(codes2, pools, lint.environment), codes: codes2 };
  }) : [];
  const cleartrust = new Set(lint?.cleartrustAgents.map((agent) => agent.id));
  const scope = (id) => {
    const holding = compared.filter((log) => log.codes.some((code) => code.id === id));
    const agents = new Set(holding.flatMap((log) => log.agent !== void 0 ? [log.agent] : []));
    return {
      includes: (agent) => !cleartrust.has(agent) || agents.has(agent),
      unattributed: cleartrust.size > 0 && holding.some((log) => log.agent === void 0)
    };
  };
  const codes = traceCodes(masked(analysis.codes()), lint, logCodes, rules, lint ? scope : void 0);
  const explanation = { files, codes, logs: compared.map(({ codes: _, ...log }) => log), ...lint ? { lint: lint.summary } : {} };
  const text = options.format === "json" ? formatLogJson(explanation, TOOL) : options.format === "html" ? formatLogHtml(explanation, TOOL) : formatLogText(explanation, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  if (problems > 0) return 2;
  return lint ? exitCodeOf(lint) : 0;
}
function agentLogPair(arg, cwd) {
  const separator = arg.indexOf("=");
  if (separator < 1 || separator === arg.length - 1 || (0, import_node_fs4.existsSync)(import_node_path3.default.resolve(cwd, arg))) return void 0;
  return { agent: arg.slice(0, separator), log: arg.slice(separator + 1) };
}
async function classify(absolute, matchers) {
  const handle = await openLog(absolute);
  if (handle === "directory") return "config";
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8");
    const lines = head.split(/\r\n|\r|\n/);
    if (bytesRead === SNIFF_BYTES) lines.pop();
    if (lines.some((line) => parseLogLine(line, matchers) !== void 0)) return "log";
    return recognise(head).kind === "format" ? "config" : "log";
  } finally {
    await handle.close();
  }
}
async function readLog(absolute, display, analysis, matchers, chunkBytes = CHUNK_BYTES) {
  const handle = await openLog(absolute);
  if (handle === "directory") throw new NotARegularFile("a directory");
  try {
    const scanner = createLogScanner(analysis, display, matchers);
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scanner.push(buffer.subarray(0, bytesRead));
    }
    scanner.end();
  } finally {
    await handle.close();
  }
}
async function openLog(absolute) {
  const handle = await (0, import_promises.open)(absolute, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NONBLOCK);
  const info = await handle.stat();
  if (info.isFile()) return handle;
  await handle.close();
  if (info.isDirectory()) return "directory";
  throw new NotARegularFile(
    info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : "a special file"
  );
}
var import_node_fs4, import_promises, import_node_path3, TOOL, SNIFF_BYTES, CHUNK_BYTES;
var init_explain = __esm({
  "src/run/explain.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_promises = require("node:fs/promises");
    import_node_path3 = __toESM(require("node:path"), 1);
    init_rules();
    init_discover();
    init_codes();
    init_analysis();
    init_line();
    init_scan();
    init_meta();
    init_run();
    init_units();
    init_code_report();
    init_log_html();
    init_log_report();
    init_log_prediction();
    init_lookup();
    init_engine();
    TOOL = { name: "webagent-lint", version: VERSION2 };
    SNIFF_BYTES = 64 * 1024;
    CHUNK_BYTES = 1024 * 1024;
  }
});

// src/report/prediction-html.ts
function formatPredictionHtml(run, tool) {
  const pools = run.agents.flatMap((agent) => agent.pools);
  const writing = pools.filter(({ prediction }) => prediction.codes.some((code) => code.perDay.max !== 0)).length;
  const overrides = run.overrides.map((o) => `cleartrust.agent.${o.name}=${o.text}`).join(", ");
  return renderPage({
    title: `webagent-lint: log prediction for ${plural(run.agents.length, "agent")}`,
    heading: "webagent-lint log prediction",
    lead: html`<p class="lead">${plural(run.agents.length, "ClearTrust agent")}, ${plural(pools.length, "pool")}: ${writing} expected to write CT_ codes from idle connections (RSA KB 000025051, RSA KB 000023587). Predicted by ${tool.name} ${tool.version}.</p>
${overrides === "" ? "" : html`<p>What if, for every pool read: <code>${overrides}</code>.</p>`}`,
    body: html`${run.agents.map(
      (agent) => html`<section aria-labelledby="agent-${slug(agent.agent)}">
<h2 id="agent-${slug(agent.agent)}">${agent.agent} <span class="muted">(${agent.file})</span></h2>
${agent.pools.length === 0 ? html`<p>No pool to predict: the file was not read.</p>` : agent.pools.map((pool) => poolSection(agent.agent, pool))}
</section>`
    )}`
  });
}
function poolSection(agent, { prediction: p, remedies }) {
  const id = `${slug(agent)}-pool-${slug(p.pool)}`;
  return html`<h3 id="${id}">&lt;Pool ${p.pool}&gt;</h3>
<p>${poolLineText(p)}</p>
<table>
<caption>Codes expected in ctagent.log from this pool</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Expected</th><th scope="col" class="num">Per hour</th><th scope="col" class="num">Per day</th><th scope="col">Period</th><th scope="col">From</th></tr></thead>
<tbody>
${p.codes.map(
    (code) => html`<tr><th scope="row"><code>${code.code}</code></th><td>${code.perDay.max === 0 ? html`none: ${code.why}` : html`${codeSummaryText(code)}<br><span class="muted">${code.why}</span>`}</td><td class="num">${rateText(code.perHour, "hour", code)}</td><td class="num">${rateText(code.perDay, "day", code)}</td><td>${code.periodSeconds === void 0 ? "\u2013" : describeDuration(code.periodSeconds)}</td><td>${code.perDay.max === 0 ? "\u2013" : code.from}</td></tr>`
  )}
</tbody>
</table>
<table>
<caption>What the numbers rest on</caption>
<thead><tr><th scope="col">Subject</th><th scope="col">Value</th><th scope="col">Basis</th><th scope="col">Source</th></tr></thead>
<tbody>
${p.assumptions.map((a) => html`<tr><th scope="row">${a.subject}</th><td>${a.text}</td><td>${a.basis}</td><td>${a.source}</td></tr>`)}
</tbody>
</table>
${remedies.length === 0 ? "" : html`<h4>After the remedy of each finding</h4>
<ul>
${remedies.map((remedy) => html`<li><code>${remedy.finding.file}:${remedy.finding.line}:${remedy.finding.column}</code> <span class="muted">${remedy.finding.ruleId}</span>: ${remedyText(remedy)}</li>`)}
</ul>`}`;
}
var init_prediction_html = __esm({
  "src/report/prediction-html.ts"() {
    "use strict";
    init_html_page();
    init_prediction2();
    init_duration();
    init_text();
  }
});

// src/run/predict.ts
var predict_exports = {};
__export(predict_exports, {
  runPredict: () => runPredict
});
async function runPredict(options, io) {
  const overrides = options.set.flatMap((set) => set.kind === "setting" ? [{ name: set.name, text: set.text }] : []);
  const environmentOverrides = [
    ...options.environmentOverrides ?? [],
    ...options.set.flatMap((set) => set.kind === "environment" ? [{ key: set.key, value: set.value }] : [])
  ];
  const run = await lintPaths({ ...options, environmentOverrides }, io, { poolInputs: true });
  if (run === "invalid") return 2;
  if (options.output !== void 0) refuseToOverwrite([options.output], run.inputs, io);
  const predicted = predictRun(run.cleartrustAgents, run.pools, run.findings, rules, run.environment, overrides);
  const tool = { name: "webagent-lint", version: VERSION2 };
  const text = options.format === "json" ? formatPredictionJson(predicted, tool, run.environment) : options.format === "html" ? formatPredictionHtml(predicted, tool) : formatPredictionText(predicted, { color: useColor(options, io) });
  await writeReport(text, options.output, io);
  return run.problems > 0 ? 2 : 0;
}
var init_predict = __esm({
  "src/run/predict.ts"() {
    "use strict";
    init_rules();
    init_meta();
    init_prediction2();
    init_prediction_html();
    init_run();
  }
});

// src/cli/bin.ts
init_builtins();
init_chunks();

// src/cli/program.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = __toESM(require("node:path"), 1);
init_rules();

// src/cli/options.ts
var import_node_util = require("node:util");
init_edit_distance();
var ArgumentError = class extends Error {
};
var HELP = { name: "help", short: "h", description: "display help for command" };
var VERSION = { name: "version", short: "V", description: "output the version number" };
function parseCommand(command, args) {
  const specs = new Map([...command.options, HELP, VERSION].map((spec) => [spec.name, spec]));
  const { tokens } = (0, import_node_util.parseArgs)({
    args: [...args],
    options: Object.fromEntries([...specs.values()].map((spec) => [spec.name, parseArgsOption(spec)])),
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  const given = new Set(tokens.flatMap((token) => token.kind === "option" ? [token.name] : []));
  if (given.has(HELP.name)) return { kind: "help" };
  if (given.has(VERSION.name)) return { kind: "version" };
  const options = Object.fromEntries(command.options.map((spec) => [key(spec), initialValue(spec)]));
  const operands = [];
  for (const token of tokens) {
    if (token.kind === "positional") operands.push(token.value);
    if (token.kind !== "option") continue;
    const spec = specs.get(token.name);
    if (spec === void 0) throw unknownOption(token.rawName, command);
    if (spec.value === void 0) {
      if (token.value !== void 0) throw new ArgumentError(`option '${token.rawName}' does not take a value`);
      options[key(spec)] = !spec.name.startsWith("no-");
      continue;
    }
    if (token.value === void 0) throw new ArgumentError(`option '${flags(spec)}' argument missing`);
    const value = convert(spec, token.value);
    options[key(spec)] = spec.repeatable ? [...options[key(spec)], value] : value;
  }
  if (command.operands === void 0 && operands.length > 0) {
    throw new ArgumentError(`too many arguments for '${command.name}'. Expected 0 arguments but got ${operands.length}.`);
  }
  return { kind: "run", operands: operands.length === 0 ? [...command.operands?.default ?? []] : operands, options };
}
function parseArgsOption(spec) {
  const type = spec.value === void 0 ? "boolean" : "string";
  return spec.short === void 0 ? { type } : { type, short: spec.short };
}
function key(spec) {
  return spec.name.replace(/^no-/, "").replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}
function initialValue(spec) {
  if (spec.value === void 0) return spec.name.startsWith("no-");
  return spec.repeatable ? [] : spec.default;
}
function convert(spec, value) {
  const invalid = (expected) => new ArgumentError(`option '${flags(spec)}' argument '${value}' is invalid. ${expected}`);
  if (spec.choices && !spec.choices.includes(value)) throw invalid(`Allowed choices are ${spec.choices.join(", ")}.`);
  if (spec.parse === void 0) return value;
  try {
    return spec.parse(value);
  } catch (error) {
    throw error instanceof ArgumentError ? invalid(error.message) : error;
  }
}
function unknownOption(rawName, command) {
  const message = `unknown option '${rawName}'`;
  if (!rawName.startsWith("--")) return new ArgumentError(message);
  const typed = rawName.slice(2);
  const names = command.options.map((spec) => spec.name);
  const guess = names.includes(`no-${typed}`) ? `no-${typed}` : closestName(typed, names);
  return new ArgumentError(guess === void 0 ? message : `${message}
(Did you mean --${guess}?)`);
}
function unknownCommand(name, commands) {
  const guess = closestName(
    name,
    commands.map((command) => command.name)
  );
  return new ArgumentError(`unknown command '${name}'${guess === void 0 ? "" : `
(Did you mean ${guess}?)`}`);
}
var HELP_WIDTH = 80;
function flags(spec) {
  const long = `--${spec.name}${spec.value === void 0 ? "" : ` <${spec.value}>`}`;
  return spec.short === void 0 ? long : `-${spec.short}, ${long}`;
}
function usage(command) {
  const options = command.options.length > 0 ? " [options]" : "";
  return `${command.name}${options}${command.operands ? ` [${command.operands.name}...]` : ""}`;
}
function optionDescription(spec) {
  const facts2 = [
    ...spec.choices ? [`choices: ${spec.choices.map((choice) => JSON.stringify(choice)).join(", ")}`] : [],
    ...spec.default === void 0 ? [] : [`default: ${JSON.stringify(spec.default)}`]
  ];
  return facts2.length === 0 ? spec.description : `${spec.description} (${facts2.join(", ")})`;
}
function formatCommandHelp(program, command) {
  const { operands } = command;
  const operandRows = operands ? [[operands.name, operands.default ? `${operands.description} (default: ${JSON.stringify(operands.default)})` : operands.description]] : [];
  const optionRows = [...command.options, HELP].map((spec) => [flags(spec), optionDescription(spec)]);
  const width = termWidth([...operandRows, ...optionRows]);
  return [
    `Usage: ${program} ${usage(command)}`,
    "",
    wrap(command.description, HELP_WIDTH).join("\n"),
    "",
    ...operandRows.length > 0 ? ["Arguments:", ...table(operandRows, width), ""] : [],
    "Options:",
    ...table(optionRows, width),
    ""
  ].join("\n");
}
function formatProgramHelp(program, description, commands) {
  const optionRows = [VERSION, HELP].map((spec) => [flags(spec), spec.description]);
  const commandRows = [
    ...commands.map((command) => [usage(command), command.description]),
    ["help [command]", "display help for command"]
  ];
  const width = termWidth([...optionRows, ...commandRows]);
  return [
    `Usage: ${program} [options] [command]`,
    "",
    wrap(description, HELP_WIDTH).join("\n"),
    "",
    "Options:",
    ...table(optionRows, width),
    "",
    "Commands:",
    ...table(commandRows, width),
    ""
  ].join("\n");
}
function termWidth(rows) {
  return Math.max(...rows.map(([term]) => term.length));
}
function table(rows, width) {
  const indent = 2 + width + 2;
  return rows.flatMap(
    ([term, description]) => wrap(description, HELP_WIDTH - indent).map((line, index) => index === 0 ? `  ${term.padEnd(width)}  ${line}` : `${" ".repeat(indent)}${line}`)
  );
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

// src/cli/program.ts
init_names();
init_environment2();
init_prediction();
init_meta();
init_formats();

// src/report/rule-list.ts
function formatRuleList(rules2, format2) {
  const sorted = [...rules2].sort((a, b) => a.id < b.id ? -1 : 1);
  if (format2 === "json") {
    const list = sorted.map((rule) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      predicts: rule.predicts,
      sources: rule.docs.sources,
      confidence: rule.docs.confidence
    }));
    return `${JSON.stringify(list, null, 2)}
`;
  }
  const width = Math.max(...sorted.map((rule) => rule.id.length));
  const lines = sorted.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.predicts.join(", ") || "-"}`);
  return `${"rule".padEnd(width)}  ${"default"}  predicts
${lines.join("\n")}
`;
}

// src/cli/program.ts
init_run();
var PROGRAM = "webagent-lint";
var DESCRIPTION = "Lint RSA ClearTrust web agent configurations, predict the log errors they cause, compare fleets and explain log codes.";
var SEVERITIES3 = ["error", "warning", "info"];
var formatOption = (choices, description = "output format") => ({
  name: "format",
  short: "f",
  value: "format",
  description,
  choices,
  default: "text"
});
var INPUT_OPTIONS = [
  { name: "output", short: "o", value: "file", description: "write the report to a file instead of stdout" },
  { name: "config", short: "c", value: "file", description: "use this config file instead of the nearest .webagent-lint.yaml" },
  { name: "no-color", description: "never colour the output (NO_COLOR is honoured too)" },
  {
    name: "firewall-idle-timeout",
    value: "duration",
    description: "idle timeout of firewalls between agents and servers, e.g. 55m, 1h (default: 1 hour, RSA KB 000025051)"
  },
  { name: "active-auth-servers", value: "count", description: "number of aservers actually in use per pool" },
  { name: "max-file-size", value: "size", description: "skip configuration files larger than this, with a finding", default: DEFAULT_MAX_FILE_SIZE }
];
var GATE_OPTIONS = [
  { name: "fail-on", value: "severity", description: "lowest severity that makes the run fail (exit 1)", choices: SEVERITIES3, default: "error" },
  { name: "no-fail", description: "report only: exit 0 whatever is found (exit 2 still means the run itself failed)" },
  { name: "no-inline-waivers", description: "ignore every inline waiver (central policy)" }
];
var PATHS = { name: "paths", description: "agent directories or configuration files", default: ["."] };
var COMMANDS = [
  {
    name: "lint",
    description: "lint every agent found under the paths (the default command)",
    operands: PATHS,
    options: [
      formatOption(FORMATS),
      {
        name: "report",
        value: "format=file",
        description: "also write a report in another format to a file (repeatable), e.g. --report sarif=out.sarif",
        repeatable: true,
        parse: parseReport
      },
      { name: "sarif-file", value: "file", description: "also write a SARIF report to a file (same as --report sarif=<file>)" },
      ...INPUT_OPTIONS,
      { name: "max-warnings", value: "count", description: "fail when there are more warnings than this", parse: parseCount },
      { name: "baseline", value: "file", description: "report only findings that are not in this baseline file" },
      { name: "update-baseline", description: "write all current findings to the --baseline file and report none" },
      { name: "quiet", short: "q", description: "list errors only (the summary and the exit code still count every finding)" },
      ...GATE_OPTIONS
    ],
    run: (paths, options, io) => {
      const { sarifFile, report, ...rest } = options;
      const reports = sarifFile === void 0 ? report : [...report, { format: "sarif", path: sarifFile }];
      return runLint({ paths, ...rest, reports }, io);
    }
  },
  {
    name: "compare",
    description: "show the settings that differ between the agents of each cluster, and check what must agree",
    operands: PATHS,
    options: [formatOption(COMPARE_FORMATS), { name: "all", description: "show settings that are equal everywhere too" }, ...INPUT_OPTIONS, ...GATE_OPTIONS],
    run: (paths, options, io) => runCompare({ paths, ...options }, io)
  },
  {
    name: "explain",
    description: "what log codes mean, what configuration causes them, which rules predict them; with --log, trace real logs to the configuration",
    operands: {
      name: "args",
      description: 'codes (CT_SOCKET_ERROR, CAMS-5005, 5005, "access reason 13", 7); with --log: log files and configuration paths, told apart by content'
    },
    options: [
      formatOption(EXPLAIN_FORMATS, "output format (html with --log only)"),
      {
        name: "log",
        short: "l",
        description: "read the arguments as log files (ctagent.log, Cams authentication/access control logs, cams-webagent.log) and agent configuration paths to lint"
      },
      ...INPUT_OPTIONS
    ],
    run: async (args, options, io) => {
      const { runExplain: runExplain2 } = await Promise.resolve().then(() => (init_explain(), explain_exports));
      return runExplain2(args, options, io);
    }
  },
  {
    name: "predict",
    description: "predict the ctagent.log codes of each ClearTrust agent and pool: rate, period, servers, what each number rests on, and the log after each remedy",
    operands: PATHS,
    options: [
      formatOption(PREDICT_FORMATS),
      {
        name: "set",
        value: "key=value",
        description: 'what if: a pool setting for every pool read (cleartrust.agent.auth_server_pool_refresh="55 Mins") or an environment value (environment.firewallIdleTimeout=30m, environment.activeAuthServers=1, environment.authServers=3); repeatable',
        repeatable: true,
        parse: parseSet
      },
      ...INPUT_OPTIONS
    ],
    run: async (paths, options, io) => {
      const { runPredict: runPredict2 } = await Promise.resolve().then(() => (init_predict(), predict_exports));
      return runPredict2({ paths, ...options }, io);
    }
  },
  {
    name: "rules",
    description: "list the rules with id, default severity and predicted log codes",
    options: [formatOption(["text", "json"])],
    run: (_, options, io) => {
      io.stdout(formatRuleList(rules, options.format));
      return 0;
    }
  },
  {
    name: "init",
    description: `write a starter ${CONFIG_FILE_NAMES[0]} in the current directory`,
    options: [],
    run: async (_, _options, io) => {
      const target = import_node_path4.default.join(io.cwd, CONFIG_FILE_NAMES[0]);
      try {
        (0, import_node_fs5.writeFileSync)(target, STARTER_CONFIG, { flag: "wx" });
      } catch (error) {
        if (error.code === "EEXIST") throw new UsageError(`${CONFIG_FILE_NAMES[0]} already exists; not overwritten`);
        throw error;
      }
      io.stderr(`webagent-lint: wrote ${CONFIG_FILE_NAMES[0]}
`);
      return 0;
    }
  }
];
async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr(`error: ${error.message}
`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`webagent-lint: ${error.message}
`);
      return 2;
    }
    io.stderr(`webagent-lint: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    if (io.env["WEBAGENT_LINT_DEBUG"] && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function dispatch(argv, io) {
  const [first, ...rest] = argv;
  if (first === "help") {
    if (rest[0] === void 0) return help(formatProgramHelp(PROGRAM, DESCRIPTION, COMMANDS), io);
    const command2 = COMMANDS.find((candidate) => candidate.name === rest[0]);
    if (command2 === void 0) throw unknownCommand(rest[0], COMMANDS);
    return help(formatCommandHelp(PROGRAM, command2), io);
  }
  const named = COMMANDS.find((candidate) => candidate.name === first);
  const command = named ?? COMMANDS[0];
  const parsed = parseCommand(command, named ? rest : argv);
  switch (parsed.kind) {
    case "help":
      return help(named ? formatCommandHelp(PROGRAM, command) : formatProgramHelp(PROGRAM, DESCRIPTION, COMMANDS), io);
    case "version":
      io.stdout(`${VERSION2}
`);
      return 0;
    case "run":
      return command.run(parsed.operands, parsed.options, io);
  }
}
function help(text, io) {
  io.stdout(text);
  return 0;
}
function parseReport(value) {
  const separator = value.indexOf("=");
  const format2 = value.slice(0, separator);
  if (separator < 1 || separator === value.length - 1 || !isFormat(format2)) {
    throw new ArgumentError(`expected <format>=<file> with a format among ${FORMATS.join(", ")}`);
  }
  return { format: format2, path: value.slice(separator + 1) };
}
function parseSet(value) {
  const separator = value.indexOf("=");
  const key2 = value.slice(0, separator).trim();
  const text = value.slice(separator + 1);
  if (separator < 1) throw new ArgumentError('expected <key>=<value>, e.g. cleartrust.agent.auth_server_pool_refresh="55 Mins"');
  if (key2.startsWith("environment.")) {
    const name = ENVIRONMENT_KEYS.find((candidate) => `environment.${candidate}` === key2);
    if (name === void 0) throw new ArgumentError(`${key2} is not an environment value (${ENVIRONMENT_KEYS.map((k) => `environment.${k}`).join(", ")})`);
    return { kind: "environment", key: name, value: text };
  }
  const override = settingOverride(key2, text);
  if ("error" in override) throw new ArgumentError(override.error);
  return { kind: "setting", ...override };
}
function parseCount(value) {
  if (!/^\d+$/.test(value)) throw new ArgumentError("expected a whole number");
  return Number(value);
}
var STARTER_CONFIG = `# webagent-lint configuration (see the README for every setting)
environment:
  # Idle timeout of firewalls or NAT between the agents and their servers (RSA KB 000025051: typically 1 hour).
  firewallIdleTimeout: 1h
  # Number of aservers actually in use per pool; enables the max_open_connections check.
  # activeAuthServers: 2
  # Number of aservers the dispatchers supply to a pool; lets predict count the idle connections.
  # authServers: 3
# Per rule: error, warning, info or off. \`webagent-lint rules\` lists them.
rules:
  cleartrust/debug-logging: warning
ignore:
  - "**/archive/**"
`;

// src/cli/bin.ts
if (process.argv[2] === WORKER_FLAG && !workerThreads().isMainThread) {
  runChunkWorker();
} else {
  let writeFailed = false;
  const fail = () => {
    writeFailed = true;
    process.exitCode = 2;
  };
  const stdout = writer(process.stdout, fail);
  const stderr = writer(process.stderr, fail);
  void main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdoutIsTTY: process.stdout.isTTY === true, stdout, stderr }).then((code) => {
    if (!writeFailed) process.exitCode = code;
  });
}
function writer(stream, failed) {
  let open3 = true;
  stream.on("error", (error) => {
    open3 = false;
    if (error.code === "EPIPE") return;
    failed();
    if (stream !== process.stderr) process.stderr.write(`webagent-lint: cannot write the output: ${error.message}
`);
  });
  return (text) => {
    if (open3) stream.write(text);
  };
}
