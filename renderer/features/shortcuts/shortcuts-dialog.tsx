import { acceleratorLabel, chordLabel, menuAccelerator, menuShortcuts, shortcuts, type Shortcut, type ShortcutGroup } from '../../../shared/keyboard/shortcuts';
import type { MessageKey } from '../../../shared/i18n/messages';
import { DialogActions } from '../../ui/dialog-actions';
import { useT } from '../../ui/interface-language';
import { ModalDialog } from '../../ui/modal-dialog';
import './shortcuts.css';

const groups: readonly { group: ShortcutGroup; label: MessageKey }[] = [
  { group: 'move', label: 'shortcuts.group.move' },
  { group: 'text', label: 'shortcuts.group.text' },
  { group: 'paragraph', label: 'shortcuts.group.paragraph' },
  { group: 'insert', label: 'shortcuts.group.insert' },
  { group: 'briefing', label: 'shortcuts.group.briefing' },
];

export interface ShortcutsDialogProps {
  isMac: boolean;
  onClose: () => void;
}

/** F1 or "?": every shortcut, read from the table the key handlers match against, and the menu's accelerators. */
export function ShortcutsDialog({ isMac, onClose }: ShortcutsDialogProps) {
  const t = useT();
  const keysOf = (shortcut: Shortcut): string => {
    const chords = shortcut.chords.filter((chord) => !chord.platform || chord.platform === (isMac ? 'mac' : 'other')).map((chord) => chordLabel(chord.label, isMac));
    const either = chords.reduce((first, second) => t('shortcuts.or', { first, second }));
    return shortcut.then ? t('shortcuts.then', { first: either, second: chordLabel(shortcut.then.label, isMac) }) : either;
  };
  return (
    <ModalDialog title={t('shortcuts.title')} onClose={onClose} className="shortcuts-dialog">
      <div className="shortcuts-scroll">
        {groups.map(({ group, label }) => (
          <table className="shortcuts-table" key={group}>
            <caption>{t(label)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.action')}</th>
                <th scope="col">{t('shortcuts.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts
                .filter((shortcut) => shortcut.group === group)
                .map((shortcut) => (
                  <tr key={shortcut.command}>
                    <td>{t(shortcut.label)}</td>
                    <td>
                      <kbd>{keysOf(shortcut)}</kbd>
                    </td>
                  </tr>
                ))}
              {group === 'briefing' &&
                menuShortcuts.map(({ command, label: commandLabel }) => {
                  const accelerator = menuAccelerator(command, isMac);
                  return (
                    accelerator && (
                      <tr key={command}>
                        <td>{t(commandLabel)}</td>
                        <td>
                          <kbd>{acceleratorLabel(accelerator, isMac)}</kbd>
                        </td>
                      </tr>
                    )
                  );
                })}
            </tbody>
          </table>
        ))}
      </div>
      <DialogActions cancel={{ label: t('dialog.close'), onClick: onClose, autoFocus: true }} />
    </ModalDialog>
  );
}
