import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { SectionElement as SectionNode } from '../../../shared/document/briefing-body';

function isEmptySection(section: SectionNode): boolean {
  return section.children.length === 1 && Node.string(section) === '';
}

/** A template section: its heading and guidance are part of the template, not of the editable text. */
export function SectionElement({ attributes, children, element }: RenderElementProps & { element: SectionNode }) {
  const empty = isEmptySection(element);
  const headingId = `section-heading-${element.sectionId}`;
  return (
    <section {...attributes} className="briefing-section" data-section-id={element.sectionId} aria-labelledby={element.heading ? headingId : undefined}>
      {element.heading && (
        <h2 className="section-heading" id={headingId} contentEditable={false}>
          {element.heading}
          {element.required && <span className="section-required" title="Required before export">Required</span>}
        </h2>
      )}
      <div className={empty ? 'section-body section-body-empty' : 'section-body'}>
        {empty && element.guidance && (
          <div
            className={element.children[0]?.type === 'list-item' ? 'section-guidance section-guidance-list' : 'section-guidance'}
            contentEditable={false}
            aria-hidden="true"
          >
            {element.guidance}
          </div>
        )}
        {children}
      </div>
    </section>
  );
}
