/** Runs the check on a rendered model and describes its findings by meaning. */
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { CheckResult } from '../../../src/core/check-api';
import type { CleanWorkbook } from './clean-model';
import { sortedMeanings, fullMeaning, identity } from './findings-by-meaning';
import { renderWorkbook, type RenderedWorkbook } from './render-workbook';

export interface CheckedModel {
  readonly rendered: RenderedWorkbook;
  readonly result: CheckResult;
  /** Sorted full descriptions (figures included). */
  readonly meanings: string[];
  /** Sorted identities (rule, message, subject, row meaning; figures left out). */
  readonly identities: string[];
}

export function checkRendered(rendered: RenderedWorkbook): CheckedModel {
  const result = checkWorkbook(rendered.workbook);
  return {
    rendered,
    result,
    meanings: sortedMeanings(result.findings, rendered, fullMeaning),
    identities: sortedMeanings(result.findings, rendered, identity),
  };
}

export function checkModel(model: CleanWorkbook, sheetOrder?: readonly string[]): CheckedModel {
  return checkRendered(renderWorkbook(model, sheetOrder));
}
