import { channelName, type ServiceName, type Services } from '../../shared/ipc/contract';
import type { IpcErrorCode, LocalisedMessage } from '../../shared/ipc/ipc-result';
import type { IpcInvoker } from '../ipc/ipc-invoker';
import type { DictionarySource } from '../../shared/spelling/speller';
import type { Library } from '../storage/library';
import type { CliPorts } from './cli-ports';
import type { InterfaceLanguage } from '../../shared/i18n/interface-language';
import type { Translate } from '../../shared/i18n/messages';

/** Where a command writes: people read stdout, scripts parse it; stderr carries errors and progress. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress is shown only to a person watching a terminal, never into a log or a pipe. */
  stderrIsTerminal: boolean;
  /** The terminal's width, which `--help` wraps to; absent when the output is not a terminal. */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** `node_modules/@fontsource`, where PDF export reads its bundled fonts. */
  fontsourceFolder: string;
  /** The bundled DOCX import worker: Word files are converted there, with its capped heap and deadline. Inline without it (tests in process). */
  docxImportWorker?: string;
  /** The bundled spelling dictionaries (`spell`); without them `spell` says so and fails. */
  dictionaries?: DictionarySource;
  /** Asks for a secret on the terminal without showing it (a password); absent when there is no terminal to type into. */
  readSecret?: (question: string) => Promise<string>;
}

/** A wrong command line: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command ran but did not succeed (not found, failed check, refused write): exit code 1. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
  constructor(
    message: string,
    readonly code?: IpcErrorCode,
    /** The service's sentence as a catalog id, said in the locale's language. */
    readonly localised?: LocalisedMessage,
  ) {
    super(message);
  }
}

type ServiceMethod<S extends ServiceName, M extends keyof Services[S]> = Services[S][M] extends (...args: infer A) => Promise<infer R>
  ? { args: A; result: R }
  : never;

/** The app's services as the command line reaches them: through the same invoker and contract checks as the app. */
export interface CliServices {
  call<S extends ServiceName, M extends keyof Services[S] & string>(service: S, method: M, ...args: ServiceMethod<S, M>['args']): Promise<ServiceMethod<S, M>['result']>;
}

export function cliServices(invoke: IpcInvoker): CliServices {
  return {
    async call(service, method, ...args) {
      const result = await invoke(channelName(service, method), args);
      if (!result.ok) throw new CommandFailure(result.error.message, result.error.code, result.error.localised);
      return result.value;
    },
  };
}

export interface CliContext {
  io: CliIo;
  /** The library file this run works on (`--library`, or the app's own). */
  libraryFile: string;
  /** Opens the library on first use; commands that never need it never open it. */
  services(): CliServices;
  /** The open library itself, for what only a terminal does (backup to a file, restore from one). */
  library(): Library;
  /** The shell's part of the services (export target, PDF printer), for commands that export. */
  host: CliPorts;
  /** `--chromium PATH` from the command line, for PDF export. */
  chromium: { explicit?: string };
  /** The locale's language (LC_ALL, LC_MESSAGES, LANG; English by default): every line for people is said in it. */
  language: InterfaceLanguage;
  /** The catalogs' sentences in that language; `--json` output is never translated. */
  t: Translate;
}
