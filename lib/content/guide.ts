import type { ContentIssue } from "./issues";
import { type Bibliography, Guide, type GuideOutcome, type GuideQuestion, type Triage } from "./schema";
import { parseYamlFile, pathOfField } from "./yaml-file";

/**
 * Questions on the longest path: emergency signs, same-day signs, who, where and when. One question per
 * step, and a runner in pain should not face more.
 */
export const MAX_GUIDE_DEPTH = 5;

/** The answers of a warning-sign step: the walker in tests and every reader know what they mean. */
const SIGN_ANSWERS = ["yes", "no"] as const;

// The guide points to patterns; it never tells a reader what they have.
const DIAGNOSTIC_WORDING = /\byou (?:have|have got|are suffering from)\b|\bdiagnos/i;

/** One answered step on the way to a page: the question, the answer chosen, and the answers before it. */
export type GuideStep = { questionId: string; question: GuideQuestion; answerId: string; before: string[] };

/** A page of the guide: the node its answers lead to, and the steps taken to get there. */
export type GuidePage =
  | { kind: "question"; id: string; question: GuideQuestion; steps: GuideStep[]; answers: string[] }
  | { kind: "outcome"; id: string; outcome: GuideOutcome; steps: GuideStep[]; answers: string[] };

/** The page a list of answers leads to from the start, or undefined when the answers do not fit the tree. */
export function guidePageFor(guide: Guide, answers: readonly string[]): GuidePage | undefined {
  let id = guide.start;
  const steps: GuideStep[] = [];
  for (const [index, answerId] of answers.entries()) {
    const question = guide.questions[id];
    const answer = question?.answers.find((candidate) => candidate.id === answerId);
    if (!question || !answer) return undefined;
    steps.push({ questionId: id, question, answerId, before: answers.slice(0, index) });
    id = answer.next;
  }
  const question = guide.questions[id];
  if (question) return { kind: "question", id, question, steps, answers: [...answers] };
  const outcome = guide.outcomes[id];
  return outcome ? { kind: "outcome", id, outcome, steps, answers: [...answers] } : undefined;
}

/**
 * The segment that opens a guide address carrying the home page's answer:
 * `/where-does-it-hurt/from/<answer>/<answers given>`. It can never be an
 * answer of the first step, which answers "yes" or "no".
 */
export const CARRY_SEGMENT = "from";

/** An answer chosen on the home page for a later question, kept until the reader reaches that question. */
export type CarriedAnswer = { questionId: string; answerId: string };

/** Whether a reader at node `from` can still reach question `target` (itself excluded). Assumes an acyclic guide. */
export function canReach(guide: Guide, from: string, target: string): boolean {
  return (guide.questions[from]?.answers ?? []).some(
    (answer) => answer.next === target || canReach(guide, answer.next, target),
  );
}

/**
 * A guide address's segments as the answer carried from the home page, if
 * any, and the answers given; undefined when the carried answer is not one of
 * the home entry question's.
 */
export function readGuideAddress(
  guide: Guide,
  segments: readonly string[],
): { carried?: CarriedAnswer; answers: string[] } | undefined {
  if (segments[0] !== CARRY_SEGMENT) return { answers: [...segments] };
  const answerId = segments[1] ?? "";
  const entry = guide.questions[guide.homeEntry];
  if (!entry?.answers.some((answer) => answer.id === answerId)) return undefined;
  return { carried: { questionId: guide.homeEntry, answerId }, answers: segments.slice(2) };
}

/**
 * Where an answer leads: the answers of the next page, and the carried answer
 * while its question is still ahead. The step just before that question
 * links straight past it with the carried answer given, so a reader who
 * started from the home page answers every earlier step, warning signs first,
 * and the same pages as everyone else from there on.
 */
