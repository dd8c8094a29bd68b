/**
 * The studio's own limits on requests (PICPIK publishes none, shared/picpik-api.md §7), in
 * one place: the schemas, the proxy, the README and the tests read them from here. Each is
 * far above what the studio sends and low enough that one request cannot stall the server
 * or bloat the archive.
 */

/**
 * Largest width and height of any input image, for every action. Generation results are at
 * most 2560 a side and the studio's canvas regions are cut to that; references (Image2Image,
 * background, pattern, ControlNet pictures) and RemoveBackground / ExtractContents inputs may
 * be photos, and 4096 lets a 12 MP camera picture through while keeping a decode at 64 MB.
 */
export const MAX_IMAGE_SIDE = 4096;

/** The input formats, recognised by their bytes (never by the data-URI label). */
export const IMAGE_FORMATS = ['PNG', 'JPEG', 'WEBP'] as const;

/** Most entries per list field (each list separately). */
export const LIST_LIMITS = {
  /** ImageAndMaskList / ImageList: Image2Image + 3 ControlNet images and masks fit in 7. */
  images: 8,
  /** PositivePrompts, NegativePrompts. */
  prompts: 32,
  /** SubModelList (LoRA, Embedding, HyperNetwork); legacy SubModelIds and SubModelParams. */
  subModels: 16,
  /** A Model's TriggerWordList (also read from ListModels answers). */
  triggerWords: 256,
  /** GenerateImages.ControlNetList, legacy ControlNetParams (the docs' "up to three"). */
  controlNetUnits: 3,
  /** ListTasksDetails.TaskUIDList: ids per poll (the studio asks 20, the sweeper 50). */
  taskUids: 100,
  /** ExtractContents IncludePointList, ExcludePointList. */
  points: 256,
} as const;

/** Deepest nesting of objects and lists in a request (real ones are 5 deep). */
export const MAX_JSON_DEPTH = 32;

/**
 * Largest JSON size of a request without its image bodies (prompts, models, parameters): what
 * the archive keeps per task and /api/history serves per row.
 */
export const MAX_PARAMS_BYTES = 64 * 1024;
