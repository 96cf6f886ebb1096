import { useInterfaceLanguage, useT } from '../../ui/interface-language';
import { Node } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import { draftLede } from '../../../shared/document/draft-lede';
import { useFieldContext } from '../fields/field-context';
import { sectionLabels } from '../../../shared/document/language/document-language';
import { replaceSectionContent } from './replace-section-content';
import { useSectionNotice } from './section-notice-context';
import type { SectionElement as SectionNode } from '../../../shared/document/briefing-body';

function isEmptySection(section: SectionNode): boolean {
  return section.children.length === 1 && Node.string(section) === '';
}

/** A template section: its heading and guidance are part of the template, not of the editable text. */
export function SectionElement({ attributes, children, element }: RenderElementProps & { element: SectionNode }) {
  const t = useT();
  const { language: interfaceLanguage } = useInterfaceLanguage();
  const empty = isEmptySection(element);
  const editor = useSlateStatic();
  const { template, language, fields } = useFieldContext();
  const draftsLede = template?.lede?.sectionId === element.sectionId;
  const notice = useSectionNotice()(element.sectionId);

  const draft = () => {
    if (!template) return;
    const paragraph = draftLede(template, language, fields);
    if (!paragraph) return;
    // Drafting again must not silently throw away what the person wrote.
    if (!isEmptySection(element) && !window.confirm(t('section.confirmRedraft'))) return;
    replaceSectionContent(editor, ReactEditor.findPath(editor, element), [paragraph]);
    ReactEditor.focus(editor);
  };
  const headingId = `section-heading-${element.sectionId}`;
  // The heading follows the briefing's language unless someone renamed it; its capitals follow the language it is written in.
  const labels = sectionLabels(element, template?.id ?? '', language);
  return (
    <section {...attributes} className="briefing-section" data-section-id={element.sectionId} aria-labelledby={labels.heading ? headingId : undefined}>
      {labels.heading && (
        <h2 className="section-heading" id={headingId} contentEditable={false}>
          <span className="section-heading-text" lang={labels.headingLanguage}>
            {labels.heading}
          </span>
          {element.required && (
            <span className="section-required" lang={interfaceLanguage} title={t('section.requiredTitle')}>
              {t('section.required')}
            </span>
          )}
          {draftsLede && !ReactEditor.isReadOnly(editor) && (
            <button type="button" className="section-action" onClick={draft} title={t('section.draftTitle')} lang={interfaceLanguage}>
              {t('section.draft')}
            </button>
          )}
        </h2>
      )}
      {notice && (
        <div className="section-notice" contentEditable={false}>
          {notice}
        </div>
      )}
      <div className={empty ? 'section-body section-body-empty' : 'section-body'}>
        {empty && labels.guidance && (
          <div
            className={element.children[0]?.type === 'list-item' ? 'section-guidance section-guidance-list' : 'section-guidance'}
            contentEditable={false}
            aria-hidden="true"
          >
            {labels.guidance}
          </div>
        )}
        {children}
      </div>
    </section>
  );
}
