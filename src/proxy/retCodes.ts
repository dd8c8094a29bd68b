/**
 * RetCodes of the studio server's own errors. 160/161 follow the vendor gateway's
 * codes (shared/picpik-api.md §2); the rest equal the HTTP status they come with.
 */
export const RET = {
  missingAction: 160,
  unknownAction: 161,
  invalidRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  requestTimeout: 408,
  conflict: 409,
  tooLarge: 413,
  notJson: 415,
  rateLimited: 429,
  internal: 500,
  upstreamBad: 502,
  unavailable: 503,
  upstreamTimeout: 504,
} as const;
