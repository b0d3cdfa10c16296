/**
 * How the adapter reaches Excel: `Excel.run` and the requirement-set check. Both are injectable so
 * tests (and the browser test's fake host) can stand in for Office.
 */

export type ExcelRun = typeof Excel.run;
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface ExcelHost {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** The real host, looked up at call time (Office may finish loading after the gateway is built). */
export function officeHost(): ExcelHost {
  const run = ((...args: unknown[]) => (Excel.run as unknown as (...a: unknown[]) => Promise<unknown>)(...args)) as unknown as ExcelRun;
  const isSetSupported: IsSetSupported = (name, minVersion) => {
    // Outside an Office host (a plain browser) there are no requirement sets to ask about.
    const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
    return requirements ? requirements.isSetSupported(name, minVersion) : false;
  };
  return { run, isSetSupported };
}

/**
 * The manifest requires ExcelApi 1.6 (custom conditional formats, used ranges, settings, protection).
 * Everything newer is optional and checked at run time, with a fallback.
 */
export interface Capabilities {
  /** Worksheet change events (1.7): live re-check. */
  readonly changeEvents: boolean;
  /** `workbook.name` (1.7): the file name in messages. */
  readonly workbookName: boolean;
  /** `context.runtime.enableEvents` (1.8): silence our own writes. */
  readonly enableEvents: boolean;
  /** `worksheet.getRanges` (1.9): one conditional format over many row blocks. */
  readonly rangeAreas: boolean;
  /** `application.suspendScreenUpdatingUntilNextSync` (1.9). */
  readonly suspendScreenUpdating: boolean;
  /** `range.getMergedAreasOrNullObject` (1.13). */
  readonly mergedAreas: boolean;
  /** Cell notes (1.18): the explanation next to a highlighted cell. */
  readonly notes: boolean;
}

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const excel = (minor: number) => isSetSupported('ExcelApi', `1.${minor}`);
  return {
    changeEvents: excel(7),
    workbookName: excel(7),
    enableEvents: excel(8),
    rangeAreas: excel(9),
    suspendScreenUpdating: excel(9),
    mergedAreas: excel(13),
    notes: excel(18),
  };
}

/** Office.js error codes the adapter reacts to. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Excel on the web refuses requests or responses over 5 MB with these codes. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
