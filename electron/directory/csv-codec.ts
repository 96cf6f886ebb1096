import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { grammaticalCases, languageTagSchema, type GrammaticalCase, type WordForms } from '../../shared/document/briefing';
import { isoDateSchema, type Directory, type OrganisationName } from '../../shared/directory/directory-model';
import { lineError, type ImportedDirectory, type ImportedPerson, type ImportedTitle } from './directory-import';

/*
 * The directory as a spreadsheet: one row per title a person held (or one
 * row for a person without titles). Rows with the same `id` are one person.
 * Columns are `id`, `email`, `from`, `to`, `organisation.the` (yes/no), and per
 * language, with the language after an `@`: `name@ru`, `honorific@ru`,
 * `title@ru`, `organisation@ru`, `organisation.short@ru`, and recorded forms
 * as `name.genitive@ru`, `title.instrumental@ru`, `organisation.genitive@ru` ….
 */

const parts = ['name', 'title', 'organisation'] as const;
type Part = (typeof parts)[number];
const plainColumns = ['id', 'email', 'from', 'to', 'organisation.the'] as const;

interface Column {
  part: Part | 'honorific' | 'organisation.short';
  form?: GrammaticalCase;
  language: string;
}

function readColumn(header: string): Column | undefined {
  const match = /^(organisation\.short|name|title|organisation|honorific)(?:\.([a-z]+))?@(.+)$/.exec(header.trim());
  if (!match || !languageTagSchema.safeParse(match[3]).success) return undefined;
  const [, part, form, language] = match as unknown as [string, Column['part'], string | undefined, string];
  if (form !== undefined && (!(grammaticalCases as readonly string[]).includes(form) || part === 'honorific' || part === 'organisation.short')) return undefined;
  return { part, language, ...(form ? { form: form as GrammaticalCase } : {}) };
}

const yes = (value: string) => ['yes', 'true', '1'].includes(value.trim().toLowerCase());

/** Reads a directory spreadsheet, or throws one sentence naming the line. */
export function parseDirectoryCsv(contents: string): ImportedDirectory {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with the line it ends on (csv-parse's types do not say so).
    rows = parse(contents, { info: true, bom: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) throw lineError(Number(error.lines) || 1, { id: 'directoryImport.csvColumns' });
    throw error;
  }
  const [header, ...records] = rows;
  if (!header) throw lineError(1, { id: 'directoryImport.empty' });
  const columns = header.record.map((name) => {
    if ((plainColumns as readonly string[]).includes(name.trim())) return name.trim();
    const column = readColumn(name);
    if (!column) throw lineError(header.info.lines, { id: 'directoryImport.unknownColumn', values: { name } });
    return column;
  });
  if (!columns.some((column) => typeof column !== 'string' && column.part === 'name')) throw lineError(header.info.lines, { id: 'directoryImport.noNameColumn' });

  const people = new Map<string, ImportedPerson>();
  for (const { record, info } of records) {
    const line = info.lines;
    const plain = (name: (typeof plainColumns)[number]) => (record[columns.indexOf(name)] ?? '').trim();
    const names: ImportedPerson['names'] = {};
    const title: ImportedTitle['title'] = {};
    const organisation: Record<string, OrganisationName> = {};
    const forms = new Map<string, WordForms>();
    const formsOf = (part: Part, language: string) => {
      const key = `${part}@${language}`;
      const existing = forms.get(key) ?? {};
      forms.set(key, existing);
      return existing;
    };
    columns.forEach((column, index) => {
      const value = (record[index] ?? '').trim();
      if (typeof column === 'string' || value === '') return;
      const { part, form, language } = column;
      if (form && (part === 'name' || part === 'title' || part === 'organisation')) formsOf(part, language)[form] = value;
      else if (part === 'name') names[language] = { ...names[language], name: value };
      else if (part === 'honorific') names[language] = { name: names[language]?.name ?? '', ...names[language], honorific: value };
      else if (part === 'title') title[language] = { title: value };
      else if (part === 'organisation') organisation[language] = { ...organisation[language], name: value };
      else organisation[language] = { name: organisation[language]?.name ?? '', ...organisation[language], short: value };
    });
    for (const [key, recorded] of forms) {
      const [part, language] = key.split('@') as [Part, string];
      const target = part === 'name' ? names[language] : part === 'title' ? title[language] : organisation[language];
      if (!target) throw lineError(line, { id: 'directoryImport.formsWithoutBase', values: { column: `${part}@${language}` } });
      target.forms = recorded;
    }
    for (const end of ['from', 'to'] as const) {
      const date = plain(end);
      if (date !== '' && !isoDateSchema.safeParse(date).success) throw lineError(line, { id: 'directoryImport.badDate', values: { column: `"${end}"`, date } });
    }
    const key = plain('id') || Object.values(names)[0]?.name || '';
    if (key === '') throw lineError(line, { id: 'directoryImport.noIdOrName' });
    const person = people.get(key) ?? { names: {}, titles: [], line };
    people.set(key, person);
    person.names = { ...person.names, ...names };
    const id = plain('id');
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) person.id = id.toLowerCase();
    const email = plain('email');
    if (email) person.email = email;
    if (Object.keys(title).length > 0) {
      const from = plain('from');
      const to = plain('to');
      if (from !== '' && to !== '' && to < from) throw lineError(line, { id: 'directoryImport.titleEndsBeforeStart' });
      person.titles.push({ title, from: from || null, to: to || null, organisation: Object.keys(organisation).length > 0 ? organisation : null });
    }
    if (Object.keys(organisation).length > 0 && yes(plain('organisation.the'))) person.englishTheFor = [...(person.englishTheFor ?? []), organisation];
  }
  const imported: ImportedDirectory = { people: [...people.values()], organisations: [] };
  // An organisation a row marks as taking "the" is imported as an organisation of its own first, so the mark is kept.
  for (const person of imported.people) {
    for (const names of person.englishTheFor ?? []) imported.organisations.push({ names, englishTakesThe: true, line: person.line });
    delete person.englishTheFor;
  }
  return imported;
}

