/** Pure view math: screen = document × zoom + offset. */
export interface ViewTransform {
  zoom: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 32;

export function clampZoom(zoom: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

/** The whole document visible and centred, never magnified past 100 % just to fill space. */
export function fitView(doc: Size, container: Size, padding = 40): ViewTransform {
  const available = { width: Math.max(1, container.width - padding * 2), height: Math.max(1, container.height - padding * 2) };
  const zoom = clampZoom(Math.min(1, available.width / doc.width, available.height / doc.height));
  return centeredView(doc, container, zoom);
}

export function centeredView(doc: Size, container: Size, zoom: number): ViewTransform {
  return {
    zoom,
    x: Math.round((container.width - doc.width * zoom) / 2),
    y: Math.round((container.height - doc.height * zoom) / 2),
  };
}

/** Zooms keeping the document point under `screen` where it is. */
export function zoomAround(view: ViewTransform, screen: { x: number; y: number }, zoom: number): ViewTransform {
  const next = clampZoom(zoom);
  const docX = (screen.x - view.x) / view.zoom;
  const docY = (screen.y - view.y) / view.zoom;
  return { zoom: next, x: screen.x - docX * next, y: screen.y - docY * next };
}

export function documentPointAt(view: ViewTransform, screen: { x: number; y: number }): { x: number; y: number } {
  return { x: (screen.x - view.x) / view.zoom, y: (screen.y - view.y) / view.zoom };
}

/** Zoom steps for Ctrl +/−, like image editors. */
const STEPS = [0.02, 0.05, 0.0833, 0.125, 0.1667, 0.25, 0.3333, 0.5, 0.6667, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];

export function nextZoomStep(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return STEPS.find((step) => step > zoom * 1.001) ?? MAX_ZOOM;
  return [...STEPS].reverse().find((step) => step < zoom * 0.999) ?? MIN_ZOOM;
}
