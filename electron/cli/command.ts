import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MessageKey, Translate } from '../../shared/i18n/messages';
import { UsageError, type CliContext } from './cli-context';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommandLine<Options extends OptionsConfig> {
  values: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/** One command of the command line: its usage line and what it does with its arguments. */
export interface CliCommand {
  name: string;
  /** The arguments after the command name, as the usage text shows them (option names are never translated). */
  usage: string;
  /** What the command does, as a catalog id: `--help` says it in the locale's language. */
  summary: MessageKey;
  /** Returns the exit code: 0 done, 1 failed (not found, failed check). Throws UsageError for a wrong command line. */
  run(context: CliContext, args: string[]): Promise<number>;
}

/** The positional arguments a command takes, and the sentence that says what is missing when too few are given. */
export interface Positionals {
  min: number;
  max: number;
  missing?: MessageKey;
}

/** node:util's parse error as one sentence of the catalogs (its own message is English and names the option in quotes). */
function parseProblem(t: Translate, command: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/u.exec(message)?.[1];
  const code = (error as { code?: unknown } | null)?.code;
  if (option !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.args.unknownOption', { command, option });
  if (option !== undefined && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return t(message.includes('does not take') ? 'cli.args.takesNoValue' : 'cli.args.needsValue', { command, option });
  }
  return `${command}: ${message.split('\n')[0] ?? ''}`;
}

/**
 * Parses a command's own arguments strictly: an unknown option or a missing
 * value is a usage error (exit 2), said in the locale's language.
 */
export function parseCommandArguments<Options extends OptionsConfig>(
  t: Translate,
  command: string,
  args: string[],
  options: Options,
  positionals: Positionals,
): ParsedCommandLine<Options> {
  let parsed: ParsedCommandLine<Options>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseProblem(t, command, error));
  }
  if (parsed.positionals.length < positionals.min) throw new UsageError(t(positionals.missing ?? 'cli.args.missingArgument', { command }));
  if (parsed.positionals.length > positionals.max) throw new UsageError(t('cli.args.unexpected', { command, argument: parsed.positionals[positionals.max] ?? '' }));
  return parsed;
}

/** Picks one of a fixed set of values for an option, or says which ones it takes. */
export function oneOf<const Value extends string>(t: Translate, command: string, option: string, value: string | undefined, allowed: readonly Value[]): Value | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as Value;
  throw new UsageError(t('cli.args.oneOf', { command, option: `--${option}`, values: allowed.join(', '), value }));
}
