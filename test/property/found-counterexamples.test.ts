/**
 * Recognition counterexamples the properties found, kept as plain examples so that they stay
 * fixed whatever the seeds draw: project names that begin with figures, projects numbered like
 * sub-items, and a summary written below the project table on the same sheet.
 */
import { recognizeWorkbook } from '../../src/core/tables/recognize-workbook';
import type { ProjectTable, SummaryTable } from '../../src/core/recognize/model';
import { workbookFromSheets } from '../support/workbook';

const HEADER = ['序号', '项目名称', '年初预算', '实际支出', '结余结转'];

function recognize(rows: unknown[][]) {
  const { tables } = recognizeWorkbook(workbookFromSheets({ 项目支出: rows }));
  const projects = tables.find((table): table is ProjectTable => table.kind === 'projects');
  if (!projects) throw new Error('no project table');
  return { projects, summary: tables.find((table): table is SummaryTable => table.kind === 'summary') };
}

const namesOf = (table: ProjectTable) => ({ projects: table.projects.map((p) => p.name), subItems: table.subItems.map((s) => s.name) });

describe('counterexamples found by the properties', () => {
  it('a name beginning with a decimal (3.15…, 1.5万亩…) is a project under its full name, not a sub-item', () => {
    const { projects } = recognize([
      HEADER,
      [1, '办公设备购置', 10, 8, 2],
      [2, '3.15消费者权益日宣传经费', 5, 5, 0],
      [3, '1.5万亩高标准农田建设', 100, 60, 40],
    ]);
    expect(namesOf(projects)).toEqual({ projects: ['办公设备购置', '3.15消费者权益日宣传经费', '1.5万亩高标准农田建设'], subItems: [] });
  });

  it('`2.1` is a sub-item of project 2 only as its next one', () => {
    const { projects } = recognize([
      HEADER,
      [1, '网格信息化建设项目', 90, 80, 10],
      [2, '业务性专项经费', 10, 8, 2],
      [null, '2.1 代理记账服务费', null, 3],
      [null, '2.2 放管服改革保障经费', null, 2],
    ]);
    expect(namesOf(projects)).toEqual({ projects: ['网格信息化建设项目', '业务性专项经费'], subItems: ['代理记账服务费', '放管服改革保障经费'] });
    expect(projects.subItems.map((item) => item.parentRow)).toEqual([3, 3]);
  });

  it('a full-width `1．` before a figure is the project number (`1．5G网络建设项目` is project 1, 5G网络建设项目)', () => {
    const { projects } = recognize([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['1．5G网络建设项目', 10, 8, 2],
      ['2．网格信息化建设项目', 5, 5, 0],
    ]);
    expect(namesOf(projects).projects).toEqual(['5G网络建设项目', '网格信息化建设项目']);
  });

  it('projects numbered （一）, （二） are projects, and their （1） rows are sub-items', () => {
    const { projects } = recognize([
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['（一）网格信息化建设项目', 90, 80, 10],
      ['（1）网格信息化建设专项', null, 60],
      ['（二）业务性专项经费', 10, 8, 2],
    ]);
    expect(namesOf(projects)).toEqual({ projects: ['网格信息化建设项目', '业务性专项经费'], subItems: ['网格信息化建设专项'] });
  });

  it('a summary written below the project table, after a blank row, is a summary and not more projects', () => {
    const { projects, summary } = recognize([
      ['年初预算', '项目名称', '实际支出', '结余结转'],
      [90, '网格信息化建设项目', 80, 10],
      [90, '合计', 80, 10],
      [],
      ['2023年预算收支总表'],
      ['单位：万元'],
      ['项目', '金额'],
      ['预算收入合计', 210],
      ['年初预算', 210],
      ['支出合计', 210],
      ['基本支出', 120],
      ['项目支出', 80],
      ['结余结转', 10],
    ]);
    expect(namesOf(projects).projects).toEqual(['网格信息化建设项目']);
    expect(projects.range.bottom).toBe(3);
    expect(Object.keys(summary?.fields ?? {}).sort()).toEqual(['基本支出', '年初预算', '支出合计', '结余结转', '预算收入合计', '项目支出'].sort());
  });
});
