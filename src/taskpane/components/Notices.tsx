import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLocale } from '../i18n/language';
import type { NoticeBoard } from '../state/use-notices';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalL}` },
  body: { whiteSpace: 'normal' },
});

export function Notices({ board }: { board: NoticeBoard }) {
  const { strings } = useLocale();
  const styles = useStyles();
  if (board.notices.size === 0) return null;
  return (
    <div className={styles.list} aria-live="polite">
      {[...board.notices].map(([topic, notice]) => (
        <MessageBar key={topic} intent={notice.intent} layout="multiline" data-testid={`notice-${topic}`}>
          <MessageBarBody className={styles.body}>{notice.text(strings)}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button aria-label={strings.close} appearance="transparent" icon={<DismissRegular />} onClick={() => board.dismiss(topic)} />}
          />
        </MessageBar>
      ))}
    </div>
  );
}
