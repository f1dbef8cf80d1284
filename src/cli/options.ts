/**
 * Command-line parsing for cli.ts. node:util parseArgs splits the words (--name=value, -fjson, -cf file, the --
 * terminator); this adds what the CLI promises on top: choices, defaults, repeatable and --no-* options, checked
 * values, "did you mean" for unknown options, and help text, all derived from one table of options per command.
 * It replaced commander, whose loading (node:child_process among what it requires) cost about 5 ms of every run,
 * a sixth of what linting one agent adds to starting Node (BENCHMARKS.md).
 */
import { parseArgs } from 'node:util';
import { closestName } from '../text/edit-distance.js';

export interface OptionSpec {
  /** Long name without the dashes. A switch named no-… sets the value under the rest of the name to false. */
  readonly name: string;
  readonly short?: string;
  /** Placeholder of the value in help, e.g. 'file'; an option without one is a switch. */
  readonly value?: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly default?: string;
  /** Given several times, every value is kept, in order. */
  readonly repeatable?: boolean;
  /** Checks and converts the value; throws an ArgumentError saying what was expected. */
  readonly parse?: (value: string) => unknown;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  /** The command's words other than options; a command without this takes none. */
  readonly operands?: { readonly name: string; readonly description: string; readonly default?: readonly string[] };
  readonly options: readonly OptionSpec[];
}

/** A mistake on the command line: printed as one message, exit code 2. */
export class ArgumentError extends Error {}

/**
 * The options by camel-cased name (--fail-on → failOn, --no-color → color), defaults filled in, switches false
 * unless given. Their types follow from the table, which the type system does not see: each command states them.
 */
export type OptionValues = object;

export type ParsedCommand =
  | { readonly kind: 'run'; readonly operands: readonly string[]; readonly options: OptionValues }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

/** Accepted by every command, listed in the program's help only. */
const HELP: OptionSpec = { name: 'help', short: 'h', description: 'display help for command' };
const VERSION: OptionSpec = { name: 'version', short: 'V', description: 'output the version number' };

export function parseCommand(command: CommandSpec, args: readonly string[]): ParsedCommand {
  const specs = new Map([...command.options, HELP, VERSION].map((spec) => [spec.name, spec]));
  // Not strict: unknown options and missing values come back as tokens, so that the messages can be ours.
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries([...specs.values()].map((spec) => [spec.name, parseArgsOption(spec)])),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const given = new Set(tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : [])));
  // Asking for help or the version wins over any mistake elsewhere on the line.
  if (given.has(HELP.name)) return { kind: 'help' };
  if (given.has(VERSION.name)) return { kind: 'version' };

  const options: Record<string, unknown> = Object.fromEntries(command.options.map((spec) => [key(spec), initialValue(spec)]));
  const operands: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = specs.get(token.name);
    if (spec === undefined) throw unknownOption(token.rawName, command);
    if (spec.value === undefined) {
      if (token.value !== undefined) throw new ArgumentError(`option '${token.rawName}' does not take a value`);
      options[key(spec)] = !spec.name.startsWith('no-');
      continue;
    }
    if (token.value === undefined) throw new ArgumentError(`option '${flags(spec)}' argument missing`);
    const value = convert(spec, token.value);
    options[key(spec)] = spec.repeatable ? [...(options[key(spec)] as unknown[]), value] : value;
  }
  if (command.operands === undefined && operands.length > 0) {
    throw new ArgumentError(`too many arguments for '${command.name}'. Expected 0 arguments but got ${operands.length}.`);
  }
  return { kind: 'run', operands: operands.length === 0 ? [...(command.operands?.default ?? [])] : operands, options };
}

function parseArgsOption(spec: OptionSpec): { type: 'boolean' | 'string'; short?: string } {
  const type = spec.value === undefined ? 'boolean' : 'string';
  // parseArgs rejects short: undefined.
  return spec.short === undefined ? { type } : { type, short: spec.short };
}

