import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";

import { hasCitation } from "./citations";
import type { ContentIssue } from "./issues";
import { lintProse } from "./prose-lint";
import { type Programme, ProgrammeFile } from "./programme-schema";
import type { Bibliography, IsoDate, Triage } from "./schema";
import { CITATION_PATTERN, citationKeys } from "./syntax";
import { parseYamlFile, pathOfField } from "./yaml-file";

/** Every cited text of a programme, with the field that holds it, in the order the page shows them. */
export function programmeTexts(file: ProgrammeFile): { where: string; text: string }[] {
  const list = (name: string, items: readonly string[]) =>
    items.map((text, index) => ({ where: `${name}[${index}]`, text }));
  return [
    ...list("intro", file.intro),
    ...list("forWho", file.forWho),
    ...list("notFor", file.notFor),
    ...list("needs", file.needs),
    ...file.options.flatMap((option, index) => [
      { where: `options[${index}].summary`, text: option.summary },
      ...list(`options[${index}].steps`, option.steps),
      { where: `options[${index}].ticksNote`, text: option.ticksNote },
    ]),
    ...list("feel", file.feel),
    ...list("goingUp", file.goingUp),
    ...list("steppingBack", file.steppingBack),
  ];
}

/** Every bibliography key a programme cites: in its texts and its week tables. */
export function programmeCitations(file: ProgrammeFile): string[] {
  return [
    ...programmeTexts(file).flatMap(({ text }) =>
      [...text.matchAll(CITATION_PATTERN)].flatMap((m) => citationKeys(m[1] ?? "")),
    ),
    ...file.options.flatMap((option) => option.weeks.flatMap((row) => row.cite)),
  ];
}

type Context = { bibliography: Bibliography; triage: Triage; figureIds: ReadonlySet<string>; today: IsoDate };

/**
 * Parses and checks one programme file: its schema, a citation on every text
 * and every week row, known citation keys, triage items, conditions and
 * drawings, week rows that start at week 1 and follow on, and the prose rules
 * articles follow (sentence length, the pain scale only where Achilles
 * tendinopathy is named). Its article link is checked by the loader.
 */
export function parseProgramme(
  source: string,
  file: string,
  slug: string,
  { bibliography, triage, figureIds, today }: Context,
): {
  programme: Programme | undefined;
  citedKeys: string[];
  /** Root-relative links in its texts, with the field they are in, for the loader to resolve. */
  links: { href: string; where: string }[];
  issues: ContentIssue[];
  lineOf: (field: string) => string;
} {
  const parsed = parseYamlFile(source, file, ProgrammeFile);
  const lineOf = (field: string) => parsed.where(pathOfField(field));
  if (!parsed.data) return { programme: undefined, citedKeys: [], links: [], issues: parsed.issues, lineOf };
  const data = parsed.data;
  const issues: ContentIssue[] = [];
  const report = (field: string, message: string) => issues.push({ file: lineOf(field), field, message });
  const checkKey = (field: string, key: string) => {
    if (!bibliography[key])
      report(field, `unknown citation key "${key}"; add the work to content/references.yaml or fix the key`);
  };

  if (data.nextReview < today)
    report("nextReview", `${data.nextReview} has passed; review the programme against its sources and set a new date`);
  const items = new Set(triage.items.map((item) => item.id));
  data.notForSigns.forEach((id, index) => {
    if (!items.has(id))
      report(`notForSigns[${index}]`, `"${id}" is not an item in content/triage.yaml; use an item's id`);
  });
  data.conditions.forEach((condition, index) => {
    if (!triage.conditions[condition])
      report(`conditions[${index}]`, `"${condition}" is not a condition; use one from content/triage.yaml`);
  });

  const processor = remark().use(remarkGfm);
  const links: { href: string; where: string }[] = [];
  for (const { where, text } of programmeTexts(data)) {
    if (!hasCitation(text)) report(where, "has no citation; add [@key] for the source that says it");
    for (const match of text.matchAll(CITATION_PATTERN))
      for (const key of citationKeys(match[1] ?? "")) checkKey(where, key);
    const tree = processor.parse(text);
    visit(tree, "link", ({ url }) => {
      if (url.startsWith("/")) links.push({ href: url, where });
      else report(where, `link "${url}" must be root-relative, such as /articles/plantar-fasciitis#treatment`);
    });
    lintProse(tree, {
      title: data.title,
      report: (_field, message) => report(where, message),
      at: () => where,
    });
  }

  const optionIds = new Set<string>();
  data.options.forEach((option, index) => {
    const at = `options[${index}]`;
    if (optionIds.has(option.id)) report(`${at}.id`, `duplicate option id "${option.id}"; give each option its own id`);
    optionIds.add(option.id);
    option.figures.forEach((id, figure) => {
      if (!figureIds.has(id))
        report(`${at}.figures[${figure}]`, `"${id}" is not a drawing (not in content/figures.yaml); use the id of one`);
    });
    checkWeeks(option.weeks, at, report);
    option.weeks.forEach((row, rowIndex) =>
      row.cite.forEach((key, keyIndex) => checkKey(`${at}.weeks[${rowIndex}].cite[${keyIndex}]`, key)),
    );
  });

  return {
    programme: issues.length === 0 ? { ...data, slug } : undefined,
    citedKeys: programmeCitations(data),
    links,
    issues,
    lineOf,
  };
}

/**
 * Week rows run from week 1 with no gap or overlap. A row may repeat the
 * weeks of the row before it: a second exercise in the same block.
 */
function checkWeeks(
  weeks: ProgrammeFile["options"][number]["weeks"],
  at: string,
  report: (field: string, message: string) => void,
) {
  let previous: { from: number; to: number } | undefined;
  weeks.forEach((row, index) => {
    const field = `${at}.weeks[${index}]`;
    if (row.to < row.from)
      report(`${field}.to`, `week ${row.to} is before from (week ${row.from}); set to at or after from`);
    const repeats = previous !== undefined && row.from === previous.from && row.to === previous.to;
    const expected = previous === undefined ? 1 : previous.to + 1;
    if (!repeats && row.from !== expected)
      report(
        `${field}.from`,
        `week ${row.from} does not follow on: start at week ${expected}${previous ? `, or repeat weeks ${previous.from}-${previous.to} for another exercise` : ""}`,
      );
    previous = row;
  });
}
