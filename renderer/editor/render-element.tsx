import type { JSX } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { BriefingElement, BriefingElementType } from '../../shared/document/briefing-body';
import { BlockQuoteBlock, HeadingBlock, HorizontalRuleBlock, ListItemBlock, PageBreakBlock, ParagraphBlock } from './blocks/block-elements';
import { LinkElement } from './links/link-element';
import { FieldReferenceElement } from './fields/field-reference-element';
import { SectionElement } from './sections/section-element';
import { PictureBlock } from './pictures/picture-element';
import { TableBlock, TableCellBlock, TableRowBlock } from './tables/table-elements';

type ElementComponent<Type extends BriefingElementType> = (
  props: RenderElementProps & { element: Extract<BriefingElement, { type: Type }> },
) => JSX.Element;

/** One component per element type; a new element type without one fails to compile. */
const elementComponents = {
  section: SectionElement,
  paragraph: ParagraphBlock,
  heading: HeadingBlock,
  'list-item': ListItemBlock,
  'block-quote': BlockQuoteBlock,
  'page-break': PageBreakBlock,
  'horizontal-rule': HorizontalRuleBlock,
  table: TableBlock,
  'table-row': TableRowBlock,
  'table-cell': TableCellBlock,
  picture: PictureBlock,
  link: LinkElement,
  'field-ref': FieldReferenceElement,
} satisfies { [Type in BriefingElementType]: ElementComponent<Type> };

export function renderElement(props: RenderElementProps): JSX.Element {
  const Component = elementComponents[props.element.type] as ElementComponent<BriefingElementType>;
  return <Component {...props} element={props.element} />;
}
