/** Fake workbook, application, runtime and document settings. */
import { FakeClientObject, FakeCollection, type Loadable, type ScalarReader } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { FakeWorksheetCollection } from './sheet-objects';
import { DAYS_1900_TO_1904, type WorkbookModel } from './workbook-model';

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<WorkbookModel>>> {
    return {
      name: (model) => {
        if (!model.supports(7)) throw new FakeOfficeError(FakeErrorCode.apiNotFound, 'workbook.name needs ExcelApi 1.7.');
        return model.name;
      },
    };
  }

  get name(): string {
    return this.read('name') as string;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'settings') return this.settings;
    return undefined;
  }

  get worksheets(): FakeWorksheetCollection {
    return this.nav('worksheets', (path) => new FakeWorksheetCollection(this.context, path, () => this.target()));
  }

  get settings(): FakeSettingCollection {
    this.requires(4, 'settings');
    return this.nav('settings', (path) => new FakeSettingCollection(this.context, path, () => this.target()));
  }

  get application(): FakeApplication {
    return this.context.application;
  }

  get functions(): FakeFunctions {
    return this.nav('functions', (path) => new FakeFunctions(this.context, path, () => this.target()));
  }
}

/** `workbook.functions` (ExcelApi 1.2): only DATE, which the adapter asks to learn the date system. */
export class FakeFunctions extends FakeClientObject<WorkbookModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<WorkbookModel>>> {
    return {};
  }

  date(year: number, month: number, day: number): FakeFunctionResult {
    this.requires(2, 'functions');
    return this.child('date', [year, month, day], (path) => new FakeFunctionResult(this.context, path, () => ({ model: this.target(), year, month, day })));
  }
}

interface DateCall {
  readonly model: WorkbookModel;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What DATE returns: the serial number in the workbook's date system. */
export class FakeFunctionResult extends FakeClientObject<DateCall> {
  protected scalars(): Readonly<Record<string, ScalarReader<DateCall>>> {
    return {
      value: ({ model, year, month, day }) => Date.UTC(year, month - 1, day) / 86_400_000 + 25_569 - (model.date1904 ? DAYS_1900_TO_1904 : 0),
      error: () => null,
    };
  }

  get value(): number {
    return this.read('value') as number;
  }
}

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<WorkbookModel>>> {
    return {};
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.requires(9, 'suspendScreenUpdatingUntilNextSync');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => this.context.host.calls.push({ kind: 'suspendScreenUpdating' }));
  }
}

export class FakeRuntime extends FakeClientObject<WorkbookModel> {
  protected scalars(): Readonly<Record<string, ScalarReader<WorkbookModel>>> {
    return {
      enableEvents: (model) => {
        if (!model.supports(8)) throw new FakeOfficeError(FakeErrorCode.apiNotFound, 'runtime.enableEvents needs ExcelApi 1.8.');
        return model.enableEvents;
      },
    };
  }

  get enableEvents(): boolean {
    return this.read('enableEvents') as boolean;
  }
  set enableEvents(value: boolean) {
    this.requires(8, 'enableEvents');
    this.write('enableEvents', value, (model) => (model.enableEvents = value));
  }
}

interface SettingTarget {
  readonly model: WorkbookModel;
  readonly key: string;
}

export class FakeSettingCollection extends FakeCollection<WorkbookModel, FakeSetting> {
  protected itemsOf(model: WorkbookModel): FakeSetting[] {
    return [...model.settings.keys()].map((key) => new FakeSetting(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => ({ model, key })));
  }

  /** Adds or replaces a setting; the value is kept as JSON, as Office stores it. */
  add(key: string, value: unknown): FakeSetting {
    return this.child(
      'add',
      [key, value],
      (path) =>
        new FakeSetting(this.context, path, () => {
          const model = this.target();
          model.settings.set(key, JSON.stringify(value));
          return { model, key };
        }),
    );
  }

  getItem(key: string): FakeSetting {
    return this.child('getItem', [key], (path) => new FakeSetting(this.context, path, () => this.settingAt(key)));
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.child('getItemOrNullObject', [key], (path) => new FakeSetting(this.context, path, () => this.settingAt(key), true));
  }

  private settingAt(key: string): SettingTarget | null {
    const model = this.target();
    return model.settings.has(key) ? { model, key } : null;
  }
}

export class FakeSetting extends FakeClientObject<SettingTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<SettingTarget>>> {
    return {
      key: ({ key }) => key,
      value: ({ model, key }) => {
        const json = model.settings.get(key);
        if (json === undefined) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No setting ${key}.`);
        return JSON.parse(json) as unknown;
      },
    };
  }

  get key(): string {
    return this.read('key') as string;
  }

  get value(): unknown {
    return this.read('value');
  }
  set value(value: unknown) {
    this.write('value', value, ({ model, key }) => model.settings.set(key, JSON.stringify(value)));
  }

  delete(): void {
    this.call('delete', [], ({ model, key }) => model.settings.delete(key));
  }
}
