/** FieldSpecs from the synonym lists recognize/ reads the seed's kinds with (one list, two uses). */
import type { FieldSpec, FieldType } from '../kind';

export function fieldSpecs(
  synonyms: Readonly<Record<string, readonly string[]>>,
  typeOf: (field: string) => FieldType,
  required: readonly string[] = [],
  missingIsZero: readonly string[] = [],
): FieldSpec[] {
  return Object.entries(synonyms).map(([name, words]) => ({
    name,
    synonyms: words,
    type: typeOf(name),
    ...(required.includes(name) ? { required: true } : {}),
    ...(missingIsZero.includes(name) ? { missingIsZero: true } : {}),
  }));
}
