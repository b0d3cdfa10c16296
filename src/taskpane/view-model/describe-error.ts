import { GatewayError } from '../../excel/gateway';
import type { PaneStrings } from '../i18n/strings';

/** What to tell the user about a failed Excel call: what happened and on which sheet. */
export function describeError(error: unknown, strings: PaneStrings): string {
  if (error instanceof GatewayError) {
    const text = strings.gatewayErrors[error.code];
    return error.sheet ? `${text} ${strings.onSheet(error.sheet)}` : text;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return detail ? `${strings.gatewayErrors.unknown} (${detail})` : strings.gatewayErrors.unknown;
}
