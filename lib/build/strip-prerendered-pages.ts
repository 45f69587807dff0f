/** Post-build step of `npm run build`: strips the client runtime from every prerendered page (see strip-client-runtime.ts). */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { stripClientRuntime } from "./strip-client-runtime";

function prerenderedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function main() {
  const dir = path.join(process.cwd(), ".next", "server", "app");
  const pages = prerenderedPages(dir);
  if (pages.length === 0) throw new Error(`${dir}: no prerendered pages; run next build first`);
  let before = 0;
  let after = 0;
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const stripped = stripClientRuntime(html, path.relative(process.cwd(), file));
    writeFileSync(file, stripped);
    before += html.length;
    after += stripped.length;
  }
  console.log(`Removed the client runtime from ${pages.length} pages: ${before} -> ${after} bytes of HTML`);
}

main();
