import { webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with Chinese UI fonts after the Latin ones (Segoe UI has no CJK glyphs), so
 * Chinese text uses 微软雅黑 on Windows and PingFang on a Mac instead of a serif fallback.
 */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif",
};
