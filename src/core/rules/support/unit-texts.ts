/**
 * The unit's own text cells, for the text checks: the 基本情况 texts (duties, offices, 工作成效,
 * 问题, 改进措施, 其他说明), each project's and sub-item's 主要用途, and the forms' narrative fields
 * (年度目标, 年度目标完成情况, 评价结论, 存在问题, 改进措施 …). Each with its cell, for the finding.
 */
import { toA1 } from '../../grid/a1';
import { formsOf } from '../../forms/form-rule-support';
import type { ProjectRow, ProjectTable, UnitInfo, UnitInfoField } from '../../recognize/model';
import type { RecognizedWorkbook } from '../../tables/model';
import type { Quantity, RuleReport } from '../types';
import { projectTables } from './project-rows';

export interface UnitTextCell {
  readonly sheet: string;
  readonly row: number;
  /** A1 address. */
  readonly cell: string;
  /** What the finding is about: the field, or the project / form subject. */
  readonly subject: string;
  /** The field's name as the user knows it (主要职责, 主要用途, 评价结论 …). */
  readonly field: string;
  readonly text: string;
}

const UNIT_TEXT_FIELDS: readonly UnitInfoField[] = ['主要职责', '内设机构', '工作成效', '问题', '改进措施', '其他说明'];

/**
 * Cells next to each other in reading order that hold the same text: a 主要用途 copied down its
 * column (the bench workbook's 100k projects share one) is one run. A text rule reads each run's
 * text once, and reports on each of its cells in order, as if it had read every cell.
 */
export interface TextRun {
  readonly text: string;
  readonly cells: readonly UnitTextCell[];
}

interface Listed {
  readonly purposes: readonly PurposeRun[];
  readonly tables: readonly TextRun[];
  readonly all: readonly TextRun[];
}

/** Five text rules read the same cells: listed once per recognised workbook (which no rule changes). */
const listed = new WeakMap<RecognizedWorkbook, Listed>();

/** The unit's text cells as runs of one text, in reading order; `forms: false` leaves the forms' texts out. */
export function unitTextRuns(workbook: RecognizedWorkbook, { forms = true }: { forms?: boolean } = {}): readonly TextRun[] {
  const texts = listing(workbook);
  return forms ? texts.all : texts.tables;
}

/** The projects' and sub-items' 主要用途 alone, as runs of one text with their rows, table by table (projects, then sub-items). */
export function purposeRuns(workbook: RecognizedWorkbook): readonly PurposeRun[] {
  return listing(workbook).purposes;
}

function listing(workbook: RecognizedWorkbook): Listed {
  let texts = listed.get(workbook);
  if (!texts) {
    const purposes = readPurposeRuns(workbook);
    const tables = [...runsOf(unitInfoTexts(workbook)), ...purposes];
    const formRuns = runsOf(formTexts(workbook));
    // no copy of the tables' runs when there are no forms to add
    listed.set(workbook, (texts = { purposes, tables, all: formRuns.length === 0 ? tables : [...tables, ...formRuns] }));
  }
  return texts;
}

/** What a text rule finds in a text, before it is put on the cells holding that text. */
export interface TextSlip {
  readonly messageId: string;
  /** The message's data beside the cell and field, which each cell adds. */
  readonly data: Readonly<Record<string, string | number>>;
  readonly expected?: Quantity;
  readonly actual?: Quantity;
}

/**
 * A text rule's reports: each run's text read once by `slipsOf`, each slip reported on every cell
 * of the run in reading order, as if each cell had been read (a purpose copied down 100k rows).
 */
export function reportTextSlips(runs: readonly TextRun[], slipsOf: (text: string) => readonly TextSlip[]): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const run of runs) {
    const slips = slipsOf(run.text);
    if (slips.length === 0) continue;
    for (const text of run.cells) {
      for (const { messageId, data, expected, actual } of slips) {
        const cells = [text.cell];
        reports.push({
          messageId,
          data: { cell: text.cell, field: text.field, ...data },
          sheet: text.sheet,
          row: text.row,
          cells,
          subject: text.subject,
          expected,
          actual,
        });
      }
    }
  }
  return reports;
}

