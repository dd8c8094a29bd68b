import { DOCUMENT_MAX_PIXELS, DOCUMENT_MAX_SIZE, DOCUMENT_MIN_SIZE } from '../../store/documentTypes';

/** The document limits in words, from the constants that enforce them (one place to change). */
export const DOCUMENT_LIMITS_TEXT = `${DOCUMENT_MIN_SIZE}–${DOCUMENT_MAX_SIZE} px per side, up to ${DOCUMENT_MAX_PIXELS / 1_000_000} MP`;

/** What the studio opens, for the empty canvas. */
export const ACCEPTED_PICTURES_TEXT = `PNG, JPEG or WebP up to ${DOCUMENT_MAX_SIZE} px a side (${DOCUMENT_MAX_PIXELS / 1_000_000} MP), kept at full resolution.`;
