import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { type ContentLibrary, loadContent } from "@/lib/content/load-content";
import { ContentValidationError, formatIssue } from "@/lib/content/issues";

export const FIXTURES = path.resolve(__dirname, "../fixtures/content");
export const VALID_ROOT = path.join(FIXTURES, "valid");
export const TODAY = "2026-11-25";

/** Reads an invalid-content fixture. */
export const invalidFixture = (name: string) => readFileSync(path.join(FIXTURES, "invalid", name), "utf8");

type Extra = {
  article?: string;
  as?: string;
  references?: string;
  triage?: string;
  guide?: string;
  plan?: string;
  figures?: string;
  drawings?: string;
  /** A programme file, copied into programmes/ (named by `as` when given). */
  programme?: string;
};

/**
 * The valid fixture library copied to a temporary folder, plus invalid
 * fixtures: articles (copied under `articles/`, optionally to another path)
 * bibliography entries (appended to references.yaml), triage, guide, plan or figures files (replacing the valid ones),
 * a folder of drawings (copied into figures/) and programmes (copied into programmes/).
 */
export function fixtureLibrary(extras: Extra[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), "hpg-content-"));
  cpSync(VALID_ROOT, root, { recursive: true });
  for (const extra of extras) {
    if (extra.article) {
      const target = path.join(root, "articles", extra.as ?? extra.article);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(FIXTURES, "invalid", extra.article), target);
    }
    if (extra.programme) {
      mkdirSync(path.join(root, "programmes"), { recursive: true });
      cpSync(
        path.join(FIXTURES, "invalid", extra.programme),
        path.join(root, "programmes", extra.as ?? extra.programme),
      );
    }
    if (extra.guide) cpSync(path.join(FIXTURES, "invalid", extra.guide), path.join(root, "guide.yaml"));
    if (extra.plan) cpSync(path.join(FIXTURES, "invalid", extra.plan), path.join(root, "return-to-running-plan.yaml"));
    if (extra.figures) cpSync(path.join(FIXTURES, "invalid", extra.figures), path.join(root, "figures.yaml"));
    if (extra.drawings)
      cpSync(path.join(FIXTURES, "invalid", extra.drawings), path.join(root, "figures"), { recursive: true });
    if (extra.triage) cpSync(path.join(FIXTURES, "invalid", extra.triage), path.join(root, "triage.yaml"));
    if (extra.references) appendFileSync(path.join(root, "references.yaml"), invalidFixture(extra.references));
  }
  return root;
}

/** Loads a library; returns it, or the problem report lines with the temporary root shown as `content`. */
export function load(root: string): { library?: ContentLibrary; problems: string[] } {
  const cwd = process.cwd();
  // Report paths are relative to the working directory; run from the root's parent so they read content/...
  process.chdir(path.dirname(root));
  try {
    return { library: loadContent({ root, today: TODAY }), problems: [] };
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    const base = path.basename(root);
    return { problems: error.issues.map((issue) => formatIssue(issue).replaceAll(`${base}/`, "content/")) };
  } finally {
    process.chdir(cwd);
  }
}
