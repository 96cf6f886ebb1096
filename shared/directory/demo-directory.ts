import type { OrganisationDraft, PersonDraft } from './directory-model';

/**
 * The people and organisations of the demo readout (Baku, 21 November 2025),
 * spelt as the governments, the ITU and the news agencies of each language
 * publish them. Ids are fixed so the demo briefing's rows can link to them.
 */
export const demoOrganisations: (OrganisationDraft & { id: string })[] = [
  {
    id: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e01',
    englishTakesThe: false,
    names: {
      en: { name: 'Republic of Azerbaijan' },
      az: { name: 'Azərbaycan Respublikası', forms: { genitive: 'Azərbaycan Respublikasının' } },
      ru: { name: 'Азербайджанская Республика', forms: { genitive: 'Азербайджанской Республики' } },
      tr: { name: 'Azerbaycan Cumhuriyeti' },
      ar: { name: 'جمهورية أذربيجان' },
    },
  },
  {
    id: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e02',
    englishTakesThe: true,
    names: {
      en: { name: 'International Telecommunication Union', short: 'ITU' },
      az: { name: 'Beynəlxalq Telekommunikasiya İttifaqı', short: 'BTİ', forms: { genitive: 'Beynəlxalq Telekommunikasiya İttifaqının' } },
      ru: {
        name: 'Международный союз электросвязи',
        short: 'МСЭ',
        forms: { genitive: 'Международного союза электросвязи', instrumental: 'Международным союзом электросвязи' },
      },
      tr: { name: 'Uluslararası Telekomünikasyon Birliği', short: 'ITU' },
      ar: { name: 'الاتحاد الدولي للاتصالات' },
    },
  },
];

export const demoPeople: (PersonDraft & { id: string })[] = [
  {
    id: '9c1f2a64-3b5d-4e7f-8a90-1b2c3d4e5f01',
    names: {
      en: { name: 'Ali Asadov' },
      az: { name: 'Əli Əsədov', forms: { genitive: 'Əli Əsədovun' } },
      ru: { name: 'Али Асадов', forms: { genitive: 'Али Асадова', instrumental: 'Али Асадовым' } },
      tr: { name: 'Ali Asadov' },
      ar: { name: 'علي أسدوف' },
    },
    titles: [
      {
        organisationId: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e01',
        from: '1998-04-17',
        to: '2019-10-07',
        title: {
          en: { title: 'Assistant to the President for Economic Issues' },
          ru: { title: 'Помощник президента по экономическим вопросам' },
        },
      },
      {
        organisationId: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e01',
        from: '2019-10-08',
        to: null,
        title: {
          en: { title: 'Prime Minister' },
          az: { title: 'Baş nazir' },
          ru: { title: 'Премьер-министр', forms: { genitive: 'Премьер-министра', instrumental: 'Премьер-министром' } },
          tr: { title: 'Başbakan' },
          ar: { title: 'رئيس الوزراء' },
        },
      },
    ],
  },
  {
    id: '9c1f2a64-3b5d-4e7f-8a90-1b2c3d4e5f02',
    names: {
      en: { name: 'Doreen Bogdan-Martin' },
      az: { name: 'Dorin Boqdan-Martin', forms: { genitive: 'Dorin Boqdan-Martinin' } },
      // A woman's foreign surname ending in a consonant does not decline in Russian.
      ru: { name: 'Дорин Богдан-Мартин', forms: { genitive: 'Дорин Богдан-Мартин', instrumental: 'Дорин Богдан-Мартин' } },
      tr: { name: 'Doreen Bogdan-Martin' },
      ar: { name: 'دورين بوغدان مارتن' },
    },
    titles: [
      {
        organisationId: '5b0e4d38-7f43-4a61-9d1e-0a8f3b7c2e02',
        from: '2023-01-01',
        to: null,
        title: {
          en: { title: 'Secretary-General' },
          az: { title: 'Baş katib' },
          ru: { title: 'Генеральный секретарь', forms: { genitive: 'Генерального секретаря', instrumental: 'Генеральным секретарём' } },
          tr: { title: 'Genel Sekreter' },
          ar: { title: 'الأمين العام' },
        },
      },
    ],
  },
];
