import { useT } from '../../ui/interface-language';
import type { RenderElementProps } from 'slate-react';
import type {
  BlockQuoteElement,
  HeadingElement,
  HorizontalRuleElement,
  ListItemElement,
  PageBreakElement,
  ParagraphElement,
} from '../../../shared/document/briefing-body';

export function ParagraphBlock({ attributes, children }: RenderElementProps & { element: ParagraphElement }) {
  return (
    <p {...attributes} className="block block-paragraph">
      {children}
    </p>
  );
}

export function HeadingBlock({ attributes, children, element }: RenderElementProps & { element: HeadingElement }) {
  const Tag = (`h${element.level + 1}` as 'h3' | 'h4' | 'h5');
  return (
    <Tag {...attributes} className={`block block-heading block-heading-${element.level}`}>
      {children}
    </Tag>
  );
}

/**
 * Lists are flat runs of items (see briefing-body.ts). Numbers and bullets
 * come from CSS counters keyed on `data-list-type` and `data-indent`, so
 * inserting an item renumbers the rest without re-rendering them.
 */
export function ListItemBlock({ attributes, children, element }: RenderElementProps & { element: ListItemElement }) {
  return (
    <div {...attributes} className="block block-list-item" data-list-type={element.listType} data-indent={element.indent}>
      {children}
    </div>
  );
}

export function BlockQuoteBlock({ attributes, children }: RenderElementProps & { element: BlockQuoteElement }) {
  return (
    <blockquote {...attributes} className="block block-quote">
      {children}
    </blockquote>
  );
}

/** A void block: Slate needs its empty text child rendered, but the person sees only the marker. */
export function PageBreakBlock({ attributes, children }: RenderElementProps & { element: PageBreakElement }) {
  const t = useT();
  return (
    <div {...attributes} className="block block-page-break">
      <div contentEditable={false} className="page-break-marker" role="separator" aria-label={t('editor.pageBreak')}>
        {t('editor.pageBreak')}
      </div>
      {children}
    </div>
  );
}

export function HorizontalRuleBlock({ attributes, children }: RenderElementProps & { element: HorizontalRuleElement }) {
  return (
    <div {...attributes} className="block block-horizontal-rule">
      <hr contentEditable={false} />
      {children}
    </div>
  );
}
