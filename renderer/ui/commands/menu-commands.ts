import type { MenuCommand } from '../../../shared/ipc/app-events';

/** The parts of the window that answer commands from the application menu. */
export type MenuCommandOwner = 'workspace' | 'library' | 'briefing' | 'editor' | 'directory';

/**
 * Which part of the window answers each menu command: exactly one owner per command. A command added to
 * `menuCommands` without an owner here, or listed twice, does not compile.
 */
export const menuCommandOwners = {
  'new-briefing': 'library',
  'show-library': 'library',
  'open-settings': 'workspace',
  'import-docx': 'workspace',
  'import-invite': 'directory',
  'open-directory': 'directory',
  find: 'editor',
  replace: 'editor',
  export: 'briefing',
  'save-now': 'briefing',
  'open-in-new-window': 'briefing',
  'show-history': 'briefing',
  'save-as-template': 'briefing',
  'move-to-trash': 'briefing',
} as const satisfies Record<MenuCommand, MenuCommandOwner>;

export type CommandsOwnedBy<Owner extends MenuCommandOwner> = {
  [Command in MenuCommand]: (typeof menuCommandOwners)[Command] extends Owner ? Command : never;
}[MenuCommand];

/**
 * What one owner registers: a handler for every command it owns and for no other. A missing handler, or a
 * handler for another owner's command, is a type error.
 */
export type MenuCommandHandlers<Owner extends MenuCommandOwner> = { readonly [Command in CommandsOwnedBy<Owner>]: () => void } & {
  readonly [Command in Exclude<MenuCommand, CommandsOwnedBy<Owner>>]?: never;
};

export function commandsOwnedBy<Owner extends MenuCommandOwner>(owner: Owner): CommandsOwnedBy<Owner>[] {
  return (Object.keys(menuCommandOwners) as MenuCommand[]).filter((command): command is CommandsOwnedBy<Owner> => menuCommandOwners[command] === owner);
}

/**
 * The window's menu commands, each delivered to the one handler registered for it. Owners register while they are
 * on screen (the briefing's commands only while a briefing is open); a command that arrives with no handler is
 * reported, never dropped, and a second handler for a command is a programming error.
 */
export class MenuCommandRegistry {
  private readonly handlers = new Map<MenuCommand, () => void>();

  constructor(private readonly reportUnhandled: (command: MenuCommand) => void) {}

  /** Registers `owner`'s handlers; the returned function takes them away again. */
  register<Owner extends MenuCommandOwner>(owner: Owner, handlers: MenuCommandHandlers<Owner>): () => void {
    const commands = commandsOwnedBy(owner);
    // The types already promise one function per owned command; this also holds for handlers built at run time.
    const table = handlers as unknown as Partial<Record<MenuCommand, unknown>>;
    for (const command of commands) {
      if (typeof table[command] !== 'function') throw new Error(`The ${owner} registered no handler for the menu command "${command}".`);
      if (this.handlers.has(command)) throw new Error(`The menu command "${command}" already has a handler; each command has exactly one.`);
    }
    const registered = commands.map((command) => {
      const handler = () => (table[command] as () => void)();
      this.handlers.set(command, handler);
      return [command, handler] as const;
    });
    return () => {
      for (const [command, handler] of registered) if (this.handlers.get(command) === handler) this.handlers.delete(command);
    };
  }

  /** Runs the command's handler; without one, reports it and returns false. */
  dispatch(command: MenuCommand): boolean {
    const handler = this.handlers.get(command);
    if (!handler) {
      this.reportUnhandled(command);
      return false;
    }
    handler();
    return true;
  }

  isHandled(command: MenuCommand): boolean {
    return this.handlers.has(command);
  }
}
