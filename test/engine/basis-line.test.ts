import {
  evaluateFormula,
  explainFormula,
  parseBasisLine,
  type BasisLine,
} from '../../src/engine/basis/line';
import { rat, type Rational } from '../../src/engine/rational';

function won(line: BasisLine): Rational | null {
  return line.formula && evaluateFormula(line.formula);
}

function amountText(line: BasisLine): string | null {
  return line.amount && line.text.slice(line.amount.start, line.amount.end);
}

/**
 * The 산출근거 block of seed/seoul-sns-budget-2021.txt, cells after the 과목구분 column:
 * [label and formula, "=", amount], joined the three ways a sheet may hold them.
 */
const SEED: readonly (readonly [string, string | null, number | null, string, string])[] = [
  // [cell text, formula text, value in 원, label, amount]
  ['○ 시 대표 SNS 운영', null, null, '시 대표 SNS 운영', '280,000천원'],
  [
    '- 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기',
    '1,000,000원*15건*4분기',
    60000000,
    '지정콘텐츠 SNS 광고',
    '60,000천원',
  ],
  [
    '- 시민참여 캠페인 추진 30,000,000원*3회',
    '30,000,000원*3회',
    90000000,
    '시민참여 캠페인 추진',
    '90,000천원',
  ],
  [
    '- SNS 콘텐츠 제작 및 배포 2,000,000원*65건',
    '2,000,000원*65건',
    130000000,
    'SNS 콘텐츠 제작 및 배포',
    '130,000천원',
  ],
  [
    '○ 시 대표 블로그 콘텐츠 기획 및 운영',
    null,
    null,
    '시 대표 블로그 콘텐츠 기획 및 운영',
    '120,000천원',
  ],
  [
    '- 블로그 운영 및 관리 180,000원*450건',
    '180,000원*450건',
    81000000,
    '블로그 운영 및 관리',
    '81,000천원',
  ],
  [
    '- 인포그래픽 등 디지털 콘텐츠 제작 1,500,000원*12회',
    '1,500,000원*12회',
    18000000,
    '인포그래픽 등 디지털 콘텐츠 제작',
    '18,000천원',
  ],
  [
    '- 디지털 취재 이미지 데이터베이스 확보 400,000원*48건',
    '400,000원*48건',
    19200000,
    '디지털 취재 이미지 데이터베이스 확보',
    '19,200천원',
  ],
  [
    '- 심사위원회 개최 및 기타 운영비 1,800,000원',
    '1,800,000원',
    1800000,
    '심사위원회 개최 및 기타 운영비',
    '1,800천원',
  ],
  [
    '○ 시 대표 카카오 lboon 및 브런치 등 운영',
    null,
    null,
    '시 대표 카카오 lboon 및 브런치 등 운영',
    '24,960천원',
  ],
  [
    '- 카카오 lboon 콘텐츠 제작 240,000원*주1회*52주',
    '240,000원*주1회*52주',
    12480000,
    '카카오 lboon 콘텐츠 제작',
    '12,480천원',
  ],
  [
    '- 브런치용 콘텐츠 제작 240,000원*주1회*52주',
    '240,000원*주1회*52주',
    12480000,
    '브런치용 콘텐츠 제작',
    '12,480천원',
  ],
  [
    '○ 소셜미디어를 통한 시민과의 소통 활성화 2,700,000원',
    '2,700,000원',
    2700000,
    '소셜미디어를 통한 시민과의 소통 활성화',
    '2,700천원',
  ],
];

describe('the seed document', () => {
  it.each(SEED)('%s', (cell, formula, value, label, amount) => {
    for (const text of [cell, `${cell}\t=\t${amount}`, `${cell} = ${amount}`]) {
      const line = parseBasisLine(text);
      expect(line.label).toBe(label);
      expect(line.formula?.text ?? null).toBe(formula);
      expect(won(line)).toEqual(value === null ? null : rat(value));
      expect(line.unreadable).toBeNull();
      expect(line.kind).toBe('item');
      expect(line.level).toBe(cell.startsWith('○') ? 1 : 2);
      if (text !== cell) expect(amountText(line)).toBe(amount);
      else expect(line.amount).toBeNull();
    }
  });

  it('reads the header and category cells as labels', () => {
    for (const text of ['과목구분', '2021년 예산내역', '사무관리비', '시책추진업무추진비', '=']) {
      const line = parseBasisLine(text);
      expect(line.formula).toBeNull();
      expect(line.unreadable).toBeNull();
    }
  });

  it('reads 1boon as label, 주1회 as the factor 1', () => {
    const line = parseBasisLine('- 카카오 1boon 콘텐츠 제작 240,000원*주1회*52주 = 12,480천원');
    expect(line.label).toBe('카카오 1boon 콘텐츠 제작');
    expect(explainFormula(line.formula!)).toBe('240,000원 × 주1회 × 52주 = 12,480,000원');
  });
});

