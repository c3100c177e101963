/**
 * A book in the seed's layout: many 사업설명서 projects stacked, `perSheet` to a
 * sheet. Each project is generateProject's (every table kind, the three basis
 * layouts in turn) followed by the narrative sections a real document has, so a
 * project runs to about 100 rows.
 */
import { parseCellAddress } from '../../src/engine/address';
import { generateProject, type BasisLayout } from '../generate-project';
import { parseSheetText, type TextCell, type TextSheet } from '../sheet-text';
import { textCell, type BookFigure } from './model';
import type { Random } from './random';

const LAYOUTS: readonly BasisLayout[] = ['cells', 'one-cell', 'two-cells'];

const NARRATIVE: readonly (readonly string[])[] = [
  ['3 사업설명'],
  ['□ 사업목적'],
  ['- 정보 공유와 확산을 통해 주민 생활의 편의를 높임'],
  ['- 주민 의견을 모아 정책에 반영하는 소통 채널 운영'],
  ['□ 사업근거'],
  ['- 지방자치법 및 관련 조례'],
  ['- 연도별 운영계획(담당관-1234호)'],
  ['□ 사업내용'],
  ['- 사업기간 : 연중'],
  ['- 주요내용 : 콘텐츠 제작, 홍보, 교육 운영'],
  ['□ 추진경위'],
  ['- 전년도 운영계획 수립 및 시행'],
  ['- 운영 결과 평가 및 개선'],
  ['4 사업 효과'],
  ['□ 기대효과'],
  ['- 주민 만족도 향상과 참여 확대'],
  ['- 행정 신뢰도 제고'],
  ['□ 성과지표'],
  ['지표명', '측정방법', '목표'],
  ['참여자 만족도', '설문조사', '높음'],
  ['콘텐츠 조회수', '집계', '증가'],
];

export function stackedBook(rnd: Random, seed: number, projects: number, perSheet: number): { sheets: TextSheet[]; figures: BookFigure[] } {
  const sheets: TextSheet[] = [];
  const figures: BookFigure[] = [];
  for (let i = 0; i < projects; i++) {
    if (i % perSheet === 0) sheets.push({ name: `사업${sheets.length + 1}`, rows: [], merges: [] });
    const sheet = sheets[sheets.length - 1] as TextSheet;
    const generated = generateProject((seed * 7919 + i * 104729) >>> 0 || 1, LAYOUTS[i % LAYOUTS.length] as BasisLayout);
    const [project] = parseSheetText(generated.source);
    const offset = sheet.rows.length;
    sheet.rows.push(...(project?.rows ?? []).map((r) => r ?? []));
    for (const f of generated.figures) {
      const at = parseCellAddress(f.address);
      if (!at) continue;
      figures.push({
        sheet: sheets.length - 1, row: offset + at.row, col: at.col, value: f.value,
        // Only derived figures are flagged at their own cell; a slip in some inputs
        // (a settlement's 최종예산) can only be narrowed to suspects.
        pinned: f.kind === 'derived', minDelta: f.minDelta, zone: i, render: f.render,
      });
    }
    sheet.rows.push([]);
    const sections = rnd.int(12, NARRATIVE.length);
    for (const row of NARRATIVE.slice(0, sections)) sheet.rows.push(row.map((t): TextCell => textCell(t)));
    for (let k = rnd.int(38, 52); k > 0; k--) sheet.rows.push([textCell(`- 세부 추진내용 ${k}: 계획 수립, 집행, 점검`)]);
    sheet.rows.push([], []);
  }
  return { sheets, figures };
}
