/**
 * Balances rolled forward by name (DESIGN §1.1): the opening balance (`기초`, `전년도 이월금액`),
 * the closing one (`기말`, `차년도 이월금액`), and the movements that leave a balance when the
 * document prints them as positive amounts. One home for the words, read by the row tree (a
 * balance is no member of a block's total) and by the roll-forward identities (flow.ts).
 */

export const OPENING = /^(기초|전기이월|전년도?이월|전년도?에서이월)(잔액|금액|금|액)?$/;
export const CLOSING = /^(기말|차기이월|차년도?이월|다음연도이월|다음연도로이월)(잔액|금액|금|액)?$/;
export const OUTFLOW = /지급|지출|감소|상환|사용|처분|환입|반납|환급|인출/;

/** Whether a bare label (no spaces, no brackets) names an opening or a closing balance. */
export function isBalanceName(name: string): boolean {
  return OPENING.test(name) || CLOSING.test(name);
}
