import type { Participant } from '../shared/document/briefing';
import type { BlockElement, BriefingBody } from '../shared/document/briefing-body';
import type { BriefingContent } from '../shared/document/new-briefing';

/** A small deterministic random source, so every run benchmarks the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const vocabulary = {
  en: 'the sides discussed cooperation digital economy telecommunication union secretary-general prime minister meeting readout conference region importance emphasized underlined agreed roadmap investment energy transport corridor climate security partnership delegation visit bilateral relations'.split(' '),
  az: 'tərəflər əməkdaşlıq rəqəmsal iqtisadiyyat görüş Bakıda İlham Əliyev Prezident nazir şura ölkələr arasında münasibətlər inkişaf enerji nəqliyyat dəhlizi investisiya qəbul edib müzakirə olunub vurğulanıb razılaşma gələcək layihələr Gəncə Şuşa'.split(' '),
  ru: 'стороны обсудили сотрудничество цифровая экономика встреча в Москве президент министр делегация визит двусторонние отношения энергетика транспорт коридор инвестиции подчеркнули договорились дорожная карта ёмкость связи регион безопасность'.split(' '),
} as const;
export type CorpusLanguage = keyof typeof vocabulary;
const languages: CorpusLanguage[] = ['en', 'az', 'ru'];

const people = ['İlham Əliyev', 'Ali Asadov', 'Doreen Bogdan-Martin', 'Сергей Лавров', 'Ceyhun Bayramov', 'Мария Захарова', 'Leyla Məmmədova'];
const organisations = ['International Telecommunication Union', 'Nazirlər Kabineti', 'Министерство иностранных дел', 'Azərbaycan Respublikası', 'European Commission'];

function sentence(random: () => number, words: readonly string[], length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)] ?? '');
  const text = picked.join(' ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs of 3–6 sentences, `words` words in all, in one language. */
export function paragraphs(random: () => number, language: CorpusLanguage, words: number): BlockElement[] {
  const blocks: BlockElement[] = [];
  let left = words;
  while (left > 0) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, vocabulary[language], 8 + Math.floor(random() * 12)));
    const text = sentences.join(' ');
    left -= text.split(' ').length;
    blocks.push({ type: 'paragraph', children: [{ text }] });
  }
  return blocks;
}

/** A briefing of realistic size: a readout of 300–1,200 words in five sections, with participants and fields. */
export function generatedBriefing(random: () => number, template: BriefingContent, index: number): BriefingContent {
  const language = languages[index % languages.length] ?? 'en';
  const body: BriefingBody = template.body.map((section) => ({ ...section, children: paragraphs(random, language, 60 + Math.floor(random() * 180)) }));
  const participants: Participant[] = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, row) => ({
    id: `p${row}`,
    name: people[Math.floor(random() * people.length)] ?? '',
    title: 'Minister',
    organisation: organisations[Math.floor(random() * organisations.length)] ?? '',
    side: row % 2 === 0 ? 'host' : 'guest',
    role: '',
  }));
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  return {
    ...template,
    title: sentence(random, vocabulary[language], 6).slice(0, -1),
    language,
    participants,
    body,
    fields: { ...template.fields, meetingDate: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` },
  };
}
