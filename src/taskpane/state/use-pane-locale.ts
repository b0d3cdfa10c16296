import { useEffect, useMemo } from 'react';
import { PANE_STRINGS, type PaneLocale } from '../i18n/language';
import type { PaneLanguage } from '../i18n/strings';

/** The language in force (the settings' choice, else Office's) and its strings; the page's `lang` follows. */
export function usePaneLocale(chosen: PaneLanguage | undefined, office: PaneLanguage, onLanguageChange?: (language: PaneLanguage) => void): PaneLocale {
  const language = chosen ?? office;
  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);
  return useMemo(() => ({ language, strings: PANE_STRINGS[language] }), [language]);
}
