/**
 * The language the task pane shows, read from the `lang` attribute its root
 * element declares, so the page around it follows the pane's language switch
 * without the pane knowing about the page.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Language } from '../../engine/options';

export function usePaneLanguage(
  container: RefObject<HTMLElement | null>,
  initial: Language,
): Language {
  const [language, setLanguage] = useState<Language>(initial);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const read = () => {
      const lang = el.querySelector('main[lang]')?.getAttribute('lang');
      if (lang === 'ko' || lang === 'en') setLanguage(lang);
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
    return () => observer.disconnect();
  }, [container]);
  return language;
}
