/** One table of `npm run bench`. Add a section by writing one of these and listing it in run.ts. */
export type BenchCell = string | number;

export interface BenchSection {
  readonly title: string;
  /** What was measured and how, printed under the title. */
  readonly note?: string;
  readonly columns: readonly string[];
  /** Measures and returns the table's rows. No assertions: figures are read by people. */
  run(): Promise<readonly (readonly BenchCell[])[]>;
}
