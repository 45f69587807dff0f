import matter from "gray-matter";
import YAML from "yaml";

/**
 * Splits a Markdown file into its front matter (not yet validated) and body.
 * YAML 1.2 core schema: dates stay strings, so the schema sees exactly what
 * was written and rejects an impossible date instead of rolling it over.
 */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const { data, content } = matter(source, {
    engines: { yaml: (text: string) => YAML.parse(text, { schema: "core" }) ?? {} },
  });
  return { data, body: content };
}
