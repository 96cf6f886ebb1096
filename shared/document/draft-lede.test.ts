import { describe, expect, it } from 'vitest';
import type { SectionElement } from './briefing-body';
import { demoBriefingContent } from './demo-briefing';
import { draftLede } from './draft-lede';
import { resolveFieldReference } from './field-references';
import { briefingTemplateSchema } from './template';
import type { FieldValues, PersonForms } from './briefing';
import { findBuiltInTemplate } from './templates/built-in-templates';
import { sectionPlainText } from './text-stats';

const readout = findBuiltInTemplate('meeting-readout');
if (!readout) throw new Error('meeting readout template missing');
const sample = demoBriefingContent(readout);

function draftedText(language: string, fields = sample.fields): string {
  const paragraph = draftLede(readout!, language, fields);
  if (!paragraph) throw new Error('no lede pattern');
  const section: SectionElement = { type: 'section', sectionId: 'lede', heading: '', guidance: '', required: true, locked: true, children: [paragraph] };
  return sectionPlainText(section, (reference) => resolveFieldReference(reference, readout, fields, language).value);
}

describe('draftLede for the sample meeting', () => {
  it('writes the English lede with names and titles exactly as entered', () => {
    expect(draftedText('en')).toBe(
      'On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the ' +
        'International Telecommunication Union (ITU) Doreen Bogdan-Martin in Baku, Azerbaijan.',
    );
  });

  it('writes the date the British way for en-GB, falling back to the English pattern', () => {
    expect(draftedText('en-GB')).toMatch(/^On 21 November 2025, Prime Minister/);
  });

  it('uses field references, not copied text, for every field it names', () => {
    const paragraph = draftLede(readout, 'en', sample.fields);
    const references = paragraph?.children.filter((node) => 'type' in node) ?? [];
    expect(references.map((node) => ('fieldId' in node ? `${node.fieldId}${node.part ? `.${node.part}` : ''}` : ''))).toEqual([
      'meetingDate',
      'host.title',
      'host.organisation',
      'host.name',
      'guest.title',
      'guest.organisation',
      'guest.name',
      'location',
    ]);
    expect(draftLede(readout, 'en', sample.fields)?.children.every((node) => !('type' in node) || node.type === 'field-ref')).toBe(true);
  });

  it('rejects a template whose pattern names a field it does not have', () => {
    const broken = { ...readout, lede: { sectionId: 'lede', patterns: { en: 'On {meetingDay}, {host.age} spoke.' } } };
    const result = briefingTemplateSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('meetingDay');
  });

  it('says no "the" before a bare country name', () => {
    const fields = meeting('2024-02-06', 'Tbilisi, Georgia', ['Ilham Aliyev', 'President', 'Republic of Azerbaijan'], ['Irakli Kobakhidze', 'Prime Minister', 'Georgia']);
    expect(draftedText('en-GB', fields)).toBe('On 6 February 2024, President of the Republic of Azerbaijan Ilham Aliyev met with Prime Minister of Georgia Irakli Kobakhidze in Tbilisi, Georgia.');
  });
});

function meeting(date: string, location: string, host: [string, string, string], guest: [string, string, string], forms: { host?: PersonForms; guest?: PersonForms } = {}): FieldValues {
  const person = ([name, title, organisation]: [string, string, string], personForms?: PersonForms) => ({ name, title, organisation, ...(personForms ? { forms: personForms } : {}) });
  return { ...sample.fields, meetingDate: date, location, host: person(host, forms.host), guest: person(guest, forms.guest) };
}

