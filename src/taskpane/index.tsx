/**
 * The add-in's composition root, for the pane and the ribbon alike: the manifest
 * runs both in this page (Office's shared runtime, `<Runtimes>`; where a
 * platform has none, Office loads this page again, hidden, for the ribbon).
 * The only place that wires the real Office.js host, with the engine in a Web
 * Worker so the pane stays responsive and Cancel works on large workbooks.
 * Components get the host through props.
 *
 * The ribbon's functions are registered as the page loads (Microsoft's rule:
 * not inside Office.onReady); the host is made once, when Office is ready, and
 * shared by the pane and the ribbon, so a Verify from the ribbon shows its
 * findings in the pane.
 */
import { createRoot } from 'react-dom/client';
import { startRibbon, turnAfter } from '../commands/commands';
import type { OfficeHost } from '../excel/officeHost';
import { createOfficeHost } from '../excel/officeRuntime';
import { createBrowserEngine } from '../worker/createBrowserWorker';
import { App } from './App';
import { paneThemeFromBackground } from './theme';

let made: OfficeHost | null = null;
/** One host for the pane and the ribbon, made after Office is ready. */
const host = (): OfficeHost => (made ??= createOfficeHost(turnAfter(createBrowserEngine())));

startRibbon(Office, { host, noticeUrl: new URL('notice.html', window.location.href).href });

function mount(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  return root;
}

void Office.onReady((info) => {
  const root = mount();
  if (info.host !== Office.HostType.Excel) {
    // Opened outside Excel (a plain browser): there is no workbook to check.
    root.textContent = 'Excel에서 열어 주세요. / Open this add-in in Excel.';
    return;
  }
  const theme = paneThemeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(root).render(<App host={host()} theme={theme} />);
});
