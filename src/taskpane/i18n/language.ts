import { createContext, useContext } from 'react';
import { enUS } from './en-US';
import type { Language, PaneStrings } from './strings';
import { zhCN } from './zh-CN';

export const PANE_STRINGS: Readonly<Record<Language, PaneStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Office's display language (`zh-CN`, `zh-TW`, `en-GB`…) → the pane's, with its fallback (src/core/language.ts). */
export { toLanguage } from '../../core/language';

/** The language in force and its strings, provided once by App. */
export interface PaneLocale {
  readonly language: Language;
  readonly strings: PaneStrings;
}

export const LocaleContext = createContext<PaneLocale>({ language: 'zh-CN', strings: zhCN });

export function useLocale(): PaneLocale {
  return useContext(LocaleContext);
}

/** Picks the zh or en text of a core LocalizedText. */
export function localized(text: { readonly zh: string; readonly en: string }, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}