describe('DESIGN §2 examples', () => {
  it.each([
    [
      '○ 의원회기수당 70,000 X 11인 X 80일',
      '의원회기수당',
      61600000,
      '70,000 × 11인 × 80일 = 61,600,000원',
    ],
    [
      '○ 기말수당 264,663,000원 X 4/12월 X 50%',
      '기말수당',
      44110500,
      '264,663,000원 × 4 ÷ 12월 × 50% = 44,110,500원',
    ],
    [
      '○ 일반운영비 △740천원×7명×6/12개월',
      '일반운영비',
      -2590000,
      '△740천원 × 7명 × 6 ÷ 12개월 = △2,590,000원',
    ],
    [
      '○ 가족수당 (86,666원×8명×12월) - 8,680,000원',
      '가족수당',
      -360064,
      '(86,666원 × 8명 × 12월) − 8,680,000원 = △360,064원',
    ],
    [
      '  - 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 = 60,000천원',
      '지정콘텐츠 SNS 광고',
      60000000,
      '1,000,000원 × 15건 × 4분기 = 60,000,000원',
    ],
  ] as const)('%s', (text, label, value, explain) => {
    const line = parseBasisLine(text);
    expect(line.label).toBe(label);
    expect(won(line)).toEqual(rat(value));
    expect(explainFormula(line.formula!)).toBe(explain);
    expect(line.formula!.value).toEqual(rat(value));
  });

  it('knows which factors carry money', () => {
    expect(parseBasisLine('○ 의원회기수당 70,000 X 11인 X 80일').formula?.hasMoney).toBe(false);
    expect(parseBasisLine('○ 기말수당 264,663,000원 X 4/12월 X 50%').formula?.hasMoney).toBe(true);
  });

  it('states the amount in its own unit', () => {
    const line = parseBasisLine('○ 기말수당 264,663,000원 X 4/12월 X 50% = 44,111,000원');
    expect(line.amount?.figure.unit).toBe('원');
    expect(amountText(line)).toBe('44,111,000원');
    const neg = parseBasisLine('○ 일반운영비 △740천원×7명×6/12개월 = △2,590');
    expect(neg.amount?.figure.value).toEqual(rat(-2590));
    expect(amountText(neg)).toBe('△2,590');
  });
});

describe('markers', () => {
  it.each([
    ['○ a', '○', 1, 'item'],
    ['◦ a', '◦', 1, 'item'],
    ['ㅇ a', 'ㅇ', 1, 'item'],
    ['- a', '-', 2, 'item'],
    ['─ a', '─', 2, 'item'],
    ['– a', '–', 2, 'item'],
    ['― a', '―', 2, 'item'],
    ['· a', '·', 3, 'item'],
    ['ㆍ a', 'ㆍ', 3, 'item'],
    ['• a', '•', 3, 'item'],
    ['※ a', '※', null, 'note'],
    ['□ a', '□', null, 'heading'],
    ['a', null, null, 'item'],
  ] as const)('%s', (text, marker, level, kind) => {
    const line = parseBasisLine(text);
    expect([line.marker, line.level, line.kind, line.label]).toEqual([marker, level, kind, 'a']);
  });

  it('does not take a Hangul ㅇ glued to a word for a marker', () => {
    expect(parseBasisLine('ㅇㅇ사업').marker).toBeNull();
  });

  it('gives a note no formula and no amount', () => {
    const line = parseBasisLine('※ 1인당 10,000원*12월 = 120,000원');
    expect([line.kind, line.formula, line.amount, line.unreadable]).toEqual([
      'note',
      null,
      null,
      null,
    ]);
  });
});

