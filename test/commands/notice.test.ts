/**
 * @jest-environment jsdom
 *
 * The ribbon's dialog (notice.html): what it is told travels in its address and
 * reads back whole; it shows every line, as an alert for an error, and its
 * button tells the opener to close it.
 */
import { noticeText } from '../../src/commands/present';
import { renderNotice } from '../../src/commands/notice/notice';
import { noticeHash, readNoticeHash } from '../../src/commands/notice/noticeText';
import { HostError } from '../../src/host/port';

const verified = {
  kind: 'verified' as const,
  result: {
    tables: [],
    findings: [],
    coverage: { figures: 12, checked: 10, unchecked: [] },
    acceptances: [],
    notices: [{ kind: 'notes-skipped' as const, message: 'D3에는 다른 사람이 단 메모가…' }],
  },
};

describe('the dialog', () => {
  it('carries its text in the address (after #), Korean and all, and reads it back', () => {
    const text = noticeText(verified, 'ko');
    if (!text) throw new Error('no text');
    const hash = noticeHash(text);
    expect(hash.startsWith('#')).toBe(true);
    expect(hash).not.toMatch(/[가-힣 ]/);
    expect(readNoticeHash(hash)).toEqual(text);
    expect(readNoticeHash('#garbage')).toBeNull();
    expect(readNoticeHash('')).toBeNull();
  });

  it('says the counts, the coverage, the notices and the verdict; an error in its own words; nothing for a Clear', () => {
    expect(noticeText(verified, 'ko')?.lines).toEqual([
      '검산 완료: 오류 0건, 경고 0건.',
      '검산한 숫자 10개 · 확인하지 못한 숫자 0개',
      'D3에는 다른 사람이 단 메모가…',
      '이상 없음',
    ]);
    const failed = noticeText(
      { kind: 'failed', error: new HostError('read-only', '읽기 전용…') },
      'en',
    );
    expect(failed).toMatchObject({ tone: 'error', lines: ['읽기 전용…'], close: 'Close' });
    expect(noticeText({ kind: 'cleared' }, 'ko')).toBeNull();
  });

  it('shows every line and closes through its opener', () => {
    const root = document.createElement('main');
    const onClose = jest.fn();
    renderNotice(
      root,
      noticeText({ kind: 'failed', error: new HostError('unknown', 'boom') }, 'ko'),
      onClose,
    );
    expect(root.querySelector('h1')?.textContent).toBe('검산하지 못했습니다');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('boom');
    root.querySelector('button')?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    renderNotice(root, null, onClose);
    expect(root.textContent).toContain('Nothing to show');
  });
});
