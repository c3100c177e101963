import {
  INITIAL_STATE,
  reviewReducer,
  type ReviewState,
} from '../../../src/taskpane/review/reviewState';
import { FINDINGS, TABLES } from '../fakeHost';

const verified: ReviewState = reviewReducer(
  reviewReducer(INITIAL_STATE, { type: 'start', activity: 'verifying' }),
  {
    type: 'verified',
    result: { tables: TABLES, findings: FINDINGS, coverage: { figures: 0, checked: 0, unchecked: [] }, acceptances: [] },
  },
);

describe('reviewReducer', () => {
  it('goes busy on start and idle with the result on verified', () => {
    const started = reviewReducer(INITIAL_STATE, { type: 'start', activity: 'verifying' });
    expect(started.activity).toBe('verifying');
    expect(verified.activity).toBe('idle');
    expect(verified.result?.findings).toBe(FINDINGS);
  });

  it('ignores progress that arrives when no verification runs', () => {
    const progress = { stage: 'read', done: 1, total: 2 } as const;
    expect(reviewReducer(verified, { type: 'progress', progress })).toBe(verified);
  });

  it('starting an action clears the last error and notice', () => {
    const failed = reviewReducer(verified, {
      type: 'failed',
      error: { code: 'protected', message: 'x' },
    });
    const noticed = { ...failed, notice: 'cancelled' as const };
    const restarted = reviewReducer(noticed, { type: 'start', activity: 'fixing' });
    expect(restarted.error).toBeNull();
    expect(restarted.notice).toBeNull();
  });

  it('drops a fixed finding at once, records it as fixed, and moves to the next one', () => {
    const fixed = reviewReducer(verified, {
      type: 'fixed',
      finding: FINDINGS[0]!,
      nextKey: 'Sheet1!D13|subtotal',
      at: '2026-04-01T09:00:00.000Z',
    });
    expect(fixed.result?.findings).toEqual(FINDINGS.slice(1));
    expect(fixed.currentKey).toBe('Sheet1!D13|subtotal');
    expect(fixed.fixes).toEqual([{ finding: FINDINGS[0], at: '2026-04-01T09:00:00.000Z' }]);
    // A verification after it (and Clear) leaves the record: the Fix was made.
    const again = reviewReducer(fixed, { type: 'verified', result: { tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] }, acceptances: [] } });
    expect(reviewReducer(again, { type: 'cleared' }).fixes).toHaveLength(1);
  });

  it('Clear forgets the result (the highlights are gone) but keeps scope and filters', () => {
    const filtered = reviewReducer(
      { ...verified, scope: 'sheet' },
      { type: 'filters', filters: { rule: 'product', severity: 'all' } },
    );
    const cleared = reviewReducer(filtered, { type: 'cleared' });
    expect(cleared.result).toBeNull();
    expect(cleared.currentKey).toBeNull();
    expect(cleared.notice).toBe('cleared');
    expect(cleared.scope).toBe('sheet');
    expect(cleared.filters.rule).toBe('product');
  });
});
