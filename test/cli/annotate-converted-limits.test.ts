/**
 * --out on an .xls/.ods/.xlsb input: the .xlsx it is converted to is patched like any package, and a
 * copy too large for the zip format written is refused in the same line as for an .xlsx input. A
 * converted workbook holds a handful of parts, so the limit is reached here through stand-ins for
 * the patcher and the converter: what is tested is the mapping on the converted path.
 */
import { writeAnnotatedCopy } from '../../src/cli/annotate';
import { InputError } from '../../src/cli/input-error';
import { annotatePackage, NotAPackageError } from '../../src/cli/package-copy/annotate-package';
import { convertToXlsx } from '../../src/cli/package-copy/convert-to-xlsx';
import { ZipTooLarge } from '../../src/cli/package-copy/zip-writer';
import type { CheckResult } from '../../src/core/check-api';

jest.mock('../../src/cli/package-copy/annotate-package', () => ({
  ...jest.requireActual('../../src/cli/package-copy/annotate-package'),
  annotatePackage: jest.fn(),
}));
jest.mock('../../src/cli/package-copy/convert-to-xlsx', () => ({ convertToXlsx: jest.fn() }));

const patch = annotatePackage as jest.MockedFunction<typeof annotatePackage>;
const convert = convertToXlsx as jest.MockedFunction<typeof convertToXlsx>;
const noFindings = { findings: [] } as unknown as CheckResult;

async function copyOfConverted(tooLarge: ZipTooLarge): Promise<unknown> {
  patch.mockReset();
  convert.mockReset();
  patch.mockImplementationOnce(() => {
    throw new NotAPackageError('not an OOXML package');
  });
  patch.mockImplementationOnce(() => {
    throw tooLarge;
  });
  convert.mockResolvedValue(Buffer.from('converted'));
  return writeAnnotatedCopy(Buffer.from('an .xls'), 'unit.xls', 'copy.xlsx', { sheets: [] }, noFindings, 'zh').catch((error: unknown) => error);
}

test.each([
  ['parts', 'out-too-many-parts'],
  ['bytes', 'out-too-large'],
] as const)('a converted copy over the zip limit (%s) is refused naming the copy, with its own message', async (what, textId) => {
  const error = await copyOfConverted(new ZipTooLarge(what));
  expect(error).toBeInstanceOf(InputError);
  expect(error).toMatchObject({ file: 'copy.xlsx', textId });
  expect(convert).toHaveBeenCalledTimes(1);
  expect(patch).toHaveBeenCalledTimes(2);
});
