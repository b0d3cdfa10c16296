import { FluentProvider, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { PANE_STRINGS } from '../i18n/language';
import type { Language } from '../i18n/strings';
import { paneTheme } from '../theme';

/** Shown when the page is opened in a plain browser tab instead of Excel: still a page with a name and a main part. */
export function NotInExcel({ language }: { language: Language }) {
  const strings = PANE_STRINGS[language];
  return (
    <FluentProvider theme={paneTheme} style={{ padding: 16 }}>
      <main>
        <Subtitle1 as="h1" block style={{ marginBottom: 12 }}>
          {strings.appTitle}
        </Subtitle1>
        <MessageBar intent="warning" data-testid="not-in-excel">
          <MessageBarBody>{strings.notInExcel}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
