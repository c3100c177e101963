/**
 * The task pane's composition root: the only place that wires the real
 * Office.js host into the UI, with the engine in a Web Worker so the pane stays
 * responsive and Cancel works on large workbooks. Components get the host through props.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/officeRuntime';
import { createBrowserEngine } from '../worker/createBrowserWorker';
import { App } from './App';
import { paneThemeFromBackground } from './theme';

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
  createRoot(root).render(<App host={createOfficeHost(createBrowserEngine())} theme={theme} />);
});
