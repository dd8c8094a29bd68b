/** Serialisable description of the canvas document. Pixels live outside the store (see canvas/README.md). */

/** A document is the designer's picture at its own size: 64–16384 px a side, at most 100 MP. */
export const DOCUMENT_MIN_SIZE = 64;
export const DOCUMENT_MAX_SIZE = 16384;
export const DOCUMENT_MAX_PIXELS = 100_000_000;

/** PICPIK accepts Width and Height in 64–2560: a request covers a region scaled into that. */
export const GENERATION_MIN_SIZE = 64;
export const GENERATION_MAX_SIZE = 2560;

export const MAIN_MASK_ID = 'main';
/** 'main' or a ControlNet unit id. */
export type MaskId = string;

export interface MaskMeta {
  id: MaskId;
  /** Grows every time the raster's pixels change (strokes, undo, resize); the mask layer redraws on it. */
  revision: number;
}

/** Where the base image sits inside the document, in document pixels. */
export interface BaseImagePlacement {
  assetId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Hidden (with its accepted results) after its cut-out took its place; neither shown nor sent. */
  hidden?: boolean;
}

/** A transparent PNG placed on the document; the transform is Konva's: top-left origin, degrees. */
export interface ForegroundPlacement {
  id: string;
  assetId: string;
  name: string;
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
  opacity: number;
  visible: boolean;
}

/**
 * A result accepted into the picture: the composited pixels of its area, drawn over the base
 * image (in order). Only the changed area is stored, so undo and autosave stay small.
 */
export interface PictureEdit {
  id: string;
  assetId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The long side a region is generated at when smaller (Auto = 1024), or the region's own size. */
export const GENERATION_RESOLUTIONS = ['auto', 512, 768, 1536, 2048, 'region'] as const;
export type GenerationResolution = (typeof GENERATION_RESOLUTIONS)[number];

export interface RegionRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The generation region: what a request covers (see src/app/region/). */
export interface RegionSettings {
  /** The frame the designer drew, in document pixels (may reach past the edges); null = automatic. */
  frame: RegionRect | null;
  /** Context around the masks in the automatic frame, document pixels. */
  padding: number;
  resolution: GenerationResolution;
}

export const DEFAULT_REGION: RegionSettings = { frame: null, padding: 64, resolution: 'auto' };

export type ReferenceKind = 'img2img' | 'background' | 'pattern';

export interface DocumentReferences {
  img2img?: string;
  background?: string;
  pattern?: string;
  /** ControlNet unit id → asset id of its control image. */
  control: Record<string, string>;
}

export interface StudioDocument {
  width: number;
  height: number;
  baseImage: BaseImagePlacement | null;
  /** Accepted results over the base image, bottom to top. */
  edits: PictureEdit[];
  masks: Record<MaskId, MaskMeta>;
  /** Bottom to top: the last one is drawn on top. */
  foregrounds: ForegroundPlacement[];
  references: DocumentReferences;
  region: RegionSettings;
}

export type ForegroundTransform = Pick<ForegroundPlacement, 'x' | 'y' | 'scaleX' | 'scaleY' | 'rotation'>;

/** Which of the 9 anchor cells the old content sticks to when the canvas is resized: 0, 1, 2 per axis. */
export interface Anchor {
  column: 0 | 1 | 2;
  row: 0 | 1 | 2;
}

export const CENTER_ANCHOR: Anchor = { column: 1, row: 1 };

export function createEmptyDocument(width = 1024, height = 1024): StudioDocument {
  return {
    width,
    height,
    baseImage: null,
    edits: [],
    masks: { [MAIN_MASK_ID]: { id: MAIN_MASK_ID, revision: 0 } },
    foregrounds: [],
    references: { control: {} },
    region: DEFAULT_REGION,
  };
}
