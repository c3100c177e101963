/**
 * The browser page's composition root: the only place that wires the browser
 * host (a workbook in memory) into the task pane. It starts on the bundled seed
 * sample; `?lang=en` starts in English, `?sample=NAME.xlsx` on another bundled
 * sample, `?sample=` on no workbook; `?engine=thread` runs the engine on the
 * page's thread instead of its Web Worker (to measure the difference).
 */
import { createRoot } from 'react-dom/client';
import type { Language } from '../engine/options';
import { createBookCheck } from './book/createBookCheck';
import { openBook } from './book/openBook';
import type { BookSession } from './book/session';
import { WebApp } from './view/WebApp';
import { createBrowserEngine } from '../worker/createBrowserWorker';

const DEFAULT_SAMPLE = 'seoul-sns-2021.xlsx';

const params = new URLSearchParams(window.location.search);
// One engine for the page's life: its worker, once started, serves every verification
// and keeps the open book's sheets, so that a Verify sends only what changed.
const engine = params.get('engine') === 'thread' ? undefined : createBrowserEngine({ keep: true });
// Every file is measured in a worker before exceljs opens it on the page's thread.
const checkBook = createBookCheck();
const sample = params.get('sample') ?? DEFAULT_SAMPLE;
const browserLanguage = navigator.language || 'ko';
const wanted = params.get('lang');
const initialLanguage: Language =
  wanted === 'en' || wanted === 'ko'
    ? wanted
    : browserLanguage.toLowerCase().startsWith('en')
      ? 'en'
      : 'ko';

async function loadSample(name = DEFAULT_SAMPLE): Promise<{ bytes: Uint8Array; fileName: string }> {
  // Only a plain file name from the bundled samples folder.
  const safe = /^[\w.\- ]+\.xlsx$/.test(name) ? name : DEFAULT_SAMPLE;
  const response = await fetch(`samples/${encodeURIComponent(safe)}`);
  if (!response.ok) throw new Error(`samples/${safe}: ${response.status} ${response.statusText}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: safe };
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('web.html has no #root element');
  let initial: BookSession | null = null;
  if (sample !== '') {
    try {
      const { bytes, fileName } = await loadSample(sample);
      initial = await openBook(bytes, fileName, checkBook);
    } catch (error) {
      console.error('The sample workbook could not be opened:', error);
    }
  }
  createRoot(root).render(
    <WebApp
      initial={initial}
      loadSample={() => loadSample()}
      initialLanguage={initialLanguage}
      browserLanguage={wanted ?? browserLanguage}
      engine={engine}
      checkBook={checkBook}
    />,
  );
  document.body.dataset.ready = 'true';
}

void start();
