import type { ReactNode } from 'react';
import type { BlockElement, BriefingBody, InlineNode, PictureElement } from '../../../shared/document/briefing-body';
import { usePictureUrl } from '../../editor/pictures/picture-url';
import type { Translate } from '../../../shared/i18n/messages';
import { useT } from '../../ui/interface-language';

function inline(node: InlineNode, key: number): ReactNode {
  if ('text' in node) {
    let content: ReactNode = node.text;
    if (node.bold) content = <strong>{content}</strong>;
    if (node.italic) content = <em>{content}</em>;
    if (node.underline) content = <u>{content}</u>;
    if (node.strikethrough) content = <s>{content}</s>;
    if (node.superscript) content = <sup>{content}</sup>;
    if (node.subscript) content = <sub>{content}</sub>;
    return <span key={key}>{content}</span>;
  }
  switch (node.type) {
    case 'field-ref':
      return (
        <span key={key} className="revision-field">
          [{node.fieldId}]
        </span>
      );
    case 'link':
      // Shown, not followed: a preview is not a place to leave the app from.
      return (
        <span key={key} className="revision-link" title={node.url}>
          {node.children.map((child) => child.text).join('')}
        </span>
      );
  }
}

function block(element: BlockElement, key: number, t: Translate): ReactNode {
  if (element.type === 'table') {
    return (
      <table key={key} className="revision-table">
        <tbody>
          {element.children.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.children.map((cell, cellIndex) => {
                const Cell = element.headerRow && rowIndex === 0 ? 'th' : 'td';
                return <Cell key={cellIndex}>{cell.children.map(inline)}</Cell>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (element.type === 'picture') return <RevisionPicture key={key} picture={element} />;
  const children = element.children.map(inline);
  switch (element.type) {
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading':
      return <h5 key={key}>{children}</h5>;
    case 'list-item':
      return (
        <p key={key} className="revision-list-item" style={{ marginLeft: `${element.indent * 1.5 + 1}em` }}>
          {element.listType === 'numbered' ? '# ' : '• '}
          {children}
        </p>
      );
    case 'block-quote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'page-break':
      return (
        <p key={key} className="revision-break">
          {t('history.pageBreak')}
        </p>
      );
    case 'horizontal-rule':
      return <hr key={key} />;
  }
}

/** A picture as the version had it: the image from the library (its bytes never change), the caption and credit under it. */
function RevisionPicture({ picture }: { picture: PictureElement }) {
  const url = usePictureUrl(picture.hash);
  const caption = [picture.caption, picture.credit].filter(Boolean).join(' — ');
  return (
    <figure className={`revision-picture picture-${picture.layout}`}>
      {url && <img src={url} alt={picture.alt} width={picture.width} height={picture.height} style={{ maxWidth: picture.layout === 'half' ? '50%' : '100%', height: 'auto' }} />}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** A saved version's text, read-only: plain elements, nothing to edit and no editor behind it. */
export function RevisionPreview({ title, body }: { title: string; body: BriefingBody }) {
  const t = useT();
  return (
    <article className="revision-preview" aria-label={t('history.versionText')}>
      <h3>{title.trim() || t('history.untitled')}</h3>
      {body.map((section, index) => (
        <section key={`${section.sectionId}-${index}`}>
          {section.heading && <h4>{section.heading}</h4>}
          {section.children.map((element, index) => block(element, index, t))}
        </section>
      ))}
    </article>
  );
}
