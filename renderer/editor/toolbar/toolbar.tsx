import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Ellipsis } from 'lucide-react';
import { ReactEditor, useSlate } from 'slate-react';
import { chordLabel, shortcuts } from '../../../shared/keyboard/shortcuts';
import { isWindowCommand, runEditorCommand, type WindowCommand } from '../hotkeys';
import type { Translate } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';
import { MenuButton, MenuItem } from '../../ui/menu';
import { toolbarButtons, type ToolbarButtonSpec } from './toolbar-buttons';

export interface ToolbarProps {
  isMac: boolean;
  readOnly: boolean;
  canInsertField: boolean;
  onInsertField: () => void;
  /** Opens the link dialog or the find bar, adds a comment, turns suggesting on or off. */
  onWindowCommand: (command: WindowCommand) => void;
  suggestingOn: boolean;
  spellingOn: boolean;
  onSpellingChange: (enabled: boolean) => void;
  onCheckSpelling: () => void;
  /** Always in sight at the end of the row (the language of the selected text). */
  children?: ReactNode;
}

/** The first chord of a command's shortcut on this platform, as the help writes it, from the one table of shortcuts. */
function shortcutOf(command: string, isMac: boolean): string | undefined {
  const chord = shortcuts.find((shortcut) => shortcut.command === command)?.chords.find((candidate) => !candidate.platform || candidate.platform === (isMac ? 'mac' : 'other'));
  return chord ? chordLabel(chord.label, isMac) : undefined;
}

/** `aria-keyshortcuts` wants key names: Control+B, Meta+B. */
function ariaShortcut(command: string, isMac: boolean): string | undefined {
  const chord = shortcuts.find((shortcut) => shortcut.command === command)?.chords.find((candidate) => !candidate.platform || candidate.platform === (isMac ? 'mac' : 'other'));
  return chord?.label.replace('Mod', isMac ? 'Meta' : 'Control').replace('Ctrl', 'Control');
}

function tooltipOf(spec: ToolbarButtonSpec, t: Translate, isMac: boolean): string {
  const shortcut = shortcutOf(spec.command, isMac) ?? '';
  switch (spec.command) {
    case 'comment':
      return t('comments.addTitle', { shortcut });
    case 'suggesting':
      return t('suggestions.modeTitle', { shortcut });
    case 'check-spelling':
      return t('spelling.checkTitle');
    case 'field':
      return t('toolbar.insertFieldTitle');
    default:
      return shortcut ? t('toolbar.tooltip', { label: t(spec.label), shortcut }) : t(spec.label);
  }
}

/** The buttons the arrow keys move between: those shown and enabled, then "More". */
const STOPS = '[data-toolbar-item]:not([hidden]):not(:disabled), [data-toolbar-more] button[aria-haspopup]';

/** The gap between buttons and the extra room before a group's first button (its dividing line), in CSS pixels. */
const GAP = 2;

/**
 * The formatting toolbar, one row: icon buttons with accessible names and the shortcut in the tooltip. What does not
 * fit the row's width goes, from the end, into the "More" menu (arrow keys move in it, Escape gives the keyboard back
 * to "More"). The widths are measured: each button's own width as last shown, the row's width as the window is now.
 */
