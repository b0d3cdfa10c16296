import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, CopyRegular, DeleteRegular, DismissRegular, TableAddRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../core/check-api';
import type { IgnoredFinding } from '../../core/findings/finding-key';
import { correctionEdit } from '../../core/report/correction-edit';
import { draftParagraphs, draftPlaceholders } from '../../core/report/draft-model';
import { localized, useLocale } from '../i18n/language';
import type { PaneCore } from '../pane-core';
import { useDraftOutputs } from '../state/use-draft-outputs';
import { useReportTools } from '../state/use-report-tools';
import { describeError } from '../view-model/describe-error';
import { editsNotPlaced } from '../view-model/draft-output';
import { DraftParagraphView, useRunStyles } from './DraftParagraphView';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}` },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 'auto' },
  hint: { color: tokens.colorNeutralForeground3 },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  swatch: { padding: `0 ${tokens.spacingHorizontalXXS}` },
  editedSwatch: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`, paddingLeft: tokens.spacingHorizontalXS },
  paper: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  manualCopy: { width: '100%' },
  alternatives: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalXS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  edits: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

export interface DraftPanelProps {
  readonly result: CheckResult;
  readonly core: PaneCore;
  readonly ignored: readonly IgnoredFinding[];
  /** The user's paragraphs, by id: the draft's `edits` option, kept in the workbook's settings. */
  readonly edits: Readonly<Record<string, string>>;
  readonly onEditsChange: (edits: Readonly<Record<string, string>>) => void;
  /** A check is running (a Regenerate, or a live re-check). */
  readonly checking: boolean;
  readonly onRegenerate: () => void;
  readonly writeSheet: (baseName: string, rows: readonly (readonly string[])[]) => Promise<string>;
  /** The pane runs in Excel desktop, whose webviews often refuse downloads. */
  readonly downloadsMayBeBlocked: boolean;
}

/**
 * The report drafted from the last check, marked by origin (computed, the unit's text, to fill in,
 * to verify), editable per paragraph. Regenerate checks again and KEEPS the edits (they are the
 * draft's `edits` option, applied by paragraph id); "Discard all edits" is the explicit way back.
 */
