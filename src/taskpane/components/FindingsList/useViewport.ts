/**
 * The scroll position and height of the list's viewport. The scroll position is
 * kept in state (not read back from the DOM during render) so that scrolling a
 * finding into view and rendering it happen in one pass.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Used until the viewport has been measured (and where layout does not exist, as in tests). */
export const FALLBACK_VIEWPORT_HEIGHT = 480;

export interface Viewport {
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly scrollTop: number;
  readonly height: number;
  readonly onScroll: () => void;
  /** Scrolls so that [top, top + height) is fully visible, moving as little as possible. */
  readonly reveal: (top: number, height: number) => void;
  /** Keeps the scroll position inside content that has just become shorter. */
  readonly clamp: (contentHeight: number) => void;
}

export function useViewport(): Viewport {
  const ref = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(0);
  const height = measured > 0 ? measured : FALLBACK_VIEWPORT_HEIGHT;
  // reveal and clamp read these refs so that they keep one identity: effects that
  // call them must not re-run (and pull the view back) on every scroll.
  const now = useRef({ scrollTop, height });
  useLayoutEffect(() => {
    now.current = { scrollTop, height };
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setMeasured(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setMeasured(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scrollTo = useCallback((top: number) => {
    if (ref.current) ref.current.scrollTop = top;
    now.current = { ...now.current, scrollTop: top };
    setScrollTop(top);
  }, []);

  const onScroll = useCallback(() => {
    if (ref.current) setScrollTop(ref.current.scrollTop);
  }, []);

  const reveal = useCallback(
    (top: number, rowHeight: number) => {
      const { scrollTop: current, height: viewHeight } = now.current;
      if (top < current) scrollTo(top);
      else if (top + rowHeight > current + viewHeight) scrollTo(top + rowHeight - viewHeight);
    },
    [scrollTo],
  );

  const clamp = useCallback(
    (contentHeight: number) => {
      const max = Math.max(0, contentHeight - now.current.height);
      if (now.current.scrollTop > max) scrollTo(max);
    },
    [scrollTo],
  );

  return { ref, scrollTop, height, onScroll, reveal, clamp };
}
