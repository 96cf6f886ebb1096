import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../shared/document/app-settings';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary } from './library';

describe('AppSettingsStore', () => {
  const folder = testLibraryFolder();

  it('reads defaults from a library that never had settings', () => {
    const library = openLibrary(folder.path());
    expect(library.appSettings.get()).toEqual(defaultAppSettings);
    library.close();
  });

  it('keeps what was changed across reopening, and only that', () => {
    const file = folder.path();
    const library = openLibrary(file);
    library.appSettings.update({ organisationName: 'Azərbaycan Respublikası Nazirlər Kabineti', defaultPageSize: 'Letter' });
    library.close();

    const reopened = openLibrary(file);
    expect(reopened.appSettings.get()).toEqual({ ...defaultAppSettings, organisationName: 'Azərbaycan Respublikası Nazirlər Kabineti', defaultPageSize: 'Letter' });
    reopened.close();
  });

  it('reads the autosave timing an earlier version stored (up to 2 s and 5 s) capped at half a second, with the rest as stored', () => {
    const library = openLibrary(folder.path());
    library.settings.set('appSettings', { ...defaultAppSettings, organisationName: 'Press office', autosave: { debounceMs: 500, maxWaitMs: 2000 } });
    expect(library.appSettings.get()).toEqual({ ...defaultAppSettings, organisationName: 'Press office', autosave: { debounceMs: 500, maxWaitMs: 500 } });
    expect(library.appSettings.update({ authorName: 'Leyla' }).autosave).toEqual({ debounceMs: 500, maxWaitMs: 500 });
    library.close();
  });

  it('refuses a logo that is not the image it claims to be, and changes nothing', () => {
    const library = openLibrary(folder.path());
    expect(() => library.appSettings.update({ organisationName: 'Press office', organisationLogo: { mediaType: 'image/png', base64: Buffer.from('<svg/>').toString('base64') } })).toThrow(
      'The logo is not a PNG image.',
    );
    expect(library.appSettings.get().organisationName).toBe('');
    library.close();
  });
});
