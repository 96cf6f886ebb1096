import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliContext } from './cli-context';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommandLine<Options extends OptionsConfig> {
  values: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/** One command of the command line: its usage line and what it does with its arguments. */
export interface CliCommand {
  name: string;
  /** The arguments after the command name, as the usage text shows them. */
  usage: string;
  summary: string;
  /** Returns the exit code: 0 done, 1 failed (not found, failed check). Throws UsageError for a wrong command line. */
  run(context: CliContext, args: string[]): Promise<number>;
}

/**
 * Parses a command's own arguments strictly: an unknown option or a missing
 * value is a usage error (exit 2), with node:util's message.
 */
export function parseCommandArguments<Options extends OptionsConfig>(
  command: string,
  args: string[],
  options: Options,
  positionals: { min: number; max: number; names: string },
): ParsedCommandLine<Options> {
  let parsed: ParsedCommandLine<Options>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (parsed.positionals.length < positionals.min) throw new UsageError(`${command}: missing ${positionals.names}.`);
  if (parsed.positionals.length > positionals.max) throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}".`);
  return parsed;
}

/** Picks one of a fixed set of values for an option, or says which ones it takes. */
export function oneOf<const Value extends string>(command: string, option: string, value: string | undefined, allowed: readonly Value[]): Value | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as Value;
  throw new UsageError(`${command}: --${option} must be one of ${allowed.join(', ')} (got "${value}").`);
}
