/**
 * A project's self-evaluation result for its paragraph in 三（二）: the total score, the execution
 * rate and the execution score of the 项目支出绩效自评表 with the project's name, each with the
 * form cells it came from. The figures are those of `selfEvaluation` (forms/self-evaluation.ts), so
 * the report and the form rules read a form the same way.
 */
import { decimalText, fenOf, moneyTotal } from '../forms/form-rule-support';
import type { FormMoneyRow, FormTable } from '../forms/form-model';
import { projectKey, writtenTotalScore, type SelfEvaluation } from '../forms/self-evaluation';
import type { CellRef, DraftRun } from './draft-model';
import type { DraftContext } from './draft-context';
import type { Piece } from './fill-template';
import { formatPercent } from './format';

/** The self-evaluation of the project named `name`, if a project form of that name was recognised. */
export function selfEvaluationOf(evaluations: ReadonlyMap<string, SelfEvaluation>, name: string): SelfEvaluation | undefined {
  return evaluations.get(projectKey(name));
}

/** The project's execution rate as the project table gives it (实际支出 ÷ 全年预算数). */
export interface TableRate {
  readonly basisPoints: bigint;
  readonly sources: readonly CellRef[];
}

/**
 * `该项目自评得分95.5分，其中预算执行率100%，得分10分。`; a blank score becomes a placeholder at its cell.
 * One figure, one value: when the project table gives a different rate than the form, the table's
 * rate is stated (it is the one 四 names too) and the sentence says so.
 */
export function selfEvaluationRuns(context: Pick<DraftContext, 'fill'>, evaluation: SelfEvaluation, tableRate?: TableRate): DraftRun[] {
  const { form } = evaluation;
  const total = moneyTotal(form);
  const formRate = evaluation.ratePercent === null ? null : BigInt(Math.round(evaluation.ratePercent * 100));
  const useTable = tableRate !== undefined && formRate !== null && formRate !== tableRate.basisPoints;
  const runs = context.fill('project.selfEvaluation', {
    // the total includes the execution score: a finding on that score makes the total doubtful too
    自评总分: pointsPiece(
      evaluation.totalScore,
      evaluation.totalScore === null ? totalScoreCells(form) : [...totalScoreCells(form), ...cellsOf(form, [total?.score?.address])],
      '自评总分',
    ),
    执行率: useTable
      ? { kind: 'figure', text: formatPercent(tableRate.basisPoints), sources: tableRate.sources }
      : pointsPiece(evaluation.ratePercent, rateCells(form, total), '预算执行率'),
    执行率得分: pointsPiece(evaluation.executionScore, cellsOf(form, [total?.score?.address]), '预算执行率得分'),
  });
  return useTable ? [...runs, ...context.fill('project.rateFromTable', {})] : runs;
}

function pointsPiece(value: number | null, sources: readonly CellRef[], field: string): Piece {
  // scores are written to two decimals (as the form rules compare them); the rate is already exact to two
  if (value !== null) return { kind: 'figure', text: decimalText(value), sources };
  return sources.length > 0 ? { kind: 'missing', field, sources } : { kind: 'missing', field };
}

/** 全年预算数 and 全年执行数 when the rate follows from them, else the written 执行率 cell. */
function rateCells(form: FormTable, total: FormMoneyRow | undefined): CellRef[] {
  const budget = total?.amounts.全年预算数;
  const spent = total?.amounts.全年执行数;
  const budgetFen = fenOf(budget);
  if (budgetFen !== null && budgetFen !== 0n && fenOf(spent) !== null) return cellsOf(form, [budget?.address, spent?.address]);
  return cellsOf(form, [total?.rate?.address ?? budget?.address]);
}

/** The cell of the total score as written, else the blank cell where it belongs (总分 row's 得分, else 自评总分). */
function totalScoreCells(form: FormTable): CellRef[] {
  const written = writtenTotalScore(form);
  return cellsOf(form, [written?.address ?? form.indicators?.total?.score?.address ?? form.fields.自评总分?.address]);
}

function cellsOf(form: FormTable, addresses: readonly (string | undefined)[]): CellRef[] {
  return addresses.filter((address): address is string => address !== undefined).map((address) => ({ sheet: form.sheet, address }));
}
