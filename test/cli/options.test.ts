/** The command line's limits and language options, the locale, and text made safe for a terminal. */
import { parseArgs, parseSize } from '../../src/cli/args';
import { localeLanguage } from '../../src/cli/locale';
import { forTerminal, jsonForTerminal } from '../../src/cli/terminal';
import { DEFAULT_LIMITS, PART_BYTES_CEILING } from '../../src/file/limits';

describe('sizes and limits', () => {
  it.each([
    ['1048576', 1048576],
    ['512M', 512 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['900k', 900 * 1024],
    ['64MiB', 64 * 1024 ** 2],
  ])('%s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', '0', '-1M', '12Q', 'M'])('%p is not a size', (text) => expect(parseSize(text)).toBeNull());

  it('are the defaults unless given, a part never past the package nor past a string', () => {
    const plain = parseArgs(['x.xlsx']);
    expect(plain.kind === 'run' && plain.request.limits).toEqual(DEFAULT_LIMITS);
    const set = parseArgs(['x.xlsx', '--max-unpacked', '64M', '--max-cells=1000', '--max-file', '1G', '--max-memory', '512']);
    expect(set.kind === 'run' && set.request).toMatchObject({
      limits: { unpackedBytes: 64 * 1024 ** 2, partBytes: 64 * 1024 ** 2, sheetCells: 1000, fileBytes: 1024 ** 3 },
      memoryMb: 512,
    });
    const huge = parseArgs(['x.xlsx', '--max-unpacked', '4G', '--max-part', '2G']);
    expect(huge.kind === 'run' && huge.request.limits.partBytes).toBe(PART_BYTES_CEILING);
  });
});

describe('the locale', () => {
  it.each([
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'ko'],
    [{ LANG: 'POSIX' }, 'ko'],
    [{}, 'ko'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }, 'ko'],
    [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }, 'en'],
  ])('%p speaks %s', (env, language) => expect(localeLanguage(env)).toBe(language));
});

describe('text for a terminal', () => {
  it('shows C0 (but line breaks where kept), DEL, C1 and bidi controls, and leaves the rest', () => {
    expect(forTerminal('a\u001b[2Jb\u0007c\u007f\u009b\u202e\u2066 정상 text')).toBe('a\\u{001b}[2Jb\\u{0007}c\\u{007f}\\u{009b}\\u{202e}\\u{2066} 정상 text');
    expect(forTerminal('줄\n바꿈')).toBe('줄\\n바꿈');
    expect(forTerminal('줄\n바꿈', true)).toBe('줄\n바꿈');
  });

  it('escapes in JSON what JSON.stringify leaves raw, and the value is the same', () => {
    const value = { t: 'x\u009b\u202e\u007f\u2028y' };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).toBe('{"t":"x\\u009b\\u202e\\u007f\\u2028y"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
