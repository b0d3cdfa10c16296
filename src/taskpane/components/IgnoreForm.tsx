import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useLocale } from '../i18n/language';
import { MAX_REASON_LENGTH, normalizeReason } from '../view-model/ignored-findings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0 0` },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function IgnoreForm({ onConfirm, onCancel }: { onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const [text, setText] = useState('');
  const reason = normalizeReason(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason) onConfirm(reason);
  };
  return (
    <form className={styles.form} onSubmit={submit} data-testid="ignore-form">
      <Field label={strings.ignoreReason} required size="small">
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
        <Button size="small" onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </form>
  );
}
