import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGateway, WorkbookSettings } from '../../excel/gateway';

export interface SettingsState {
  readonly value: WorkbookSettings;
  /** False until the workbook's settings have been read (the pane waits, so nothing is overwritten). */
  readonly loaded: boolean;
  readonly loadError: unknown;
  /** The latest settings, including an update not yet rendered. */
  current(): WorkbookSettings;
  /** Merges `patch` into the settings and stores them in the workbook (shown at once, undone if storing fails). */
  update(patch: Partial<WorkbookSettings>): Promise<void>;
}

export function useWorkbookSettings(gateway: WorkbookGateway): SettingsState {
  const [value, setValue] = useState<WorkbookSettings>({});
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  // The latest settings, so two quick updates (ignore, then undo) merge instead of racing.
  const latest = useRef<WorkbookSettings>({});

  useEffect(() => {
    let live = true;
    gateway.loadSettings().then(
      (settings) => {
        if (!live) return;
        latest.current = settings;
        setValue(settings);
        setLoaded(true);
      },
      (error: unknown) => {
        if (!live) return;
        setLoadError(error);
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  const update = useCallback(
    async (patch: Partial<WorkbookSettings>) => {
      const before = latest.current;
      const next = { ...before, ...patch };
      latest.current = next;
      setValue(next);
      try {
        await gateway.saveSettings(next);
      } catch (error) {
        // Not stored: show what the workbook still holds rather than a decision that was lost.
        if (latest.current === next) {
          latest.current = before;
          setValue(before);
        }
        throw error;
      }
    },
    [gateway],
  );

  const current = useCallback(() => latest.current, []);
  return { value, loaded, loadError, current, update };
}
