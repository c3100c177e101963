/**
 * What each column of a table is, from the words over it: an amount (of a year, or
 * tagged), a total of its neighbours (`계`, `합계`, `연간`), a change (`증감`), a change
 * rate, a share (`구성비`), an execution rate, or a column whose header writes its own
 * formula. Which year is which comes from the header's content (`2024`, `'24`, `금년`,
 * `기정`/`경정`, `당초`/`변경`), never from the column's place (DESIGN §1.1).
 */
import { MONEY_SCALE, MONEY_UNIT_PATTERN, type MoneyUnit } from '../../number';
import type { ColumnHeader } from './header';
import { headerIdentity, type HeaderFormula } from './formula';
import { remember } from '../../capped';

export type ColumnRole = 'amount' | 'total' | 'change' | 'rate' | 'share' | 'exec-rate' | 'percent' | 'formula';

export interface ColumnInfo {
  readonly col: number;
  readonly header: ColumnHeader;
  /** Group and own header text without spaces. */
  readonly text: string;
  readonly role: ColumnRole;
  readonly tag: string | null;
  readonly formula: HeaderFormula | null;
  readonly formulaText: string;
  /** The year the column is of, when its header says (`2024`, `'24`). */
  readonly year: number | null;
  /** The header's word for its place in time, when it has one. */
  readonly when: 'prior' | 'current' | null;
  /** A unit written in the header (`금액(원)`), else null: the table's. */
  readonly unit: MoneyUnit | null;
  /** A counter the header names (`종류(종)`, `수량(대)`), which its cells may write glued on (`303종`). */
  readonly counter: string | null;
}

const PRIOR = /전년|前年|기정|당초|본예산|최초|기초|전기(?!요금|료)/;
const CURRENT = /금년|당해|본년|당년|경정|변경|추경|요구|편성|당기|기말/;
const RATE = /증감률|증감율|증가율|신장률|신장율|변동률|증감비율|증감비/;
const SHARE = /구성비|구성률|비중|점유율|비율/;
const EXEC_RATE = /집행률|집행율|실행률|소진율|지출률/;
const CHANGE = /증감|차이|차액|대비|변동/;
const TOTAL_NAME = /^(계|합계|총계|연간|소계|총액|합|전체|누계)$/;
const UNIT_IN_HEADER = new RegExp(`(${MONEY_UNIT_PATTERN})\\)?$|단위[:：]?(${MONEY_UNIT_PATTERN})`);

/** What a column is, apart from where: the same for every header that writes the same words. */
type Reading = Omit<ColumnInfo, 'col' | 'header'>;

/**
 * Readings by header text, across grids: a book repeats the same few headers on every
 * page and every project, and the summary and the generic kind read each one. Emptied
 * when full, so an odd book of many different headers keeps no more than this many.
 */
const readings = new Map<string, Reading>();
const KEPT_READINGS = 4096;
/** Per header object: the kinds that read a header share it (header.ts), and so its columns. */
const infos = new WeakMap<ColumnHeader, ColumnInfo>();

export function columnInfo(header: ColumnHeader): ColumnInfo {
  let info = infos.get(header);
  if (info) return info;
  // The span counts only as there or not (a group's tag is the column's when it spans).
  const key = `${header.span ? 1 : 0}\u0000${header.group}\u0000${header.own}`;
  const reading = remember(readings, key, KEPT_READINGS, () => readingOf(header));
  info = { col: header.col, header, ...reading };
  infos.set(header, info);
  return info;
}

function readingOf(header: ColumnHeader): Reading {
  const own = header.own.replace(/\s+/g, '');
  const text = `${header.group}${header.own}`.replace(/\s+/g, '');
  const identity = headerIdentity(header.own);
  const groupIdentity = identity.tag || identity.formula ? null : headerIdentity(header.group);
  const tag = identity.tag ?? (header.span && groupIdentity?.tag) ?? null;
  const formula = identity.formula;
  return {
    text,
    role: roleOf(own, text, formula),
    tag,
    formula,
    formulaText: identity.text,
    year: yearOf(text),
    when: PRIOR.test(text) && !CHANGE.test(own) ? 'prior' : CURRENT.test(text) ? 'current' : null,
    unit: unitOf(own),
    counter: /\(([가-힣]{1,2})\)$/.exec(own)?.[1] ?? null,
  };
}

function roleOf(own: string, text: string, formula: HeaderFormula | null): ColumnRole {
  if (formula?.kind === 'rate') return 'rate';
  if (formula?.kind === 'ratio') return EXEC_RATE.test(own) ? 'exec-rate' : SHARE.test(own) ? 'share' : 'formula';
  if (formula) return 'formula';
  if (RATE.test(own)) return 'rate';
  if (EXEC_RATE.test(own)) return 'exec-rate';
  if (SHARE.test(own)) return 'share';
  if (CHANGE.test(own)) return 'change';
  const bare = own.replace(/\([^)]*\)/g, '').replace(/[\u3260-\u327F\u2460-\u2473]/g, '');
  if (TOTAL_NAME.test(bare)) return 'total';
  if (/%|％/.test(own) || (own === '' && /%/.test(text))) return 'percent';
  return 'amount';
}

/** `2024`, `2024년`, `'24`, `’24년`, `24년도` → 2024. */
export function yearOf(text: string): number | null {
  const full = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/.exec(text);
  if (full) return Number(full[1]);
  const short = /['’‘`](\d\d)(?![0-9])|(?:^|[^0-9])(\d\d)년/.exec(text);
  const yy = short?.[1] ?? short?.[2];
  return yy === undefined ? null : 2000 + Number(yy);
}

function unitOf(own: string): MoneyUnit | null {
  const m = UNIT_IN_HEADER.exec(own);
  const unit = (m?.[1] ?? m?.[2]) as MoneyUnit | undefined;
  return unit && unit in MONEY_SCALE ? unit : null;
}
