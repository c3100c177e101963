/** RangeFormat and RangeFill of the fake: fills are recorded per cell, as Excel keeps them. */
import { cellsOf } from './a1';
import { FakeObject, type FakeContext } from './core';
import { NO_FILL, type FakeCell } from './model';
import { assertWritable, cellAt, ensureCell, type Target } from './range';

export class FakeRangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Target,
  ) {}

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, this.resolve);
  }
}

const FILL_PROPS = [
  'color',
  'pattern',
  'tintAndShade',
  'patternColor',
  'patternTintAndShade',
] as const;
type FillProp = (typeof FILL_PROPS)[number];

export class FakeRangeFill extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly resolve: () => Target,
  ) {
    super(context);
  }

  get color(): string {
    return this.get('color');
  }
  get pattern(): string {
    return this.get('pattern');
  }
  get tintAndShade(): number {
    return this.get('tintAndShade');
  }
  get patternColor(): string {
    return this.get('patternColor');
  }
  get patternTintAndShade(): number {
    return this.get('patternTintAndShade');
  }

  /** Like Excel: a new colour drops the old theme tint and makes "no fill" solid. */
  set color(v: string) {
    this.paint(
      (f) =>
        Object.assign(f, {
          color: v.toUpperCase(),
          tintAndShade: 0,
          pattern: f.pattern === 'None' ? 'Solid' : f.pattern,
        }),
      v,
    );
  }
  set pattern(v: string) {
    this.paint((f) => Object.assign(f, { pattern: v }), v);
  }
  set tintAndShade(v: number) {
    this.paint((f) => Object.assign(f, { tintAndShade: v }), v);
  }
  set patternColor(v: string) {
    this.paint(
      (f) => Object.assign(f, { patternColor: v.toUpperCase(), patternTintAndShade: 0 }),
      v,
    );
  }
  set patternTintAndShade(v: number) {
    this.paint((f) => Object.assign(f, { patternTintAndShade: v }), v);
  }

  clear(): void {
    this.paint((f) => Object.assign(f, NO_FILL));
  }

  protected read(name: string): unknown {
    if (!(FILL_PROPS as readonly string[]).includes(name))
      throw new Error(`fake: RangeFill.${name} is not modelled`);
    const { sheet, areas } = this.resolve();
    const seen = new Set<string>();
    let value: unknown = null;
    for (const a of areas) {
      for (const [r, c] of cellsOf(a)) {
        value = (cellAt(sheet, r, c)?.fill ?? NO_FILL)[name as FillProp];
        seen.add(JSON.stringify(value));
        if (seen.size > 1) return null; // not uniform, as Office reports it
      }
    }
    return value;
  }

  private paint(change: (f: FakeCell['fill']) => void, payload?: unknown): void {
    this.context.enqueue(
      'write',
      () => {
        const { sheet, areas } = this.resolve();
        assertWritable(this.context, sheet);
        for (const a of areas)
          for (const [r, c] of cellsOf(a)) change(ensureCell(sheet, r, c).fill);
      },
      payload ?? null,
    );
  }
}
