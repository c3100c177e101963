/** Verification options: an immutable object passed in, never global state. */

export type Language = 'ko' | 'en';

/**
 * `any`: a stated amount agrees with its formula when it is within one unit of the
 * exact value, whichever way the document rounded (documents mix truncation,
 * half-up and up). `table`: each line must round the way its table prevails.
 * `down` / `half-up` / `up`: every line must round that way.
 */
export type RoundingPolicy = 'any' | 'table' | 'down' | 'half-up' | 'up';

export interface VerifyOptions {
  readonly language: Language;
  readonly rounding: RoundingPolicy;
}

export const DEFAULT_OPTIONS: VerifyOptions = Object.freeze({
  language: 'ko',
  rounding: 'any',
});

export function makeOptions(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return Object.freeze({ ...DEFAULT_OPTIONS, ...overrides });
}
