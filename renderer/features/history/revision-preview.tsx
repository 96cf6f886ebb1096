import type { ReactNode } from 'react';
import type { ComparedBlock, ComparedPart, VersionBlock, VersionRun } from '../../../shared/document/version-compare';
import { usePictureUrl } from '../../editor/pictures/picture-url';
import { useT } from '../../ui/interface-language';

/** Runs with the formatting the editor gives them: marks, a field's value as a field chip, a link's words underlined (not followed). */
function Runs({ runs }: { runs: readonly VersionRun[] }) {
  return (
    <>
      {runs.map((piece, index) => {
        let content: ReactNode = piece.text;
        const marks = piece.marks ?? {};
        if (marks.bold) content = <strong>{content}</strong>;
        if (marks.italic) content = <em>{content}</em>;
        if (marks.underline) content = <u>{content}</u>;
        if (marks.strikethrough) content = <s>{content}</s>;
        if (marks.superscript) content = <sup>{content}</sup>;
        if (marks.subscript) content = <sub>{content}</sub>;
        const className = piece.field ? 'field-ref revision-field' : piece.link ? 'revision-link' : undefined;
        return (
          <span key={index} className={className}>
            {content}
          </span>
        );
      })}
    </>
  );
}

/** A changed block's words: kept ones plain, removed struck through, added underlined, each change findable by its number. */
function Parts({ parts }: { parts: readonly ComparedPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <Runs key={index} runs={part.runs} />
        ) : part.kind === 'added' ? (
          <ins key={index} data-change={part.change}>
            <Runs runs={part.runs} />
          </ins>
        ) : (
          <del key={index} data-change={part.change}>
            <Runs runs={part.runs} />
          </del>
        ),
      )}
    </>
  );
}

/** A picture as the version had it: the image from the library (its bytes never change), the caption and credit under it. */
function RevisionPicture({ picture, caption }: { picture: NonNullable<VersionBlock['picture']>; caption: ReactNode }) {
  const url = usePictureUrl(picture.hash);
  return (
    <figure className={`revision-picture picture-${picture.layout}`}>
      {url && <img src={url} alt={picture.alt} width={picture.width} height={picture.height} style={{ maxWidth: picture.layout === 'half' ? '50%' : '100%', height: 'auto' }} />}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** One block in the editor's own classes, so a version reads as the page does: headings styled, list items with their numbers. */
function Block({ block, content, className, change }: { block: VersionBlock; content: ReactNode; className?: string; change?: number }) {
  const t = useT();
  const extra = { ...(className ? { className } : {}), ...(change !== undefined ? { 'data-change': change } : {}) };
  const classes = (base: string) => [base, className].filter(Boolean).join(' ');
  switch (block.kind) {
    case 'title':
      return <h3 {...extra} className={classes('revision-title')}>{content || t('history.untitled')}</h3>;
    case 'section-heading':
      return <h4 {...extra} className={classes('section-heading revision-section-heading')}>{content}</h4>;
    case 'paragraph':
      return <p {...extra} className={classes('block block-paragraph')}>{content}</p>;
    case 'heading': {
      const level = block.level ?? 2;
      const Tag = `h${Math.min(level + 2, 6)}` as 'h4' | 'h5' | 'h6';
      return <Tag {...extra} className={classes(`block block-heading block-heading-${level}`)}>{content}</Tag>;
    }
    case 'list-item':
      return (
        <div {...extra} className={classes('block revision-list-item')} style={{ paddingLeft: `${28 + (block.indent ?? 0) * 24}px` }}>
          <span className="revision-list-marker" aria-hidden="false" style={{ left: `${(block.indent ?? 0) * 24}px` }}>
            {block.marker}
          </span>
          {content}
        </div>
      );
    case 'block-quote':
      return <blockquote {...extra} className={classes('block block-quote')}>{content}</blockquote>;
    case 'table-row':
      return (
        <div {...extra} className={classes('revision-table-row')} style={{ gridTemplateColumns: `repeat(${block.cells?.length ?? 1}, minmax(0, 1fr))` }}>
          {content}
        </div>
      );
    case 'picture':
      return block.picture ? (
        <div {...extra} className={className}>
          <RevisionPicture picture={block.picture} caption={content} />
        </div>
      ) : null;
    case 'page-break':
      return <p {...extra} className={classes('revision-break')}>{t('history.pageBreak')}</p>;
    case 'horizontal-rule':
      return <hr {...extra} className={className} />;
  }
}

/** A block shown unchanged: a table row cell by cell, anything else as its runs. */
function plainContent(block: VersionBlock): ReactNode {
  if (block.kind === 'table-row' && block.cells) {
    return block.cells.map((cell, index) => (
      <span key={index} className="revision-table-cell">
        <Runs runs={cell} />
      </span>
    ));
  }
  return <Runs runs={block.runs} />;
}

/** A saved version's text, read-only, as the editor shows it: nothing to edit and no editor behind it. */
export function RevisionPreview({ blocks }: { blocks: readonly VersionBlock[] }) {
  const t = useT();
  return (
    <article className="revision-preview" aria-label={t('history.versionText')}>
      {blocks.map((block, index) => (
        <Block key={index} block={block} content={plainContent(block)} />
      ))}
    </article>
  );
}

/** Two versions compared in place: the newer one's blocks, with removed and added words and blocks marked. */
export function RevisionComparison({ blocks, label }: { blocks: readonly ComparedBlock[]; label: string }) {
  return (
    <article className="revision-preview revision-comparison" aria-label={label}>
      {blocks.map((compared, index) => {
        switch (compared.kind) {
          case 'same':
            return <Block key={index} block={compared.block} content={plainContent(compared.block)} />;
          case 'changed':
            return <Block key={index} block={compared.block} content={<Parts parts={compared.parts} />} />;
          case 'added':
            return <Block key={index} block={compared.block} content={<ins>{plainContent(compared.block)}</ins>} className="revision-block-added" change={compared.change} />;
          case 'removed':
            return <Block key={index} block={compared.block} content={<del>{plainContent(compared.block)}</del>} className="revision-block-removed" change={compared.change} />;
        }
      })}
    </article>
  );
}
