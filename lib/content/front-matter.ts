import { readYaml, type YamlSource } from "./yaml-file";

/** A Markdown file cut at its front matter, with the file line each part starts on. */
type ArticleSource = {
  /** The front matter read with its positions (YAML 1.2 core schema: dates stay strings). */
  frontMatter: YamlSource;
  body: string;
  /** How many file lines come before the body, so body problems report file line numbers. */
  bodyLine: number;
  /** Set when the `---` lines around the front matter are missing, with what to do. */
  fenceProblem?: string;
};

const FENCE = /^---\s*$/;

/**
 * Cuts a Markdown file into front matter and body. The front matter is read
 * with the core schema, so the schema sees exactly what was written and an
 * impossible date is rejected instead of rolled over.
 */
export function readArticleSource(source: string, file: string): ArticleSource {
  const lines = source.split("\n");
  const end = FENCE.test(lines[0] ?? "") ? lines.findIndex((line, index) => index > 0 && FENCE.test(line)) : -1;
  if (end < 0) {
    return {
      frontMatter: readYaml("", file, 1),
      body: FENCE.test(lines[0] ?? "") ? lines.slice(1).join("\n") : source,
      bodyLine: FENCE.test(lines[0] ?? "") ? 1 : 0,
      fenceProblem: FENCE.test(lines[0] ?? "")
        ? "the front matter opened with --- on line 1 is never closed: add a --- line after its last field"
        : "missing: start the file with a --- line, the fields (see content/README.md), and another --- line",
    };
  }
  return {
    frontMatter: readYaml(lines.slice(1, end).join("\n"), file, 2),
    body: lines.slice(end + 1).join("\n"),
    bodyLine: end + 1,
  };
}

/** The front matter as far as it can be read (not validated) and the body, for tools that need no report. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const { frontMatter, body } = readArticleSource(source, "");
  const data = frontMatter.data;
  return { data: typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {}, body };
}
