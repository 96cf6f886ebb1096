import { describe, expect, it } from 'vitest';
import { languageBriefing } from '../../../tests/fixtures/export/language-briefings';
import { sampleExportTime } from '../../../tests/fixtures/export/sample-briefings';
import { findBuiltInTemplate } from '../templates/built-in-templates';
import { exportDocument } from './export-document';
import { defaultExportOptions } from './export-options';
import { pdfPageSetup } from './pdf-page-setup';
import { plainText } from './plain-text';
import { printHtml } from './print-html';
import { semanticHtml } from './semantic-html';

const template = findBuiltInTemplate('meeting-readout');
const exported = (language: 'az' | 'ru', draftMark = false) =>
  exportDocument(languageBriefing(language), template, { ...defaultExportOptions, draftMark }, { now: sampleExportTime });

/** Words the app wrote in English before it had each language's words. */
const englishWords = /\b(Participants?|Name|Title|Organisation|Side|Host|Guest|Role|FOR IMMEDIATE RELEASE|EMBARGOED|DRAFT|Page|of|OFFICIAL|Occasion|Topics discussed|Agreed points|Follow-up|Key messages|Lede)\b/u;

describe('an Azerbaijani and a Russian readout export in their own language', () => {
  // Golden files: a change to what these print shows up as a reviewable diff (`npx vitest run -u` to accept it).
  it.each(['az', 'ru'] as const)('prints the %s readout (golden)', async (language) => {
    await expect(printHtml(exported(language, true), 'A4', '/* bundled fonts */')).toMatchFileSnapshot(`./__golden__/meeting-readout.${language}.print.html`);
  });

  it.each(['az', 'ru'] as const)('writes no English word the person did not type into the %s exports', (language) => {
    const document = exported(language, true);
    const setup = pdfPageSetup(document, defaultExportOptions);
    for (const text of [plainText(document), semanticHtml(document), printHtml(document, 'A4', ''), setup.headerTemplate, setup.footerTemplate]) {
      expect(text.replace(/<[^>]*>/gu, ' ')).not.toMatch(englishWords);
    }
  });

  it('heads, marks and numbers the Azerbaijani export in Azerbaijani', () => {
    const document = exported('az', true);
    const text = plainText(document);
    expect(text).toContain('LAYİHƏ\nAzərbaycan Respublikası\nDƏRHAL YAYIMLANMAQ ÜÇÜN\nXİDMƏTİ İSTİFADƏ ÜÇÜN');
    expect(text).toContain('Bakı, Azərbaycan — 21 noyabr 2025-ci il');
    expect(text).toContain('2025-ci il noyabrın 21-də Azərbaycan Respublikasının Baş naziri Əli Əsədov Bakıda');
    expect(text).toContain('GÖRÜŞÜN SƏBƏBİ\n');
    expect(text).toContain('ƏLDƏ OLUNAN RAZILAŞMALAR\n1. Rəqəmsal');
    expect(text).toContain('İŞTİRAKÇILAR\nƏli Əsədov, Baş nazir, Azərbaycan Respublikası, Qəbul edən tərəf');
    expect(pdfPageSetup(document, defaultExportOptions).footerTemplate).toContain('Səhifə <span class="pageNumber"></span> / <span class="totalPages"></span></span>');
  });

  it('heads, marks and numbers the Russian export in Russian, the embargo date in Russian capitals', () => {
    const document = exported('ru');
    expect(document.header.releaseLine).toBe('ЭМБАРГО ДО 21 НОЯБРЯ 2025 ГОДА, 18:00');
    expect(document.participants?.columns).toEqual(['ФИО', 'Должность', 'Организация', 'Сторона', 'Роль']);
    const text = plainText(document);
    expect(text).toContain('21 ноября 2025 года в городе Баку состоялась встреча Премьер-министра Азербайджанской Республики Али Асадова с Генеральным секретарём Международного союза электросвязи Дорин Богдан-Мартин.');
    expect(text).toContain('ДОСТИГНУТЫЕ ДОГОВОРЁННОСТИ\n1. Перспективы');
    expect(pdfPageSetup(document, defaultExportOptions).footerTemplate).toContain('Страница <span class="pageNumber"></span> из <span class="totalPages"></span>');
  });

  it('keeps a renamed English heading English, capitals and lang included, in an Azerbaijani briefing', () => {
    const briefing = languageBriefing('az');
    briefing.body = briefing.body.map((section) => (section.sectionId === 'occasion' ? { ...section, heading: 'Occasion', renamed: true } : section));
    const document = exportDocument(briefing, template, defaultExportOptions, { now: sampleExportTime });
    expect(plainText(document)).toContain('OCCASION\n');
    expect(printHtml(document, 'A4', '')).toContain('<h2 lang="en">Occasion</h2>');
  });
});
