import { gzipSync } from "node:zlib";

import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";

import { referenceHref } from "./bibliography";
import { describeIssue, fieldPath, type ContentIssue } from "./issues";
import { type Bibliography, type CardPicture, type Figure, FigureEntry } from "./schema";
import { figureSrc } from "./syntax";
import { readYaml } from "./yaml-file";

/**
 * A checked figure and the drawing the site serves: a described drawing (`figure`, placed in articles with its
 * alt text and caption) or a decorative picture (`picture`, alt `""`, shown only on guide answer cards).
 */
export type LoadedFigure = { svg: string } & (
  { decorative: false; figure: Figure } | { decorative: true; picture: CardPicture }
);

/** Shortest alt text that can say what a drawing shows; `""` marks a decorative picture instead. */
const MIN_ALT_LENGTH = 20;

/** Budget per drawing: a page loads several, lazily, on a phone connection. */
const MAX_GZIPPED_BYTES = 8 * 1024;

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** A figure id is its drawing's file name, and part of its address. */
const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Elements a drawing may not hold: they run code, embed HTML, or style inline (the CSP forbids inline style). */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: "<script> is not allowed",
  foreignObject: "<foreignObject> is not allowed",
  style: "<style> is not allowed (the CSP forbids inline style); use presentation attributes such as fill and stroke",
};

/** `xLinkHref` -> `xlink:href`, `onClick` -> `onclick`: the attribute as the author wrote it. */
function attributeName(property: string): string {
  if (property === "xLinkHref") return "xlink:href";
  return property.toLowerCase();
}

/**
 * Checks one SVG drawing: a single `<svg>` root in the SVG namespace with a
 * viewBox and a width and height in pixels, and nothing that runs code, styles
 * inline or loads anything (links only to `#ids` in the same file).
 */
