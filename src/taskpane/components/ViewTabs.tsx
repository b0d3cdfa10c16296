import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { INDICATOR_STRINGS } from '../i18n/indicator-strings';
import { useLocale } from '../i18n/language';

export type ResultView = 'findings' | 'draft' | 'indicators';

const useStyles = makeStyles({
  views: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/** Findings or the report draft, after a check (a chunk of its own: the first paint has no result to switch). */
export default function ViewTabs({ view, onViewChange }: { view: ResultView; onViewChange: (view: ResultView) => void }) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  return (
    <TabList className={styles.views} selectedValue={view} onTabSelect={(_, data) => onViewChange(data.value as ResultView)}>
      <Tab value="findings" data-testid="tab-findings">
        {strings.findingsTab}
      </Tab>
      <Tab value="draft" data-testid="tab-draft">
        {strings.draftTab}
      </Tab>
      <Tab value="indicators" data-testid="tab-indicators">
        {INDICATOR_STRINGS[language].tab}
      </Tab>
    </TabList>
  );
}
