import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { briefingMisspellings } from '../../shared/spelling/briefing-spelling';
import { Speller } from '../../shared/spelling/speller';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTestServiceHost } from '../../tests/support/test-service-host';
import { bundledDictionarySource } from '../spelling/bundled-dictionaries';
import { openLibrary, type Library } from '../storage/library';
import { createServices } from './create-services';
import { createSpellingService } from './spelling-service';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const body = (...paragraphs: { text: string; lang?: string }[][]): BriefingBody => [
  {
    type: 'section',
    sectionId: 'body',
    heading: 'Görüş',
    guidance: '',
    required: false,
    locked: false,
    children: paragraphs.map((children) => ({ type: 'paragraph', children })),
  },
];

describe('the spelling service over a real library', () => {
  const folder = testLibraryFolder();
  let library: Library;
  beforeEach(() => {
    library = openLibrary(folder.path(), { seedDemo: true });
  });
  afterEach(() => library.close());

  it('keeps personal dictionary words in the library file, across closing and reopening it', async () => {
    const service = createSpellingService(library);
    await service.addWord('Mrazvek');
    await service.addWord('görüşmək');
    await service.addWord('Mrazvek');
    library.close();
    library = openLibrary(folder.path());
    const reopened = createSpellingService(library);
    expect((await reopened.acceptedWords()).personal).toEqual(['Mrazvek', 'görüşmək']);
    expect(await reopened.removeWord('Mrazvek')).toBe(true);
    expect(await reopened.removeWord('Mrazvek')).toBe(false);
    expect((await reopened.acceptedWords()).personal).toEqual(['görüşmək']);
  });

  it('offers the directory names as words, so they are never flagged in a briefing', async () => {
    const accepted = await createSpellingService(library).acceptedWords();
    expect(accepted.directory).toEqual(expect.arrayContaining(['Əli', 'Əsədov', 'Boqdan-Martin', 'Asadov']));
    const speller = await Speller.create(bundledDictionarySource(projectRoot));
    const briefing = { language: 'az', body: body([{ text: 'Əli Əsədov Dorin Boqdan-Martin ilə gorusme keçirib.' }]) };
    expect((await briefingMisspellings(speller, briefing)).map((found) => found.word)).toEqual(['Əsədov', 'Dorin', 'Boqdan-Martin', 'gorusme']);
    speller.setAcceptedWords([...accepted.personal, ...accepted.directory]);
    const [only, ...rest] = await briefingMisspellings(speller, briefing);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ word: 'gorusme', section: 'Görüş', blockIndex: 0, offset: 35, language: 'az' });
    expect(only?.suggestions[0]).toBe('görüşmə');
  }, 60_000);

  it('checks a passage marked in another language with that language’s dictionary', async () => {
    const speller = await Speller.create(bundledDictionarySource(projectRoot));
    const briefing = {
      language: 'az',
      body: body([{ text: 'Nazir dedi: ' }, { text: 'We recieve the delegation warmly', lang: 'en' }, { text: ' və görüşmələr davam etdi.' }]),
    };
    const found = await briefingMisspellings(speller, briefing);
    expect(found.map(({ word, language }) => [word, language])).toEqual([['recieve', 'en']]);
    expect(found[0]?.suggestions[0]).toBe('receive');
  }, 60_000);

  it('names the dictionaries the library is written in, passages included, most used first', async () => {
    library.close();
    library = openLibrary(folder.path('empty'), { seedDemo: false });
    const services = createServices(library, createTestServiceHost());
    expect(await services.spelling.libraryLanguages()).toEqual([]);
    const write = async (language: string, ...paragraphs: { text: string; lang?: string }[][]) => {
      const briefing = await services.briefings.create({ templateId: 'meeting-readout', title: `In ${language}`, language });
      await services.briefings.save({ id: briefing.id, baseRevision: briefing.revision, body: body(...paragraphs) });
      return briefing.id;
    };
    await write('en-GB', [{ text: 'The minister said: ' }, { text: 'Стороны подчеркнули важность', lang: 'ru' }]);
    await write('en', [{ text: 'The sides agreed.' }, { text: ' Tərəflər razılaşdı.', lang: 'az' }, { text: 'اتفق الطرفان', lang: 'ar' }]);
    const trashed = await write('tr', [{ text: 'Taraflar anlaştı: ' }, { text: 'razılaşdılar', lang: 'az' }]);
    await write('ru', [{ text: 'Министр сказал: ' }, { text: 'we agreed', lang: 'en' }]);
    // A text may quote "lang":"tr" itself: that is text, not a marked passage.
    await write('en', [{ text: 'He wrote "lang":"tr" in the file.' }]);
    await write('ru', [{ text: 'Стороны договорились.' }]);
    expect(await services.spelling.libraryLanguages()).toEqual(['en', 'ru', 'az', 'tr']);
    // The Trash is not what the person is about to open.
    await services.briefings.moveToTrash(trashed);
    expect(await services.spelling.libraryLanguages()).toEqual(['en', 'ru', 'az']);
  });
});