describe('labels that hold digits', () => {
  it.each([
    ['○ 3.1절 행사 1,000,000원*3회', '3.1절 행사', '1,000,000원*3회', 3000000],
    ['- 2022 이용안내 제작 500원x1,000부', '2022 이용안내 제작', '500원x1,000부', 500000],
    ['- 4급(30호봉) 3,000,000원 x 12월', '4급(30호봉)', '3,000,000원 x 12월', 36000000],
    [
      '- 21영암포럼 자료집 제작(포럼집 외 3종) 1,000,000원*3회',
      '21영암포럼 자료집 제작(포럼집 외 3종)',
      '1,000,000원*3회',
      3000000,
    ],
    ['- 자료집 외 3종 1,000,000원*3회', '자료집 외 3종', '1,000,000원*3회', 3000000],
    ['- 카카오 1boon 콘텐츠 제작 1,000원*2건', '카카오 1boon 콘텐츠 제작', '1,000원*2건', 2000],
    ['- 코로나19 - 방역 1,000원*3', '코로나19 - 방역', '1,000원*3', 3000],
    ['- 1단계 - 1,000원*3', '1단계 -', '1,000원*3', 3000],
    ['- 1,000명 대상 교육 1,000원*3', '1,000명 대상 교육', '1,000원*3', 3000],
    ['- 운영비1,000원*3', '운영비', '1,000원*3', 3000],
  ] as const)('%s', (text, label, formula, value) => {
    const line = parseBasisLine(text);
    expect(line.label).toBe(label);
    expect(line.formula?.text).toBe(formula);
    expect(won(line)).toEqual(rat(value));
    expect(line.formula && text.slice(line.formula.start, line.formula.end)).toBe(formula);
  });

  it('leaves a trailing count in the label', () => {
    const line = parseBasisLine('- 행사 2회');
    expect([line.label, line.formula, line.unreadable]).toEqual(['행사 2회', null, null]);
  });

  it('keeps a counter word at the start of the formula in the label', () => {
    const line = parseBasisLine('- 월 15,000건 x 10원 x 12월');
    expect(line.label).toBe('월');
    expect(won(line)).toEqual(rat(1800000));
  });
});

describe('factors and operators', () => {
  it.each([
    ['- 보수 1,000,000원x1.045', 1045000],
    ['- 보수 1,000,000원 x1.045', 1045000],
    ['- 수당 70,000X11인X80일', 61600000],
    ['- 수당 70,000 ＊ 11인 ＊ 80일', 61600000],
    ['- 수당 2천원 × 3', 6000],
    ['- 수당 2 천원 × 3', 6000],
    ['- 수당 1백만원 × 3', 3000000],
    ['- 수당 2만원 × 3', 60000],
    ['- 수당 1억원 × 30/100', 30000000],
    ['- 수당 1,000원 ÷ 4', 250],
    ['- 유류비 1,500원 × 60ℓ × 12월', 1080000],
    ['- 교육 20,000원 × 월 15,000건 × 연 2회', 600000000],
    ['- 점검 50,000원 × 주1회 × 52주', 2600000],
    ['- [1,000원 + 2,000원] × 3회', 9000],
    ['- (1,000원 + [2,000원 − 500원]) × 2', 5000],
    ['- 인건비 경정 50,000천원 - 기정 40,000천원', 10000000],
    ['- 인건비 경정 (1,000원×3) - 기정 (1,000원×2)', 1000],
    ['- 교육 20,000원/인 × 10인 × 2회(상·하반기)', 400000],
    ['- 단가 조정 △740천원 × 7명', -5180000],
    ['- 차감 10,000원 × -3', -30000],
    ['- 반환 ▲ 1,000원 × 3', -3000],
    ['- 부가세 1,000원 × 10%', 100],
    ['- 분할 1,000원 / 3', null], // one third of a 원: exact, shown with three decimals
  ] as const)('%s', (text, value) => {
    const line = parseBasisLine(text);
    expect(line.unreadable).toBeNull();
    expect(won(line)).toEqual(value === null ? rat(1000, 3) : rat(value));
  });

  it('shows a non-integer result with up to three decimals', () => {
    expect(explainFormula(parseBasisLine('- 분할 1,000원 / 3').formula!)).toBe(
      '1,000원 ÷ 3 = 333.333원',
    );
    expect(explainFormula(parseBasisLine('- 보수 1,000원 x 1.0455').formula!)).toBe(
      '1,000원 × 1.0455 = 1,045.5원',
    );
  });

  it('takes numbers exactly as written: grouped, decimal, with a power of ten, longer than a double holds', () => {
    const decimal = parseBasisLine('- 이자 1,234,567.125원 × 1.50e3').formula!;
    expect(decimal.value).toEqual(rat('1851850687.5'));
    expect(explainFormula(decimal)).toBe('1,234,567.125원 × 1.50e3 = 1,851,850,687.5원');
    const long = parseBasisLine('- 단가 1234567.891234567원 × 0.00000000000000000123').formula!;
    expect(long.value).toEqual(rat('0.00000000000151851850621851741'));
    expect(explainFormula(long)).toBe('1,234,567.891234567원 × 0.00000000000000000123 = 0원');
  });

  it('explains difference words and brackets in the document terms', () => {
    expect(
      explainFormula(parseBasisLine('- 인건비 경정 50,000천원 - 기정 40,000천원').formula!),
    ).toBe('경정 50,000천원 − 기정 40,000천원 = 10,000,000원');
    expect(explainFormula(parseBasisLine('- [1,000원 + 2,000원] × 3회').formula!)).toBe(
      '[1,000원 + 2,000원] × 3회 = 9,000원',
    );
    expect(explainFormula(parseBasisLine('- 교육 월 15,000건 × 주 2회 × 70000').formula!)).toBe(
      '15,000건 × 주 2회 × 70,000 = 2,100,000,000원',
    );
  });

  it('takes a single money factor as a formula', () => {
    const line = parseBasisLine('- 심사위원회 개최 및 기타 운영비 1,800,000원');
    expect(line.formula?.text).toBe('1,800,000원');
    expect(line.formula?.hasMoney).toBe(true);
  });
});

