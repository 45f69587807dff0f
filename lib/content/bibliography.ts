import type { ContentIssue } from "./issues";
import { Bibliography, type BibliographyEntry } from "./schema";
import { parseYamlFile } from "./yaml-file";

/** Parses and validates the bibliography file; every problem is reported, none thrown. */
export function parseBibliography(
  source: string,
  file: string,
): { bibliography: Bibliography; issues: ContentIssue[]; where: (path: readonly PropertyKey[]) => string } {
  const { data, issues, where } = parseYamlFile(source, file, Bibliography);
  return { bibliography: data ?? {}, issues, where };
}

/** The link a reader follows for a work: its DOI, PubMed page, PMC page or publisher URL. */
export function referenceHref(entry: BibliographyEntry): string | undefined {
  if (entry.doi) return `https://doi.org/${entry.doi}`;
  if (entry.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${entry.pmid}/`;
  if (entry.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${entry.pmcid}/`;
  return entry.url;
}
