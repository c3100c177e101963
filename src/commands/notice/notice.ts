/**
 * The ribbon's dialog page (webpack's `notice` entry, notice.html): shows what a
 * ribbon command did where the ribbon cannot reach the pane (no shared runtime),
 * and tells its opener when the user closes it. Plain DOM: it must open at once.
 */
import { readNoticeHash, type NoticeText } from './noticeText';

export function renderNotice(
  root: HTMLElement,
  text: NoticeText | null,
  onClose: () => void,
): void {
  const shown = text ?? {
    title: '예산 검산 · Budget Verify',
    lines: ['표시할 내용이 없습니다. / Nothing to show.'],
    tone: 'info' as const,
    close: '닫기 / Close',
    language: 'ko' as const,
  };
  root.lang = shown.language;
  const title = document.createElement('h1');
  title.textContent = shown.title;
  const body = document.createElement('div');
  body.setAttribute('role', shown.tone === 'error' ? 'alert' : 'status');
  for (const line of shown.lines) {
    const p = document.createElement('p');
    p.textContent = line;
    body.append(p);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = shown.close;
  close.addEventListener('click', onClose);
  root.className = shown.tone;
  root.replaceChildren(title, body, close);
  close.focus();
}

if (typeof document !== 'undefined' && document.getElementById('notice')) {
  const root = document.getElementById('notice') as HTMLElement;
  const close = () => {
    // The opener closes the dialog when told; outside Office there is no opener.
    if (typeof Office !== 'undefined' && Office.context?.ui)
      Office.context.ui.messageParent('close');
    else window.close();
  };
  renderNotice(root, readNoticeHash(window.location.hash), close);
  if (typeof Office !== 'undefined') void Office.onReady();
}
