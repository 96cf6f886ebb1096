import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';
import { appOrigin } from './window-options';

describe('isTrustedSender', () => {
  const trusted = new Set([7]);
  const appPage = { webContentsId: 7, frameUrl: `${appOrigin}/index.html`, isMainFrame: true };

  it('trusts the main frame of an app window showing the app', () => {
    expect(isTrustedSender(appPage, trusted)).toBe(true);
  });

  it('refuses a window the app did not create', () => {
    expect(isTrustedSender({ ...appPage, webContentsId: 8 }, trusted)).toBe(false);
  });

  it('refuses a sub-frame, even one on the app origin', () => {
    expect(isTrustedSender({ ...appPage, isMainFrame: false }, trusted)).toBe(false);
  });

  it('refuses a page that navigated away, or a frame that is gone', () => {
    expect(isTrustedSender({ ...appPage, frameUrl: 'https://example.org/' }, trusted)).toBe(false);
    expect(isTrustedSender({ ...appPage, frameUrl: 'file:///tmp/index.html' }, trusted)).toBe(false);
    expect(isTrustedSender({ ...appPage, frameUrl: undefined }, trusted)).toBe(false);
  });
});
