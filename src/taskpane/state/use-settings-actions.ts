import { useCallback } from 'react';
import type { Finding } from '../../core/rules/types';
import type { WorkbookSettings } from '../../excel/gateway';
import type { PaneCore } from '../pane-core';
import { describeError } from '../view-model/describe-error';
import { withAllIgnored, withoutIgnored, type IgnoredView } from '../view-model/ignored-findings';
import type { NoticeBoard } from './use-notices';
import type { SettingsState } from './use-workbook-settings';

/** Saving to the workbook's settings, each failure shown on its topic's notice. */
export function useSettingsActions(settings: SettingsState, core: PaneCore, board: NoticeBoard) {
  const { update, current } = settings;
  const { show } = board;
  const save = useCallback(
    async (patch: Partial<WorkbookSettings>, topic: string): Promise<boolean> => {
      try {
        await update(patch);
        return true;
      } catch (error) {
        show(topic, { intent: 'error', text: (s) => describeError(error, s) });
        return false;
      }
    },
    [update, show],
  );
  /** One reason for one finding or a whole group. */
  const ignore = useCallback(
    (findings: readonly Finding[], reason: string) =>
      save({ ignored: withAllIgnored(current().ignored ?? [], findings.map(core.findingKey), reason, new Date()) }, 'ignore'),
    [save, current, core],
  );
  const undoIgnore = useCallback((view: IgnoredView) => save({ ignored: withoutIgnored(current().ignored ?? [], view.entry.key) }, 'ignore'), [save, current]);
  return { save, ignore, undoIgnore };
}