function runsOf(cells: readonly UnitTextCell[]): TextRun[] {
  return runsBy(cells, (cell) => cell.text).map(({ text, items }) => ({ text, cells: items }));
}

/** Neighbouring items holding the same text, in order; an item whose text is undefined is left out. */
function runsBy<T>(items: readonly T[], textOf: (item: T) => string | undefined): { text: string; items: T[] }[] {
  const runs: { text: string; items: T[] }[] = [];
  let run: { text: string; items: T[] } | null = null;
  for (const item of items) {
    const text = textOf(item);
    if (text === undefined) continue;
    if (run === null || text !== run.text) runs.push((run = { text, items: [] }));
    run.items.push(item);
  }
  return runs;
}

function unitInfoTexts(workbook: RecognizedWorkbook): UnitTextCell[] {
  const texts: UnitTextCell[] = [];
  for (const info of workbook.tables.filter((table): table is UnitInfo => table.kind === 'unit-info')) {
    for (const field of UNIT_TEXT_FIELDS) {
      const cell = info.fields[field];
      if (cell && typeof cell.value === 'string' && cell.value.trim() !== '') {
        texts.push({ sheet: info.sheet, row: cell.row, cell: cell.address, subject: field, field, text: cell.value });
      }
    }
  }
  return texts;
}

/**
 * The projects' and sub-items' 主要用途 as runs of one text, straight from the rows: a run keeps
 * its rows, and its cells are made only when a rule reports on them (no record per row of 100k).
 */
function readPurposeRuns(workbook: RecognizedWorkbook): PurposeRun[] {
  const runs: PurposeRun[] = [];
  for (const table of projectTables(workbook)) {
    const column = table.columns.主要用途;
    if (column === undefined) continue;
    for (const rows of [table.projects, table.subItems]) {
      for (const run of runsBy(rows, purposeOf)) runs.push(new PurposeRun(table, column, run.items));
    }
  }
  return runs;
}

/** A row's 主要用途, undefined when it has none (empty or blank). */
function purposeOf(row: ProjectRow): string | undefined {
  return row.purpose && row.purpose.trim() !== '' ? row.purpose : undefined;
}

/** Neighbouring rows of one table holding the same 主要用途. */
export class PurposeRun implements TextRun {
  readonly text: string;
  private made: readonly UnitTextCell[] | null = null;

  constructor(
    readonly table: ProjectTable,
    /** The 主要用途 column. */
    readonly column: number,
    readonly rows: readonly ProjectRow[],
  ) {
    this.text = rows[0].purpose as string;
  }

  get cells(): readonly UnitTextCell[] {
    this.made ??= this.rows.map((row) => new PurposeText(this.table.sheet, row.row, this.column, row.name, this.text));
    return this.made;
  }
}

/** A project's or sub-item's 主要用途: its address is spelled only when a finding names it (tables have up to 100k rows). */
class PurposeText implements UnitTextCell {
  readonly field = '主要用途';

  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly column: number,
    readonly subject: string,
    readonly text: string,
  ) {}

  get cell(): string {
    return toA1(this.row, this.column);
  }
}

function formTexts(workbook: RecognizedWorkbook): UnitTextCell[] {
  const texts: UnitTextCell[] = [];
  for (const form of formsOf(workbook)) {
    for (const text of form.texts) {
      if (text.text !== '') texts.push({ sheet: form.sheet, row: text.row, cell: text.address, subject: form.subject, field: text.name, text: text.text });
    }
  }
  return texts;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `12`, `１２`, `十二`, `二十`, `九十九` → the number; null for anything else. */
export function numberOfText(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS[tens] : null;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}
