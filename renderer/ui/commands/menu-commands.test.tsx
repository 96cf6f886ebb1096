import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuCommands, type MenuCommand } from '../../../shared/ipc/app-events';
import { commandsOwnedBy, MenuCommandRegistry, menuCommandOwners, type MenuCommandHandlers } from './menu-commands';
import { MenuCommandContext, useMenuCommands } from './use-menu-commands';

afterEach(cleanup);

const noop = () => undefined;
const workspaceHandlers = (): MenuCommandHandlers<'workspace'> => ({ 'open-settings': vi.fn(), 'import-docx': vi.fn() });

describe('menu command registry', () => {
  it('gives every menu command exactly one owner', () => {
    const owned = (['workspace', 'library', 'briefing', 'editor', 'directory'] as const).flatMap((owner) => commandsOwnedBy(owner));
    expect([...owned].sort()).toEqual([...menuCommands].sort());
    expect(Object.keys(menuCommandOwners).sort()).toEqual([...menuCommands].sort());
  });

  it('runs the one handler registered for a command', () => {
    const unhandled = vi.fn();
    const registry = new MenuCommandRegistry(unhandled);
    const handlers = workspaceHandlers();
    registry.register('workspace', handlers);
    expect(registry.dispatch('import-docx')).toBe(true);
    expect(handlers['import-docx']).toHaveBeenCalledTimes(1);
    expect(handlers['open-settings']).not.toHaveBeenCalled();
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('reports a command nobody on screen handles instead of dropping it', () => {
    const unhandled = vi.fn<(command: MenuCommand) => void>();
    const registry = new MenuCommandRegistry(unhandled);
    registry.register('workspace', workspaceHandlers());
    expect(registry.dispatch('export')).toBe(false);
    expect(unhandled).toHaveBeenCalledWith('export');
  });

  it('reports the commands of an owner that has left the screen', () => {
    const unhandled = vi.fn<(command: MenuCommand) => void>();
    const registry = new MenuCommandRegistry(unhandled);
    const unregister = registry.register('editor', { find: noop, replace: noop });
    unregister();
    registry.dispatch('find');
    expect(unhandled).toHaveBeenCalledWith('find');
  });

  it('refuses a second handler for a command', () => {
    const registry = new MenuCommandRegistry(noop);
    registry.register('editor', { find: noop, replace: noop });
    expect(() => registry.register('editor', { find: noop, replace: noop })).toThrow('"find" already has a handler');
  });

  it('refuses handlers built at run time that miss a command', () => {
    const registry = new MenuCommandRegistry(noop);
    const partial = { find: noop } as unknown as MenuCommandHandlers<'editor'>;
    expect(() => registry.register('editor', partial)).toThrow('no handler for the menu command "replace"');
  });

  it('makes a missing or a foreign handler a type error', () => {
    // @ts-expect-error: the editor must handle Replace… too.
    const missing: MenuCommandHandlers<'editor'> = { find: noop };
    // @ts-expect-error: Export… belongs to the briefing, not the editor.
    const foreign: MenuCommandHandlers<'editor'> = { find: noop, replace: noop, export: noop };
    expect([missing, foreign]).toHaveLength(2);
  });
});

function EditorCommands({ onFind }: { onFind: () => void }) {
  useMenuCommands('editor', { find: onFind, replace: noop });
  return null;
}

describe('useMenuCommands', () => {
  it('registers while mounted, calls the latest handler, and leaves nothing behind', () => {
    const unhandled = vi.fn<(command: MenuCommand) => void>();
    const registry = new MenuCommandRegistry(unhandled);
    const first = vi.fn();
    const second = vi.fn();
    const view = render(
      <MenuCommandContext.Provider value={registry}>
        <EditorCommands onFind={first} />
      </MenuCommandContext.Provider>,
    );
    view.rerender(
      <MenuCommandContext.Provider value={registry}>
        <EditorCommands onFind={second} />
      </MenuCommandContext.Provider>,
    );
    registry.dispatch('find');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    view.unmount();
    registry.dispatch('find');
    expect(unhandled).toHaveBeenCalledWith('find');
  });
});
