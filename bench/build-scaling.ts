import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import matter from "gray-matter";

import { runMeasured } from "./processes";
import { splitFrontMatter } from "@/lib/content/front-matter";

export type BuildCost = { generated: number; articles: number; seconds: number; peakMb: number };

const SKIP = new Set(["node_modules", ".next", ".git", "test-results", "playwright-report", "results"]);

/**
 * Adds `count` generated articles to a library's articles folder: copies of
 * the real articles under new slugs, titles and descriptions. Only ever run
 * on a temporary copy; nothing generated is committed.
 */
export function addGeneratedArticles(articlesDir: string, count: number) {
  const originals = readdirSync(articlesDir).filter((name) => name.endsWith(".md"));
  for (let index = 1; index <= count; index += 1) {
    const original = originals[(index - 1) % originals.length] ?? "";
    const { data, body } = splitFrontMatter(readFileSync(path.join(articlesDir, original), "utf8"));
    const generated = {
      ...data,
      title: `${String(data.title).slice(0, 55)} (copy ${index})`,
      description: `${String(data.description).slice(0, 140)} (copy ${index})`,
      aliases: [],
    };
    writeFileSync(
      path.join(articlesDir, `${path.basename(original, ".md")}-copy-${index}.md`),
      matter.stringify(body, generated),
    );
  }
}

/** A throwaway copy of the project (sharing node_modules) whose library holds the real articles plus `count` generated ones. */
function projectWithGeneratedArticles(root: string, count: number): string {
  const copy = mkdtempSync(path.join(tmpdir(), `hpg-scale-${count}-`));
  cpSync(root, copy, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) });
  symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
  addGeneratedArticles(path.join(copy, "content", "articles"), count);
  return copy;
}

/** Wall time and peak memory (whole process tree) of `npm run build` with `count` generated articles. */
export async function measureBuild(root: string, count: number): Promise<BuildCost> {
  const copy = projectWithGeneratedArticles(root, count);
  try {
    const articles = readdirSync(path.join(copy, "content", "articles")).filter((name) => name.endsWith(".md")).length;
    const { seconds, peakMb } = await runMeasured("npm", ["run", "build"], copy, { NEXT_TELEMETRY_DISABLED: "1" });
    return { generated: count, articles, seconds, peakMb };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
