/**
 * The fast read of a plain whole figure (`534,200`, `△106,540`) is a hand scan; it
 * must accept exactly what the pattern it replaced accepted, with the same result.
 */
import { plainInteger, plainIntegerStyle, styleOf } from '../../src/engine/number';

const PATTERN = /^([△-]?)(\d{1,3}(?:,\d{3})+|\d+)$/;

function reference(value: number, text: string) {
  if (!Number.isSafeInteger(value) || value === 0) return null;
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [, sign = '', digits = ''] = m;
  const grouped = digits.includes(',');
  const magnitude = Number(grouped ? digits.replace(/,/g, '') : digits);
  if (magnitude !== Math.abs(value) || (sign !== '') !== value < 0) return null;
  return { value, unit: null, decimals: 0, sign: sign === '' ? null : sign, grouped, unitSpaced: false, signSpaced: false };
}

test('agrees with the pattern on generated texts and values', () => {
  let state = 11;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const alphabet = '0123456789,,△-▲ .';
  let accepted = 0;
  for (let i = 0; i < 50_000; i++) {
    const length = 1 + next(12);
    let text = '';
    for (let k = 0; k < length; k++) text += alphabet[next(alphabet.length)];
    const digits = text.replace(/[^0-9]/g, '');
    const magnitude = digits ? Number(digits) : 1;
    const value = next(3) === 0 ? -magnitude : next(5) === 0 ? magnitude + 1 : magnitude;
    const want = reference(value, text);
    const got = plainInteger(value, text);
    expect(got).toEqual(want);
    // The style alone (how tables read their amounts) is the shared style of that figure.
    expect(plainIntegerStyle(value, text)).toBe(got && styleOf(got));
    if (want) accepted++;
  }
  // The generated texts hit both sides: enough are plain figures to mean something.
  expect(accepted).toBeGreaterThan(250);
});

test('well-formed and ill-formed groupings', () => {
  expect(plainInteger(1234567, '1,234,567')?.grouped).toBe(true);
  expect(plainInteger(-106540, '△106,540')?.sign).toBe('△');
  expect(plainInteger(-5, '-5')?.sign).toBe('-');
  expect(plainInteger(12, '0012')?.value).toBe(12);
  for (const text of ['1234,567', '12,34', ',123', '1,,234', '1,', '△', '1,2345', '1 234', '+12']) {
    expect(plainInteger(Number(text.replace(/[^0-9]/g, '')) || 1, text)).toBeNull();
  }
  // Digits past the safe range never match a safe value, however Number() would round them.
  expect(plainInteger(Number.MAX_SAFE_INTEGER, '9007199254740993')).toBeNull();
  expect(plainInteger(Number.MAX_SAFE_INTEGER, '9007199254740991')?.grouped).toBe(false);
});
