/**
 * Every word the app itself writes into a briefing or an export, per
 * language. One module per language (`en.ts`, `az.ts` …), each a
 * `DocumentStrings`: the type is the single key set, so a language that
 * lacks a string fails to compile, and `document-strings.test.ts` checks that
 * none is left empty. Texts with `{page}`, `{pages}` or `{until}` are filled
 * in by `fillIn`.
 */
export interface SectionStrings {
  heading: string;
  /** Placeholder shown while the section is empty; for the end mark, the mark itself. */
  guidance: string;
}

/** The sections of the built-in templates, by template id and section id. */
export interface TemplateStrings {
  'meeting-readout': Record<'lede' | 'occasion' | 'topics-discussed' | 'key-messages' | 'agreed-points' | 'follow-up', SectionStrings>;
  'press-release': Record<'body' | 'quotes' | 'about' | 'end-mark', SectionStrings>;
  'talking-points': Record<'key-messages' | 'questions-and-answers' | 'do-not-say', SectionStrings>;
  'press-conference-note': Record<'opening-statement' | 'key-announcements' | 'questions-and-answers', SectionStrings>;
  blank: Record<'body', SectionStrings>;
}

export interface DocumentStrings {
  /** The language's own name, as a reader of it writes it. */
  languageName: string;
  templates: TemplateStrings;
  participants: {
    heading: string;
    columns: { name: string; title: string; organisation: string; side: string; role: string };
    sides: { host: string; guest: string; other: string };
  };
  /** The release line of the masthead, in the capitals (where the script has them) a press office sets it in. */
  release: { immediate: string; embargoed: string; embargoedUntil: string };
  /** Labels of the release and classification choices where a field reference shows them in running text. */
  options: {
    releaseLine: { immediate: string; embargoed: string };
    classification: { public: string; official: string; restricted: string; confidential: string };
  };
  /** Classification markings as printed on every page (public documents carry none). */
  classification: { official: string; restricted: string; confidential: string };
  draftMark: string;
  /** The page number in the running footer: `{page}` and `{pages}`. */
  pageOf: string;
  /** Labels of the media contact block, by contact field. */
  contact: { contactName: string; contactPhone: string; contactEmail: string };
  /** Plain text: what separates the parts of a participant's line, and what marks a bulleted item. */
  plainText: { listSeparator: string; bullet: string; photo: string };
}

/** Fills `{name}` slots in a string from this module. */
export function fillIn(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z]+)\}/gu, (whole, name: string) => values[name] ?? whole);
}
