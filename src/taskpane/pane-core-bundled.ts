/** The real core, wired to the pane's PaneCore contract (index.tsx passes it to App). */
import { findingKey } from '../core/findings/finding-key';
import { indicatorTableRows } from '../core/indicators/indicator-table';
import { availableProfiles } from '../core/indicators/profiles';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../core/rulebook/load-rulebook';
import { ruleById } from '../core/rules';
import { TEMPLATE_SHEETS } from '../core/template/template-sheets';
import { TABLE_KINDS } from '../core/tables';
import type { PaneEngine } from './engine/engine-client';
import type { PaneCore } from './pane-core';

// Started on the first check, not at load: the first paint does not wait for the worker's script.
let engine: Promise<PaneEngine> | null = null;
const theEngine = () => (engine ??= import(/* webpackChunkName: "engine-client" */ './engine/engine-client').then((module) => module.createPaneEngine()));

export const bundledCore: PaneCore = {
  checkWorkbook: async (workbook, options) => (await theEngine()).check(workbook, options),
  buildDraft: async (result, options) => (await theEngine()).draft(result.handle, options),
  warmUp: () => void theEngine(),
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
  tableKinds: TABLE_KINDS.filter((kind) => kind.recognize).map(({ id, name }) => ({ id, name })),
  loadReport: () => import(/* webpackChunkName: "report" */ './report-tools').then((module) => module.reportTools),
};
