/** Fake conditional formats: the collection of a range or range areas, and a custom rule's parts. */
import { FakeErrorCode, FakeOfficeError } from './errors';
import { FakeClientObject, FakeCollection, type Loadable, type ScalarReader } from './client-object';
import type { AreasTarget } from './range-objects';
import type { ConditionalFormatModel, SheetModel } from './workbook-model';
import type { FakeRequestContext } from './request-context';

interface FormatTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

/** Changing a conditional format is a format change: it needs an unprotected sheet and fires onChanged. */
function change(context: FakeRequestContext, { sheet, cf }: FormatTarget, apply: () => void) {
  context.model.assertWritable(sheet);
  if (!sheet.conditionalFormats.includes(cf)) throw new FakeOfficeError(FakeErrorCode.itemNotFound, 'The conditional format was deleted.');
  apply();
  for (const area of cf.areas) context.changed(sheet, area);
}

export class FakeConditionalFormatCollection extends FakeCollection<AreasTarget, FakeConditionalFormat> {
  protected itemsOf({ sheet, boxes }: AreasTarget): FakeConditionalFormat[] {
    return this.context.model
      .conditionalFormatsIn(sheet, boxes)
      .map((cf) => new FakeConditionalFormat(this.context, `${this.path}.getItem("${cf.id}")`, () => ({ sheet, cf })));
  }

  add(type: string): FakeConditionalFormat {
    return this.child(
      'add',
      [type],
      (path) =>
        new FakeConditionalFormat(this.context, path, () => {
          const { sheet, boxes } = this.target();
          this.context.model.assertWritable(sheet);
          const cf: ConditionalFormatModel = {
            id: this.context.model.newId('cf'),
            type,
            formula: null,
            fill: null,
            fontColor: null,
            areas: boxes.map((b) => ({ ...b })),
          };
          sheet.conditionalFormats.unshift(cf);
          for (const area of cf.areas) this.context.changed(sheet, area);
          return { sheet, cf };
        }),
    );
  }
}

export class FakeConditionalFormat extends FakeClientObject<FormatTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<FormatTarget>>> {
    return {
      id: ({ cf }) => cf.id,
      type: ({ cf }) => cf.type,
      priority: ({ sheet, cf }) => sheet.conditionalFormats.indexOf(cf),
      stopIfTrue: () => false,
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }

  get id(): string {
    return this.read('id') as string;
  }
  get type(): string {
    return this.read('type') as string;
  }

  get custom(): FakeCustomConditionalFormat {
    return this.nav('custom', (path) => new FakeCustomConditionalFormat(this.context, path, () => this.customTarget(false)));
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.nav('customOrNullObject', (path) => new FakeCustomConditionalFormat(this.context, path, () => this.customTarget(true), true));
  }

  private customTarget(orNull: boolean): FormatTarget | null {
    const target = this.target();
    if (target.cf.type === 'Custom') return target;
    if (orNull) return null;
    throw new FakeOfficeError(FakeErrorCode.invalidOperation, `Conditional format ${target.cf.id} is not a custom rule.`);
  }

  delete(): void {
    this.call('delete', [], (t) => change(this.context, t, () => t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1)));
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FormatTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<FormatTarget>>> {
    return {};
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return undefined;
  }

  get rule(): FakeConditionalRule {
    return this.nav('rule', (path) => new FakeConditionalRule(this.context, path, () => this.target()));
  }

  get format(): FakeConditionalRangeFormat {
    return this.nav('format', (path) => new FakeConditionalRangeFormat(this.context, path, () => this.target()));
  }
}

export class FakeConditionalRule extends FakeClientObject<FormatTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<FormatTarget>>> {
    return { formula: ({ cf }) => cf.formula };
  }

  get formula(): string | null {
    return this.read('formula') as string | null;
  }
  set formula(value: string | null) {
    this.write('formula', value, (t) => change(this.context, t, () => (t.cf.formula = value)));
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<FormatTarget> {
  protected scalars(): Readonly<Record<string, ScalarReader<FormatTarget>>> {
    return {};
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  get fill(): FakeConditionalColor {
    return this.nav('fill', (path) => new FakeConditionalColor(this.context, path, () => this.target(), 'fill'));
  }

  get font(): FakeConditionalColor {
    return this.nav('font', (path) => new FakeConditionalColor(this.context, path, () => this.target(), 'fontColor'));
  }
}

/** The fill or font colour a conditional format applies. */
export class FakeConditionalColor extends FakeClientObject<FormatTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => FormatTarget | null,
    private readonly field: 'fill' | 'fontColor',
  ) {
    super(context, path, resolver);
  }

  protected scalars(): Readonly<Record<string, ScalarReader<FormatTarget>>> {
    return { color: ({ cf }) => cf[this.field] };
  }

  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.write('color', value, (t) => change(this.context, t, () => (t.cf[this.field] = value)));
  }
}
