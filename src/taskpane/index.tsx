/**
 * The pane's entry: the only place in src/taskpane that touches Office.js. It waits for Office,
 * builds the Excel gateway and renders the pane with the core.
 */
import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../excel/excel-host';
import { createOfficeGateway } from '../excel/office-gateway';
import { App, type PaneDeployment } from './App';
import { BUILD_INFO } from './build-info';
import { NotInExcel } from './components/NotInExcel';
import { toLanguage } from './i18n/language';
import type { Language } from './i18n/strings';
import { bundledCore } from './pane-core-bundled';

declare global {
  interface Window {
    /**
     * Set only by the browser tests' fake Excel host (test/browser/fake-host), before this script
     * runs: its `run` and `isSetSupported` stand in for `Excel.run` and Office's requirement sets.
     * Outside Office, office.js resolves onReady with host null and no requirement sets, so this is
     * the one seam that lets the real gateway and pane run in plain Chromium. Ignored inside Excel.
     */
    budgetCheckFakeExcelHost?: ExcelHost;
  }
}

/** An address relative to taskpane.html made absolute (shown to users); one that cannot be is left as it is, to fail when fetched, with a message. */
function besideThePane(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

void Office.onReady((info) => {
  const root = createRoot(document.getElementById('root')!);
  // Outside Office there is no display language: the browser's stands in (the tests set it).
  const officeLanguage = toLanguage(Office.context?.displayLanguage ?? navigator.language);
  const fakeHost = info.host === Office.HostType.Excel ? undefined : window.budgetCheckFakeExcelHost;
  if (info.host !== Office.HostType.Excel && !fakeHost) {
    root.render(<NotInExcel language={officeLanguage} />);
    return;
  }
  // The notes written next to highlighted cells follow the pane's language (settings may change it).
  const deployment: PaneDeployment = {
    version: BUILD_INFO.version,
    organisationRulebookUrl: besideThePane(BUILD_INFO.organisationRulebook.url),
    organisationRulebookByDefault: BUILD_INFO.organisationRulebook.byDefault,
    downloadsMayBeBlocked: info.platform === Office.PlatformType.PC || info.platform === Office.PlatformType.Mac,
  };
  let paneLanguage: Language = officeLanguage;
  const gateway = createOfficeGateway({ host: fakeHost, noteLanguage: () => paneLanguage });
  root.render(
    <App gateway={gateway} core={bundledCore} deployment={deployment} language={officeLanguage} onLanguageChange={(language) => (paneLanguage = language)} />,
  );
});
