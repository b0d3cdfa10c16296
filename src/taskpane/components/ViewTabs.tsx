import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useLocale } from '../i18n/language';

export type ResultView = 'findings' | 'draft';

const useStyles = makeStyles({
  views: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/** Findings or the report draft, after a check (a chunk of its own: the first paint has no result to switch). */
export default function ViewTabs({ view, onViewChange }: { view: ResultView; onViewChange: (view: ResultView) => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  return (
    <TabList className={styles.views} selectedValue={view} onTabSelect={(_, data) => onViewChange(data.value as ResultView)}>
      <Tab value="findings" data-testid="tab-findings">
        {strings.findingsTab}
      </Tab>
      <Tab value="draft" data-testid="tab-draft">
        {strings.draftTab}
      </Tab>
    </TabList>
  );
}
