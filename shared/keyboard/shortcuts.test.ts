import { describe, expect, it } from 'vitest';
import { chordLabel, matchesChord, shortcutForKeyStroke, shortcuts, type KeyStroke } from './shortcuts';

const stroke = (key: string, code: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('the one table of shortcuts', () => {
  it("finds Word's shortcuts, with Cmd in place of Ctrl on a Mac", () => {
    expect(shortcutForKeyStroke(stroke('b', 'KeyB', { ctrlKey: true }), false)).toBe('bold');
    expect(shortcutForKeyStroke(stroke('b', 'KeyB', { metaKey: true }), true)).toBe('bold');
    expect(shortcutForKeyStroke(stroke('b', 'KeyB', { ctrlKey: true }), true)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutForKeyStroke(stroke('&', 'Digit7', { ctrlKey: true, shiftKey: true }), false)).toBe('numbered-list');
    expect(shortcutForKeyStroke(stroke(' ', 'Space', { ctrlKey: true }), true)).toBe('clear-formatting');
  });

  it('leaves AltGr (Ctrl+Alt) typing alone unless the key typed is the digit itself', () => {
    expect(shortcutForKeyStroke(stroke('1', 'Digit1', { ctrlKey: true, altKey: true }), false)).toBe('heading-2');
    expect(shortcutForKeyStroke(stroke('}', 'Digit0', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('µ', 'KeyM', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('m', 'KeyM', { ctrlKey: true, altKey: true }), false)).toBe('comment');
  });

  it('moves pictures and participant rows, sizes table columns and starts the spelling pass from the same table', () => {
    expect(shortcutForKeyStroke(stroke('ArrowUp', 'ArrowUp', { altKey: true, shiftKey: true }), false)).toBe('move-up');
    expect(shortcutForKeyStroke(stroke('ArrowDown', 'ArrowDown', { altKey: true }), true)).toBe('move-down');
    expect(shortcutForKeyStroke(stroke('ArrowDown', 'ArrowDown', { altKey: true, ctrlKey: true }), false)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('ArrowRight', 'ArrowRight', { altKey: true, shiftKey: true }), false)).toBe('widen-column');
    expect(shortcutForKeyStroke(stroke('ArrowLeft', 'ArrowLeft', { altKey: true, shiftKey: true }), false)).toBe('narrow-column');
    expect(shortcutForKeyStroke(stroke('ArrowLeft', 'ArrowLeft', { altKey: true }), false)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('F7', 'F7'), false)).toBe('check-spelling');
    expect(shortcutForKeyStroke(stroke('F7', 'F7', { shiftKey: true }), false)).toBeUndefined();
  });

  it('keeps Cmd+H for the Mac: Replace is Cmd+Shift+H there', () => {
    expect(shortcutForKeyStroke(stroke('h', 'KeyH', { ctrlKey: true }), false)).toBe('replace');
    expect(shortcutForKeyStroke(stroke('h', 'KeyH', { metaKey: true }), true)).toBeUndefined();
    expect(shortcutForKeyStroke(stroke('H', 'KeyH', { metaKey: true, shiftKey: true }), true)).toBe('replace');
  });

  it('tells the panes, the help and Tab apart', () => {
    expect(shortcutForKeyStroke(stroke('F6', 'F6'), false)).toBe('next-pane');
    expect(shortcutForKeyStroke(stroke('F6', 'F6', { shiftKey: true }), false)).toBe('previous-pane');
    expect(shortcutForKeyStroke(stroke('Tab', 'Tab', { ctrlKey: true }), false)).toBe('next-pane');
    expect(shortcutForKeyStroke(stroke('Tab', 'Tab'), false)).toBe('indent');
    expect(shortcutForKeyStroke(stroke('?', 'Slash', { shiftKey: true }), false)).toBe('shortcuts-help');
    expect(shortcutForKeyStroke(stroke('F1', 'F1'), false)).toBe('shortcuts-help');
  });

  it('gives no key stroke to two commands on the same platform', () => {
    for (const isMac of [false, true]) {
      const chords = shortcuts.flatMap((shortcut) => shortcut.chords.filter((chord) => !chord.platform || chord.platform === (isMac ? 'mac' : 'other')).map((chord) => ({ shortcut, chord })));
      for (const { shortcut, chord } of chords) {
        // The stroke the chord describes, as the keyboard reports it.
        const key = chord.key ?? (chord.code?.startsWith('Digit') ? chord.code.slice(5) : chord.code === 'Space' ? ' ' : '=');
        const pressed = stroke(key, chord.code ?? key, {
          ctrlKey: Boolean(chord.ctrl) || (!isMac && Boolean(chord.primary)),
          metaKey: isMac && Boolean(chord.primary),
          shiftKey: chord.shift === true,
          altKey: Boolean(chord.alt),
        });
        expect(matchesChord(pressed, chord, isMac), `${shortcut.command} ${chord.label}`).toBe(true);
        expect(shortcutForKeyStroke(pressed, isMac), `${chord.label} on ${isMac ? 'mac' : 'other'}`).toBe(shortcut.command);
      }
    }
  });

  it('writes a chord as the platform does', () => {
    expect(chordLabel('Mod+Shift+7', false)).toBe('Ctrl+Shift+7');
    expect(chordLabel('Mod+Alt+1', true)).toBe('⌘⌥1');
  });
});
