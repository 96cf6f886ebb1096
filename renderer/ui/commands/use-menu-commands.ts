import { createContext, useContext, useEffect, useRef } from 'react';
import { commandsOwnedBy, type MenuCommandHandlers, type MenuCommandOwner, type MenuCommandRegistry } from './menu-commands';

/** The window's menu command registry; the root provides it. Without one (a component rendered alone in a test) nothing registers. */
export const MenuCommandContext = createContext<MenuCommandRegistry | null>(null);

/**
 * Registers `owner`'s menu command handlers with `registry` for as long as the component is mounted. The latest
 * handlers are always the ones called, without registering again on every render.
 */
export function useMenuCommandsIn<Owner extends MenuCommandOwner>(registry: MenuCommandRegistry | null, owner: Owner, handlers: MenuCommandHandlers<Owner>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!registry) return undefined;
    // Each call runs the handler of the latest render.
    const callLatest = Object.fromEntries(
      commandsOwnedBy(owner).map((command) => [command, () => (latest.current[command] as () => void)()]),
    ) as MenuCommandHandlers<Owner>;
    return registry.register(owner, callLatest);
  }, [registry, owner]);
}

/** Registers `owner`'s menu command handlers with the window's registry (see `MenuCommandContext`). */
export function useMenuCommands<Owner extends MenuCommandOwner>(owner: Owner, handlers: MenuCommandHandlers<Owner>): void {
  useMenuCommandsIn(useContext(MenuCommandContext), owner, handlers);
}
