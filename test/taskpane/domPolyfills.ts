/**
 * What jsdom lacks and Fluent UI v9 uses: ResizeObserver (MessageBar reflow, our
 * list viewport) and matchMedia (reduced-motion queries). Import first in every
 * task pane test that renders components.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
if (typeof w.ResizeObserver === 'undefined') w.ResizeObserver = NoopResizeObserver;
if (typeof w.matchMedia === 'undefined') {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

export {};
