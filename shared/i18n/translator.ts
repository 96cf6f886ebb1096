import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { type InterfaceLanguage } from './interface-language';
import { catalogs, type Translate } from './messages';

const cache = createIntlCache();

/** The ICU formatter for a language, over its catalog; what react-intl's provider holds in the page. */
export function createInterfaceIntl(language: InterfaceLanguage, onError: (error: Error) => void = () => undefined): IntlShape {
  return createIntl({ locale: language, defaultLocale: 'en', messages: catalogs[language], onError }, cache);
}

/**
 * A `Translate` for the main process and the command line. A message missing from a catalog (which the
 * catalog test forbids) falls back to English rather than showing an id.
 */
export function createTranslator(language: InterfaceLanguage): Translate {
  const intl = createInterfaceIntl(language);
  const english = language === 'en' ? intl : createInterfaceIntl('en');
  return (key, values) => {
    const target = catalogs[language][key] === undefined ? english : intl;
    return target.formatMessage({ id: key }, values);
  };
}
