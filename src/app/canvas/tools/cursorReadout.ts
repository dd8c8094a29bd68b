/**
 * The status bar's cursor position, written straight into its DOM node: updating React
 * state on every pointer move would re-render for nothing.
 */
let target: HTMLElement | null = null;

export function registerCursorReadout(element: HTMLElement | null): void {
  target = element;
}

export function showCursorPosition(point: { x: number; y: number } | null): void {
  if (!target) return;
  target.textContent = point ? `${Math.floor(point.x)}, ${Math.floor(point.y)}` : '–';
}
