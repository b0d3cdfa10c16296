/**
 * An .xls, .ods or .xlsb becomes an .xlsx to patch, through SheetJS CE (loaded only on this
 * path). The format changes: values, formulas, merges and notes come across, not the formatting.
 */
import { InputError, shortReason } from '../input-error';
import { xmlCharactersOnly } from './xml-text';

/** `why`: what made the input not an OOXML spreadsheet, said too if SheetJS cannot read it either. */
export async function convertToXlsx(bytes: Buffer, inputName: string, why: Error): Promise<Buffer> {
  try {
    const XLSX = await import('@e965/xlsx');
    const book = quietly(() => XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true, cellDates: false }));
    // BIFF notes come with the control characters of their records: drop what no note can show
    for (const sheet of Object.values(book.Sheets)) {
      for (const cell of Object.values(sheet)) {
        for (const note of (cell as { c?: { t?: string }[] }).c ?? []) if (note.t) note.t = xmlCharactersOnly(note.t);
      }
    }
    return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array);
  } catch (error) {
    throw new InputError(inputName, 'out-not-package', { reason: `${why.message}; ${shortReason(error)}` });
  }
}

/** SheetJS prints its doubts (`ODS number format may be incorrect`) to the console: the CLI's stderr keeps to one line. */
function quietly<T>(work: () => T): T {
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    return work();
  } finally {
    Object.assign(console, { error, warn });
  }
}
