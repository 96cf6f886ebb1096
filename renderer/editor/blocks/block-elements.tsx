import { useT } from '../../ui/interface-language';
import { BreakMark } from '../suggestions/break-mark';
import { useFormMark } from '../suggestions/form-mark';
import { blockFormOf } from '../../../shared/document/suggestions';
import type { RenderElementProps } from 'slate-react';
import type {
  BlockQuoteElement,
  HeadingElement,
  HorizontalRuleElement,
  ListItemElement,
  PageBreakElement,
  ParagraphElement,
} from '../../../shared/document/briefing-body';

export function ParagraphBlock({ attributes, children, element }: RenderElementProps & { element: ParagraphElement }) {
  const { className, ...mark } = useFormMark(element.formSuggestion, blockFormOf(element));
  return (
    <p {...attributes} className={`block block-paragraph${className}`} {...mark}>
      {children}
      <BreakMark mark={element.breakSuggestion} />
    </p>
  );
}

export function HeadingBlock({ attributes, children, element }: RenderElementProps & { element: HeadingElement }) {
  const Tag = (`h${element.level + 1}` as 'h3' | 'h4' | 'h5');
  const { className, ...mark } = useFormMark(element.formSuggestion, blockFormOf(element));
  return (
    <Tag {...attributes} className={`block block-heading block-heading-${element.level}${className}`} {...mark}>
      {children}
      <BreakMark mark={element.breakSuggestion} />
    </Tag>
  );
}

/**
 * Lists are flat runs of items (see briefing-body.ts). Numbers and bullets
 * come from CSS counters keyed on `data-list-type` and `data-indent`, so
 * inserting an item renumbers the rest without re-rendering them.
 */
export function ListItemBlock({ attributes, children, element }: RenderElementProps & { element: ListItemElement }) {
  const { className, ...mark } = useFormMark(element.formSuggestion, blockFormOf(element));
  return (
    <div {...attributes} className={`block block-list-item${className}`} data-list-type={element.listType} data-indent={element.indent} {...mark}>
      {children}
      <BreakMark mark={element.breakSuggestion} />
    </div>
  );
}

export function BlockQuoteBlock({ attributes, children, element }: RenderElementProps & { element: BlockQuoteElement }) {
  const { className, ...mark } = useFormMark(element.formSuggestion, blockFormOf(element));
  return (
    <blockquote {...attributes} className={`block block-quote${className}`} {...mark}>
      {children}
      <BreakMark mark={element.breakSuggestion} />
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
