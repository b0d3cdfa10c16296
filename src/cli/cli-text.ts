/**
 * The CLI's own words, in Chinese and English. What a finding says comes from the core;
 * these are only the frame around it (headings, counts, input problems, usage).
 */
import { terminalText } from './terminal-text';

export type Lang = 'zh' | 'en';

type Template = { readonly zh: string; readonly en: string };

const TEXT = {
  // input problems: one line each, naming the file
  'not-found': { zh: '找不到文件', en: 'file not found' },
  'not-readable': { zh: '无法读取文件（{reason}）', en: 'cannot read the file ({reason})' },
  'not-a-file': {
    zh: '这不是普通文件（可能是设备、管道或套接字），不予读取',
    en: 'not a regular file (a device, pipe or socket): not read',
  },
  'file-too-large': { zh: '文件过大（{size} MB，上限 {limit} MB），不予读取', en: 'the file is too large ({size} MB; the limit is {limit} MB): not read' },
  'is-folder': { zh: '这是一个文件夹，不是工作簿文件', en: 'this is a folder, not a workbook file' },
  'not-xlsx': {
    zh: '不是电子表格工作簿（可检查 .xlsx、.xlsm、.xls、.xlsb、.ods 和 WPS 的 .et；CSV 等文本请先在 Excel 或 WPS 中另存为 .xlsx）',
    en: 'not a spreadsheet workbook (.xlsx, .xlsm, .xls, .xlsb, .ods and WPS .et can be checked; save CSV and other text as .xlsx in Excel or WPS first)',
  },
  'not-spreadsheet': {
    zh: '这是 {format} 文件，不是电子表格工作簿：请打开其中的表格并另存为 .xlsx 后再检查',
    en: 'this is a {format} file, not a spreadsheet workbook: open its tables and save them as .xlsx, then check again',
  },
  encrypted: {
    zh: '文件设有打开密码，无法读取：请在 Excel 或 WPS 中去掉打开密码后另存，再检查',
    en: 'the file has an opening password and cannot be read: remove the password in Excel or WPS, save, and check again',
  },
  'encrypted-or-xls': {
    zh: '文件设有密码保护，或是旧版 .xls 格式：请在 Excel 中去掉密码并另存为 .xlsx',
    en: 'the file is password-protected, or an old .xls: save it as .xlsx without a password',
  },
  corrupt: { zh: '文件已损坏：{reasonZh}', en: 'the file is damaged: {reason}' },
  'unreadable-format': {
    zh: '无法读取这个 {format} 文件（{reason}）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查',
    en: 'this {format} file cannot be read ({reason}): save it as .xlsx in Excel or WPS, then check again',
  },
  'beyond-grid': {
    zh: '单元格超出 Excel 工作表的范围（最多 1,048,576 行、16,384 列），文件已损坏',
    en: 'a cell lies beyond the Excel grid (at most 1,048,576 rows and 16,384 columns): the file is damaged',
  },
  'bad-cell': { zh: '文件已损坏：{whatZh}', en: 'the file is damaged: {what}' },
  empty: { zh: '工作簿是空的：没有任何有内容的工作表', en: 'the workbook is empty: no sheet has any content' },
  'too-large': {
    zh: '工作表数据过大（解压后 {size} MB，本机最多可检查约 {limit} MB），常见原因是整行或整列设置了格式：请删除表格下方和右侧多余的空行空列，另存后再检查',
    en: 'the sheets hold too much data ({size} MB unpacked; this machine can check about {limit} MB), usually formats set on whole rows or columns: delete the spare empty rows and columns below and right of the tables, save, and check again',
  },
  'no-tables': {
    zh: '没有识别到预算表格（查找了工作表：{sheets}）。需要 基本情况、收支总表 或 项目支出 表，表头如“项目名称、年初预算、实际支出”',
    en: 'no budget table recognised (sheets searched: {sheets}). Expected 基本情况, 收支总表 or 项目支出 tables with headers such as 项目名称, 年初预算, 实际支出',
  },
  // a message the core already wrote in the user's language
  'as-is': { zh: '{text}', en: '{text}' },
  'bad-rulebook': { zh: '规则库无法使用：{problems}', en: 'the rulebook cannot be used: {problems}' },
  'no-xlsx-in-folder': { zh: '文件夹中没有 .xlsx 文件', en: 'the folder holds no .xlsx file' },
  'internal-error': {
    zh: '内部错误：{reason}（这是程序的问题，不是您的文件的问题；请报告）',
    en: 'internal error: {reason} (a fault of the program, not of your file; please report it)',
  },
  'job-out-of-memory': {
    zh: '检查此工作簿时内存不足（每个工作簿上限 {limit} MB），已跳过；其余工作簿照常检查',
    en: 'ran out of memory while checking this workbook (limit {limit} MB per workbook); skipped, the others are checked as usual',
  },
  'job-failed': {
    zh: '检查此工作簿时出错（{reason}）；这是程序的问题，已跳过，其余工作簿照常检查',
    en: 'checking this workbook failed ({reason}); a fault of the program: skipped, the others are checked as usual',
  },
  // usage
  'usage-error': { zh: '参数错误：{reason}。用 --help 查看用法', en: 'usage error: {reason}. See --help' },
  'unknown-option': { zh: '未知选项 {option}', en: 'unknown option {option}' },
  'option-needs-value': { zh: '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  'option-takes-no-value': { zh: '选项 {option} 不带值', en: 'option {option} takes no value' },
  'no-input': { zh: '请给出要检查的 .xlsx 文件或文件夹', en: 'give the .xlsx files or folders to check' },
  'bad-tolerance': {
    zh: '--tolerance 须为 0 到 1 之间的数（单位：万元），收到“{value}”',
    en: '--tolerance must be a number from 0 to 1 (in 万元), got "{value}"',
  },
  'bad-jobs': {
    zh: '--jobs 须为正整数（同时检查的工作簿数），收到“{value}”',
    en: '--jobs must be a whole number ≥ 1 (workbooks checked at once), got "{value}"',
  },
  'bad-profile': { zh: '--profile 须为已有的评分方案（{known}），收到“{value}”', en: '--profile must be a known scoring profile ({known}), got "{value}"' },
  'indicators-sheet-needs-out': {
    zh: '--indicators-sheet 须与 --out 一起使用（指标表写在副本中）',
    en: '--indicators-sheet needs --out (the table is written into the copy)',
  },
  'indicators-sheet-written': { zh: '已在副本中写入指标表：工作表“{sheet}”', en: 'indicator table written to the copy: sheet “{sheet}”' },
  'indicators-title': { zh: '共性指标（评分方案：{profile}）：', en: 'Common indicators (scoring profile: {profile}):' },
  'indicator-score': { zh: '{score}/{points} 分', en: '{score}/{points} points' },
  'bad-lang': { zh: '--lang 只能是 zh 或 en，收到“{value}”', en: '--lang must be zh or en, got "{value}"' },
  'out-needs-one-file': { zh: '--out 只能用于单个输入文件', en: '--out works with one input file only' },
  'draft-needs-one-file': { zh: '--draft 只能用于单个输入文件', en: '--draft works with one input file only' },
  'out-is-input': {
    zh: '--out 指向了输入文件本身；本工具从不改写输入文件，请另选文件名',
    en: '--out points at the input file itself; the input is never written, choose another name',
  },
  'out-not-xlsx': { zh: '--out 的文件名须以 .xlsx（含宏的工作簿：.xlsm）结尾', en: 'the --out file name must end in .xlsx (.xlsm for a workbook with macros)' },
  'out-needs-xlsm': {
    zh: '输入的工作簿含宏（VBA），批注副本须保存为 .xlsm，请把 --out 改为以 .xlsm 结尾',
    en: 'the input workbook has macros (VBA): the annotated copy must be an .xlsm, make --out end in .xlsm',
  },
  'out-converted': {
    zh: '注意：输入为 {format} 格式，批注副本已转换为 {target} 写出（格式已改变：保留数值、公式、合并单元格和批注，原文件的格式、图表等不在副本中）',
    en: 'note: the input is {format}; the annotated copy is written as {target} (the format changed: values, formulas, merges and notes are kept, the original formatting, charts and the like are not)',
  },
  'out-not-package': {
    zh: '无法为此文件写批注副本：它不是可修改的 .xlsx/.xlsm 工作簿（{reason}）',
    en: 'cannot write an annotated copy of this file: it is not an .xlsx/.xlsm workbook that can be patched ({reason})',
  },
  'output-exists': {
    zh: '文件已存在；本工具不会覆盖已有文件，请另选文件名，或加 --force 允许覆盖',
    en: 'the file already exists; it is not replaced unless you add --force, or choose another name',
  },
  'output-read-only': { zh: '文件已存在且为只读，不予覆盖', en: 'the file exists and is read-only: not replaced' },
  'output-is-folder': { zh: '这是一个文件夹，无法作为输出文件', en: 'this is a folder, not a file to write' },
  'output-no-folder': { zh: '所在的文件夹不存在', en: 'the folder it would be written in does not exist' },
  'output-failed': { zh: '无法写入（{reason}）', en: 'cannot write the file ({reason})' },
  'draft-not-format': { zh: '--draft 的文件名须以 .docx、.md 或 .txt 结尾', en: 'the --draft file name must end in .docx, .md or .txt' },
  'draft-is-input': {
    zh: '--draft 指向了输入文件本身；本工具从不改写输入文件，请另选文件名',
    en: '--draft points at the input file itself; the input is never written, choose another name',
  },
  'out-is-draft': { zh: '--out 与 --draft 指向同一个文件', en: '--out and --draft name the same file' },
  'unreadable-content': {
    zh: '无法读取工作簿的内容：文件已损坏，或由不兼容的程序生成（请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查）',
    en: 'the workbook’s content cannot be read: the file is damaged or was written by an incompatible program (open it in Excel or WPS, save it as .xlsx, and check again)',
  },
  'out-too-many-parts': {
    zh: '未写批注副本：副本的部件超过 65,535 个，须用 ZIP64 格式，本工具不写这种文件；核对结果不受影响',
    en: 'annotated copy not written: it would hold over 65,535 parts and need the ZIP64 format, which this tool does not write; the check results stand',
  },
  'out-too-large': {
    zh: '未写批注副本：副本超过 4 GB，须用 ZIP64 格式，本工具不写这种文件；核对结果不受影响',
    en: 'annotated copy not written: it would pass 4 GB and need the ZIP64 format, which this tool does not write; the check results stand',
  },
  'out-failed': { zh: '无法写入批注副本（{reason}）', en: 'cannot write the annotated copy ({reason})' },
  'out-written': { zh: '已写入批注副本：{file}（{rows} 行标色）', en: 'annotated copy written: {file} ({rows} rows highlighted)' },
  'draft-written': {
    zh: '已写入报告草稿：{file}（待填写 {placeholders} 处，需核实 {flagged} 处，核对提示 {notes} 条）',
    en: 'report draft written: {file} ({placeholders} places to fill in, {flagged} to verify, {notes} check notes)',
  },
  // text report
  'report-title': { zh: '{file}（金额单位：{unit}；规则库 {rulebook}）', en: '{file} (amounts in {unit}; rulebook {rulebook})' },
  'report-title-tolerance': {
    zh: '{file}（金额单位：{unit}；规则库 {rulebook}；容差 {tolerance} 万元，非默认的 {default} 万元）',
    en: '{file} (amounts in {unit}; rulebook {rulebook}; tolerance {tolerance} 万元, not the default {default} 万元)',
  },
  'tables-found': { zh: '识别到的表格：', en: 'Tables recognised:' },
  'whole-workbook': { zh: '整个工作簿', en: 'whole workbook' },
  'no-findings': { zh: '未发现问题。', en: 'No findings.' },
  row: { zh: '第{row}行', en: 'row {row}' },
  expected: { zh: '应为', en: 'expected' },
  actual: { zh: '实际', en: 'actual' },
  difference: { zh: '差额', en: 'difference' },
  counts: { zh: '错误 {error} 个，警告 {warning} 个，提示 {info} 个', en: 'errors: {error}, warnings: {warning}, info: {info}' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  'rows-checked': { zh: '{rows} 行', en: '{rows} rows' },
  'batch-unusable': { zh: '无法检查', en: 'cannot check' },
  'batch-totals': {
    zh: '共 {files} 个工作簿（{unusable} 个无法检查）：错误 {error} 个，警告 {warning} 个，提示 {info} 个',
    en: '{files} workbooks ({unusable} could not be checked): errors: {error}, warnings: {warning}, info: {info}',
  },
  // table kinds
  'kind-projects': { zh: '项目支出表', en: 'project table' },
  'kind-summary': { zh: '收支总表', en: 'income and spending summary' },
  'kind-unit-info': { zh: '基本情况', en: 'unit information' },
  'kind-form': { zh: '绩效自评表', en: 'self-evaluation form' },
  'kind-form-project': { zh: '项目支出绩效自评表', en: 'project self-evaluation form' },
  'kind-form-unit': { zh: '部门整体支出绩效自评表', en: 'unit self-evaluation form' },
} satisfies Record<string, Template>;

export type TextId = keyof typeof TEXT;

/** The text `id` in `lang`, with `{name}` placeholders filled from `data`. */
export function say(lang: Lang, id: TextId, data: Readonly<Record<string, string | number>> = {}): string {
  return fill(TEXT[id][lang], data);
}

/** Fills `{name}` from `data`'s own properties; what is filled in is made safe for a terminal. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? terminalText(String(data[name])) : whole));
}

/** Whether the CLI has a text of its own under this id (table kinds named here rather than by their kind file). */
export function hasText(id: string): id is TextId {
  return id in TEXT;
}
