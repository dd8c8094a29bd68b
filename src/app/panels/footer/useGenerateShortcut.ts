import { useEffect, useEffectEvent } from 'react';

/** Ctrl+Enter (Cmd+Enter on a Mac) anywhere in the studio runs `trigger` when there is one. */
export function useGenerateShortcut(trigger: (() => void) | undefined): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return;
    event.preventDefault();
    trigger?.();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