export default function DraftPanel(props: DraftPanelProps) {
  const { result, core, ignored, edits, onEditsChange, checking, onRegenerate, writeSheet, downloadsMayBeBlocked } = props;
  const { strings, language } = useLocale();
  const styles = useStyles();
  const runStyles = useRunStyles();
  const report = useReportTools(core);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const manualCopy = useRef<HTMLTextAreaElement>(null);

  const draft = useMemo(() => (report.tools ? report.tools.buildDraft(result, { ignored, edits }) : null), [report.tools, result, ignored, edits]);
  const outputs = useDraftOutputs({ draft, tools: report.tools, strings, writeSheet });
  const outcome = outputs.outcome;

  useEffect(() => {
    if (outcome?.manualCopy) manualCopy.current?.select();
  }, [outcome]);

  if (report.error) {
    return (
      <MessageBar intent="error" className={styles.panel}>
        <MessageBarBody>{describeError(report.error, strings)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!draft) return <Spinner size="small" label={strings.draftLoading} />;

  const paragraphs = draftParagraphs(draft);
  const placeholders = draftPlaceholders(draft).length;
  const editCount = Object.keys(edits).length;
  const notPlaced = editsNotPlaced(draft, edits).length;
  const save = (id: string, text: string) => onEditsChange({ ...edits, [id]: text });
  const restore = (id: string) => onEditsChange(Object.fromEntries(Object.entries(edits).filter(([key]) => key !== id)));
  const busy = outputs.busy !== null;

  return (
    <section className={styles.panel} data-testid="draft-panel" aria-label={strings.draftTab}>
      <div className={styles.toolbar} role="toolbar">
        <Button className={styles.button} icon={<ArrowClockwiseRegular />} disabled={checking} onClick={onRegenerate} title={strings.regenerateHint} data-testid="draft-regenerate">
          {strings.regenerate}
        </Button>
        <Button className={styles.button} icon={<TableAddRegular />} disabled={busy} onClick={() => void outputs.insertSheet()} title={strings.insertDraftHint} data-testid="draft-insert">
          {strings.insertDraft}
        </Button>
        <Button className={styles.button} icon={<CopyRegular />} disabled={busy} onClick={() => void outputs.copy()} data-testid="draft-copy">
          {strings.copyDraft}
        </Button>
        <Button className={styles.button} appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void outputs.downloadDocx()} data-testid="draft-download">
          {outputs.busy === 'docx' ? strings.docxPreparing : strings.downloadDocx}
        </Button>
      </div>
      {downloadsMayBeBlocked && <Caption1 className={styles.hint}>{strings.downloadsMayBeBlocked}</Caption1>}

      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-testid="draft-message">
          <MessageBarBody>
            {outcome.text(strings)}
            {outcome.offerAlternatives && (
              <span className={styles.alternatives}>
                <Caption1>{strings.useSheetOrClipboard}</Caption1>
                <Button size="small" icon={<TableAddRegular />} onClick={() => void outputs.insertSheet()} data-testid="draft-alternative-sheet">
                  {strings.insertDraft}
                </Button>
                <Button size="small" icon={<CopyRegular />} onClick={() => void outputs.copy()} data-testid="draft-alternative-copy">
                  {strings.copyDraft}
                </Button>
              </span>
            )}
            {outcome.manualCopy !== undefined && (
              <Textarea ref={manualCopy} className={styles.manualCopy} value={outcome.manualCopy} readOnly rows={6} resize="vertical" data-testid="draft-manual-copy" />
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button aria-label={strings.close} appearance="transparent" icon={<DismissRegular />} onClick={outputs.dismiss} />} />
        </MessageBar>
      )}

      <Caption1 className={styles.hint}>{strings.draftIntro}</Caption1>
      <div className={styles.legend} data-testid="draft-legend">
        <Caption1>
          <span className={mergeClasses(runStyles.computed, styles.swatch)}>{strings.legendComputed}</span>
        </Caption1>
        <Caption1>
          <span className={mergeClasses(runStyles.placeholder, styles.swatch)}>{strings.legendPlaceholder}</span>
        </Caption1>
        <Caption1>
          <span className={runStyles.flagged}>{strings.legendFlagged}</span>
        </Caption1>
        <Caption1 className={styles.editedSwatch}>{strings.legendEdited}</Caption1>
        <Caption1>{strings.legendUser}</Caption1>
      </div>
      {placeholders > 0 && (
        <Text size={200} weight="semibold" data-testid="draft-placeholders">
          {strings.placeholdersLeft(placeholders)}
        </Text>
      )}

      <article className={styles.paper} data-testid="draft-document">
        {paragraphs.map((paragraph) => (
          <DraftParagraphView key={paragraph.id} paragraph={paragraph} onSave={save} onRestore={paragraph.edited ? restore : undefined} />
        ))}
      </article>

      {(draft.checkNotes?.length ?? 0) > 0 && (
        <section aria-label={strings.checkNotesHeading} data-testid="draft-check-notes">
          <Text weight="semibold">{strings.checkNotesHeading}</Text>
          <ol className={styles.notes}>
            {draft.checkNotes!.map((note) => {
              const correction = correctionEdit(draft, note.number);
              return (
                <li key={note.number} data-severity={note.severity}>
                  <Caption1>{localized(note.text, language)}</Caption1>{' '}
                  {correction && (
                    <Button size="small" appearance="subtle" onClick={() => save(correction.paragraphId, correction.text)} data-testid="draft-use-corrected">
                      {strings.useCorrected(correction.from, correction.to)}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {editCount > 0 && (
        <div className={styles.edits} data-testid="draft-edits">
          <Caption1>{strings.editsKept(editCount - notPlaced)}</Caption1>
          {notPlaced > 0 && <Caption1>{strings.editsNotPlaced(notPlaced)}</Caption1>}
          <Button
            size="small"
            appearance={confirmDiscard ? 'primary' : 'subtle'}
            icon={<DeleteRegular />}
            onClick={() => {
              if (!confirmDiscard) return setConfirmDiscard(true);
              setConfirmDiscard(false);
              onEditsChange({});
            }}
            onBlur={() => setConfirmDiscard(false)}
            data-testid="draft-discard"
          >
            {confirmDiscard ? strings.discardEditsConfirm : strings.discardEdits(editCount)}
          </Button>
        </div>
      )}
    </section>
  );
}
