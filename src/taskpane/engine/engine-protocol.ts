/** The messages between the pane and its check worker (check-worker.ts ↔ engine-client.ts). */
import type { CheckOptions } from '../../core/check-api';
import type { Workbook } from '../../core/grid/types';
import type { DraftOptions } from '../../core/report/draft-context';
import type { Draft } from '../../core/report/draft-model';
import type { PaneCheckResult } from './check-engine';
import type { ListSlice } from './chunked-transfer';

export type EngineRequest =
  | { readonly id: number; readonly kind: 'check'; readonly workbook: Workbook; readonly options: CheckOptions }
  | { readonly id: number; readonly kind: 'draft'; readonly handle: number; readonly options: DraftOptions };

/**
 * A request's answer: its long lists first, slice by slice (chunked-transfer.ts), then the value
 * without them (or the error).
 */
export type EngineReply =
  | { readonly id: number; readonly slice: ListSlice }
  | { readonly id: number; readonly ok: true; readonly value: PaneCheckResult | Draft }
  | { readonly id: number; readonly ok: false; readonly message: string };
