import { FluentProvider, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { PANE_STRINGS } from '../i18n/language';
import type { PaneLanguage } from '../i18n/strings';
import { paneTheme } from '../theme';

/** Shown when the page is opened in a plain browser tab instead of Excel. */
export function NotInExcel({ language }: { language: PaneLanguage }) {
  return (
    <FluentProvider theme={paneTheme} style={{ padding: 16 }}>
      <MessageBar intent="warning" data-testid="not-in-excel">
        <MessageBarBody>{PANE_STRINGS[language].notInExcel}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
