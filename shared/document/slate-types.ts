// Brings 'slate' into the program so that the augmentation below applies.
import type {} from 'slate';
import type { BriefingElement, FormattedText } from './briefing-body';

// Slate's element and text types, declared once for every layer. The renderer
// adds the `Editor` type (React + history) in its own declaration.
declare module 'slate' {
  interface CustomTypes {
    Element: BriefingElement;
    Text: FormattedText;
  }
}
