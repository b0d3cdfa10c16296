/** The languages everything a user reads is written in: the pane, the notes beside highlighted cells. */
export type Language = 'zh-CN' | 'en-US';

/** Any language tag (Office's display language, a browser's, a stored setting): any Chinese → zh-CN, anything else → en-US. */
export function toLanguage(tag: string | null | undefined): Language {
  return /^zh\b/i.test(tag ?? '') ? 'zh-CN' : 'en-US';
}
