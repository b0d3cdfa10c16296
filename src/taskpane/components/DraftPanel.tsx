import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, CopyRegular, DeleteRegular, DismissRegular, TableAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IgnoredFinding } from '../../core/findings/finding-key';
import { correctionEdits } from '../../core/report/correction-edit';
import { draftParagraphs, draftPlaceholders } from '../../core/report/draft-model';
import { localized, useLocale } from '../i18n/language';
import type { PaneCheckResult, PaneCore } from '../pane-core';
import { useDraft } from '../state/use-draft';
import { useDraftOutputs } from '../state/use-draft-outputs';
import { useReportTools } from '../state/use-report-tools';
import { describeError } from '../view-model/describe-error';
import { editsNotPlaced } from '../view-model/draft-output';
import { DraftParagraphView, useRunStyles } from './DraftParagraphView';
import { DRAW_ALL_UP_TO, VirtualList } from './VirtualList';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: '20rem',
    flexGrow: 1,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    // Only the paper (the <article>) gives way to the pane's height: squeezed, a message would spill under the legend.
    '& > :not(article)': { flexShrink: 0 },
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 'auto' },
  hint: { color: tokens.colorNeutralForeground3 },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  swatch: { padding: `0 ${tokens.spacingHorizontalXXS}` },
  editedSwatch: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`, paddingLeft: tokens.spacingHorizontalXS },
  paper: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '12rem',
    flexShrink: 1,
    flexGrow: 1,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  manualCopy: { width: '100%' },
  alternatives: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalXS },
  // A short list is as tall as its notes; a long one (a note per finding: 10,000 of them) scrolls in its own box.
  notesShort: { contain: 'none', flexGrow: 0 },
  notesLong: { height: '20rem' },
  note: { paddingBottom: tokens.spacingVerticalXS, fontVariantNumeric: 'tabular-nums' },
  edits: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

export interface DraftPanelProps {
  readonly result: PaneCheckResult;
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

  const { draft, error: draftError } = useDraft(core, result, ignored, edits);
  const [editingIds, setEditingIds] = useState<ReadonlySet<string>>(() => new Set());
  const onEditingChange = useCallback(
    (id: string, editing: boolean) =>
      setEditingIds((current) => {
        const next = new Set(current);
        if (editing) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const paragraphs = useMemo(() => (draft ? draftParagraphs(draft) : []), [draft]);
  const placeholders = useMemo(() => (draft ? draftPlaceholders(draft).length : 0), [draft]);
  const correctionOf = useMemo(() => (draft ? correctionEdits(draft) : () => null), [draft]);
  const keepDrawn = useMemo(() => paragraphs.flatMap((paragraph, index) => (editingIds.has(paragraph.id) ? [index] : [])), [paragraphs, editingIds]);
  const outputs = useDraftOutputs({ draft, tools: report.tools, strings, writeSheet });
  const outcome = outputs.outcome;

  useEffect(() => {
    if (outcome?.manualCopy) manualCopy.current?.select();
  }, [outcome]);

  const failure = report.error ?? (draft ? null : draftError);
  if (failure) {
    return (
      <MessageBar intent="error" className={styles.panel}>
        <MessageBarBody>{describeError(failure, strings)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!draft) return <Spinner size="small" label={strings.draftLoading} />;

  const editCount = Object.keys(edits).length;
  const notPlaced = editsNotPlaced(draft, edits).length;
  const save = (id: string, text: string) => onEditsChange({ ...edits, [id]: text });
  const restore = (id: string) => onEditsChange(Object.fromEntries(Object.entries(edits).filter(([key]) => key !== id)));
  const busy = outputs.busy !== null;

  return (
    <section className={styles.panel} data-testid="draft-panel" aria-label={strings.draftTab}>
      <div className={styles.toolbar} role="toolbar">
        <Button
          className={styles.button}
          icon={<ArrowClockwiseRegular />}
          disabled={checking}
          onClick={onRegenerate}
          title={strings.regenerateHint}
          data-testid="draft-regenerate"
        >
          {strings.regenerate}
        </Button>
        <Button
          className={styles.button}
          icon={<TableAddRegular />}
          disabled={busy}
          onClick={() => void outputs.insertSheet()}
          title={strings.insertDraftHint}
          data-testid="draft-insert"
        >
          {strings.insertDraft}
        </Button>
        <Button className={styles.button} icon={<CopyRegular />} disabled={busy} onClick={() => void outputs.copy()} data-testid="draft-copy">
          {strings.copyDraft}
        </Button>
        <Button
          className={styles.button}
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={busy}
          onClick={() => void outputs.downloadDocx()}
          data-testid="draft-download"
        >
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
              <Textarea
                ref={manualCopy}
                className={styles.manualCopy}
                value={outcome.manualCopy}
                readOnly
                rows={6}
                resize="vertical"
                data-testid="draft-manual-copy"
              />
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button aria-label={strings.close} appearance="transparent" icon={<DismissRegular />} onClick={outputs.dismiss} />}
          />
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

      <article className={styles.paper} data-testid="draft-document" aria-label={strings.draftTab}>
        <VirtualList
          items={paragraphs}
          rowKey={(paragraph) => paragraph.id}
          estimateHeight={(paragraph) => (paragraph.style === 'body' ? 96 : 32)}
          renderRow={(paragraph, index) => (
            <DraftParagraphView
              paragraph={paragraph}
              number={index + 1}
              onSave={save}
              onRestore={paragraph.edited ? restore : undefined}
              onEditingChange={onEditingChange}
            />
          )}
          keepDrawn={keepDrawn}
          aria-label={strings.draftTab}
        />
      </article>

      {(draft.checkNotes?.length ?? 0) > 0 && (
        <section aria-label={strings.checkNotesHeading} data-testid="draft-check-notes">
          <Text weight="semibold">{strings.checkNotesHeading}</Text>
          <VirtualList
            items={draft.checkNotes!}
            rowKey={(note) => String(note.number)}
            estimateHeight={() => 64}
            renderRow={(note) => {
              const correction = correctionOf(note.number);
              return (
                <div className={styles.note} data-severity={note.severity}>
                  <Caption1>
                    {note.number}. {localized(note.text, language)}
                  </Caption1>{' '}
                  {correction && (
                    <Button size="small" appearance="subtle" onClick={() => save(correction.paragraphId, correction.text)} data-testid="draft-use-corrected">
                      {strings.useCorrected(correction.from, correction.to)}
                    </Button>
                  )}
                </div>
              );
            }}
            className={draft.checkNotes!.length > DRAW_ALL_UP_TO ? styles.notesLong : styles.notesShort}
            focusable={draft.checkNotes!.length > DRAW_ALL_UP_TO}
            aria-label={strings.checkNotesHeading}
          />
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
