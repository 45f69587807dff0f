import { readFileSync } from "node:fs";
import path from "node:path";

import YAML, { LineCounter } from "yaml";
import { z } from "zod";

import { ContentValidationError, describeIssue, fieldPath, type ContentIssue } from "./issues";
import { type ContentLibrary, loadContent } from "./load-content";
import type { IsoDate } from "./schema";
import { lineAt } from "./yaml-file";
import { termKey } from "../search/analyse";

/** A word or phrase as readers or articles write it: lowercase letters, digits, spaces, hyphens, apostrophes. */
const SynonymTerm = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9](?:[a-z0-9' -]*[a-z0-9])?$/, {
    error: "must be lowercase letters, digits, spaces, hyphens or apostrophes",
  });

/** Words or phrases search treats as the same thing ("heel bone" and "calcaneus"). */
export const SynonymGroup = z.array(SynonymTerm).min(2, { error: "a group needs at least two terms" });
export type SynonymGroup = z.infer<typeof SynonymGroup>;

/**
 * What the articles cover, for the answer gate: a question naming another
 * part of the body ("knee pain when running") and no part of the heel gets no
 * answer card, however well a passage that mentions the knee in passing matches.
 */
export const SearchScope = z
  .object({
    /** Parts of the body the articles do not cover; a phrase ("back pain") matches as a phrase. */
    otherBodyParts: z.array(SynonymTerm).min(1),
    /** Words that put a question back in scope ("knee to heel"). */
    heel: z.array(SynonymTerm).min(1),
  })
  .strict();
export type SearchScope = z.infer<typeof SearchScope>;

/** The whole of `content/search-synonyms.yaml`. */
export const SearchSynonyms = z.object({ groups: z.array(SynonymGroup).min(1), scope: SearchScope }).strict();
export type SearchSynonyms = z.infer<typeof SearchSynonyms>;

/**
 * Parses and validates the search synonym groups. Every problem is reported
 * with its line (`content/search-synonyms.yaml:12`) and the group it is in;
 * none is thrown. Terms are compared as search compares them (word endings
 * and common words ignored), and a term may sit in one group only: in two,
 * search could not tell which meaning the reader had in mind.
 */
export function parseSynonyms(
  source: string,
  file: string,
): { synonyms: SearchSynonyms | undefined; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter, schema: "core", prettyErrors: false });
  const lineOf = (path: readonly PropertyKey[]) => `${file}:${lineAt(doc, lineCounter, path)}`;

  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    return {
      synonyms: undefined,
      issues: [{ file: `${file}:${line}`, field: "(file)", message: `invalid YAML: ${syntax.message.split("\n")[0]}` }],
    };
  }
  const data: unknown = doc.toJS();
  const parsed = SearchSynonyms.safeParse(data ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      file: lineOf(issue.path),
      field: fieldPath(issue.path, "(file)"),
      message: describeIssue(issue, data),
    }));
    return { synonyms: undefined, issues };
  }

  const issues: ContentIssue[] = [];
  const owner = new Map<string, { group: number; line: string }>();
  parsed.data.groups.forEach((group, groupIndex) => {
    group.forEach((term, termIndex) => {
      const path = ["groups", groupIndex, termIndex];
      const key = termKey(term);
      const first = owner.get(key);
      if (!key) {
        issues.push({
          file: lineOf(path),
          field: fieldPath(path),
          message: `"${term}" has only words search ignores (such as "the", "can")`,
        });
      } else if (!first) owner.set(key, { group: groupIndex, line: lineOf(path) });
      else if (first.group !== groupIndex) {
        // "numb" and "numbness" in one group is harmless; across two groups it would merge two meanings.
        issues.push({
          file: lineOf(path),
          field: fieldPath(path),
          message: `"${term}" is the same search term as one in groups[${first.group}] (${first.line})`,
        });
      }
    });
  });
  const { otherBodyParts, heel } = parsed.data.scope;
  heel.forEach((word, index) => {
    if (otherBodyParts.some((other) => termKey(other) === termKey(word))) {
      const path = ["scope", "heel", index];
      issues.push({ file: lineOf(path), field: fieldPath(path), message: `"${word}" is also in scope.otherBodyParts` });
    }
  });
  return { synonyms: issues.length === 0 ? parsed.data : undefined, issues };
}

/**
 * Reads and checks everything the search index is built from: the content
 * library and `search-synonyms.yaml` beside it. Throws one
 * ContentValidationError with every problem of the synonyms file.
 */
export function loadSearchSources({ root, today }: { root: string; today: IsoDate }): {
  library: ContentLibrary;
  synonyms: SearchSynonyms;
} {
  const library = loadContent({ root, today });
  const file = path.join(root, "search-synonyms.yaml");
  const { synonyms, issues } = parseSynonyms(readFileSync(file, "utf8"), path.relative(process.cwd(), file) || file);
  if (!synonyms) throw new ContentValidationError(issues);
  return { library, synonyms };
}
