import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { MAX_LIST_INDENT, type ListType } from '../../../shared/document/briefing-body';

export const numberingReferences: Record<ListType, string> = { numbered: 'briefing-numbered', bulleted: 'briefing-bulleted' };

const numberFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const bullets = ['\u2022', '\u25E6', '\u25AA'] as const;

/** Twips: each level indents a further quarter inch, the number hanging in the first 360. */
const levelIndent = (level: number) => ({ indent: { left: 720 + level * 360, hanging: 360 } });

/**
 * Word numbering for the body's lists: one abstract definition per list type
 * with nine levels (Word's `ilvl`, our `indent`). Each list in the briefing
 * is its own numbering instance (see `docxBlocks`), so every list starts at 1.
 */
export function docxNumbering(): INumberingOptions {
  const levels = Array.from({ length: MAX_LIST_INDENT + 1 }, (_, level) => level);
  return {
    config: [
      {
        reference: numberingReferences.numbered,
        levels: levels.map((level) => ({
          level,
          format: numberFormats[level % numberFormats.length],
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: levelIndent(level) },
        })),
      },
      {
        reference: numberingReferences.bulleted,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullets[level % bullets.length],
          alignment: AlignmentType.START,
          style: { paragraph: levelIndent(level) },
        })),
      },
    ],
  };
}
