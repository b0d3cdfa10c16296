import { Button, Caption1, makeStyles, Subtitle2, Tag, TagGroup, Text, tokens } from '@fluentui/react-components';
import { TableAddRegular, TableSearchRegular } from '@fluentui/react-icons';
import type { LocalizedText } from '../../core/findings/finding-types';
import type { TemplateSheet } from '../../core/template/template-sheets';
import { localized, useLocale } from '../i18n/language';

const useStyles = makeStyles({
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  sheets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  sheet: { listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface EmptyStateProps {
  readonly templateSheets: readonly TemplateSheet[];
  readonly inserting: boolean;
  readonly onInsertTemplate: () => void;
  /** The official table kinds also recognised (names from the core's registry). */
  readonly tableKinds?: readonly { readonly id: string; readonly name: LocalizedText }[];
}

/** No table recognised: say what the checker looks for, and offer the template sheets. */
export default function EmptyState({ templateSheets, inserting, onInsertTemplate, tableKinds = [] }: EmptyStateProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  return (
    <section className={styles.empty} data-testid="empty-state">
      <Subtitle2 as="h2" className={styles.title}>
        <TableSearchRegular aria-hidden fontSize={20} />
        {strings.emptyTitle}
      </Subtitle2>
      <Text>{strings.emptyBody}</Text>
      <ul className={styles.sheets}>
        {templateSheets.map((sheet) => (
          <li key={sheet.name} className={styles.sheet}>
            <Text weight="semibold">{strings.lookedForSheet(sheet.name)}</Text>
            <Caption1 className={styles.hint}>{localized(sheet.description, language)}</Caption1>
            <TagGroup className={styles.tags} size="extra-small" aria-label={sheet.name}>
              {sheet.lookedFor.map((label) => (
                <Tag key={label} size="extra-small" appearance="outline" value={label}>
                  {label}
                </Tag>
              ))}
            </TagGroup>
          </li>
        ))}
      </ul>
      {tableKinds.length > 0 && (
        <div className={styles.sheet} data-testid="table-kinds">
          <Text weight="semibold">{strings.recognisedKinds}</Text>
          <TagGroup className={styles.tags} size="extra-small" aria-label={strings.recognisedKinds}>
            {tableKinds.map((kind) => (
              <Tag key={kind.id} size="extra-small" appearance="outline" value={kind.id}>
                {localized(kind.name, language)}
              </Tag>
            ))}
          </TagGroup>
        </div>
      )}
      <Button appearance="primary" icon={<TableAddRegular />} disabled={inserting} onClick={onInsertTemplate} data-testid="insert-template">
        {strings.insertTemplate}
      </Button>
    </section>
  );
}
