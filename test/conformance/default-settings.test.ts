/**
 * The pane and the CLI check with the same defaults: the same bundled rulebook and the same tolerance,
 * so the same workbook gives the same findings (test/conformance/cli-vs-addin.test.ts) without settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from '../../src/cli/args';
import { checkWorkbook, toleranceFen } from '../../src/core/check-workbook';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { workbookFromSheets } from '../support/workbook';
import { createCheckEngine } from '../../src/taskpane/engine/check-engine';
import { bundledCore } from '../../src/taskpane/pane-core-bundled';
import { chooseRulebook } from '../../src/taskpane/view-model/rulebook-choice';
import { DEFAULT_TOLERANCE_WAN, toleranceIn } from '../../src/taskpane/view-model/tolerance';

describe('the pane and the CLI use the same default settings', () => {
  it('the pane bundles the rulebook the CLI uses without --rules', () => {
    expect(bundledCore.bundledRulebook).toBe(DEFAULT_RULEBOOK);
    expect(parseCliArgs(['book.xlsx']).rules).toBeUndefined();
  });

  it('the pane’s check engine (its worker) runs the core’s checkWorkbook with the options it is given', () => {
    const workbook = workbookFromSheets({
      收支总表: [
        ['预算收入合计', 10.01],
        ['年初预算', 10],
      ],
    });
    const direct = checkWorkbook(workbook, {});
    const { handle, ...throughEngine } = createCheckEngine().check(workbook, {});
    expect(handle).toBeGreaterThan(0);
    expect(throughEngine).toEqual({
      unit: direct.unit,
      tables: direct.tables,
      findings: direct.findings,
      counts: direct.counts,
      rulebook: direct.rulebook,
      indicators: direct.indicators,
      profile: direct.profile,
      toleranceWan: direct.toleranceWan,
    });
    expect(direct.findings.length).toBeGreaterThan(0);
  });

  it('a workbook with no settings is checked with the bundled rulebook in the pane', async () => {
    const choice = await chooseRulebook(
      {},
      {
        parse: bundledCore.parseRulebook,
        bundled: bundledCore.bundledRulebook,
        defaultSource: 'bundled',
        loadOrganisation: () => Promise.reject(new Error('not used')),
      },
    );
    expect(choice.rulebook).toBeUndefined(); // undefined: checkWorkbook's default, DEFAULT_RULEBOOK
    expect(choice.inForce).toMatchObject({ source: 'bundled', id: DEFAULT_RULEBOOK.id, version: DEFAULT_RULEBOOK.version });
  });

  it('the tolerance the pane shows by default is the one both check with (the rulebook’s)', () => {
    expect(parseCliArgs(['book.xlsx']).tolerance).toBeUndefined();
    expect(toleranceFen(DEFAULT_TOLERANCE_WAN)).toBe(toleranceFen(DEFAULT_RULEBOOK.tolerance));
    expect(toleranceIn(DEFAULT_TOLERANCE_WAN, '元')).toBe('50');
  });

  it('the bundled core reads the bundled rulebook file the same way the CLI’s --rules does', () => {
    const reparsed = bundledCore.parseRulebook(readFileSync(join(__dirname, '../../src/core/rulebook/default-rulebook.json'), 'utf8'));
    expect('rulebook' in reparsed && reparsed.rulebook).toEqual(DEFAULT_RULEBOOK);
  });
});
