import { Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { ReadProgress } from '../../excel/gateway';
import { useLocale } from '../i18n/language';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}` },
  label: { color: tokens.colorNeutralForeground3 },
});

/** Reading is measured per sheet; the rules themselves run too fast to measure, so they spin. */
export function CheckProgress({ phase, progress }: { phase: 'reading' | 'checking'; progress: ReadProgress | null }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const reading = phase === 'reading' && progress !== null && progress.sheetsTotal > 0;
  const label = reading ? strings.readingSheets(progress.sheetsRead, progress.sheetsTotal) : phase === 'checking' ? strings.runningRules : strings.checking;
  return (
    <div className={styles.progress} role="status" data-testid="progress">
      <ProgressBar value={reading ? progress.sheetsRead / progress.sheetsTotal : undefined} thickness="large" aria-label={label} />
      <Caption1 className={styles.label}>{label}</Caption1>
    </div>
  );
}
