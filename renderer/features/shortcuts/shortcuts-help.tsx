import { useEffect, useState } from 'react';
import { shortcutForKeyStroke } from '../../../shared/keyboard/shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';

/** Where "?" is a character being typed, not a request for help. */
const typesText = (element: Element | null): boolean =>
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement ||
  (element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type)) ||
  (element instanceof HTMLElement && element.isContentEditable);

/** F1 anywhere, or "?" outside a text field, shows the shortcuts help; it closes back to where the keyboard was. */
export function ShortcutsHelp({ isMac }: { isMac: boolean }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || shortcutForKeyStroke(event, isMac, ['shortcuts-help']) !== 'shortcuts-help') return;
      if (event.key === '?' && typesText(document.activeElement)) return;
      // Another dialog has the keyboard: the help waits until it is closed.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isMac]);
  return open ? <ShortcutsDialog isMac={isMac} onClose={() => setOpen(false)} /> : null;
}
