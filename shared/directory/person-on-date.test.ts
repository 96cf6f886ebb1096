import { describe, expect, it } from 'vitest';
import { demoOrganisations, demoPeople } from './demo-directory';
import type { Organisation, Person } from './directory-model';
import { personOnDate, titleOnDate } from './person-on-date';

const stored = { revision: 1, updatedAt: '2025-01-01T00:00:00.000Z' };
const people: Person[] = demoPeople.map((person) => ({ ...person, ...stored }));
const organisations: Organisation[] = demoOrganisations.map((organisation) => ({ ...organisation, ...stored }));
const [asadov, bogdanMartin] = people as [Person, Person];

describe('title on a date', () => {
  it('is the title whose dates contain the day, ends included', () => {
    expect(titleOnDate(asadov, '2015-06-01')?.title.en?.title).toBe('Assistant to the President for Economic Issues');
    expect(titleOnDate(asadov, '2019-10-07')?.title.en?.title).toBe('Assistant to the President for Economic Issues');
    expect(titleOnDate(asadov, '2019-10-08')?.title.en?.title).toBe('Prime Minister');
    expect(titleOnDate(asadov, '2025-11-21')?.title.en?.title).toBe('Prime Minister');
  });

  it('is none before the first title, and the current one when the briefing has no date yet', () => {
    expect(titleOnDate(asadov, '1990-01-01')).toBeUndefined();
    expect(titleOnDate(bogdanMartin, '2022-12-31')).toBeUndefined();
    expect(titleOnDate(asadov, null)?.title.en?.title).toBe('Prime Minister');
  });
});

describe('a person in a briefing', () => {
  it('fills name, title on the meeting date and organisation in the briefing language, with the recorded forms', () => {
    const russian = personOnDate(bogdanMartin, organisations, 'ru', '2025-11-21');
    expect(russian.missing).toEqual([]);
    expect(russian.value).toEqual({
      name: 'Дорин Богдан-Мартин',
      title: 'Генеральный секретарь',
      organisation: 'Международный союз электросвязи',
      personId: bogdanMartin.id,
      forms: {
        name: { genitive: 'Дорин Богдан-Мартин', instrumental: 'Дорин Богдан-Мартин' },
        title: { genitive: 'Генерального секретаря', instrumental: 'Генеральным секретарём' },
        organisation: { genitive: 'Международного союза электросвязи', instrumental: 'Международным союзом электросвязи' },
      },
    });
    const azerbaijani = personOnDate(asadov, organisations, 'az', '2025-11-21');
    expect(azerbaijani.value).toMatchObject({ name: 'Əli Əsədov', title: 'Baş nazir', organisation: 'Azərbaycan Respublikası' });
    expect(azerbaijani.value.forms).toEqual({ name: { genitive: 'Əli Əsədovun' }, organisation: { genitive: 'Azərbaycan Respublikasının' } });
  });

  it('has no forms where none are recorded, and takes a regional tag by its language', () => {
    const english = personOnDate(asadov, organisations, 'en', '2025-11-21');
    expect(english.value).toEqual({ name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan', personId: asadov.id });
    expect(personOnDate(asadov, organisations, 'ru-RU', '2025-11-21').value.name).toBe('Али Асадов');
  });

  it('leaves a part empty and names it when the language has no spelling, rather than using another language', () => {
    const turkishIn2015 = personOnDate(asadov, organisations, 'tr', '2015-06-01');
    expect(turkishIn2015.value.title).toBe('');
    expect(turkishIn2015.value.organisation).toBe('Azerbaycan Cumhuriyeti');
    expect(turkishIn2015.missing).toEqual(['title']);
    expect(personOnDate(asadov, organisations, 'fr', '2025-11-21').missing).toEqual(['name', 'title', 'organisation']);
  });
});
