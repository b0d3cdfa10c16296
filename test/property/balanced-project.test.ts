/**
 * Property 3: a balanced project (年初 + 转移 + 调增 − 调减 + 追加 = 实际支出 + 结余结转, exact to
 * the fen) added anywhere in a clean table — with the 合计 row and the summary adjusted to match —
 * adds no finding. Figures of aggregate information may change (the summary's carry-over
 * explained by more projects); no finding may appear that was not there before.
 */
import fc from 'fast-check';
import { withProject } from './support/clean-model';
import { cleanWorkbookArbitrary, PROJECT_NAMES, projectArbitrary } from './support/clean-arbitraries';
import { checkModel } from './support/check-rendered';
import { added } from './support/findings-by-meaning';

const scenario = cleanWorkbookArbitrary({ maxProjects: 5 }).chain((clean) => {
  const unused = PROJECT_NAMES.filter((name) => !clean.model.projects.some((project) => project.name === name));
  return fc.record({
    clean: fc.constant(clean),
    // without sub-items: sub-items that explain part of the spending are information of their own
    project: fc.constantFrom(...unused).chain((name) => projectArbitrary(name, clean.model.table).map((project) => ({ ...project, subItems: [] }))),
    index: fc.integer({ min: 0, max: clean.model.projects.length }),
  });
});

describe('property: a balanced project adds no finding', () => {
  it('when inserted anywhere in a clean table, with the 合计 row and the summary following', () => {
    fc.assert(
      fc.property(scenario, ({ clean: { model, sheetOrder }, project, index }) => {
        const before = checkModel(model, sheetOrder);
        const after = checkModel(withProject(model, project, index), sheetOrder);
        expect(added(before.identities, after.identities)).toEqual([]);
        expect(after.result.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      }),
      { seed: 20_240_630, numRuns: 150 },
    );
  });
});
