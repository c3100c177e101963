/**
 * RangeFormat and RangeFill of the fake: fills are recorded per cell, as Excel keeps them.
 *
 * Colours are those the cell shows: a theme colour made lighter reads as the
 * lighter colour with its `tintAndShade` beside it, and setting `tintAndShade`
 * lightens or darkens the colour the cell shows now (so a restore that writes a
 * colour read back and then its tint tints twice). Readings follow the stricter
 * reading of the documentation: a cell with no fill reports no pattern and no
 * tints (null), and with `quirks.nullPatterns` every cell does.
 */
import { cellsOf } from './a1';
import { FakeObject, type FakeContext } from './core';
import { NO_FILL, type FakeFill } from './model';
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

  /** Like Excel: a new colour drops the old tint and makes "no fill" solid. */
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
    this.paint((f) => Object.assign(f, { color: tinted(f.color, v), tintAndShade: v }), v);
  }
  set patternColor(v: string) {
    this.paint(
      (f) => Object.assign(f, { patternColor: v.toUpperCase(), patternTintAndShade: 0 }),
      v,
    );
  }
  set patternTintAndShade(v: number) {
    this.paint(
      (f) => Object.assign(f, { patternColor: tinted(f.patternColor, v), patternTintAndShade: v }),
      v,
    );
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
        value = reading(
          cellAt(sheet, r, c)?.fill ?? NO_FILL,
          this.context.book.quirks.nullPatterns,
        )[name as FillProp];
        seen.add(JSON.stringify(value));
        if (seen.size > 1) return null; // not uniform, as Office reports it
      }
    }
    return value;
  }

  private paint(change: (f: FakeFill) => void, payload?: unknown): void {
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

/** What Excel reports for a fill (see the header): no pattern or tints for "no fill". */
function reading(f: FakeFill, nullPatterns: boolean): Record<FillProp, unknown> {
  const none = f.pattern === 'None';
  return {
    color: f.color,
    pattern: none || nullPatterns ? null : f.pattern,
    tintAndShade: none || nullPatterns ? null : f.tintAndShade,
    patternColor: none ? null : f.patternColor,
    patternTintAndShade: none || nullPatterns ? null : f.patternTintAndShade,
  };
}

/** Lighter towards white (t > 0) or darker towards black (t < 0), as Excel's tint and shade do. */
export function tinted(hex: string, t: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = channels.map((c) => Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t)));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
