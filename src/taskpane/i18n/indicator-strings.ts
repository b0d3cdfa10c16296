/** The 指标 tab's texts (kept beside the pane's strings so the tab stays one hook-in). */
import type { Language } from './strings';

export interface IndicatorStrings {
  readonly tab: string;
  readonly heading: string;
  readonly profile: string;
  readonly name: string;
  readonly value: string;
  readonly score: string;
  readonly formula: string;
  readonly cells: string;
  readonly scoreOf: (score: number, points: number) => string;
  readonly notScored: string;
  readonly selectCell: (cell: string) => string;
  readonly insertSheet: string;
  readonly sheetName: string;
  readonly inserted: (sheet: string) => string;
  readonly insertFailed: string;
  readonly none: string;
}

export const INDICATOR_STRINGS: Readonly<Record<Language, IndicatorStrings>> = {
  'zh-CN': {
    tab: '指标',
    heading: '共性指标',
    profile: '评分方案',
    name: '指标',
    value: '数值',
    score: '得分',
    formula: '公式',
    cells: '来源单元格',
    scoreOf: (score, points) => `${score}/${points} 分`,
    notScored: '不计分',
    selectCell: (cell) => `选中 ${cell}`,
    insertSheet: '写入新工作表',
    sheetName: '共性指标',
    inserted: (sheet) => `已写入工作表“${sheet}”。`,
    insertFailed: '未能写入工作表：',
    none: '未识别到计算指标所需的表格。',
  },
  'en-US': {
    tab: 'Indicators',
    heading: 'Common indicators',
    profile: 'Scoring profile',
    name: 'Indicator',
    value: 'Value',
    score: 'Score',
    formula: 'Formula',
    cells: 'Source cells',
    scoreOf: (score, points) => `${score}/${points}`,
    notScored: 'not scored',
    selectCell: (cell) => `Select ${cell}`,
    insertSheet: 'Write to a new sheet',
    sheetName: 'Indicators',
    inserted: (sheet) => `Written to the sheet “${sheet}”.`,
    insertFailed: 'Could not write the sheet: ',
    none: 'No table the indicators need was recognised.',
  },
};
