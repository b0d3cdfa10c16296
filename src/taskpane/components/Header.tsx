import { Button, Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { DismissRegular, SettingsRegular } from '@fluentui/react-icons';
import { useLocale } from '../i18n/language';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    '@media (max-width: 340px)': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, alignItems: 'center' },
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  // Full white on the brand colour (a faded subtitle fell below 4.5:1); on a narrow pane the findings come first.
  subtitle: { color: tokens.colorNeutralForegroundOnBrand, '@media (max-width: 340px)': { display: 'none' } },
  button: { color: tokens.colorNeutralForegroundOnBrand, ':hover': { color: tokens.colorNeutralForeground1 } },
});

export function Header({ settingsOpen, onToggleSettings }: { settingsOpen: boolean; onToggleSettings: () => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const label = settingsOpen ? strings.close : strings.settings;
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
        <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
      </div>
      <Button
        appearance="transparent"
        className={styles.button}
        icon={settingsOpen ? <DismissRegular /> : <SettingsRegular />}
        onClick={onToggleSettings}
        aria-label={label}
        title={label}
        data-testid="settings-toggle"
      />
    </header>
  );
}
