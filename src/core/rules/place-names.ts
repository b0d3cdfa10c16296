/**
 * Text copied from another unit's report gives itself away by naming the other place: a
 * 石峰区 unit's sub-item "完成云龙区网格化平台…". Warns when a duty text, a project or sub-item name
 * or its 主要用途 names a district or county other than the unit's own (taken from 单位名称).
 * 工作成效 is not read: achievements legitimately name other places (visitors, awards).
 */
import { toA1 } from '../grid/a1';
import type { UnitInfo, UnitInfoField } from '../recognize/model';
import type { RecognizedWorkbook } from '../tables/model';
import { districtNames } from './support/district-names';
import { projectTables } from './support/project-rows';
import { purposeRuns, type UnitTextCell } from './support/unit-texts';
import type { Rule, RuleReport } from './types';

const UNIT_TEXT_FIELDS: readonly UnitInfoField[] = ['主要职责', '内设机构', '问题', '改进措施', '其他说明'];

/** The unit's texts share their shape with the text checks' (support/unit-texts.ts). */
type PlacedText = UnitTextCell;

function unitInfos(workbook: RecognizedWorkbook): UnitInfo[] {
  return workbook.tables.filter((table): table is UnitInfo => table.kind === 'unit-info');
}

/** Texts that could name a place (they hold 区 or 县): the unit's duty texts, project and sub-item names and purposes. */
function textsToRead(workbook: RecognizedWorkbook): PlacedText[] {
  const texts: PlacedText[] = [];
  // the address is spelled only for a text that may name a place: tables have up to 100k rows
  const add = (sheet: string, row: number, column: number, subject: string, field: string, text: string): void => {
    if (mayNamePlace(text)) texts.push({ sheet, row, cell: toA1(row, column), subject, field, text });
  };
  for (const info of unitInfos(workbook)) {
    for (const field of UNIT_TEXT_FIELDS) {
      const cell = info.fields[field];
      if (cell && typeof cell.value === 'string') add(info.sheet, cell.row, cell.column, field, field, cell.value);
    }
  }
  for (const table of projectTables(workbook)) {
    for (const rows of [table.projects, table.subItems]) {
      for (const row of rows) {
        // most names name no place: tested before any call (110k rows)
        if (!mayNamePlace(row.name)) continue;
        const nameColumn = row.kind === 'sub-item' && table.columns.子项目 !== undefined ? table.columns.子项目 : table.columns.项目名称;
        if (nameColumn !== undefined) add(table.sheet, row.row, nameColumn, row.name, '项目名称', row.name);
      }
    }
  }
  // a purpose copied down its column is one run, looked at once (findings are put in reading order later)
  for (const { table, column, rows, text } of purposeRuns(workbook)) {
    if (!mayNamePlace(text)) continue;
    for (const row of rows) add(table.sheet, row.row, column, row.name, '主要用途', text);
  }
  return texts;
}

/** Whether a text holds 区 or 县, as every place districtNames finds does. */
function mayNamePlace(text: string): boolean {
  return text.includes('区') || text.includes('县');
}

const placeNames: Rule = {
  meta: {
    id: 'place-names',
    severity: 'warning',
    description: {
      zh: '文字中出现本单位以外的区、县名称（例如石峰区的报告写了“云龙区”）时提醒：可能是从其他单位的材料中沿用的。',
      en: 'Warns when a text names a district or county other than the unit’s own (e.g. 云龙区 in a 石峰区 report): it may be copied from another unit’s material.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      given: {
        zh: '示例工作簿原样（出自已发布的报告）：石峰区单位的子项目用途（J6）写着“云龙区网格化平台”。',
        en: 'The example workbook as bundled (from the published report): a 石峰区 unit’s sub-item purpose (J6) speaks of the “云龙区网格化平台”.',
      },
      messageId: 'other-place',
      message: {
        zh: 'J6（主要用途）提到“云龙区”，而本单位属于“石峰区”：请确认这段文字不是从其他单位的材料中沿用的。',
        en: 'J6 (主要用途) names “云龙区”, but the unit belongs to “石峰区”: check the text was not copied from another unit’s material.',
      },
    },
    messages: {
      'other-place': {
        zh: '{cell}（{field}）提到“{place}”，而本单位属于“{own}”：请确认这段文字不是从其他单位的材料中沿用的。',
        en: '{cell} ({field}) names “{place}”, but the unit belongs to “{own}”: check the text was not copied from another unit’s material.',
      },
    },
  },
  check(context) {
    const unitName = unitInfos(context.workbook)
      .map((info) => info.fields.单位名称?.value)
      .find((value): value is string => typeof value === 'string' && value.trim() !== '');
    const own = unitName ? districtNames(unitName) : [];
    if (!unitName || own.length === 0) return []; // without the unit's own place there is nothing to compare
    const reports: RuleReport[] = [];
    for (const text of textsToRead(context.workbook)) {
      for (const place of districtNames(text.text)) {
        if (unitName.includes(place)) continue;
        reports.push({
          messageId: 'other-place',
          data: { cell: text.cell, field: text.field, place, own: own.join('、') },
          sheet: text.sheet,
          row: text.row,
          cells: [text.cell],
          subject: text.subject,
        });
      }
    }
    return reports;
  },
};

export default placeNames;
