/** The real core, wired to the pane's PaneCore contract (index.tsx passes it to App). */
import { checkWorkbook } from '../core/check-workbook';
import { findingKey } from '../core/findings/finding-key';
import { indicatorTableRows } from '../core/indicators/indicator-table';
import { availableProfiles, selectProfile } from '../core/indicators/profiles';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../core/rulebook/load-rulebook';
import { ruleById } from '../core/rules';
import { TEMPLATE_SHEETS } from '../core/template/template-sheets';
import type { PaneCore } from './pane-core';

export const bundledCore: PaneCore = {
  // a profile chosen in the 指标 tab that the rulebook in force does not know (a workbook moved to
  // another rulebook) gives way to the rulebook's own, rather than failing the check
  checkWorkbook: (workbook, options = {}) =>
    checkWorkbook(workbook, options.profile && !selectProfile(options.rulebook, options.profile) ? { ...options, profile: undefined } : options),
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
  indicatorProfiles: availableProfiles,
  indicatorTableRows,
  loadReport: () => import(/* webpackChunkName: "report" */ './report-tools').then((module) => module.reportTools),
};
