/**
 * The command line as data, parsed by commander (design §3.1). Each command is a table of options (OptionSpec):
 * program.ts states what the commands are and do, this file turns the tables into commander commands and keeps
 * what the CLI promises on top of commander: repeatable options kept in order, help that wins over any mistake
 * on the line, one error prefix, exit code 2 for every mistake, and nothing written to the real process.
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';

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

/**
 * A value the option's parser rejects: commander prints it after the option's flags and the value
 * ("option '--max-warnings <count>' argument 'x' is invalid. expected a whole number").
 */
export class ArgumentError extends InvalidArgumentError {}

/**
 * The options by camel-cased name (--fail-on → failOn, --no-color → color), defaults filled in, switches false
 * unless given, repeatable options an array. Their types follow from the table, which the type system does not
 * see: each command states them.
 */
export type OptionValues = object;

export interface ProgramSpec {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** Run when no command is named: `webagent-lint examples/` is `webagent-lint lint examples/`. */
  readonly defaultCommand: string;
  readonly commands: readonly CommandSpec[];
}

/** Runs the chosen command: its operands (the default when none was given), its options, whether operands were given. */
export type CommandRunner = (command: CommandSpec, operands: readonly string[], options: OptionValues, given: boolean) => Promise<void>;

export interface ProgramIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Where help wraps: the width of a terminal nobody resized, so that help reads the same everywhere. */
const HELP_WIDTH = 80;

/**
 * Parses `argv` and calls `run` with the chosen command, its operands and its options. Returns the exit code
 * of help, version and mistakes (0, 0, 2), or undefined when `run` was called. Builds a new commander program
 * for each call: commander keeps parsed values on its objects, and tests run several command lines at once.
 */
export async function parseProgram(program: ProgramSpec, argv: readonly string[], io: ProgramIo, run: CommandRunner): Promise<number | undefined> {
  const words = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  const wantsHelp = words.some((word) => word === '--help' || word === '-h');
  // Asking for the version (or for help, below) wins over any mistake elsewhere on the line.
  if (!wantsHelp && words.some((word) => word === '--version' || word === '-V')) {
    io.stdout(`${program.version}\n`);
    return 0;
  }
  const named = program.commands.find((command) => command.name === words[0]);
  const helpFor = words[0] === 'help' ? program.commands.find((command) => command.name === words[1]) : undefined;
  // Only the command that runs is built (every command only for the program's help): a start-up cost of each run.
  const defaultCommand = program.commands.find((command) => command.name === program.defaultCommand);
  const built = named ?? helpFor ?? (wantsHelp || words[0] === 'help' || defaultCommand === undefined ? undefined : defaultCommand);
  const root = buildProgram(program, built === undefined ? program.commands : [built], io, run);
  // Help wins over any mistake elsewhere on the line, which commander would report first when it comes earlier
  // (`lint --format xml --help`).
  if (wantsHelp) {
    (named === undefined ? root : (root.commands[0] as Command)).outputHelp();
    return 0;
  }
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return undefined;
  } catch (error) {
    // exitOverride: commander throws where it would exit; help and version have exit code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

function buildProgram(program: ProgramSpec, commands: readonly CommandSpec[], io: ProgramIo, run: CommandRunner): Command {
  const root = configure(new Command(program.name))
    .description(program.description)
    .version(program.version)
    .addHelpText(
      'after',
      `\nWithout a command, ${program.name} runs ${program.defaultCommand}: \`${program.name} [paths...]\`.\n` +
        `\`${program.name} help <command>\` or \`${program.name} <command> --help\` lists a command's options.`,
    );
  for (const spec of commands) {
    const command = configure(new Command(spec.name)).description(spec.description);
    if (spec.operands) {
      const operands = new Argument(`[${spec.operands.name}...]`, spec.operands.description);
      command.addArgument(spec.operands.default ? operands.default(spec.operands.default) : operands);
    }
    const options = spec.options.map((option) => [option, toOption(option)] as const);
    for (const [, option] of options) command.addOption(option);
    command.action(async () => {
      const [operands = []] = command.processedArgs as (string[] | undefined)[];
      await run(spec, operands, withDefaultsFilledIn(options, command.opts()), command.args.length > 0);
    });
    root.addCommand(command, { isDefault: spec.name === program.defaultCommand });
  }
  return root;

  function configure(command: Command): Command {
    return command
      .exitOverride()
      .configureHelp({ helpWidth: HELP_WIDTH })
      .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        // One prefix for every message of the program: the mistakes commander finds and those the commands find.
        outputError: (message, write) => write(message.replace(/^error: /, `${program.name}: `)),
      });
  }
}

function toOption(spec: OptionSpec): Option {
  const flags = `${spec.short === undefined ? '' : `-${spec.short}, `}--${spec.name}${spec.value === undefined ? '' : ` <${spec.value}>`}`;
  const option = new Option(flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  const { parse } = spec;
  if (spec.repeatable) option.argParser((value: string, previous: unknown[] | undefined) => [...(previous ?? []), parse ? parse(value) : value]);
  else if (parse) option.argParser(parse);
  return option;
}

/** A switch never given is false and a repeatable option never given an empty list, not undefined. */
function withDefaultsFilledIn(options: readonly (readonly [OptionSpec, Option])[], values: Record<string, unknown>): OptionValues {
  const filled = { ...values };
  for (const [spec, option] of options) {
    // The key commander gives the value (--fail-on → failOn, --no-color → color).
    const key = option.attributeName();
    if (spec.repeatable) filled[key] ??= [];
    else if (spec.value === undefined) filled[key] ??= false;
  }
  return filled;
}
