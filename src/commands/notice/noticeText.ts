/**
 * What the ribbon's dialog shows (notice.html): a title, lines, whether it is an
 * error, the close button's word. The ribbon's runtime puts it in the dialog
 * page's address (after `#`, so it never leaves the computer); the page reads
 * it back. Pure, so both sides and the tests share it.
 */
export interface NoticeText {
  readonly title: string;
  readonly lines: readonly string[];
  readonly tone: 'info' | 'error';
  readonly close: string;
  readonly language: 'ko' | 'en';
}

export function noticeHash(text: NoticeText): string {
  return `#${encodeURIComponent(JSON.stringify(text))}`;
}

/** The text in a `#…` fragment, or null when there is none that reads as one. */
export function readNoticeHash(hash: string): NoticeText | null {
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const lines = Array.isArray(d.lines) ? d.lines.filter((l) => typeof l === 'string') : [];
  if (typeof d.title !== 'string' || lines.length === 0) return null;
  return {
    title: d.title,
    lines,
    tone: d.tone === 'error' ? 'error' : 'info',
    close: typeof d.close === 'string' ? d.close : 'OK',
    language: d.language === 'en' ? 'en' : 'ko',
  };
}
