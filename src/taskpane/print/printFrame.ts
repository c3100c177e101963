/**
 * Prints a report document through a hidden frame of the pane's own page: the
 * pane's styles never mix with the report's (A4, Korean fonts), and it works the
 * same in Excel's task pane and in the browser page, where no pop-up may open.
 * The frame stays until the next print, so a test (or a curious user's dev
 * tools) can read what was printed.
 */
export const PRINT_FRAME_ID = 'budget-verify-print';

export function printDocument(html: string, doc: Document = document): HTMLIFrameElement {
  doc.getElementById(PRINT_FRAME_ID)?.remove();
  const frame = doc.createElement('iframe');
  frame.id = PRINT_FRAME_ID;
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen but laid out at A4 width, so the browser paginates it as printed.
  Object.assign(frame.style, { position: 'fixed', left: '-10000px', top: '0', width: '210mm', height: '297mm', border: '0' });
  frame.addEventListener('load', () => {
    const view = frame.contentWindow;
    if (!view) return;
    view.focus();
    // A host that cannot print (an old Office web view) simply shows nothing: the report is still in the frame.
    try {
      view.print();
    } catch {
      /* nothing to undo */
    }
  });
  frame.srcdoc = html;
  doc.body.appendChild(frame);
  return frame;
}
