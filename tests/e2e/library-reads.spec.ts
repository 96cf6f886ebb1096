import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

/**
 * The library panel reads the library once per change that can alter it: an autosave is one change, announced
 * once, so it costs one search and no full list, however many parts of the window show the library.
 */
test('each autosave reads the library once: one search, no full list', async ({ page, mainProcess }) => {
  const calls: string[] = [];
  const invoke = mainProcess.invoke;
  mainProcess.invoke = async (channel, args) => {
    calls.push(channel.replace(/^briefing-desk:/, ''));
    return invoke(channel, args);
  };
  const count = (method: string) => calls.filter((call) => call === method).length;

  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Readout: Baku');
  await app.waitUntilSaved();
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('button', { name: /Readout: Baku/ })).toBeVisible();

  calls.length = 0;
  await app.title.fill('Readout: Baku and Ganja');
  await app.waitUntilSaved();
  await expect(library.getByRole('button', { name: /Readout: Baku and Ganja/ })).toBeVisible();
  await app.title.fill('Readout: Baku, Ganja and Sumgait');
  await app.waitUntilSaved();
  await expect(library.getByRole('button', { name: /Readout: Baku, Ganja and Sumgait/ })).toBeVisible();

  expect(count('briefings.save')).toBe(2);
  expect(count('briefings.search')).toBe(2);
  expect(count('briefings.list')).toBe(0);
});
