import YAML from "yaml";

import { describeIssue, fieldPath, type ContentIssue } from "./issues";
import { HomePage } from "./schema";

/** Parses and validates `content/home.yaml`; its section links are checked by the loader, which knows the articles. */
export function parseHomePage(source: string, file: string): { home: HomePage | undefined; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = YAML.parse(source, { schema: "core" });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { home: undefined, issues: [{ file, field: "(file)", message: `invalid YAML: ${message}` }] };
  }
  const parsed = HomePage.safeParse(data ?? {});
  if (parsed.success) return { home: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path, "(file)"),
    message: describeIssue(issue, data),
  }));
  return { home: undefined, issues };
}
