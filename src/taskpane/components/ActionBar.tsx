import { Button, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { EraserRegular, HighlightRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useLocale } from '../i18n/language';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  check: { flexGrow: 1 },
  // Narrower than Fluent's 96px minimum, so the three buttons share one row of a 350px pane.
  secondary: { minWidth: 'auto' },
  // A 320 px pane: Clear shows its icon only (its name stays), so the three buttons keep one row.
  narrowHidden: {
    '@media (max-width: 340px)': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  },
});

export interface ActionBarProps {
  readonly busy: boolean;
  /** There are errors or warnings in a recognised table to mark (or highlights to turn off). */
  readonly canHighlight: boolean;
  /** Highlights may be in the workbook (made now or in an earlier session). */
  readonly canClear: boolean;
  readonly highlightsOn: boolean;
  readonly onCheck: () => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
}

export function ActionBar({ busy, canHighlight, canClear, highlightsOn, onCheck, onHighlight, onClear }: ActionBarProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar">
      <Button appearance="primary" className={styles.check} icon={<TaskListSquareLtrRegular />} disabled={busy} onClick={onCheck} data-testid="check">
        {busy ? strings.checking : strings.check}
      </Button>
      <ToggleButton
        className={styles.secondary}
        icon={<HighlightRegular />}
        checked={highlightsOn}
        disabled={!canHighlight}
        onClick={onHighlight}
        data-testid="highlight"
      >
        {strings.highlight}
      </ToggleButton>
      <Button
        className={styles.secondary}
        icon={<EraserRegular />}
        disabled={!canClear}
        onClick={onClear}
        title={strings.clearHighlightsHint}
        aria-label={strings.clearHighlightsHint}
        data-testid="clear-highlights"
      >
        <span className={styles.narrowHidden}>{strings.clearHighlights}</span>
      </Button>
    </div>
  );
}
