import { useEffect, useMemo } from 'react';
import { PANE_STRINGS, type PaneLocale } from '../i18n/language';
import type { Language } from '../i18n/strings';

/** The language in force (the settings' choice, else Office's) and its strings; the page's `lang` follows. */
export function usePaneLocale(chosen: Language | undefined, office: Language, onLanguageChange?: (language: Language) => void): PaneLocale {
  const language = chosen ?? office;
  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);
  return useMemo(() => ({ language, strings: PANE_STRINGS[language] }), [language]);
}
