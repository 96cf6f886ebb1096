import type { Directory } from '../directory/directory-model';

const wordPattern = /[\p{L}\p{M}]+(?:['’ʼ\-‐][\p{L}\p{M}]+)*/gu;

function formsOf(forms: unknown): string[] {
  if (!forms || typeof forms !== 'object') return [];
  return Object.values(forms as Record<string, unknown>).filter((form): form is string => typeof form === 'string');
}

/**
 * Every word of every name in the protocol directory — people's names and
 * the forms recorded for them ("Əsədovun", "Асадовым"), organisations' names
 * and short names — in every language: words spelling never flags.
 */
export function directoryNameWords({ people, organisations }: Directory): string[] {
  const texts: string[] = [];
  for (const person of people) {
    for (const name of Object.values(person.names)) texts.push(name.name, ...formsOf(name.forms));
  }
  for (const organisation of organisations) {
    for (const name of Object.values(organisation.names)) texts.push(name.name, ...(name.short ? [name.short] : []), ...formsOf(name.forms));
  }
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(wordPattern)) {
      words.add(match[0]);
      // "Bogdan-Martin" is also checked as its two halves by Hunspell's word breaking.
      for (const part of match[0].split(/[-‐]/u)) if (part) words.add(part);
    }
  }
  return [...words];
}
