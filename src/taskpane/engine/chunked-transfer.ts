/**
 * A big reply sent from the check worker in pieces. One message holding 10,000 findings or 20,000
 * draft paragraphs is unpacked (structured clone) in one task on the pane's thread: a 250–500 ms
 * freeze. Sent as a shell with its long lists emptied plus the lists in slices, each message is
 * unpacked in its own short task, and the pane can draw frames in between.
 */

/** Where a long list sits in the value: property names and array indexes from the top. */
export type ListPath = readonly (string | number)[];

/** A slice of the list at `path`; slices of one list arrive in order. */
export interface ListSlice {
  readonly path: ListPath;
  readonly items: readonly unknown[];
}

/** Items per slice: unpacking this many findings or paragraphs takes a few milliseconds. */
export const ITEMS_PER_SLICE = 1000;

type Container = Record<string | number, unknown>;

function parentOf(value: unknown, path: ListPath): Container {
  return path.slice(0, -1).reduce<Container>((at, key) => at[key] as Container, value as Container);
}

/**
 * `value` without its lists at `paths` (a copy of only the objects on those paths; the rest is shared),
 * and those lists in slices of `perSlice` items. A path that holds no array is left in the shell.
 */
export function splitForTransfer<T>(value: T, paths: readonly ListPath[], perSlice = ITEMS_PER_SLICE): { shell: T; slices: ListSlice[] } {
  const shell = copyAlong(value, paths);
  const slices: ListSlice[] = [];
  for (const path of paths) {
    const parent = parentOf(shell, path);
    const list = parent[path[path.length - 1]];
    if (!Array.isArray(list)) continue;
    parent[path[path.length - 1]] = [];
    for (let start = 0; start < list.length; start += perSlice) slices.push({ path, items: list.slice(start, start + perSlice) });
  }
  return { shell, slices };
}

/** The value `splitForTransfer` split, put together again from its shell and slices. */
export function joinTransferred<T>(shell: T, slices: readonly ListSlice[]): T {
  for (const { path, items } of slices) {
    const list = parentOf(shell, path)[path[path.length - 1]];
    if (Array.isArray(list)) for (const item of items) list.push(item);
  }
  return shell;
}

/** A shallow copy of every object and array on the way to each path, so emptying a list leaves `value` alone. */
function copyAlong<T>(value: T, paths: readonly ListPath[]): T {
  const copy = shallowCopy(value);
  const byFirstKey = new Map<string | number, ListPath[]>();
  for (const path of paths) {
    if (path.length < 2) continue;
    byFirstKey.set(path[0], [...(byFirstKey.get(path[0]) ?? []), path.slice(1)]);
  }
  for (const [key, rest] of byFirstKey) {
    const child = (copy as Container)[key];
    if (child !== null && typeof child === 'object') (copy as Container)[key] = copyAlong(child, rest);
  }
  return copy;
}

function shallowCopy<T>(value: T): T {
  if (Array.isArray(value)) return [...value] as T;
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}
