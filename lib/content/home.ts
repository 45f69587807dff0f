import type { ContentIssue } from "./issues";
import { HomePage } from "./schema";
import { parseYamlFile } from "./yaml-file";

/** Parses and validates `content/home.yaml`; its section links are checked by the loader, which knows the articles. */
export function parseHomePage(
  source: string,
  file: string,
): { home: HomePage | undefined; issues: ContentIssue[]; where: (path: readonly PropertyKey[]) => string } {
  const { data, issues, where } = parseYamlFile(source, file, HomePage);
  return { home: data, issues, where };
}
