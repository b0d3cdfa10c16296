/**
 * "Done when": layout variants pass the same checks. The seed's project table is rewritten in
 * several layouts; the CLI must report the same findings (in 万元), on the rows the projects moved to.
 */
import type { JsonFinding, JsonReport } from '../../src/cli/output-json';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';
import { checkJson } from '../support/xlsx-cli';
import { SEED_COLUMNS, seedVariant, type Variant, type VariantOptions } from '../support/xlsx-variants';

const temp = tempFolder();
let seed: JsonReport;

beforeAll(async () => {
  seed = (await checkJson(temp.file('seed.xlsx', await bytesOf(seedBook())))).report;
});
afterAll(() => temp.cleanup());

const SIGNED: VariantOptions['columns'] = SEED_COLUMNS.flatMap((key) => (key === 'increase' ? ['adjustment' as const] : key === 'decrease' ? [] : [key]));

const VARIANTS: [string, VariantOptions][] = [
  ['reordered columns', { columns: ['name', 'spending', 'carryOver', 'purpose', 'added', 'decrease', 'increase', 'transfer', 'initialBudget', 'serial'] }],
  [
    'header on row 5 under a title and a unit note',
    { above: [['2023年度项目支出情况表'], [], ['填报单位：石峰区网格化管理服务中心', '', '', '', '', '', '', '', '单位：万元'], []] },
  ],
  ['merged two-row headers', { mergedHeader: true }],
  [
    'synonyms, on a sheet not named 项目支出',
    {
      sheetName: '附表3',
      labels: {
        serial: '编号',
        name: '项目',
        initialBudget: '年初预算数',
        transfer: '转移支付',
        increase: '调增',
        decrease: '调减',
        added: '追加预算',
        spending: '全年执行数',
        carryOver: '结转结余',
        purpose: '用途',
      },
    },
  ],
  ['amounts in 元', { unit: '元' }],
  ['one signed 年中调整 column', { columns: SIGNED }],
  ['合计 on top', { totalOnTop: true }],
  [
    'all of these at once',
    {
      unit: '元',
      columns: ['serial', 'name', 'initialBudget', 'transfer', 'adjustment', 'added', 'spending', 'carryOver', 'purpose'],
      mergedHeader: true,
      totalOnTop: true,
      labels: { spending: '支出数', carryOver: '年末结转和结余' },
      above: [['项目支出明细表'], ['单位：元'], [], []],
    },
  ],
];

/** A finding in layout-free terms: money in 万元, the seed's row numbers, no cells or wording. */
function comparable(finding: JsonFinding, report: JsonReport, variant?: Variant) {
  const toWan = (n: number | null) => (n === null ? null : report.unit === '元' ? n / 10_000 : n);
  const onProjects = variant && finding.sheet === variant.sheetName;
  const seedRow = onProjects ? ([...variant.rowOf].find(([, row]) => row === finding.row)?.[0] ?? -finding.row) : finding.row;
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: onProjects ? '项目支出' : finding.sheet,
    row: seedRow,
    subject: finding.subject,
    expected: toWan(finding.expected),
    actual: toWan(finding.actual),
    difference: toWan(finding.difference),
  };
}

describe.each(VARIANTS)('%s', (_label, options) => {
  let variant: Variant;
  let report: JsonReport;
  let code: number;

  beforeAll(async () => {
    variant = seedVariant(options);
    ({ report, code } = await checkJson(temp.file(`${_label}.xlsx`, await bytesOf(variant.book))));
  });

  it('recognises the project table', () => {
    expect(report.tables.map((t) => [t.kind, t.sheet])).toContainEqual(['projects', variant.sheetName]);
    expect(report.unit).toBe(options.unit ?? '万元');
  });

  it('reports the same findings as the seed, on the rows the projects moved to', () => {
    const expected = seed.findings.map((f) => comparable(f, seed));
    expect(report.findings.map((f) => comparable(f, report, variant))).toEqual(expected);
    expect(report.counts).toEqual(seed.counts);
    expect(code).toBe(1);
  });
});