describe('ledes a ministry would publish', () => {
  it('Azerbaijani: the genitive of the organisation, the title’s possessive, the place’s locative, the year’s ordinal', () => {
    const fields = meeting('2025-11-21', 'Bakı, Azərbaycan', ['Əli Əsədov', 'Baş nazir', 'Azərbaycan Respublikası'], ['Doreen Bogdan-Martin', 'Baş katib', 'Beynəlxalq Elektrik Rabitəsi İttifaqı (BEİ)']);
    expect(draftedText('az', fields)).toBe(
      '2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda Beynəlxalq Elektrik Rabitəsi İttifaqının (BEİ) Baş katibi Doreen Bogdan-Martin ilə görüşüb.',
    );
  });

  it('Azerbaijani: vowel harmony on other places, countries and years', () => {
    const tbilisi = meeting('2024-02-06', 'Tbilisi, Gürcüstan', ['İlham Əliyev', 'Prezident', 'Azərbaycan Respublikası'], ['İrakli Kobaxidze', 'Baş nazir', 'Gürcüstan']);
    expect(draftedText('az', tbilisi)).toBe('2024-cü il fevralın 6-da Azərbaycan Respublikasının Prezidenti İlham Əliyev Tbilisidə Gürcüstanın Baş naziri İrakli Kobaxidze ilə görüşüb.');
    const london = meeting('2022-05-18', 'London', ['Ceyhun Bayramov', 'Xarici işlər naziri', 'Azərbaycan Respublikası'], ['Ceyms Kleverli', 'Xarici işlər naziri', 'Böyük Britaniya']);
    expect(draftedText('az', london)).toBe('2022-ci il mayın 18-də Azərbaycan Respublikasının Xarici işlər naziri Ceyhun Bayramov Londonda Böyük Britaniyanın Xarici işlər naziri Ceyms Kleverli ilə görüşüb.');
  });

  it('Azerbaijani: a form the office recorded wins over the rule', () => {
    const fields = meeting('2025-11-21', 'Bakı', ['Əli Əsədov', 'Baş nazir', 'Azərbaycan Respublikası'], ['António Guterres', 'Baş katib', 'BMT'], {
      guest: { organisation: { genitive: 'Birləşmiş Millətlər Təşkilatının' } },
    });
    expect(draftedText('az', fields)).toContain('Bakıda Birləşmiş Millətlər Təşkilatının Baş katibi António Guterres ilə görüşüb.');
    expect(draftedText('az', meeting('2025-11-21', 'Bakı', ['Əli Əsədov', 'Baş nazir', 'Azərbaycan Respublikası'], ['António Guterres', 'Baş katib', 'BMT']))).toContain('BMT-nin Baş katibi');
  });

  it('Russian: the recorded genitive and instrumental make "встреча … с …"', () => {
    const fields = meeting('2025-11-21', 'Баку, Азербайджан', ['Али Асадов', 'Премьер-министр', 'Азербайджанская Республика'], ['Дорин Богдан-Мартин', 'Генеральный секретарь', 'МСЭ'], {
      host: { name: { genitive: 'Али Асадова' }, title: { genitive: 'Премьер-министра' }, organisation: { genitive: 'Азербайджанской Республики' } },
      guest: { name: { instrumental: 'Дорин Богдан-Мартин' }, title: { instrumental: 'Генеральным секретарём' }, organisation: { genitive: 'МСЭ' } },
    });
    expect(draftedText('ru', fields)).toBe('21 ноября 2025 года в городе Баку состоялась встреча Премьер-министра Азербайджанской Республики Али Асадова с Генеральным секретарём МСЭ Дорин Богдан-Мартин.');
  });

  it('Russian: without recorded forms, a sentence of nominatives only', () => {
    const fields = meeting('2015-11-18', 'Лондон, Великобритания', ['Эльмар Мамедъяров', 'Министр иностранных дел', 'Азербайджанская Республика'], ['Филип Хэммонд', 'Министр иностранных дел', 'Великобритания']);
    expect(draftedText('ru', fields)).toBe(
      '18 ноября 2015 года в городе Лондон встретились Министр иностранных дел Эльмар Мамедъяров (Азербайджанская Республика) и Министр иностранных дел Филип Хэммонд (Великобритания).',
    );
  });

  it('Turkish: the title’s possessive after the country, the place with an apostrophe', () => {
    const fields = meeting('2025-11-21', 'Bakü, Azerbaycan', ['Ali Esedov', 'Başbakan', 'Azerbaycan'], ['Doreen Bogdan-Martin', 'Genel Sekreter', 'Uluslararası Telekomünikasyon Birliği']);
    expect(draftedText('tr', fields)).toBe("21 Kasım 2025 tarihinde Bakü'de Azerbaycan Başbakanı Ali Esedov, Uluslararası Telekomünikasyon Birliği Genel Sekreteri Doreen Bogdan-Martin ile görüştü.");
    const tbilisi = meeting('2024-02-06', 'Tiflis', ['Hakan Fidan', 'Dışişleri Bakanı', 'Türkiye Cumhuriyeti'], ['Ali Kaya', 'Büyükelçi', 'Gürcistan']);
    expect(draftedText('tr', tbilisi)).toBe("6 Şubat 2024 tarihinde Tiflis'te Türkiye Cumhuriyeti Dışişleri Bakanı Hakan Fidan, Gürcistan Büyükelçisi Ali Kaya ile görüştü.");
  });

  it('Arabic: a sentence in which nothing entered has to change', () => {
    const fields = meeting('2025-11-21', 'باكو، أذربيجان', ['علي أسدوف', 'رئيس الوزراء', 'جمهورية أذربيجان'], ['دورين بوغدان مارتن', 'الأمين العام', 'الاتحاد الدولي للاتصالات']);
    expect(draftedText('ar', fields)).toBe('التقى رئيس الوزراء في جمهورية أذربيجان علي أسدوف، الأمين العام في الاتحاد الدولي للاتصالات دورين بوغدان مارتن، وذلك في باكو يوم 21 نوفمبر 2025.');
  });

  it.each(['az', 'ru', 'tr', 'ar'])('writes no English word into a %s lede', (language) => {
    // The sample's English values: whatever the lede says around them must not be English.
    const words = draftedText(language).replace(/Prime Minister|Republic of Azerbaijan|Ali Asadov|Secretary-General|International Telecommunication Union|ITU|Doreen Bogdan-Martin|Baku|Azerbaijan/gu, '');
    expect(words).not.toMatch(/\b(on|met|with|of|the|in|and|at|meeting|place)\b/iu);
  });
});
