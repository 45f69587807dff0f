/** Prints the Flesch-Kincaid grade of each Markdown file given: `npx tsx scripts/check-readability.ts content/articles/*.md`. */
import { readFileSync } from "node:fs";
import matter from "gray-matter";

import { measureReadability } from "../lib/content/readability";

for (const file of process.argv.slice(2)) {
  const { content } = matter(readFileSync(file, "utf8"));
  const stats = measureReadability(content);
  console.log(`${file}: grade ${stats.grade} (${stats.words} words, ${stats.sentences} sentences)`);
}
