/**
 * Every kind of table the engine reads, in precedence order: at each row the first
 * kind whose header matches and whose body reads is the table there. A new layout is
 * one file (its `defineKind`) and one line here.
 */
import { statementKind } from './statement';
import { subjectsKind } from './subjects';
import { settlementKind } from './settlement';
import { summaryKind } from './summary';
import { columnarBasisKind } from './basisColumns';
import { scheduleKind } from './schedule';
import { basisKind } from './basis';
import { overviewKind } from './overview';
import { mentionKind } from './mention';
import { columnsKind } from './columns/kind';

export const TABLE_KINDS = [
  statementKind,
  subjectsKind,
  settlementKind,
  summaryKind,
  columnarBasisKind,
  scheduleKind,
  basisKind,
  overviewKind,
  mentionKind,
  columnsKind,
] as const;
