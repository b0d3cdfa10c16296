import { useCallback, useState } from 'react';
import type { WorkbookGateway } from '../../excel/gateway';
import type { PaneCore } from '../pane-core';
import { describeError } from '../view-model/describe-error';
import type { NoticeBoard } from './use-notices';

/** Inserts the blank template sheets (the empty state's offer) and selects the first. */
export function useTemplateInsert(gateway: WorkbookGateway, core: PaneCore, board: NoticeBoard) {
  const [inserting, setInserting] = useState(false);
  const { show } = board;
  const insert = useCallback(async () => {
    setInserting(true);
    try {
      const names: string[] = [];
      // One sheet at a time: each name depends on the sheets already there.
      for (const sheet of core.templateSheets) names.push(await gateway.writeSheet(sheet.name, sheet.rows));
      show('template', { intent: 'success', text: (s) => s.templateInserted(names.join(s.listSeparator)) });
      if (names.length > 0) await gateway.select(names[0], ['A1']);
    } catch (error) {
      show('template', { intent: 'error', text: (s) => describeError(error, s) });
    } finally {
      setInserting(false);
    }
  }, [gateway, core, show]);
  return { inserting, insert };
}
