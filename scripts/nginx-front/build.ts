/**
 * What the nginx front needs to know about a build: its ID, and the paths
 * whose answer the build fixed, read from the same manifests the post-build
 * strip checks (scripts/strip-framework-runtime/build-output.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { BuildOutputError, readBuildOutput } from "../strip-framework-runtime/build-output";

export type FrontBuild = {
  buildId: string;
  /** Prerendered pages, share images, sitemap, robots.txt and public/ files: fixed until the next build. */
  buildPaths: string[];
  /** Every build path plus the stylesheets, which the start script asks for once so no reader waits on Next.js. */
  warmPaths: string[];
};

/** Files under a folder, as URL paths below `prefix`. */
function filesUnder(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) => `${prefix}/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`,
    )
    .sort();
}

export function readFrontBuild(projectDir: string): FrontBuild {
  const distDir = path.join(projectDir, ".next");
  const buildIdFile = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildIdFile)) throw new BuildOutputError(`${buildIdFile}: missing; run \`npm run build\` first`);
  const buildId = readFileSync(buildIdFile, "utf8").trim();
  const { prerender } = readBuildOutput(distDir);
  const prerendered = Object.entries(prerender.routes)
    // `/_not-found` is the 404 page's own entry, not an address: /_not-found itself is answered with a 404.
    .filter(([route, { initialRevalidateSeconds }]) => !route.startsWith("/_") && initialRevalidateSeconds === false)
    .map(([route]) => route)
    .sort();
  const buildPaths = [...prerendered, ...filesUnder(path.join(projectDir, "public"), "")];
  const stylesheets = filesUnder(path.join(distDir, "static", "css"), "/_next/static/css");
  return { buildId, buildPaths, warmPaths: [...buildPaths, ...stylesheets] };
}
