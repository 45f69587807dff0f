/** Prints the Flesch-Kincaid grade of each Markdown file given: `npx tsx lib/build/check-readability.ts content/articles/*.md`. */
import { readFileSync } from "node:fs";

import { splitFrontMatter } from "../content/front-matter";
import { measureReadability } from "../content/readability";

for (const file of process.argv.slice(2)) {
  const stats = measureReadability(splitFrontMatter(readFileSync(file, "utf8")).body);
  console.log(`${file}: grade ${stats.grade} (${stats.words} words, ${stats.sentences} sentences)`);
}