export function Toolbar({ isMac, readOnly, canInsertField, onInsertField, onWindowCommand, suggestingOn, spellingOn, onSpellingChange, onCheckSpelling, children }: ToolbarProps) {
  const editor = useSlate();
  const t = useT();
  const row = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [menuOpen, setMenuOpen] = useState(false);
  const buttons = toolbarButtons.filter((spec) => !(spec.editingOnly && readOnly) && (spec.command !== 'field' || canInsertField));
  const [shown, setShown] = useState(buttons.length);
  const key = buttons.map((spec) => spec.command).join(' ');
  // Every keystroke renders the toolbar again (its pressed states follow the text): the buttons' names, tooltips and
  // icons, which change only with the interface language, are made once for it.
  const faces = useMemo(
    () =>
      new Map(
        toolbarButtons.map((spec) => {
          const Icon = spec.icon;
          return [spec.command, { label: t(spec.label), title: tooltipOf(spec, t, isMac), keys: ariaShortcut(spec.command, isMac), icon: <Icon aria-hidden="true" size={18} strokeWidth={1.75} /> }];
        }),
      ),
    [t, isMac],
  );

  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const fit = () => {
      const items = Array.from(element.querySelectorAll<HTMLElement>('[data-toolbar-item]'));
      for (const item of items) {
        if (!item.hidden) widths.current.set(item.dataset.toolbarItem ?? '', item.offsetWidth + parseFloat(getComputedStyle(item).marginInlineStart || '0') + GAP);
      }
      const fallback = Math.max(...widths.current.values(), 32);
      const fixed = Array.from(element.querySelectorAll<HTMLElement>('[data-toolbar-fixed]')).reduce((sum, item) => sum + item.offsetWidth + GAP * 4, 0);
      const available = element.clientWidth - fixed;
      const needed = items.map((item) => widths.current.get(item.dataset.toolbarItem ?? '') ?? fallback);
      const total = needed.reduce((sum, width) => sum + width, 0);
      if (total <= available) {
        setShown(items.length);
        return;
      }
      const more = element.querySelector<HTMLElement>('[data-toolbar-more]')?.offsetWidth ?? fallback;
      let used = more + GAP * 4;
      let count = 0;
      while (count < needed.length && used + (needed[count] ?? 0) <= available) used += needed[count++] ?? 0;
      setShown(count);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [key, t]);

  // One Tab stop for the whole toolbar, as the ARIA toolbar pattern has it: the button last used (else the first),
  // the arrow keys, Home and End move between the buttons. Set after every render, as buttons come and go.
  const current = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const stops = Array.from(row.current?.querySelectorAll<HTMLElement>(STOPS) ?? []);
    const active = stops.find((stop) => stop === current.current) ?? stops[0];
    for (const stop of stops) stop.tabIndex = stop === active ? 0 : -1;
    for (const item of row.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]:is([hidden], :disabled)') ?? []) item.tabIndex = -1;
  });
  const moveWithArrows = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(event.key) || (event.target as Element).closest('[role="menu"], select')) return;
    const stops = Array.from(row.current?.querySelectorAll<HTMLElement>(STOPS) ?? []);
    const index = stops.indexOf(event.target as HTMLElement);
    if (index < 0 || stops.length === 0) return;
    const forward = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? stops.length - 1 : (index + (event.key === forward ? 1 : -1) + stops.length) % stops.length;
    event.preventDefault();
    for (const stop of stops) stop.tabIndex = -1;
    const target = stops[next];
    if (!target) return;
    target.tabIndex = 0;
    current.current = target;
    target.focus();
  };

  const run = (spec: ToolbarButtonSpec) => {
    switch (spec.command) {
      case 'field':
        if (!editor.selection) ReactEditor.focus(editor);
        onInsertField();
        return;
      case 'spelling-toggle':
        onSpellingChange(!spellingOn);
        return;
      case 'check-spelling':
        onCheckSpelling();
        return;
      default:
        break;
    }
    if (isWindowCommand(spec.command)) {
      onWindowCommand(spec.command);
      return;
    }
    if (!editor.selection) ReactEditor.focus(editor);
    runEditorCommand(editor, spec.command);
    ReactEditor.focus(editor);
  };

  const pressed = (spec: ToolbarButtonSpec): boolean | undefined => {
    if (spec.command === 'suggesting') return suggestingOn;
    if (spec.command === 'spelling-toggle') return spellingOn;
    return spec.isActive ? spec.isActive(editor) : undefined;
  };
  const enabled = (spec: ToolbarButtonSpec) => !(readOnly && spec.changesText) && (spec.isEnabled?.(editor) ?? true);
  const overflow = buttons.slice(shown);
  const firstEnabled = overflow.findIndex(enabled);

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      ref={row}
      onKeyDown={moveWithArrows}
      onFocus={(event) => {
        if (event.target.matches(STOPS)) current.current = event.target;
      }}
    >
      {buttons.map((spec, index) => {
        const face = faces.get(spec.command);
        return (
          <button
            key={spec.command}
            type="button"
            data-toolbar-item={spec.command}
            hidden={index >= shown}
            className={`toolbar-button toolbar-button-${spec.command}${spec.groupStart && index > 0 ? ' toolbar-group-start' : ''}`}
            aria-label={face?.label}
            aria-pressed={pressed(spec)}
            aria-keyshortcuts={face?.keys}
            title={face?.title}
            disabled={!enabled(spec)}
            // Keep the text selection: a mouse-down on a button would otherwise move focus out of the editor.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(spec)}
          >
            {face?.icon}
          </button>
        );
      })}
      {overflow.length > 0 && (
        <div data-toolbar-more className="toolbar-more">
          <MenuButton
            label={<Ellipsis aria-hidden="true" size={18} />}
            buttonName={t('toolbar.more')}
            menuLabel={t('toolbar.moreMenu')}
            className="toolbar-more-menu"
            buttonClassName="toolbar-button"
            open={menuOpen}
            onOpenChange={setMenuOpen}
          >
            {overflow.map((spec, index) => (
              <MenuItem
                key={spec.command}
                title={t(spec.label)}
                {...(shortcutOf(spec.command, isMac) ? { detail: shortcutOf(spec.command, isMac) } : {})}
                checked={pressed(spec)}
                disabled={!enabled(spec)}
                autoFocus={index === firstEnabled}
                onSelect={() => run(spec)}
              />
            ))}
          </MenuButton>
        </div>
      )}
      {children && (
        <div className="toolbar-fixed" data-toolbar-fixed>
          {children}
        </div>
      )}
    </div>
  );
}
