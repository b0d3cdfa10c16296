import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { INDICATOR_STRINGS } from '../i18n/indicator-strings';
import { useLocale } from '../i18n/language';
import type { Language, PaneStrings } from '../i18n/strings';
import { RESULT_VIEWS, VIEW_PANEL_ID, viewTabId, type ResultView } from '../view-model/result-views';

const LABELS: Record<ResultView, (strings: PaneStrings, language: Language) => string> = {
  findings: (s) => s.findingsTab,
  draft: (s) => s.draftTab,
  indicators: (_, language) => INDICATOR_STRINGS[language].tab,
};

const useStyles = makeStyles({
  views: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/** Findings, the report draft or the common indicators, after a check (a chunk of its own: the first paint has no result to switch). */
export default function ViewTabs({ view, onViewChange }: { view: ResultView; onViewChange: (view: ResultView) => void }) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  return (
    <TabList className={styles.views} selectedValue={view} onTabSelect={(_, data) => onViewChange(data.value as ResultView)}>
      {RESULT_VIEWS.map((value) => (
        <Tab key={value} value={value} id={viewTabId(value)} aria-controls={value === view ? VIEW_PANEL_ID : undefined} data-testid={`tab-${value}`}>
          {LABELS[value](strings, language)}
        </Tab>
      ))}
    </TabList>
  );
}