export function nextAnswers(
  guide: Guide,
  answers: readonly string[],
  answer: { id: string; next: string },
  carried: CarriedAnswer | undefined,
): { carried?: CarriedAnswer; answers: string[] } {
  const given = [...answers, answer.id];
  if (!carried) return { answers: given };
  if (answer.next === carried.questionId) return { answers: [...given, carried.answerId] };
  return canReach(guide, answer.next, carried.questionId) ? { carried, answers: given } : { answers: given };
}

/**
 * The page a guide address leads to: a carried answer is only valid on the
 * questions before its own.
 */
export function guidePageAt(
  guide: Guide,
  segments: readonly string[],
): { page: GuidePage; carried?: CarriedAnswer } | undefined {
  const address = readGuideAddress(guide, segments);
  const page = address && guidePageFor(guide, address.answers);
  if (!address || !page) return undefined;
  const { carried } = address;
  if (carried && (page.kind !== "question" || !canReach(guide, page.id, carried.questionId))) return undefined;
  return { page, ...(carried ? { carried } : {}) };
}

/** Every list of answers that leads to a page, the start (no answers) included. Assumes a validated, acyclic guide. */
export function allGuideAnswerPaths(guide: Guide): string[][] {
  const paths: string[][] = [];
  const walk = (id: string, answers: string[]) => {
    paths.push(answers);
    for (const answer of guide.questions[id]?.answers ?? []) walk(answer.next, [...answers, answer.id]);
  };
  walk(guide.start, []);
  // The pages that carry a home page answer: each question before the home entry question, per answer.
  for (const { id: answerId } of guide.questions[guide.homeEntry]?.answers ?? []) {
    const carry = (id: string, answers: string[]) => {
      if (!canReach(guide, id, guide.homeEntry)) return;
      paths.push([CARRY_SEGMENT, answerId, ...answers]);
      for (const answer of guide.questions[id]?.answers ?? []) carry(answer.next, [...answers, answer.id]);
    };
    carry(guide.start, []);
  }
  return paths;
}

/** Every piece of text a reader sees in the guide, for the wording and reading-grade checks. */
export function guideTexts(guide: Guide): { where: string; text: string }[] {
  const texts = [
    { where: "title", text: guide.title },
    { where: "description", text: guide.description },
  ];
  for (const [id, question] of Object.entries(guide.questions)) {
    texts.push({ where: `questions.${id}.question`, text: question.question });
    texts.push({ where: `questions.${id}.why`, text: question.why });
    question.answers.forEach((answer, index) => {
      texts.push({ where: `questions.${id}.answers[${index}].label`, text: answer.label });
      texts.push({ where: `questions.${id}.answers[${index}].summary`, text: answer.summary });
    });
  }
  for (const [id, outcome] of Object.entries(guide.outcomes)) {
    texts.push({ where: `outcomes.${id}.title`, text: outcome.title });
    if (outcome.kind === "get-help") texts.push({ where: `outcomes.${id}.whatToDo`, text: outcome.whatToDo });
    else
      outcome.selfCare.forEach((step, index) =>
        texts.push({ where: `outcomes.${id}.selfCare[${index}]`, text: step.text }),
      );
  }
  return texts;
}

/** Bibliography keys the guide cites. */
function guideCitations(guide: Guide): string[] {
  return [
    ...Object.values(guide.questions).flatMap((question) => question.cite),
    ...Object.values(guide.outcomes).flatMap((outcome) =>
      outcome.kind === "get-help" ? outcome.cite : outcome.selfCare.flatMap((step) => step.cite),
    ),
  ];
}

/** Article sections the guide links to, with where in the file each link is. */
function guideSectionLinks(guide: Guide): { where: string; ref: string }[] {
  return Object.entries(guide.outcomes).flatMap(([id, outcome]) =>
    (outcome.kind === "get-help" ? outcome.readMore : outcome.describedIn).map((ref, index) => ({
      where: `outcomes.${id}.${outcome.kind === "get-help" ? "readMore" : "describedIn"}[${index}]`,
      ref,
    })),
  );
}