/** The directory as a spreadsheet in the columns `parseDirectoryCsv` reads. */
export function writeDirectoryCsv(directory: Directory): string {
  const languages = [
    ...new Set(
      directory.people.flatMap((person) => [
        ...Object.keys(person.names),
        ...person.titles.flatMap((held) => Object.keys(held.title)),
      ]).concat(directory.organisations.flatMap((organisation) => Object.keys(organisation.names))),
    ),
  ].sort();
  const formColumns = (part: Part) => languages.flatMap((language) => grammaticalCases.map((form) => `${part}.${form}@${language}`));
  const header = [
    ...plainColumns,
    ...languages.flatMap((language) => [`name@${language}`, `honorific@${language}`, `title@${language}`, `organisation@${language}`, `organisation.short@${language}`]),
    ...parts.flatMap(formColumns),
  ];
  const rows: Record<string, string>[] = [];
  for (const person of directory.people) {
    const base: Record<string, string> = { id: person.id, email: person.email ?? '' };
    for (const [language, name] of Object.entries(person.names)) {
      base[`name@${language}`] = name.name;
      if (name.honorific) base[`honorific@${language}`] = name.honorific;
      for (const [form, value] of Object.entries(name.forms ?? {})) if (value) base[`name.${form}@${language}`] = value;
    }
    const held = person.titles.length > 0 ? person.titles : [undefined];
    for (const title of held) {
      const row = { ...base };
      if (title) {
        row.from = title.from ?? '';
        row.to = title.to ?? '';
        for (const [language, text] of Object.entries(title.title)) {
          row[`title@${language}`] = text.title;
          for (const [form, value] of Object.entries(text.forms ?? {})) if (value) row[`title.${form}@${language}`] = value;
        }
        const organisation = directory.organisations.find((candidate) => candidate.id === title.organisationId);
        if (organisation) {
          row['organisation.the'] = organisation.englishTakesThe ? 'yes' : 'no';
          for (const [language, name] of Object.entries(organisation.names)) {
            row[`organisation@${language}`] = name.name;
            if (name.short) row[`organisation.short@${language}`] = name.short;
            for (const [form, value] of Object.entries(name.forms ?? {})) if (value) row[`organisation.${form}@${language}`] = value;
          }
        }
      }
      rows.push(row);
    }
  }
  // Form columns nobody filled are left out, so the sheet stays readable.
  const used = header.filter((column) => !column.includes('.') || column === 'organisation.the' || rows.some((row) => row[column]));
  return stringify(rows, { header: true, columns: used });
}
