import az from './catalogs/az.json' with { type: 'json' };
import en from './catalogs/en.json' with { type: 'json' };
import ru from './catalogs/ru.json' with { type: 'json' };
import tr from './catalogs/tr.json' with { type: 'json' };
import type { InterfaceLanguage } from './interface-language';

/**
 * Every sentence the interface shows, one catalog per language, each an ICU message (plural and select
 * rules, named placeholders, never pieced together from fragments). English is the source: its keys
 * are the message ids, and a test holds the other catalogs to exactly the same keys and placeholders.
 */
export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

export const catalogs: Readonly<Record<InterfaceLanguage, Catalog>> = { en, az, ru, tr };

/** A message's placeholder values: text or numbers. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Turns a message id and its values into the sentence in the interface language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

declare global {
  // Gives react-intl and @formatjs/intl the catalog's ids, so a message id that does not exist fails to compile.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
