/**
 * Whether the pane is narrow (Excel's task pane at its default 320 px): rows then
 * show Fix and Accept as icons (their names stay for screen readers and as
 * tooltips), so no control is pushed out of a row.
 */
import { useCallback, useRef, useState } from 'react';

export const NARROW_PX = 360;

export function useNarrow(): [(element: HTMLElement | null) => void, boolean] {
  const [narrow, setNarrow] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      // No layout (jsdom) measures 0: the pane is then taken as wide.
      setNarrow(width > 0 && width < NARROW_PX);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
  }, []);
  return [ref, narrow];
}
