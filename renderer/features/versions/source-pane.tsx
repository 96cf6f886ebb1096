import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../shared/document/briefing';
import { sectionLabels } from '../../../shared/document/language/document-language';
import { sectionPlainText } from '../../../shared/document/text-stats';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useLibraryChanges } from '../library/use-library-changes';
import { useT } from '../../ui/interface-language';
import { useLanguageName } from './language-names';

/**
 * Puts the section of `to` that matches the section at the top of `from` at
 * the same place: the same section, as far into it as `from` is into its own.
 */
function follow(from: HTMLElement, to: HTMLElement, fromId: (element: HTMLElement) => string | undefined, toSelector: (id: string) => string): void {
  const top = from.getBoundingClientRect().top;
  const sections = Array.from(from.querySelectorAll<HTMLElement>('[data-section-id], [data-source-section-id]'));
  const current = sections.find((section) => section.getBoundingClientRect().bottom > top + 1) ?? sections.at(-1);
  const id = current && fromId(current);
  const target = id === undefined ? null : to.querySelector<HTMLElement>(toSelector(id));
  if (!current || !target) return;
  const rect = current.getBoundingClientRect();
  const into = top - rect.top;
  const targetTop = target.getBoundingClientRect().top - to.getBoundingClientRect().top + to.scrollTop;
  // Above the first section (the title, the participants) both sides keep the same distance to it.
  to.scrollTop = into <= 0 ? targetTop + into : targetTop + (rect.height > 0 ? (into / rect.height) * target.offsetHeight : 0);
}

/**
 * The source version beside the translation: read-only text, section by
 * section under the source's own headings. Scrolling either side brings the
 * same section to the same place on the other.
 */
export function SourcePane({ sourceId, sourceLanguage }: { sourceId: string; sourceLanguage: string }) {
  const api = useApi();
  const t = useT();
  const changes = useLibraryChanges();
  const [source, setSource] = useState<Briefing | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const pane = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    api.briefings.get(sourceId).then(
      (read) => {
        if (current) setSource(read);
      },
      (readError: unknown) => {
        if (current) setError(t('versions.sourceReadFailed', { reason: errorMessage(readError) }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, sourceId, changes, t]);

  useEffect(() => {
    const own = pane.current;
    const editor = own?.parentElement?.querySelector<HTMLElement>('.editor-scroll');
    if (!own || !editor || !source) return;
    // A scroll this pane made on the other side must not scroll this side back.
    let moved: HTMLElement | null = null;
    const fromEditor = () => {
      if (moved === editor) {
        moved = null;
        return;
      }
      moved = own;
      follow(editor, own, (element) => element.dataset.sectionId, (id) => `[data-source-section-id="${CSS.escape(id)}"]`);
    };
    const fromSource = () => {
      if (moved === own) {
        moved = null;
        return;
      }
      moved = editor;
      follow(own, editor, (element) => element.dataset.sourceSectionId, (id) => `[data-section-id="${CSS.escape(id)}"]`);
    };
    editor.addEventListener('scroll', fromEditor, { passive: true });
    own.addEventListener('scroll', fromSource, { passive: true });
    return () => {
      editor.removeEventListener('scroll', fromEditor);
      own.removeEventListener('scroll', fromSource);
    };
  }, [source]);

  const name = useLanguageName()(sourceLanguage);
  return (
    <aside className="source-pane" ref={pane} aria-label={t('versions.sourcePaneLabel', { language: name })}>
      <p className="source-pane-label">
        {t('versions.sourceReadOnly', { language: name })}
      </p>
      {error && (
        <p className="version-note" role="alert">
          {error}
        </p>
      )}
      {source && (
        <div className="source-pane-page" lang={source.language}>
          <h2 className="source-pane-title">{source.title}</h2>
          {source.body.map((section) => {
            const heading = sectionLabels(section, source.templateId, source.language).heading;
            const text = sectionPlainText(section);
            return (
              <section key={section.sectionId} className="source-pane-section" data-source-section-id={section.sectionId}>
                {heading && <h3 className="source-pane-heading">{heading}</h3>}
                {text.split('\n').map((line, index) => (
                  <p key={index} className="source-pane-text">
                    {line || '\u00a0'}
                  </p>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </aside>
  );
}
