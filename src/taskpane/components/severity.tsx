import { tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Severity } from '../../core/rules/types';
import type { PaneStrings } from '../i18n/strings';

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

export function severityLabel(severity: Severity, strings: PaneStrings): string {
  return severity === 'error' ? strings.errors : severity === 'warning' ? strings.warnings : strings.infos;
}

export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }) {
  const style = { color: SEVERITY_COLOR[severity], fontSize: 16, flexShrink: 0 };
  const a11y = label ? { 'aria-label': label, role: 'img' } : { 'aria-hidden': true };
  if (severity === 'error') return <ErrorCircleFilled style={style} {...a11y} />;
  if (severity === 'warning') return <WarningFilled style={style} {...a11y} />;
  return <InfoFilled style={style} {...a11y} />;
}
