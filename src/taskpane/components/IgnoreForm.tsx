import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocale } from '../i18n/language';
import { MAX_REASON_LENGTH, normalizeReason } from '../view-model/ignored-findings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0 0` },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The reason asked once, for one finding or (`count` > 1) for every finding of a group. Escape cancels. */
export function IgnoreForm({ count = 1, onConfirm, onCancel }: { count?: number; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const [text, setText] = useState('');
  const reason = normalizeReason(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason) onConfirm(reason);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={escape} data-testid="ignore-form">
      <Field label={count > 1 ? `${strings.ignoreReason} · ${strings.groupCount(count)}` : strings.ignoreReason} required size="small">
        <Textarea
          value={text}
          onChange={(_, data) => setText(data.value)}
          maxLength={MAX_REASON_LENGTH}
          placeholder={strings.ignoreReasonPlaceholder}
          resize="vertical"
          autoFocus
          data-testid="ignore-reason"
        />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={!reason} data-testid="ignore-confirm">
          {strings.ignoreConfirm}
        </Button>
        <Button size="small" onClick={onCancel} data-testid="ignore-cancel">
          {strings.cancel}
        </Button>
      </div>
    </form>
  );
}
