/**
 * Reads a form's indicator block: one row per indicator under the 一级 | 二级 | 三级指标 header,
 * 一级 and 二级 merged down over their rows (or left blank below their first row), up to the
 * 合计 / 总分 row or the first line that is no longer an indicator (评价结论, the next form).
 */
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import { storedColumns } from '../grid/stored-cells';
import type { Sheet } from '../grid/types';
import { MergedCells } from '../recognize/merged-cells';
import { normalizeLabel } from '../recognize/normalize-label';
import { readCell } from '../recognize/read-cell';
import type { IndicatorHeader } from './find-form-blocks';
import { isFormTitle, isScoreTotalLabel, matchFormField, matchNarrative, statedPoints } from './form-labels';
import type { FormIndicator, FormIndicatorBlock, FormTotalRow, IndicatorGroup, IndicatorNature } from './form-model';
import { readFormPoints, readIndicatorValue } from './read-form-cell';

export interface IndicatorBlockRead {
  readonly block: Omit<FormIndicatorBlock, 'statedPoints'>;
  readonly lastRow: number;
}

/** Blank rows tolerated inside the block before it is taken to have ended. */
const MAX_BLANK_ROWS = 1;

export function readIndicatorBlock(sheet: Sheet, header: IndicatorHeader, bottom: number): IndicatorBlockRead {
  const { columns } = header;
  const right = lastColumn(sheet);
  const merges = new MergedCells(sheet, header.row, bottom, right);
  const level1Column = columns.一级指标 as number;
  const nameColumn = columns.三级指标 ?? columns.二级指标 ?? level1Column;
  const firstFigureColumn = Math.min(...[columns.指标值, columns.完成值, columns.分值, columns.得分].filter((c): c is number => c !== undefined), right + 1);
  const indicators: FormIndicator[] = [];
  let total: FormTotalRow | undefined;
  let level1: Level1Cell = { text: '', address: '', row: 0 };
  const level1Cells: Level1Cell[] = [];
  let level2 = '';
  let blanks = 0;
  let lastRead = header.row;

  for (let row = header.row + 1; row <= bottom; row++) {
    const leading = leadingTexts(sheet, row, firstFigureColumn);
    // the unit's narrative lines, the next form or a table's 项目名称 header end the block
    if (leading.some(({ text }) => matchNarrative(text) !== null || isFormTitle(text) || matchFormField(text) !== null)) break;
    const totalLabel = leading.find(({ text }) => isScoreTotalLabel(text));
    if (totalLabel) {
      const totalWeight = columns.分值 !== undefined ? readFormPoints(sheet, row, columns.分值) : undefined;
      const totalScore = columns.得分 !== undefined ? readFormPoints(sheet, row, columns.得分) : undefined;
      // `自评总分 | 90` written beside its label, not in the block's columns, is a field of the form
      const inColumns = [totalWeight, totalScore].some((cell) => cell && cell.reading.kind !== 'empty');
      if (!inColumns && cellText(sheet, row, totalLabel.column + 1) !== '') break;
      total = {
        row,
        label: totalLabel.text,
        labelAddress: toA1(row, totalLabel.column),
        ...(totalWeight ? { weight: totalWeight } : {}),
        ...(totalScore ? { score: totalScore } : {}),
      };
      lastRead = row;
      break;
    }
    const own1 = merges.textAt(row, level1Column);
    const own2 = columns.二级指标 !== undefined ? merges.textAt(row, columns.二级指标) : '';
    const name = cellText(sheet, row, nameColumn);
    const weight = columns.分值 !== undefined ? readFormPoints(sheet, row, columns.分值) : undefined;
    if (name === '' && (weight === undefined || weight.reading.kind === 'empty') && own1 === '' && own2 === '') {
      if (++blanks > MAX_BLANK_ROWS) break;
      continue;
    }
    blanks = 0;
    lastRead = row;
    if (own1 !== '') {
      const origin = merges.areaOf(row, level1Column);
      const originRow = origin?.top ?? row;
      if (originRow !== level1.row || own1 !== level1.text) level1 = { text: own1, address: toA1(originRow, origin?.left ?? level1Column), row: originRow };
    }
    if (own2 !== '') level2 = own2;
    // a row naming only its 一级 and 二级 (no 三级, no figures) is a group heading, not an indicator
    if (name === '' && nameColumn !== level1Column && (weight === undefined || weight.reading.kind === 'empty')) continue;
    indicators.push(readIndicatorRow(sheet, row, header, { level1: level1.text, level2, name: name || level2 || level1.text, nameColumn }, weight));
    level1Cells.push(level1);
  }
  const groups = groupsOf(indicators, level1Cells);
  return { block: { headerRow: header.row, columns, indicators, groups, ...(total ? { total } : {}) }, lastRow: lastRead };
}

