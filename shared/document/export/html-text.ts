const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => entities[character] ?? character);
}

/** ` lang="…"` for a heading written in another language than the document (a renamed heading), else nothing. */
export function headingLangAttribute(document: { language: string }, section: { headingLanguage: string }): string {
  return section.headingLanguage === document.language ? '' : ` lang="${escapeHtml(section.headingLanguage)}"`;
}
