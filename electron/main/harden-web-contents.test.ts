import { describe, expect, it } from 'vitest';
import { hardenWebContents, type HardenableWebContents } from './harden-web-contents';

class FakeWebContents implements HardenableWebContents {
  readonly listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;

  on(event: string, listener: (event: { preventDefault(): void }, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits an event and tells whether a listener prevented it, as Electron would then cancel it. */
  emit(event: string, url?: string): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url ?? '');
    return prevented;
  }
}

describe('hardenWebContents', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents);

  it.each(['will-navigate', 'will-redirect'])('%s: stays on the app, refuses anywhere else', (event) => {
    expect(contents.emit(event, 'app://briefing-desk/index.html')).toBe(false);
    expect(contents.emit(event, 'https://example.org/')).toBe(true);
    expect(contents.emit(event, 'file:///etc/passwd')).toBe(true);
  });

  it('denies every new window, whatever its URL', () => {
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://briefing-desk/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});
