/**
 * The examples in docs/rules.md come from the rules' metadata: each must name a bundled example
 * workbook, and the rule must really report its message there, word for word, after its changes.
 */
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Workbook } from '../../src/core/grid/types';
import { RULES } from '../../src/core/rules';
import { withChanges } from './apply-changes';

const ROOT = join(__dirname, '..', '..');
const workbooks = new Map<string, Promise<Workbook>>();
const bundled = (path: string) => {
  if (!workbooks.has(path)) workbooks.set(path, readXlsxFile(join(ROOT, path)));
  return workbooks.get(path)!;
};

describe('rule examples', () => {
  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has an example in both languages', (_id, rule) => {
    const example = rule.meta.example;
    expect(example).toBeDefined();
    expect(example!.workbook).toMatch(/^examples\/[\w-]+\.xlsx$/);
    for (const text of [example!.given, example!.message]) {
      expect(text.zh.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(Object.keys(rule.meta.messages)).toContain(example!.messageId);
  });

  it.each(RULES.filter((rule) => rule.meta.example).map((rule) => [rule.meta.id, rule] as const))(
    '%s reports its example’s message on the example workbook',
    async (id, rule) => {
      const example = rule.meta.example!;
      const result = checkWorkbook(withChanges(await bundled(example.workbook), example.changes ?? []), example.profile ? { profile: example.profile } : {});
      const reported = result.findings.filter((finding) => finding.rule === id).map((finding) => ({ messageId: finding.messageId, message: finding.message }));
      expect(reported).toContainEqual({ messageId: example.messageId, message: example.message });
    },
  );
});
