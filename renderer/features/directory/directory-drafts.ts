import type { GrammaticalCase, WordForms } from '../../../shared/document/briefing';
import { directoryLanguages, type Organisation, type OrganisationDraft, type Person, type PersonDraft } from '../../../shared/directory/directory-model';

/** The forms the Directory screen asks for: those readouts need most (Russian and Azerbaijani genitive, Russian instrumental and dative). */
export const editedForms: readonly GrammaticalCase[] = ['genitive', 'dative', 'instrumental'];

/** One language's row of the form: every box a string, empty when not filled. */
export interface NameRow {
  language: string;
  text: string;
  extra: string;
  forms: Record<GrammaticalCase, string>;
}
export interface TitleRows {
  organisationId: string;
  from: string;
  to: string;
  rows: NameRow[];
}
export interface PersonForm {
  email: string;
  names: NameRow[];
  titles: TitleRows[];
}
export interface OrganisationForm {
  englishTakesThe: boolean;
  names: NameRow[];
}

const emptyForms = (): Record<GrammaticalCase, string> => ({ genitive: '', dative: '', accusative: '', instrumental: '', locative: '', prepositional: '', ablative: '' });

/** The default languages first, then any other the entry has. */
function languagesOf(entries: Record<string, unknown>): string[] {
  return [...directoryLanguages, ...Object.keys(entries).filter((language) => !(directoryLanguages as readonly string[]).includes(language))];
}

function row(language: string, text: string | undefined, extra: string | undefined, forms: WordForms | undefined): NameRow {
  const filled = emptyForms();
  for (const [form, value] of Object.entries(forms ?? {})) if (value) filled[form as GrammaticalCase] = value;
  return { language, text: text ?? '', extra: extra ?? '', forms: filled };
}

function formsOf(row: NameRow): WordForms | undefined {
  const forms = Object.fromEntries(Object.entries(row.forms).filter(([, value]) => value.trim() !== '').map(([form, value]) => [form, value.trim()]));
  return Object.keys(forms).length > 0 ? forms : undefined;
}

export function personForm(person: Person | undefined): PersonForm {
  const names = person?.names ?? {};
  return {
    email: person?.email ?? '',
    names: languagesOf(names).map((language) => row(language, names[language]?.name, names[language]?.honorific, names[language]?.forms)),
    titles: (person?.titles ?? []).map((held) => ({
      organisationId: held.organisationId ?? '',
      from: held.from ?? '',
      to: held.to ?? '',
      rows: languagesOf(held.title).map((language) => row(language, held.title[language]?.title, undefined, held.title[language]?.forms)),
    })),
  };
}

export function emptyTitle(): TitleRows {
  return { organisationId: '', from: '', to: '', rows: directoryLanguages.map((language) => row(language, '', '', undefined)) };
}

export function personDraft(form: PersonForm): PersonDraft {
  const filled = (rows: NameRow[]) => rows.filter((candidate) => candidate.text.trim() !== '');
  return {
    ...(form.email.trim() ? { email: form.email.trim() } : {}),
    names: Object.fromEntries(
      filled(form.names).map((name) => {
        const forms = formsOf(name);
        return [name.language, { name: name.text.trim(), ...(name.extra.trim() ? { honorific: name.extra.trim() } : {}), ...(forms ? { forms } : {}) }];
      }),
    ),
    titles: form.titles
      .filter((held) => filled(held.rows).length > 0)
      .map((held) => ({
        organisationId: held.organisationId || null,
        from: held.from || null,
        to: held.to || null,
        title: Object.fromEntries(
          filled(held.rows).map((title) => {
            const forms = formsOf(title);
            return [title.language, { title: title.text.trim(), ...(forms ? { forms } : {}) }];
          }),
        ),
      })),
  };
}

export function organisationForm(organisation: Organisation | undefined): OrganisationForm {
  const names = organisation?.names ?? {};
  return {
    englishTakesThe: organisation?.englishTakesThe ?? false,
    names: languagesOf(names).map((language) => row(language, names[language]?.name, names[language]?.short, names[language]?.forms)),
  };
}

export function organisationDraft(form: OrganisationForm): OrganisationDraft {
  return {
    englishTakesThe: form.englishTakesThe,
    names: Object.fromEntries(
      form.names
        .filter((name) => name.text.trim() !== '')
        .map((name) => {
          const forms = formsOf(name);
          return [name.language, { name: name.text.trim(), ...(name.extra.trim() ? { short: name.extra.trim() } : {}), ...(forms ? { forms } : {}) }];
        }),
    ),
  };
}
