/**
 * The proxy machinery shared by every fake client object, mirroring Office.js: calls and property
 * writes are queued; `load` queues a read; values become readable only after `context.sync()`;
 * reading anything not loaded throws `PropertyNotLoaded`.
 */
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { FakeRequestContext } from './request-context';

export type LoadArgument = string | readonly string[] | { readonly [key: string]: unknown } | undefined;

/** Reads a scalar property from the model object a proxy stands for. */
export type ScalarReader<T> = (target: T) => unknown;

function pathsFromObject(option: { readonly [key: string]: unknown }, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(option)) {
    if (key === 'select' || key === 'expand') {
      if (typeof value === 'string') paths.push(...value.split(',').map((p) => prefix + p.trim()));
    } else if (key.startsWith('$')) continue;
    else if (value === true) paths.push(prefix + key);
    else if (value && typeof value === 'object') paths.push(...pathsFromObject(value as { [key: string]: unknown }, `${prefix}${key}/`));
  }
  return paths;
}

export function loadPaths(argument: LoadArgument): string[] | null {
  if (argument === undefined) return null;
  if (typeof argument === 'string')
    return argument
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(argument))
    return (argument as readonly string[])
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
  return pathsFromObject(argument as { readonly [key: string]: unknown });
}

/** What the machinery needs of any proxy, whatever it stands for. */
export interface Loadable {
  readonly path: string;
  loadNow(paths: readonly string[] | null): unknown;
  targetOrNull(): unknown;
}

export abstract class FakeClientObject<T> implements Loadable {
  private resolved = false;
  private resolvedTarget: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly navCache = new Map<string, Loadable>();

  constructor(
    readonly context: FakeRequestContext,
    /** The object path as Office.js would send it (used to size requests). */
    readonly path: string,
    private readonly resolver: () => T | null,
    /** `…OrNullObject` proxies resolve to a null object instead of failing. */
    private readonly orNull = false,
  ) {}

  protected abstract scalars(): Readonly<Record<string, ScalarReader<T>>>;

  /** Navigation properties that `load('nav/prop')` may pass through. */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** The model object; only inside a sync. Fails with ItemNotFound for a missing non-null object. */
  target(): T {
    const target = this.targetOrNull();
    if (target === null) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The requested resource doesn't exist (${this.path}).`);
    return target;
  }

  targetOrNull(): T | null {
    this.context.assertExecuting();
    if (!this.resolved) {
      const target = this.resolver();
      if (target === null && !this.orNull) {
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The requested resource doesn't exist (${this.path}).`);
      }
      this.resolvedTarget = target;
      this.resolved = true;
    }
    return this.resolvedTarget;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw this.notLoaded('isNullObject');
    return this.resolvedTarget === null;
  }

  load(argument?: LoadArgument): this {
    const paths = loadPaths(argument);
    this.context.enqueue({ path: this.path, action: 'load', select: paths ?? '*' }, () => this.loadNow(paths));
    return this;
  }

  /** Performs a load during a sync; returns what the host would send back (for sizing). */
  loadNow(paths: readonly string[] | null): unknown {
    const target = this.targetOrNull();
    if (target === null) return null;
    const data: Record<string, unknown> = {};
    const scalars = this.scalars();
    for (const path of paths ?? Object.keys(scalars)) {
      const [head, ...rest] = path.split('/');
      if (rest.length === 0 && head in scalars) {
        const value = scalars[head](target);
        this.stageLoaded(head, value);
        data[head] = value;
        continue;
      }
      const nav = this.navigation(head);
      if (!nav) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Cannot load '${head}' of ${this.path}.`);
      data[head] = nav.loadNow(rest.length > 0 ? [rest.join('/')] : null);
    }
    return data;
  }

  protected notLoaded(name: string): FakeOfficeError {
    return new FakeOfficeError(
      FakeErrorCode.propertyNotLoaded,
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      this.path,
    );
  }

  /** A loaded property's value, as a getter returns it. */
  protected read(name: string): unknown {
    if (this.resolved && this.resolvedTarget === null) {
      throw new FakeOfficeError(FakeErrorCode.invalidOperation, `${this.path} is a null object; check isNullObject first.`);
    }
    if (!this.loaded.has(name)) throw this.notLoaded(name);
    return this.loaded.get(name);
  }

  /** Queues a property write; a loaded copy is updated once the write is synced. */
  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue(
      { path: this.path, action: 'set', property: name, value },
      () => {
        apply(this.target());
        if (this.loaded.has(name)) this.stageLoaded(name, value);
        return null;
      },
      true,
    );
  }

  /** Queues a method call that returns nothing. */
  protected call(method: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.context.enqueue(
      { path: this.path, action: 'call', method, args },
      () => {
        apply(this.target());
        return null;
      },
      true,
    );
  }

  /** Queues a method call that returns another object (resolved at the sync, like Office.js). */
  protected child<C extends Loadable>(method: string, args: readonly unknown[], make: (path: string) => C): C {
    const argText = args.map((a) => JSON.stringify(a)).join(',');
    const created = make(`${this.path}.${method}(${argText})`);
    this.context.enqueue(
      { path: created.path, action: 'get' },
      () => {
        created.targetOrNull();
        return null;
      },
      method === 'add',
    );
    return created;
  }

  /** A navigation property (no request of its own until something is loaded or set through it). */
  protected nav<C extends Loadable>(name: string, make: (path: string) => C): C {
    let created = this.navCache.get(name) as C | undefined;
    if (!created) {
      created = make(`${this.path}.${name}`);
      this.navCache.set(name, created);
    }
    return created;
  }

  /** Makes a value readable once the running sync succeeds. */
  protected stageLoaded(name: string, value: unknown): void {
    this.context.stage(() => this.loaded.set(name, value));
  }

  /** Requires ExcelApi 1.`minor`: on an older host the call fails at the next sync, as Office.js does. */
  protected requires(minor: number, member: string): void {
    this.context.requireApi(minor, `${this.path}.${member}`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `load('items/name')` (or `load('name')`) loads those properties of every item. */
export abstract class FakeCollection<T, I extends Loadable> extends FakeClientObject<T> {
  protected scalars(): Readonly<Record<string, ScalarReader<T>>> {
    return {};
  }

  protected abstract itemsOf(target: T): I[];

  get items(): I[] {
    return this.read('items') as I[];
  }

  override loadNow(paths: readonly string[] | null): unknown {
    const target = this.target();
    const itemPaths = (paths ?? []).map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p)).filter((p) => p !== 'items' && p !== '');
    const items = this.itemsOf(target);
    const data = items.map((item) => item.loadNow(itemPaths.length > 0 ? itemPaths : null));
    this.stageLoaded('items', items);
    return { items: data };
  }
}
