/** The real core, wired to the pane's PaneCore contract (index.tsx passes it to App). */
import { checkWorkbook } from '../core/check-workbook';
import { findingKey } from '../core/findings/finding-key';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../core/rulebook/load-rulebook';
import { ruleById } from '../core/rules';
import { TEMPLATE_SHEETS } from '../core/template/template-sheets';
import { TABLE_KINDS } from '../core/tables';
import type { PaneCore } from './pane-core';

export const bundledCore: PaneCore = {
  checkWorkbook,
  findingKey,
  describeRule: (ruleId) => ruleById(ruleId)?.meta.description,
  parseRulebook(json) {
    try {
      return { rulebook: loadRulebook(json) };
    } catch (error) {
      if (error instanceof RulebookError) return { problems: error.problems };
      throw error;
    }
  },
  bundledRulebook: DEFAULT_RULEBOOK,
  templateSheets: TEMPLATE_SHEETS,
  tableKinds: TABLE_KINDS.filter((kind) => kind.recognize).map(({ id, name }) => ({ id, name })),
  loadReport: () => import(/* webpackChunkName: "report" */ './report-tools').then((module) => module.reportTools),
};