function checkSvg(source: string): {
  problems: { line: number; message: string }[];
  width?: number;
  height?: number;
} {
  const problems: { line: number; message: string }[] = [];
  const tree: Root = fromHtml(source, { fragment: true, space: "svg" });
  const lineOf = (node: RootContent | Root) => node.position?.start.line ?? 1;
  const roots = tree.children.filter(
    (node) => node.type === "element" || (node.type === "text" && node.value.trim() !== ""),
  );
  const svg = roots[0];
  if (
    roots.length !== 1 ||
    svg?.type !== "element" ||
    svg.tagName !== "svg" ||
    svg.properties.xmlns !== SVG_NAMESPACE
  ) {
    return { problems: [{ line: 1, message: `must be one <svg> element with xmlns="${SVG_NAMESPACE}"` }] };
  }

  const size: Record<"width" | "height", number | undefined> = { width: undefined, height: undefined };
  for (const name of ["viewBox", "width", "height"] as const) {
    const value = svg.properties[name];
    if (value === undefined) problems.push({ line: lineOf(svg), message: `<svg> needs a ${name}` });
    else if (name !== "viewBox") {
      const pixels = Number(value);
      if (!/^\d+(\.\d+)?$/.test(String(value)) || pixels <= 0) {
        problems.push({ line: lineOf(svg), message: `${name}="${String(value)}" must be a number of pixels` });
      } else size[name] = pixels;
    }
  }

  const visit = (node: Element) => {
    const forbidden = FORBIDDEN_ELEMENTS[node.tagName];
    if (forbidden) problems.push({ line: lineOf(node), message: forbidden });
    for (const [property, raw] of Object.entries(node.properties)) {
      const value = Array.isArray(raw) ? raw.join(" ") : String(raw);
      const name = attributeName(property);
      if (/^on[A-Z]/.test(property)) {
        problems.push({ line: lineOf(node), message: `event handler ${name}="${value}" is not allowed` });
      } else if (property === "style") {
        problems.push({
          line: lineOf(node),
          message: `style="${value}" is not allowed (the CSP forbids inline style); use presentation attributes such as fill and stroke`,
        });
      } else if ((property === "href" || property === "xLinkHref") && !value.startsWith("#")) {
        problems.push({
          line: lineOf(node),
          message: `${name}="${value}" is not allowed; a drawing may only link to #ids in the same file`,
        });
      } else if (/url\(\s*['"]?[^#'"\s]/.test(value)) {
        problems.push({
          line: lineOf(node),
          message: `${name}="${value}" is not allowed; a drawing may only link to #ids in the same file`,
        });
      }
    }
    for (const child of node.children) if (child.type === "element") visit(child);
  };
  visit(svg);

  const gzipped = gzipSync(source, { level: 9 }).length;
  if (gzipped > MAX_GZIPPED_BYTES) {
    problems.push({
      line: 1,
      message: `is ${(gzipped / 1024).toFixed(1)} KB gzipped; at most ${MAX_GZIPPED_BYTES / 1024} KB`,
    });
  }
  return { problems, width: size.width, height: size.height };
}

/** Lowercase words only: "Heel, side view." and "heel side view" are the same text. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Parses `content/figures.yaml` and checks each figure against its drawing
 * (`svgs`: id to its source and the file name to report) and the
 * bibliography. Every problem is reported with its line, none thrown. A
 * drawing with no entry is reported too: an unused file should be removed.
 * `lines` holds every entry's line, valid or not, for the loader's
 * cross-file checks (unknown and unused figures), and `citedKeys` the works
 * the figures cite, which count as cited in the bibliography.
 */
export function parseFigures(
  source: string,
  file: string,
  { svgs, bibliography }: { svgs: Map<string, { source: string; file: string }>; bibliography: Bibliography },
): { figures: Map<string, LoadedFigure>; lines: Map<string, number>; citedKeys: string[]; issues: ContentIssue[] } {
  const figures = new Map<string, LoadedFigure>();
  const lines = new Map<string, number>();
  const citedKeys: string[] = [];
  const yaml = readYaml(source, file);
  if (yaml.syntaxIssues.length > 0) return { figures, lines, citedKeys, issues: yaml.syntaxIssues };
  const at = (path: readonly PropertyKey[]) => yaml.where(path);
  const lineOf = (path: readonly PropertyKey[]) => Number(at(path).split(":").pop());
  const data: unknown = yaml.data ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      figures,
      lines,
      citedKeys,
      issues: [
        { file: at([]), field: "(file)", message: "must map each figure id to its alt, caption, sources and licence" },
      ],
    };
  }

  const issues: ContentIssue[] = [];
  // Each entry on its own, so one bad entry neither hides the others' problems nor makes their placements "unknown".
  for (const [id, raw] of Object.entries(data)) {
    lines.set(id, lineOf([id]));
    let ok = true;
    const report = (path: PropertyKey[], message: string) => {
      issues.push({ file: at([id, ...path]), field: fieldPath([id, ...path]), message });
      ok = false;
    };
    if (!FIGURE_ID.test(id)) report([], "figure ids must be lowercase-kebab-case, like the drawing's file name");
    const parsed = FigureEntry.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(issue.path, describeIssue(issue, raw));
    }
    const entry = parsed.data;
    if (entry) {
      citedKeys.push(...entry.sources);
      if (entry.alt === "") {
        if (entry.caption !== undefined)
          report(
            ["caption"],
            'a decorative picture (alt: "") is shown without a caption; remove it, or write the alt text',
          );
      } else if (entry.alt.length < MIN_ALT_LENGTH) {
        report(
          ["alt"],
          `${JSON.stringify(entry.alt)} is ${entry.alt.length} characters; say what the picture shows in at least ${MIN_ALT_LENGTH}, or use "" for a picture only a guide answer card shows`,
        );
      } else if (entry.caption === undefined) {
        report(["caption"], "is required with alt text; add what the picture means, shown under it");
      } else if (words(entry.alt) === words(entry.caption)) {
        report(["alt"], "copies the caption; say what the picture shows");
      }
      entry.sources.forEach((key, index) => {
        if (!bibliography[key])
          report(["sources", index], `unknown citation key "${key}" (not in content/references.yaml)`);
      });
    }
    const drawing = svgs.get(id);
    if (!drawing) {
      report([], `its drawing content/figures/${id}.svg is missing`);
      continue;
    }
    const { problems, width, height } = checkSvg(drawing.source);
    for (const problem of problems) {
      issues.push({ file: drawing.file, field: `svg (line ${problem.line})`, message: problem.message });
      ok = false;
    }
    if (!ok || !entry || width === undefined || height === undefined) continue;
    const sources = entry.sources.flatMap((key) => {
      const reference = bibliography[key];
      if (!reference) return [];
      const href = referenceHref(reference);
      return [{ name: reference.publisher, ...(href ? { href } : {}) }];
    });
    const src = figureSrc(id);
    figures.set(
      id,
      entry.caption === undefined
        ? { decorative: true, picture: { id, src, width, height }, svg: drawing.source }
        : {
            decorative: false,
            figure: { id, src, alt: entry.alt, caption: entry.caption, width, height, sources },
            svg: drawing.source,
          },
    );
  }
  for (const [id, drawing] of svgs) {
    if (!lines.has(id)) {
      issues.push({
        file: drawing.file,
        field: "(file)",
        message: `no entry "${id}" in ${file}; add one or remove the drawing`,
      });
    }
  }
  return { figures, lines, citedKeys, issues };
}
