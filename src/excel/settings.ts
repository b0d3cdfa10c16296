/** The add-in's settings, stored as JSON in the workbook's document settings (ExcelApi 1.4). */
import type { IgnoredFinding } from '../core/findings/finding-key';
import { isTolerance } from '../core/rulebook/tolerance-bounds';
import type { ExcelHost } from './excel-host';
import { GatewayError, type WorkbookSettings } from './gateway';

export const SETTINGS_KEY = 'budget-check.settings';

function isIgnoredFinding(value: unknown): value is IgnoredFinding {
  const v = value as Partial<IgnoredFinding> | null;
  return typeof v?.key === 'string' && typeof v.reason === 'string' && typeof v.at === 'string';
}

/** The string entries of a plain object (null for anything else). */
function stringRecord(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Keeps only well-formed fields, so a hand-edited or older record cannot inject odd values. */
export function sanitizeSettings(raw: unknown): WorkbookSettings {
  const source = (raw ?? {}) as Record<string, unknown>;
  const settings: { -readonly [K in keyof WorkbookSettings]: WorkbookSettings[K] } = {};
  // 0 to 1 万元, as anywhere else: a stored 1e300 would hide every mismatch
  if (isTolerance(source.toleranceWan)) settings.toleranceWan = source.toleranceWan;
  if (source.language === 'zh-CN' || source.language === 'en-US') settings.language = source.language;
  if (typeof source.rulebookSource === 'string') settings.rulebookSource = source.rulebookSource;
  if (typeof source.rulebookJson === 'string') settings.rulebookJson = source.rulebookJson;
  if (Array.isArray(source.ignored)) settings.ignored = source.ignored.filter(isIgnoredFinding);
  const draftEdits = stringRecord(source.draftEdits);
  if (draftEdits) settings.draftEdits = draftEdits;
  if (typeof source.indicatorProfile === 'string' && source.indicatorProfile !== '') settings.indicatorProfile = source.indicatorProfile;
  return settings;
}

export async function loadSettings(host: ExcelHost): Promise<WorkbookSettings> {
  const value = await host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await context.sync();
    return setting.isNullObject ? null : (setting.value as unknown);
  });
  if (value === null) return {};
  try {
    return sanitizeSettings(typeof value === 'string' ? JSON.parse(value) : value);
  } catch {
    throw new GatewayError('unknown', null, `The Budget Check settings stored in this workbook (${SETTINGS_KEY}) are not valid JSON.`);
  }
}

export async function saveSettings(host: ExcelHost, settings: WorkbookSettings): Promise<void> {
  await host.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(sanitizeSettings(settings)));
    await context.sync();
  });
}
