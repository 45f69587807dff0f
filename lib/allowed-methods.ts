/**
 * The site only serves documents to read, so GET and HEAD are the only methods
 * it answers. proxy.ts (in `next start`) and the nginx front
 * (scripts/nginx-front/) both answer every other method with this 405, from
 * these values, so the two cannot drift.
 */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/** The `Allow` header of the 405. */
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

/** Body and type of the 405. */
export const METHOD_NOT_ALLOWED = {
  body: "Method not allowed. This site only serves pages to read.\n",
  contentType: "text/plain; charset=utf-8",
} as const;
