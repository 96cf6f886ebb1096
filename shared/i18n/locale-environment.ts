import { matchInterfaceLanguage, type InterfaceLanguage } from './interface-language';

/**
 * The command line's language, as POSIX programs choose theirs: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
 * ("az_AZ.UTF-8"); English for the C and POSIX locales, for none, and for a language without a catalog.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): InterfaceLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  if (!locale || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'en';
  return matchInterfaceLanguage([locale]);
}
