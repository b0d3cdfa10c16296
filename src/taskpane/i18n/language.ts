import { createContext, useContext } from 'react';
import { enUS } from './en-US';
import type { PaneLanguage, PaneStrings } from './strings';
import { zhCN } from './zh-CN';

export const PANE_STRINGS: Readonly<Record<PaneLanguage, PaneStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Office's display language (`zh-CN`, `zh-TW`, `en-GB`…) → the pane's: any Chinese → zh-CN, else en-US. */
export function languageFromOffice(displayLanguage: string | undefined | null): PaneLanguage {
  return /^zh\b/i.test(displayLanguage ?? '') ? 'zh-CN' : 'en-US';
}

/** The language in force and its strings, provided once by App. */
export interface PaneLocale {
  readonly language: PaneLanguage;
  readonly strings: PaneStrings;
}

export const LocaleContext = createContext<PaneLocale>({ language: 'zh-CN', strings: zhCN });

export function useLocale(): PaneLocale {
  return useContext(LocaleContext);
}

/** Picks the zh or en text of a core LocalizedText. */
export function localized(text: { readonly zh: string; readonly en: string }, language: PaneLanguage): string {
  return language === 'zh-CN' ? text.zh : text.en;
}