function leadingTexts(sheet: Sheet, row: number, beforeColumn: number): { column: number; text: string }[] {
  const texts: { column: number; text: string }[] = [];
  for (const column of storedColumns(sheet, row, sheet.left, beforeColumn - 1)) {
    const text = cellText(sheet, row, column);
    if (text !== '' && text.length <= 40) texts.push({ column, text });
  }
  return texts;
}

interface RowNames {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly nameColumn: number;
}

function readIndicatorRow(sheet: Sheet, row: number, header: IndicatorHeader, names: RowNames, weight: FormIndicator['weight']): FormIndicator {
  const { columns } = header;
  const target = columns.指标值 !== undefined ? readIndicatorValue(sheet, row, columns.指标值) : undefined;
  const natureText = columns.指标性质 !== undefined ? cellText(sheet, row, columns.指标性质) : '';
  return {
    row,
    level1: names.level1,
    level2: names.level2,
    name: names.name,
    nameAddress: toA1(row, names.nameColumn),
    nature: readNature(natureText) ?? target?.comparator ?? null,
    ...(target ? { target } : {}),
    unitText: columns.度量单位 !== undefined ? cellText(sheet, row, columns.度量单位) : '',
    ...(columns.完成值 !== undefined ? { actual: readIndicatorValue(sheet, row, columns.完成值) } : {}),
    ...(weight ? { weight } : {}),
    ...(columns.得分 !== undefined ? { score: readFormPoints(sheet, row, columns.得分) } : {}),
    ...(columns.原因 !== undefined ? { reason: readCell(sheet, row, columns.原因) } : {}),
  };
}

/** 指标性质 as written: `=`, `≥`, `>=`, `≤`, `定性`; `定量` alone says nothing about direction. */
export function readNature(text: string): IndicatorNature | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  if (/定性/.test(t)) return 'qualitative';
  if (/^(?:≥|>=|≧|＞＝|>|＞|正向|大于)/.test(t)) return '≥';
  if (/^(?:≤|<=|≦|＜＝|<|＜|反向|小于)/.test(t)) return '≤';
  if (/^(?:=|＝|等于)/.test(t)) return '=';
  return null;
}

/** The 一级指标 cell an indicator row falls under (the top of its merge, or the last one written above). */
interface Level1Cell {
  readonly text: string;
  readonly address: string;
  readonly row: number;
}

/** Indicators under the same 一级 cell form a group; its label may state its points. */
function groupsOf(indicators: readonly FormIndicator[], level1Cells: readonly Level1Cell[]): IndicatorGroup[] {
  const groups: (Omit<IndicatorGroup, 'rows'> & { rows: number[] })[] = [];
  indicators.forEach((indicator, i) => {
    const cell = level1Cells[i];
    const last = groups[groups.length - 1];
    if (last && last.label === cell.text) {
      last.rows.push(indicator.row);
      return;
    }
    groups.push({
      name: normalizeLabel(cell.text),
      label: cell.text,
      address: cell.address || indicator.nameAddress,
      row: cell.row || indicator.row,
      statedPoints: statedPoints(cell.text),
      rows: [indicator.row],
    });
  });
  return groups;
}
