import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import type { MoneyUnit } from '../../core/money/fen';
import type { Finding } from '../../core/rules/types';
import { useLocale } from '../i18n/language';
import type { IgnoredView } from '../view-model/ignored-findings';
import { withVisibleBidi } from '../view-model/text-segments';
import { cellsText, FindingItem } from './FindingItem';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  decision: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  undo: { alignSelf: 'flex-end' },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface IgnoredSectionProps {
  readonly ignored: readonly IgnoredView[];
  readonly staleCount: number;
  readonly unit: MoneyUnit;
  readonly onSelect: (finding: Finding) => void;
  readonly onUndo: (view: IgnoredView) => void;
}

/** Accepted findings, apart from the open ones, each with its reason and an undo. */
export function IgnoredSection({ ignored, staleCount, unit, onSelect, onUndo }: IgnoredSectionProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  if (ignored.length === 0 && staleCount === 0) return null;
  return (
    <section className={styles.section} data-testid="ignored-section">
      <Subtitle2 as="h3">{strings.ignoredTitle(ignored.length)}</Subtitle2>
      <ul className={styles.list}>
        {ignored.map((view) => (
          <li key={`${view.entry.key}@${view.finding.row}@${view.finding.cells[0] ?? ''}`}>
            <FindingItem finding={view.finding} unit={unit} onSelect={onSelect} testId="ignored-finding">
              <div className={styles.decision}>
                <Caption1 className={styles.reason}>
                  {strings.ignoredReason(view.entry.reason)} · {new Date(view.entry.at).toLocaleDateString(language)}
                </Caption1>
                <Button
                  className={styles.undo}
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndoRegular />}
                  onClick={() => onUndo(view)}
                  aria-label={strings.undoIgnoreFinding(withVisibleBidi(view.finding.subject), cellsText(view.finding))}
                  data-testid="undo-ignore"
                >
                  {strings.undoIgnore}
                </Button>
              </div>
            </FindingItem>
          </li>
        ))}
      </ul>
      {staleCount > 0 && <Caption1 className={styles.note}>{strings.ignoredOthers(staleCount)}</Caption1>}
    </section>
  );
}