/**
 * Parses and validates `content/guide.yaml`: the tree must have no dead end,
 * cycle or unreachable step and at most five questions on any path; its
 * citations, triage items and conditions must exist; no text may diagnose;
 * the first step shows the emergency signs alone; a warning-sign step answers
 * yes or no; a get-help outcome shows at least one sign. Article section
 * links are checked by the loader, which knows the articles.
 */
export function parseGuide(
  source: string,
  file: string,
  { bibliography, triage }: { bibliography: Bibliography; triage: Triage },
): {
  guide: Guide | undefined;
  /** Read even when the guide has other problems, so the loader reports no knock-on errors. */
  citedKeys: string[];
  sectionLinks: { where: string; ref: string }[];
  /** The figures on answer cards, for the loader, which knows the figures. */
  answerFigures: { where: string; id: string }[];
  issues: ContentIssue[];
  /** `file:line` of a field named as this function's reports name it (`questions.start.answers[0].next`). */
  lineOf: (field: string) => string;
} {
  const parsed = parseYamlFile(source, file, Guide);
  const lineOf = (field: string) => parsed.where(pathOfField(field));
  if (!parsed.data)
    return { guide: undefined, citedKeys: [], sectionLinks: [], answerFigures: [], issues: parsed.issues, lineOf };
  const guide = parsed.data;
  const issues: ContentIssue[] = [];
  const report = (field: string, message: string) => issues.push({ file: lineOf(field), field, message });
  const isNode = (id: string) => Boolean(guide.questions[id] ?? guide.outcomes[id]);

  if (!guide.questions[guide.start]) report("start", `"${guide.start}" is not a question; set start to a question id`);
  for (const id of Object.keys(guide.questions)) {
    if (guide.outcomes[id]) report(`outcomes.${id}`, "has the same id as a question; rename one");
  }
  for (const [id, question] of Object.entries(guide.questions)) {
    const seen = new Set<string>();
    question.answers.forEach((answer, index) => {
      const field = `questions.${id}.answers[${index}]`;
      if (seen.has(answer.id)) report(`${field}.id`, `duplicate answer id "${answer.id}"; give each answer its own id`);
      seen.add(answer.id);
      if (!isNode(answer.next))
        report(
          `${field}.next`,
          `"${answer.next}" is neither a question nor an outcome (a dead end); use the id of one`,
        );
    });
    question.cite.forEach((key, index) => {
      if (!bibliography[key])
        report(`questions.${id}.cite[${index}]`, `unknown citation key "${key}"; add it to content/references.yaml`);
    });
  }

  const triageIds = new Map(triage.items.map((item) => [item.id, item]));
  for (const [id, outcome] of Object.entries(guide.outcomes)) {
    const keys = outcome.kind === "get-help" ? outcome.cite : outcome.selfCare.flatMap((step) => step.cite);
    for (const key of keys)
      if (!bibliography[key])
        report(`outcomes.${id}`, `unknown citation key "${key}"; add it to content/references.yaml`);
    if (outcome.kind === "get-help") {
      outcome.triage.forEach((itemId, index) => {
        if (!triageIds.has(itemId))
          report(
            `outcomes.${id}.triage[${index}]`,
            `"${itemId}" is not an item in content/triage.yaml; use an item's id`,
          );
      });
      if (outcome.triage.length === 0 && outcome.showsLevels.length === 0) {
        report(`outcomes.${id}.triage`, "a get-help outcome must show at least one sign (triage or showsLevels)");
      }
    } else {
      outcome.conditions.forEach((condition, index) => {
        if (!triage.conditions[condition])
          report(
            `outcomes.${id}.conditions[${index}]`,
            `"${condition}" is not a condition; use one from content/triage.yaml`,
          );
      });
    }
  }

  const start = guide.questions[guide.start];
  if (start && start.showsLevels.join() !== "emergency") {
    report(
      `questions.${guide.start}.showsLevels`,
      "the first step must show the emergency signs, and only those, so they are never behind an answer",
    );
  }
  for (const [id, question] of Object.entries(guide.questions)) {
    const answerIds = question.answers.map((answer) => answer.id).join();
    if (question.showsLevels.length > 0 && answerIds !== SIGN_ANSWERS.join()) {
      report(
        `questions.${id}.answers`,
        `a warning-sign step answers "yes" or "no", in that order (found: ${answerIds})`,
      );
    }
  }

  checkHomeEntry(guide, report);
  for (const { where, text } of guideTexts(guide)) {
    if (DIAGNOSTIC_WORDING.test(text))
      report(where, `"${text}": the guide describes patterns; it never says what a reader has, so reword it`);
  }

  checkTreeShape(guide, report);
  return {
    guide: issues.length === 0 ? guide : undefined,
    citedKeys: guideCitations(guide),
    sectionLinks: guideSectionLinks(guide),
    answerFigures: Object.entries(guide.questions).flatMap(([id, question]) =>
      question.answers.flatMap((answer, index) =>
        answer.figure ? [{ where: `questions.${id}.answers[${index}].figure`, id: answer.figure }] : [],
      ),
    ),
    issues,
    lineOf,
  };
}

