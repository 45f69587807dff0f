import YAML from "yaml";

import type { ContentIssue } from "./issues";
import { describeIssue, fieldPath } from "./issues";
import { Bibliography, type BibliographyEntry } from "./schema";

/** Parses and validates the bibliography file; every problem is reported, none thrown. */
export function parseBibliography(
  source: string,
  file: string,
): { bibliography: Bibliography; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = YAML.parse(source, { schema: "core" });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { bibliography: {}, issues: [{ file, field: "(file)", message: `invalid YAML: ${message}` }] };
  }
  const result = Bibliography.safeParse(data ?? {});
  if (result.success) return { bibliography: result.data, issues: [] };
  return {
    bibliography: {},
    issues: result.error.issues.map((issue) => ({
      file,
      field: fieldPath(issue.path, "(file)"),
      message: describeIssue(issue, data),
    })),
  };
}

/** The link a reader follows for a work: its DOI, PubMed page, PMC page or publisher URL. */
export function referenceHref(entry: BibliographyEntry): string | undefined {
  if (entry.doi) return `https://doi.org/${entry.doi}`;
  if (entry.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${entry.pmid}/`;
  if (entry.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${entry.pmcid}/`;
  return entry.url;
}
