import { Button, makeStyles, mergeClasses, Textarea, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DraftParagraph, DraftRun, RunKind } from '../../core/report/draft-model';
import { paragraphText } from '../../core/report/draft-model';
import { localized, useLocale } from '../i18n/language';
import type { Language, PaneStrings } from '../i18n/strings';
import { describeSources } from '../view-model/draft-output';
import { textExcerpt } from '../view-model/text-segments';
import { FigureText } from './FigureText';

/** How each kind of run is marked, shared with the legend so the two cannot drift apart. */
export const useRunStyles = makeStyles({
  computed: { backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusSmall, boxDecorationBreak: 'clone', cursor: 'help' },
  user: {},
  template: {},
  placeholder: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `1px dashed ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    boxDecorationBreak: 'clone',
  },
  flagged: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedBorder2,
    textUnderlineOffset: '3px',
    cursor: 'help',
  },
});

const useStyles = makeStyles({
  paragraph: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXXS,
    borderLeft: '3px solid transparent',
    paddingLeft: tokens.spacingHorizontalXS,
  },
  /** Shared with the legend. */
  edited: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  text: { margin: 0, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400, whiteSpace: 'pre-wrap' },
  title: {
    textAlign: 'center',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  heading1: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  heading2: { fontWeight: tokens.fontWeightSemibold },
  body: { textIndent: '2em' },
  edit: { flexShrink: 0, color: tokens.colorNeutralForeground3, minWidth: 'auto' },
  hiddenHeading: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px' },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexGrow: 1, paddingBottom: tokens.spacingVerticalS },
  editorButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** What a run is, in words: shown as its tooltip. */
function runHint(run: DraftRun, strings: PaneStrings, language: Language): string | undefined {
  const flags = (run.flags ?? []).map(
    (flag) => localized(flag.message, language) + (flag.corrected !== undefined ? `\n${strings.correctedTo(flag.corrected)}` : ''),
  );
  const origin: Record<RunKind, string | undefined> = {
    computed: strings.computedFrom(describeSources(run.sources, strings.listSeparator)),
    user:
      run.field === 'edited'
        ? strings.userTextEdited
        : run.sources?.length
          ? strings.userTextFrom(describeSources(run.sources, strings.listSeparator))
          : undefined,
    placeholder: strings.placeholderHint,
    template: undefined,
  };
  return [origin[run.kind], ...flags].filter(Boolean).join('\n') || undefined;
}

function RunView({ run }: { run: DraftRun }) {
  const { strings, language } = useLocale();
  const styles = useRunStyles();
  const flagged = (run.flags?.length ?? 0) > 0;
  return (
    <span
      className={mergeClasses(styles[run.kind], flagged && styles.flagged)}
      title={runHint(run, strings, language)}
      data-kind={run.kind}
      data-flagged={flagged || undefined}
    >
      <FigureText text={run.text} />
    </span>
  );
}

export interface DraftParagraphViewProps {
  readonly paragraph: DraftParagraph;
  readonly onSave: (id: string, text: string) => void;
  /** Present for an edited paragraph: back to the drafted text. */
  readonly onRestore?: (id: string) => void;
  /** Told when the paragraph's editor opens and closes (the virtual list keeps an open editor drawn). */
  readonly onEditingChange?: (id: string, editing: boolean) => void;
  /** 1-based place in the draft (the title is 1): with how it begins, the ✎ button's own name. */
  readonly number: number;
}

/** One paragraph of the draft, its runs marked by origin; ✎ turns it into a text box. */
export function DraftParagraphView({ paragraph, onSave, onRestore, onEditingChange, number }: DraftParagraphViewProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const [editing, setEditingText] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  const setEditing = (text: string | null) => {
    setEditingText(text);
    onEditingChange?.(paragraph.id, text !== null);
    // Closing the editor puts focus back on its ✎ button, never on <body>.
    if (text === null) setRefocus(true);
  };
  useEffect(() => {
    if (!refocus || editing !== null) return;
    editButton.current?.focus();
    setRefocus(false);
  }, [refocus, editing]);
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setEditing(null);
  };
  const Tag = paragraph.style === 'body' ? 'p' : paragraph.style === 'title' ? 'h2' : paragraph.style === 'heading1' ? 'h3' : 'h4';

  if (editing !== null) {
    const text = editing.trim();
    return (
      <div className={mergeClasses(styles.paragraph, paragraph.edited && styles.edited)} data-testid="draft-paragraph" data-paragraph-id={paragraph.id}>
        {/* The heading stays in the outline while it is edited (headings never skip a level). */}
        {paragraph.style !== 'body' && <Tag className={styles.hiddenHeading}>{paragraphText(paragraph)}</Tag>}
        <div className={styles.editor} onKeyDown={escape}>
          <Textarea
            value={editing}
            onChange={(_, data) => setEditing(data.value)}
            resize="vertical"
            rows={Math.min(12, Math.max(3, Math.ceil(editing.length / 18)))}
            aria-label={strings.editParagraphLabel}
            autoFocus
            data-testid="draft-edit-text"
          />
          <div className={styles.editorButtons}>
            <Button
              size="small"
              appearance="primary"
              disabled={text === ''}
              onClick={() => {
                setEditing(null);
                if (editing !== paragraphText(paragraph)) onSave(paragraph.id, editing);
              }}
              data-testid="draft-edit-save"
            >
              {strings.saveEdit}
            </Button>
            <Button size="small" onClick={() => setEditing(null)} data-testid="draft-edit-cancel">
              {strings.cancel}
            </Button>
            {onRestore && (
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowUndoRegular />}
                onClick={() => {
                  setEditing(null);
                  onRestore(paragraph.id);
                }}
                data-testid="draft-restore"
              >
                {strings.restoreDrafted}
              </Button>
            )}
          </div>
        </div>
      </div>
    );
  }

  const editName = strings.editParagraph(number, textExcerpt(paragraphText(paragraph)));
  return (
    <div
      className={mergeClasses(styles.paragraph, paragraph.edited && styles.edited)}
      title={paragraph.edited ? strings.userTextEdited : undefined}
      data-testid="draft-paragraph"
      data-paragraph-id={paragraph.id}
      data-edited={paragraph.edited || undefined}
    >
      <Tag className={mergeClasses(styles.text, styles[paragraph.style])}>
        {paragraph.runs.map((run, index) => (
          <RunView key={index} run={run} />
        ))}
      </Tag>
      <Button
        ref={editButton}
        className={styles.edit}
        size="small"
        appearance="transparent"
        icon={<EditRegular />}
        title={editName}
        aria-label={editName}
        onClick={() => setEditing(paragraphText(paragraph))}
        data-testid="draft-edit"
      />
    </div>
  );
}
