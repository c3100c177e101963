/** The self-test panel's state: the steps as they come, the report, copying it. */
import { useCallback, useRef, useState } from 'react';
import type { Language } from '../../engine/options';
import type { HostPort, SelfTestReport, SelfTestStep } from '../../host/port';

export interface SelfTestState {
  readonly running: boolean;
  readonly steps: readonly SelfTestStep[];
  readonly report: SelfTestReport | null;
  readonly error: string | null;
  readonly copied: boolean | null;
}

const IDLE: SelfTestState = { running: false, steps: [], report: null, error: null, copied: null };

/** Copies with the Clipboard API where the WebView allows it; false otherwise. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useSelfTest(host: HostPort, language: Language) {
  const [state, setState] = useState<SelfTestState>(IDLE);
  const running = useRef(false);

  const run = useCallback(async () => {
    if (running.current || !host.selfTest) return;
    running.current = true;
    setState({ ...IDLE, running: true });
    try {
      const report = await host.selfTest({
        language,
        onStep: (step) => setState((s) => ({ ...s, steps: [...s.steps, step] })),
      });
      setState((s) => ({ ...s, running: false, report, steps: report.steps }));
    } catch (e) {
      setState((s) => ({
        ...s,
        running: false,
        error: e instanceof Error ? e.message : String(e),
      }));
    } finally {
      running.current = false;
    }
  }, [host, language]);

  const copy = useCallback(async () => {
    const text = state.report?.text;
    if (!text) return;
    const copied = await copyText(text);
    setState((s) => ({ ...s, copied }));
  }, [state.report]);

  return { state, run, copy };
}