describe('amounts', () => {
  it('reads a line with only an amount', () => {
    const line = parseBasisLine('○ 시 대표 SNS 운영 = 280,000천원');
    expect([line.label, line.formula, line.unreadable]).toEqual(['시 대표 SNS 운영', null, null]);
    expect(line.amount?.figure.unit).toBe('천원');
    expect(line.amount?.figure.value).toEqual(rat(280000));
  });

  it('leaves a total-only line alone', () => {
    const line = parseBasisLine('○ 부서운영 총액계상');
    expect([line.label, line.formula, line.amount, line.unreadable]).toEqual([
      '부서운영 총액계상',
      null,
      null,
      null,
    ]);
  });

  it('gives the amount offsets in the original text', () => {
    const text = '  - 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 =   61,000 천원';
    const line = parseBasisLine(text);
    expect(amountText(line)).toBe('61,000 천원');
    expect(line.amount?.figure.unitSpaced).toBe(true);
  });

  it('accepts a remark after the amount and a dash for nothing', () => {
    expect(amountText(parseBasisLine('- 신규 1,000원*3 = 3천원 (신규)'))).toBe('3천원');
    const dash = parseBasisLine('- 항목 1,000원*3 = -');
    expect([dash.amount, dash.unreadable, dash.formula?.text]).toEqual([null, null, '1,000원*3']);
  });

  it('reads label = formula = amount', () => {
    const line = parseBasisLine('○ 인건비 = 1,000원 × 12월 = 12천원');
    expect(line.label).toBe('인건비');
    expect(line.formula?.text).toBe('1,000원 × 12월');
    expect(amountText(line)).toBe('12천원');
  });

  it('reads an intermediate result between two "="', () => {
    const line = parseBasisLine('- 수당 1,000원 × 12월 = 12,000원 = 12천원');
    expect(line.formula?.text).toBe('1,000원 × 12월');
    expect(amountText(line)).toBe('12천원');
  });
});

describe('funding labels', () => {
  it.each(['국비', '도비', '시비', '사비', '구비', '군비', '기타'])('(%s)', (f) => {
    const line = parseBasisLine(`- (${f}) 1,000,000원*3회 = 3,000천원`);
    expect(line.funding).toBe(f);
    expect(line.label).toBe(`(${f})`);
    expect(won(line)).toEqual(rat(3000000));
  });

  it('is null for other labels', () => {
    expect(parseBasisLine('- (포럼) 1,000원*3').funding).toBeNull();
  });
});

describe('unreadable lines', () => {
  it.each([
    ['- 광고 1,000,000원*15건* = 60,000천원', /dangling/],
    ['- 광고 1,000,000원*15건 x', /dangling/],
    ['- 광고 1,000,000원*15건 +', /dangling/],
    ['- 광고 (1,000,000원*15건 = 15,000천원', /bracket/],
    ['- 광고 1,000,000원*#REF!', /could not be read/],
    ['- 광고 1,000,000원 * 약간 * 3회', /could not be read|operator/],
    ['- 광고 1,000원/0', /division by zero/],
    ['- 광고 1,000원*3 = 일금 삼천원', /after "="/],
    ['- 광고 1,000원*3 = 3,000원 = 3천원 = 3', /"="/],
    ['- 광고 1,000원*3 = 3천원 + 2', /after "="/],
  ] as const)('%s', (text, reason) => {
    const line = parseBasisLine(text);
    expect(line.unreadable).toMatch(reason);
    expect(line.formula).toBeNull();
  });

  it('does not flag plain labels', () => {
    for (const text of [
      '- SNS x 블로그 협업',
      '- 뉴미디어담당관-13014',
      '- 2021.01~2021.12',
      '□ 산출근거',
      '#REF!',
      '',
      '   ',
    ]) {
      expect(parseBasisLine(text).unreadable).toBeNull();
    }
  });
});
