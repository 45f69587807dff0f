import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import type { IsoDate } from "./schema";

/** The content folder: `content/` of the project being built or served. */
export const CONTENT_ROOT = path.join(process.cwd(), "content");

/** The day review dates are checked against. */
export const contentToday = (): IsoDate => new Date().toISOString().slice(0, 10);

/** In `next dev`, true: content is read again after every change. */
export const READS_CONTENT_LIVE = process.env.NODE_ENV === "development";

/** A stamp of every content file's path, size and modification time; a file added or removed changes it too. */
function contentVersion(): string {
  return readdirSync(CONTENT_ROOT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .sort()
    .join("|");
}

/**
 * A value made from the content: made once per build or server process, and
 * in `next dev` made again on the first call after any content file changed,
 * so a writer's edit, new article or new alias shows on the next reload.
 */
export function fromContent<T>(make: () => T): () => T {
  let made: { version: string; value: T } | undefined;
  return () => {
    const version = READS_CONTENT_LIVE ? contentVersion() : "once";
    if (!made || made.version !== version) made = { version, value: make() };
    return made.value;
  };
}
