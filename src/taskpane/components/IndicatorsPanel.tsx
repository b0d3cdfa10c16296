import {
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CheckResult } from '../../core/check-api';
import { splitCell } from '../../core/indicators/cell-ref';
import type { IndicatorResult } from '../../core/indicators/types';
import { INDICATOR_STRINGS } from '../i18n/indicator-strings';
import { localized, useLocale } from '../i18n/language';
import type { PaneCore } from '../pane-core';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  table: { tableLayout: 'auto' },
  value: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  words: { display: 'block', color: tokens.colorNeutralForeground2 },
  cells: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

export interface IndicatorsPanelProps {
  readonly result: Pick<CheckResult, 'indicators' | 'profile'>;
  readonly core: PaneCore;
  /** Selects a source cell in the workbook. */
  readonly onSelectCell: (sheet: string, address: string) => void;
  readonly writeSheet: (baseName: string, rows: readonly (readonly string[])[]) => Promise<string>;
  /** Another profile chosen: kept in the workbook's settings and checked with (the rules score by it too). */
  readonly onProfileChange: (profileId: string) => void;
  /** A check is running (the one a profile change asked for). */
  readonly checking: boolean;
}

/**
 * The 指标 tab: each common indicator of the profile in force — value, formula in words, score,
 * and the cells it read, each a link that selects it. Another profile chosen here is kept in the
 * workbook and the workbook checked again under it; the table can be written to a new sheet as text.
 */
export default function IndicatorsPanel({ result, core, onSelectCell, writeSheet, onProfileChange, checking }: IndicatorsPanelProps) {
  const { language } = useLocale();
  const strings = INDICATOR_STRINGS[language];
  const styles = useStyles();
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const profiles = useMemo(() => {
    const bundled = core.indicatorProfiles();
    return bundled.some((profile) => profile.id === result.profile.id) ? bundled : [result.profile, ...bundled];
  }, [core, result.profile]);
  const indicators: readonly IndicatorResult[] = result.indicators;
  const zh = language === 'zh-CN';

  const insert = async () => {
    try {
      const name = await writeSheet(strings.sheetName, core.indicatorTableRows(indicators, result.profile, zh ? 'zh' : 'en'));
      setMessage({ intent: 'success', text: strings.inserted(name) });
    } catch (error) {
      setMessage({ intent: 'error', text: `${strings.insertFailed}${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section className={styles.panel} aria-label={strings.heading} data-testid="indicators-panel">
      <div className={styles.toolbar}>
        <Field label={strings.profile}>
          <Select value={result.profile.id} disabled={checking} onChange={(_, data) => onProfileChange(data.value)} data-testid="indicator-profile">
            {profiles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localized(candidate.name, language)}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<TableAddRegular />} onClick={() => void insert()} data-testid="indicators-insert">
          {strings.insertSheet}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid="indicators-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {indicators.every((indicator) => indicator.status !== 'computed') && <Caption1>{strings.none}</Caption1>}
      <Table className={styles.table} size="small" aria-label={strings.heading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.name}</TableHeaderCell>
            <TableHeaderCell>{strings.value}</TableHeaderCell>
            <TableHeaderCell>{strings.score}</TableHeaderCell>
            <TableHeaderCell>{strings.cells}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicators.map((indicator) => (
            <TableRow key={indicator.id} data-testid={`indicator-${indicator.id}`}>
              <TableCell>
                <Text weight="semibold">{zh ? indicator.name : indicator.nameEn}</Text>
                <Caption1 className={styles.words} title={indicator.formula}>
                  {localized(indicator.words, language)}
                </Caption1>
              </TableCell>
              <TableCell className={styles.value} data-testid="indicator-value">
                {zh ? indicator.display : indicator.displayEn}
              </TableCell>
              <TableCell className={styles.value} data-testid="indicator-score">
                {indicator.score !== null && indicator.points !== null
                  ? strings.scoreOf(indicator.score, indicator.points)
                  : indicator.points !== null
                    ? '—'
                    : strings.notScored}
                {indicator.band && <Caption1 className={styles.words}>{indicator.band}</Caption1>}
              </TableCell>
              <TableCell>
                <span className={styles.cells}>
                  {indicator.cells.map((cell) => {
                    const { sheet, address } = splitCell(cell);
                    return (
                      <Link
                        key={cell}
                        as="button"
                        onClick={() => onSelectCell(sheet, address)}
                        aria-label={strings.selectCell(cell)}
                        data-testid="indicator-cell"
                      >
                        {cell}
                      </Link>
                    );
                  })}
                  {indicator.status !== 'computed' && indicator.missing.length > 0 && <Caption1>{indicator.missing.join(zh ? '、' : ', ')}</Caption1>}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
