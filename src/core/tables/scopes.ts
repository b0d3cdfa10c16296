/**
 * The rulebook's scopes, read from the kind registry: where a bureau's formula is checked and the
 * field names it may use — a kind's money and count fields, as its file declares them. The seed's
 * kinds name their scopes (`project-row`, `summary`, `unit-info`); an official kind is a scope under
 * its own id, one place per table, unless it says its figures are not table-wide. A new kind's
 * fields are thus usable in a rulebook without touching src/core/rulebook/.
 */
import type { LocalizedText } from '../findings/finding-types';
import type { TableKind } from './kind';
import { TABLE_KINDS } from '.';

export type ScopeFieldType = 'money' | 'count';

export interface FormulaScopeInfo {
  /** What a rulebook writes as `scope`. */
  readonly id: string;
  /** The kind whose tables hold the places. */
  readonly kind: string;
  readonly name: LocalizedText;
  /** The field names a formula may use, in the kind's order. */
  readonly fields: readonly string[];
  readonly types: ReadonlyMap<string, ScopeFieldType>;
  /** Fields a workbook may lack: they count as 0. */
  readonly optional: ReadonlySet<string>;
}

function scopeOf(kind: TableKind): FormulaScopeInfo | null {
  if (kind.rulebookScope === false || (kind.rulebookScope === undefined && !kind.recognize)) return null;
  const { id, name } = kind.rulebookScope ?? { id: kind.id, name: kind.name };
  const fields = kind.fields.filter((field) => field.type === 'money' || field.type === 'count');
  return {
    id,
    kind: kind.id,
    name,
    fields: fields.map((field) => field.name),
    types: new Map(fields.map((field) => [field.name, field.type as ScopeFieldType])),
    optional: new Set(fields.filter((field) => field.missingIsZero).map((field) => field.name)),
  };
}

let scopes: readonly FormulaScopeInfo[] | null = null;

/**
 * Every scope: the seed's named ones first, then the official kinds in registry order (computed on
 * first use, so importing this module never reads a registry still being built).
 */
export function formulaScopes(): readonly FormulaScopeInfo[] {
  const named = TABLE_KINDS.filter((kind) => kind.rulebookScope);
  const others = TABLE_KINDS.filter((kind) => !kind.rulebookScope);
  scopes ??= [...named, ...others].flatMap((kind) => scopeOf(kind) ?? []);
  return scopes;
}

export function formulaScope(id: string): FormulaScopeInfo | undefined {
  return formulaScopes().find((scope) => scope.id === id);
}

/** The scope a kind's tables are the places of, if any. */
export function scopeOfKind(kind: string): FormulaScopeInfo | undefined {
  return formulaScopes().find((scope) => scope.kind === kind);
}

/** A field of `kind` a workbook may lack, counted as 0 by formulas. */
export function countsAsZero(kind: string, field: string): boolean {
  return scopeOfKind(kind)?.optional.has(field) ?? false;
}

/** Fields a formula names that the scope does not know. */
export function unknownFields(scope: FormulaScopeInfo, fields: readonly string[]): string[] {
  return fields.filter((field) => !scope.types.has(field));
}

/** A formula whose fields are all head counts is compared in persons, exactly; any other in money. */
export function countsOnly(scope: FormulaScopeInfo, fields: readonly string[]): boolean {
  return fields.length > 0 && fields.every((field) => scope.types.get(field) === 'count');
}

/** A formula that adds head counts to amounts cannot mean anything. */
export function mixesCountsAndMoney(scope: FormulaScopeInfo, fields: readonly string[]): boolean {
  const types = new Set(fields.map((field) => scope.types.get(field)));
  return types.has('count') && types.has('money');
}
