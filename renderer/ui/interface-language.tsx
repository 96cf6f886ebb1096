import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlContext, IntlProvider } from 'react-intl';
import { formatInterfaceDate, formatInterfaceNumber, type InterfaceDateStyle } from '../../shared/i18n/interface-format';
import { resolveInterfaceLanguage, type InterfaceLanguage } from '../../shared/i18n/interface-language';
import { catalogs, type Translate } from '../../shared/i18n/messages';
import { createInterfaceIntl } from '../../shared/i18n/translator';
import { useAppEvent } from './use-app-event';
import { setErrorLanguage } from '../api/api-client';

interface InterfaceLanguageState {
  /** What the interface shows now. */
  language: InterfaceLanguage;
  /** The person's choice in Settings; null follows the system. */
  chosen: InterfaceLanguage | null;
  /** Switches the interface at once (after Settings saved the choice), without a reload. */
  choose: (chosen: InterfaceLanguage | null) => void;
}

const InterfaceLanguageContext = createContext<InterfaceLanguageState>({ language: 'en', chosen: null, choose: () => undefined });

/** The system's languages as the page knows them, most preferred first. */
const systemLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * Gives the window its interface language: the one chosen in Settings, or the system's where the app has a
 * catalog, English otherwise. `load` reads the saved choice (the library's settings); while it runs nothing is
 * shown, so the window never flashes English first, and if it fails (a library that cannot be opened) the
 * system's language is used. `chosen` starts with a known choice instead (null: the system's).
 */
export function InterfaceLanguageProvider({ load, chosen: known, children }: { load?: () => Promise<InterfaceLanguage | null>; chosen?: InterfaceLanguage | null; children: ReactNode }) {
  const [chosen, setChosen] = useState<InterfaceLanguage | null | undefined>(known !== undefined || !load ? (known ?? null) : undefined);

  useEffect(() => {
    if (!load) return;
    let cancelled = false;
    load().then(
      (saved) => {
        if (!cancelled) setChosen((current) => (current === undefined ? saved : current));
      },
      () => {
        if (!cancelled) setChosen((current) => (current === undefined ? null : current));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load]);

  // Settings saved in another window: this one follows at once.
  useAppEvent('settings-changed', ({ interfaceLanguage }) => setChosen(interfaceLanguage));

  const language = resolveInterfaceLanguage(chosen, systemLanguages());
  useEffect(() => {
    document.documentElement.lang = language;
    const intl = createInterfaceIntl(language);
    setErrorLanguage((key, values) => intl.formatMessage({ id: key }, values));
  }, [language]);
  const choose = useCallback((next: InterfaceLanguage | null) => setChosen(next), []);
  const state = useMemo(() => ({ language, chosen: chosen ?? null, choose }), [language, chosen, choose]);

  if (chosen === undefined) return null;
  return (
    <InterfaceLanguageContext.Provider value={state}>
      <IntlProvider locale={language} defaultLocale="en" messages={catalogs[language]}>
        {children}
      </IntlProvider>
    </InterfaceLanguageContext.Provider>
  );
}

export function useInterfaceLanguage(): InterfaceLanguageState {
  return useContext(InterfaceLanguageContext);
}

/** Outside a provider (a part of the kit tested on its own) the interface speaks English. */
const englishIntl = createInterfaceIntl('en');

/** The interface's messages: `t('library.searchLibrary')`, `t('library.showing', { shown, total })`. */
export function useT(): Translate {
  const intl = useContext(IntlContext) ?? englishIntl;
  return useCallback<Translate>((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}

export interface InterfaceFormat {
  /** A date or time in the interface language (`utc`: a calendar date stored at midnight UTC). */
  date: (date: Date, style: InterfaceDateStyle, options?: { utc?: boolean }) => string;
  /** A count or measure in the interface language's digits grouping. */
  number: (value: number) => string;
}

export function interfaceFormat(language: InterfaceLanguage): InterfaceFormat {
  return {
    date: (date, style, options) => formatInterfaceDate(date, language, style, options),
    number: (value) => formatInterfaceNumber(value, language),
  };
}

/** Dates and numbers shown in the interface, in its language (a briefing's own dates follow the briefing's language). */
export function useInterfaceFormat(): InterfaceFormat {
  const { language } = useInterfaceLanguage();
  return useMemo(() => interfaceFormat(language), [language]);
}