function key(spec: OptionSpec): string {
  return spec.name.replace(/^no-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function initialValue(spec: OptionSpec): unknown {
  if (spec.value === undefined) return spec.name.startsWith('no-');
  return spec.repeatable ? [] : spec.default;
}

function convert(spec: OptionSpec, value: string): unknown {
  const invalid = (expected: string): ArgumentError => new ArgumentError(`option '${flags(spec)}' argument '${value}' is invalid. ${expected}`);
  if (spec.choices && !spec.choices.includes(value)) throw invalid(`Allowed choices are ${spec.choices.join(', ')}.`);
  if (spec.parse === undefined) return value;
  try {
    return spec.parse(value);
  } catch (error) {
    throw error instanceof ArgumentError ? invalid(error.message) : error;
  }
}

function unknownOption(rawName: string, command: CommandSpec): ArgumentError {
  const message = `unknown option '${rawName}'`;
  if (!rawName.startsWith('--')) return new ArgumentError(message);
  const typed = rawName.slice(2);
  const names = command.options.map((spec) => spec.name);
  // --color for --no-color is a likelier slip than anything a few edits away.
  const guess = names.includes(`no-${typed}`) ? `no-${typed}` : closestName(typed, names);
  return new ArgumentError(guess === undefined ? message : `${message}\n(Did you mean --${guess}?)`);
}

/** An unknown command name after `help`. */
export function unknownCommand(name: string, commands: readonly CommandSpec[]): ArgumentError {
  const guess = closestName(
    name,
    commands.map((command) => command.name),
  );
  return new ArgumentError(`unknown command '${name}'${guess === undefined ? '' : `\n(Did you mean ${guess}?)`}`);
}

// ----- help -----

const HELP_WIDTH = 80;

function flags(spec: OptionSpec): string {
  const long = `--${spec.name}${spec.value === undefined ? '' : ` <${spec.value}>`}`;
  return spec.short === undefined ? long : `-${spec.short}, ${long}`;
}

function usage(command: CommandSpec): string {
  const options = command.options.length > 0 ? ' [options]' : '';
  return `${command.name}${options}${command.operands ? ` [${command.operands.name}...]` : ''}`;
}

function optionDescription(spec: OptionSpec): string {
  const facts = [
    ...(spec.choices ? [`choices: ${spec.choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
    ...(spec.default === undefined ? [] : [`default: ${JSON.stringify(spec.default)}`]),
  ];
  return facts.length === 0 ? spec.description : `${spec.description} (${facts.join(', ')})`;
}

export function formatCommandHelp(program: string, command: CommandSpec): string {
  const { operands } = command;
  const operandRows: [string, string][] = operands
    ? [[operands.name, operands.default ? `${operands.description} (default: ${JSON.stringify(operands.default)})` : operands.description]]
    : [];
  const optionRows = [...command.options, HELP].map((spec): [string, string] => [flags(spec), optionDescription(spec)]);
  const width = termWidth([...operandRows, ...optionRows]);
  return [
    `Usage: ${program} ${usage(command)}`,
    '',
    wrap(command.description, HELP_WIDTH).join('\n'),
    '',
    ...(operandRows.length > 0 ? ['Arguments:', ...table(operandRows, width), ''] : []),
    'Options:',
    ...table(optionRows, width),
    '',
  ].join('\n');
}

export function formatProgramHelp(program: string, description: string, commands: readonly CommandSpec[]): string {
  const optionRows = [VERSION, HELP].map((spec): [string, string] => [flags(spec), spec.description]);
  const commandRows = [
    ...commands.map((command): [string, string] => [usage(command), command.description]),
    ['help [command]', 'display help for command'] as [string, string],
  ];
  const width = termWidth([...optionRows, ...commandRows]);
  return [
    `Usage: ${program} [options] [command]`,
    '',
    wrap(description, HELP_WIDTH).join('\n'),
    '',
    'Options:',
    ...table(optionRows, width),
    '',
    'Commands:',
    ...table(commandRows, width),
    '',
  ].join('\n');
}

function termWidth(rows: readonly (readonly [string, string])[]): number {
  return Math.max(...rows.map(([term]) => term.length));
}

/** Two-column rows: the term padded to `width`, the description wrapped beside it. */
function table(rows: readonly (readonly [string, string])[], width: number): string[] {
  const indent = 2 + width + 2;
  return rows.flatMap(([term, description]) =>
    wrap(description, HELP_WIDTH - indent).map((line, index) => (index === 0 ? `  ${term.padEnd(width)}  ${line}` : `${' '.repeat(indent)}${line}`)),
  );
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