/**
 * The home entry question is asked after every warning-sign step on every
 * path to it: a reader who starts from the home page by where it hurts still
 * sees the emergency and same-day signs first.
 */
function checkHomeEntry(guide: Guide, report: (field: string, message: string) => void) {
  const entry = guide.questions[guide.homeEntry];
  if (!entry) {
    report("homeEntry", `"${guide.homeEntry}" is not a question; use the id of the question the home page offers`);
    return;
  }
  const reachesAvoiding = (id: string, avoid: string, seen: Set<string>): boolean => {
    if (id === guide.homeEntry) return true;
    if (id === avoid || seen.has(id)) return false;
    seen.add(id);
    return (guide.questions[id]?.answers ?? []).some((answer) => reachesAvoiding(answer.next, avoid, seen));
  };
  const fix = "offer a question asked after every warning-sign step";
  if (entry.showsLevels.length > 0) report("homeEntry", `"${guide.homeEntry}" is a warning-sign step; ${fix}`);
  else
    for (const [id, question] of Object.entries(guide.questions)) {
      if (question.showsLevels.length > 0 && reachesAvoiding(guide.start, id, new Set()))
        report("homeEntry", `"${guide.homeEntry}" can be reached without the warning-sign step "${id}"; ${fix}`);
    }
}

/** Cycles, unreachable steps and paths with more than five questions. */
function checkTreeShape(guide: Guide, reportOnce: (field: string, message: string) => void) {
  const reached = new Set<string>();
  // A node on many paths would otherwise be reported once per path.
  const reported = new Set<string>();
  const report = (field: string, message: string) => {
    if (!reported.has(field)) reportOnce(field, message);
    reported.add(field);
  };
  const walk = (id: string, trail: string[]) => {
    if (trail.includes(id)) {
      report(
        `questions.${id}`,
        `is part of a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(" -> ")}; point one answer elsewhere`,
      );
      return;
    }
    reached.add(id);
    const question = guide.questions[id];
    if (!question) return;
    if (trail.length + 1 === MAX_GUIDE_DEPTH + 1) {
      report(
        `questions.${id}`,
        `is question ${trail.length + 1} on the path ${[...trail, id].join(" -> ")}; at most ${MAX_GUIDE_DEPTH}, so ask fewer`,
      );
    }
    for (const answer of question.answers) walk(answer.next, [...trail, id]);
  };
  if (guide.questions[guide.start]) walk(guide.start, []);
  for (const [kind, nodes] of [
    ["questions", guide.questions],
    ["outcomes", guide.outcomes],
  ] as const) {
    for (const id of Object.keys(nodes))
      if (!reached.has(id))
        report(`${kind}.${id}`, "no path from the start reaches it; link an answer to it, or delete it");
  }
}
