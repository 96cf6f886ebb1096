import { beforeAll } from 'vitest';

/**
 * jsdom has `<dialog>` but not its modal methods: opening and closing only set `open` here; the dialogs' own
 * behaviour (focus, Escape, the backdrop) is checked end to end. Call at the top of a renderer test file.
 */
export function withModalDialogs(): void {
  beforeAll(() => {
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.open = true;
      },
      close(this: HTMLDialogElement) {
        this.open = false;
      },
    });
  });
}
