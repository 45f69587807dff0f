/**
 * Reads what `next build` wrote into `.next/` that the strip depends on, and
 * checks its shape with zod. These manifests are Next.js internals, not an API
 * (next is pinned exactly in package.json for this reason): when an upgrade
 * changes them, the build fails here with the file and field named, instead of
 * the strip quietly missing pages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

const PrerenderRoute = z.object({
  /** `page` is HTML, `route` a route handler's body (image, XML, text); `fallback` and `shell` are rendered later. */
  routeType: z.enum(["page", "route", "fallback", "shell"]),
  /** `complete` for a finished response; `initial` and `empty` are finished per request. */
  response: z.enum(["complete", "initial", "empty"]),
  /** `static` needs no work per request; `resuming` (partial prerendering) and `blocking` do. */
  compute: z.enum(["static", "resuming", "blocking"]),
  /** `false` means built once; a number means Next.js regenerates the page, with its runtime, after that many seconds. */
  initialRevalidateSeconds: z.union([z.literal(false), z.number()]),
  srcRoute: z.string().nullable(),
});

const PrerenderManifest = z.object({
  version: z.literal(4),
  routes: z.record(z.string(), PrerenderRoute),
  dynamicRoutes: z.record(
    z.string(),
    // `false`: parameters not prerendered are a 404; anything else renders them on request.
    z.object({ fallback: z.union([z.null(), z.boolean(), z.string()]) }),
  ),
});

const RequiredServerFiles = z.object({
  config: z.object({
    output: z.string().nullish(),
    adapterPath: z.string().nullish(),
    cacheComponents: z.boolean().nullish(),
    experimental: z.object({ ppr: z.union([z.boolean(), z.string()]).nullish() }),
  }),
});

const BuildManifest = z.object({
  /** The App Router runtime chunks every page loads. */
  rootMainFiles: z.array(z.string()).min(1),
  polyfillFiles: z.array(z.string()),
});

/** Route to its compiled file, e.g. `"/about/page": "/about"` (app) or `"/404": "pages/404.html"` (pages). */
const RouteTable = z.record(z.string(), z.string());

export type PrerenderManifest = z.infer<typeof PrerenderManifest>;

export type BuildOutput = {
  /** The build directory, `.next`. */
  distDir: string;
  config: z.infer<typeof RequiredServerFiles>["config"];
  /** `.next/standalone` exists: `next build` copied the pages before this step could strip them. */
  hasStandaloneCopy: boolean;
  prerender: PrerenderManifest;
  /** App Router routes, such as `/`, `/articles/[slug]`, `/sitemap.xml`. */
  appRoutes: string[];
  /** Pages Router routes and their files, such as `/_error` -> `pages/_error.js`. */
  pagesRoutes: Record<string, string>;
  /** URL paths of the framework's own script chunks. */
  frameworkChunks: Set<string>;
  /** Every `.html` file under `server/`, relative to distDir. */
  htmlFiles: string[];
};

export class BuildOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildOutputError";
  }
}

function readJson<T>(distDir: string, file: string, schema: z.ZodType<T>): T {
  const full = path.join(distDir, file);
  if (!existsSync(full)) throw new BuildOutputError(`${full}: missing; run next build first`);
  const result = schema.safeParse(JSON.parse(readFileSync(full, "utf8")));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
  throw new BuildOutputError(`${full}: not in the shape this step was written for (Next.js upgraded?)\n${issues}`);
}

function htmlFilesUnder(distDir: string): string[] {
  const server = path.join(distDir, "server");
  if (!existsSync(server)) return [];
  return readdirSync(server, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function readBuildOutput(distDir: string): BuildOutput {
  const buildManifest = readJson(distDir, "build-manifest.json", BuildManifest);
  const chunks = [...buildManifest.rootMainFiles, ...buildManifest.polyfillFiles];
  return {
    distDir,
    config: readJson(distDir, "required-server-files.json", RequiredServerFiles).config,
    hasStandaloneCopy: existsSync(path.join(distDir, "standalone")),
    prerender: readJson(distDir, "prerender-manifest.json", PrerenderManifest),
    appRoutes: Object.values(readJson(distDir, "app-path-routes-manifest.json", RouteTable)),
    pagesRoutes: readJson(distDir, path.join("server", "pages-manifest.json"), RouteTable),
    frameworkChunks: new Set(chunks.filter((file) => file.endsWith(".js")).map((file) => `/_next/${file}`)),
    htmlFiles: htmlFilesUnder(distDir),
  };
}
