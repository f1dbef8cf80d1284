"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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

// src/cli/action.ts
var import_node_child_process = require("node:child_process");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var LAUNCHER = import_node_path.default.join(__dirname, "..", "bin", "webagent-lint.cjs");
process.exitCode = runAction();
function runAction() {
  const paths = input("paths").split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const args = splitWords(input("args"));
  if (args === void 0) {
    process.stderr.write("webagent-lint: the args input has an unclosed quote\n");
    return 2;
  }
  const sarifFile = input("sarif-file");
  if (sarifFile !== "") (0, import_node_fs.rmSync)(sarifFile, { force: true });
  const reportDir = (0, import_node_fs.mkdtempSync)(import_node_path.default.join(process.env["RUNNER_TEMP"] || import_node_os.default.tmpdir(), "webagent-lint-"));
  const jsonReport = import_node_path.default.join(reportDir, "report.json");
  try {
    const cli = (0, import_node_child_process.spawnSync)(
      process.execPath,
      // --format github: the runner turns the ::error/::warning lines on stdout into annotations. The paths come
      // after -- so that none is read as an option.
      [
        LAUNCHER,
        "lint",
        "--format",
        "github",
        ...sarifFile === "" ? [] : ["--sarif-file", sarifFile],
        "--report",
        `json=${jsonReport}`,
        ...args,
        "--",
        ...paths
      ],
      { stdio: "inherit" }
    );
    const code = cli.status ?? 2;
    const summary = (0, import_node_fs.existsSync)(jsonReport) ? JSON.parse((0, import_node_fs.readFileSync)(jsonReport, "utf8")).summary : void 0;
    setOutput("sarif-file", sarifFile !== "" && (0, import_node_fs.existsSync)(sarifFile) ? sarifFile : "");
    if (summary !== void 0) for (const count of ["errors", "warnings", "infos"]) setOutput(count, String(summary[count]));
    writeStepSummary(code, summary);
    return code;
  } finally {
    (0, import_node_fs.rmSync)(reportDir, { recursive: true, force: true });
  }
}
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function splitWords(text) {
  const words = [];
  let word;
  let quote;
  for (const char of text) {
    if (quote !== void 0) {
      if (char === quote) quote = void 0;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== void 0) words.push(word);
      word = void 0;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote !== void 0) return void 0;
  if (word !== void 0) words.push(word);
  return words;
}
function setOutput(name, value) {
  const file = process.env["GITHUB_OUTPUT"];
  const delimiter = `webagent-lint-${(0, import_node_crypto.randomUUID)()}`;
  if (file) (0, import_node_fs.appendFileSync)(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function writeStepSummary(code, summary) {
  const file = process.env["GITHUB_STEP_SUMMARY"];
  if (!file) return;
  const verdict = code === 0 ? "### webagent-lint: passed\n\nNo finding at or above the failure threshold.\n" : code === 1 ? "### webagent-lint: failed\n\nFindings at or above the failure threshold: see the annotations.\n" : `### webagent-lint: could not run

webagent-lint exited with code ${code}: see the log of this step.
`;
  const counts = summary === void 0 ? "" : `
| errors | warnings | infos | agents | files |
| ---: | ---: | ---: | ---: | ---: |
| ${summary.errors} | ${summary.warnings} | ${summary.infos} | ${summary.agents} | ${summary.files} |
`;
  (0, import_node_fs.appendFileSync)(file, `${verdict}${counts}`);
}
