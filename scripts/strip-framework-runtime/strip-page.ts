/**
 * Removes the React/Next.js client runtime from one prerendered page.
 *
 * Why: the site is static documents and plain links (README, "Why pages ship
 * no JavaScript"). Next.js still ships about 135 KB of gzipped framework
 * JavaScript per page and repeats the whole page in an inline RSC payload for
 * hydration. Without them an article is a fifth of the bytes, blocks no main
 * thread and needs no inline script, so the CSP can be `script-src 'self'`.
 *
 * The page is parsed (rehype), not pattern-matched, and every script is put in
 * exactly one class. Framework chunks named by the build manifest and the
 * inline RSC pushes are removed, JSON-LD and /share.js are kept (and
 * /programme-ticks.js on the programme pages alone), and anything
 * else fails the build: a script someone added on purpose must not vanish in
 * silence, and a script that needs the runtime would be dead in production.
 */
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** Thrown with every problem found on one page; the message names the file. */
export class StripError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join("\n"));
    this.name = "StripError";
  }
}

export type StripInput = {
  /** Path of the page, for messages. */
  file: string;
  /** URL paths of the framework's own chunks (`/_next/static/chunks/…js`), from `.next/build-manifest.json`. */
  frameworkChunks: ReadonlySet<string>;
  /** The page's route (`/programmes/plantar-heel-pain`), for scripts allowed on some pages only. */
  route?: string;
};

export type StripResult = {
  html: string;
  /** Framework script and preload elements removed. */
  removed: number;
  /** JSON-LD, /share.js and page-script elements kept. */
  kept: number;
};

/** Scripts that stay on the page: structured data, and the share button's progressive enhancement. */
const SHARE_SCRIPT = "/share.js";
const JSON_LD = "application/ld+json";

/** Scripts allowed on some routes only: the programme pages' tick keeper, and nowhere else. */
const PAGE_SCRIPTS: readonly { src: string; routes: RegExp }[] = [
  { src: "/programme-ticks.js", routes: /^\/programmes\/[a-z0-9-]+$/ },
];

// Next.js writes the RSC payload as a bootstrap and then pushes of JSON literals:
// `(self.__next_f=self.__next_f||[]).push([0])`, `self.__next_f.push([1,"…"])`.
// The argument must parse as JSON, so code cannot hide in a "payload".
const FLIGHT_PUSH = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\((.*)\)$/s;

function isFlightPush(source: string): boolean {
  const argument = FLIGHT_PUSH.exec(source.trim())?.[1];
  if (argument === undefined) return false;
  try {
    const value: unknown = JSON.parse(argument);
    return Array.isArray(value) && Number.isInteger(value[0]);
  } catch {
    return false;
  }
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(" ");
  return value === undefined || value === null || value === false ? undefined : String(value);
}

function describe(element: Element): string {
  const src = attribute(element, "src");
  if (src) return `<script src="${src}">`;
  const type = attribute(element, "type");
  const source = JSON.stringify(toText(element).trim().slice(0, 60));
  return `inline <script${type ? ` type="${type}"` : ""}> starting ${source}`;
}

type Verdict = "remove" | "keep" | { problem: string };

function classifyScript(element: Element, frameworkChunks: ReadonlySet<string>, route: string | undefined): Verdict {
  const src = attribute(element, "src");
  const type = attribute(element, "type");
  const hasBody = element.children.length > 0;
  if (type === JSON_LD && !src) return "keep";
  if (src === SHARE_SCRIPT && !hasBody) return "keep";
  const pageScript = PAGE_SCRIPTS.find((script) => script.src === src);
  if (pageScript && !hasBody && route !== undefined && pageScript.routes.test(route)) return "keep";
  if (src !== undefined && frameworkChunks.has(src) && !hasBody) return "remove";
  if (src === undefined && type === undefined && isFlightPush(toText(element))) return "remove";
  return {
    problem:
      `unexpected ${describe(element)}: only framework chunks and RSC pushes (removed), JSON-LD and ${SHARE_SCRIPT} ` +
      `(kept) are allowed${pageScript ? `, and ${pageScript.src} only on routes matching ${String(pageScript.routes)}` : ""}. Pages ship no framework runtime, so a script that needs it is dead in production ` +
      `(README, "Why pages ship no JavaScript"); add a new script to this allowlist on purpose.`,
  };
}

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">` fetch scripts too. */
function classifyLink(element: Element, frameworkChunks: ReadonlySet<string>): Verdict | null {
  const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
  const preloadsScript =
    rel.includes("modulepreload") || (rel.includes("preload") && attribute(element, "as") === "script");
  if (!preloadsScript) return null;
  const href = attribute(element, "href") ?? "";
  if (frameworkChunks.has(href)) return "remove";
  return { problem: `unexpected script preload <link href="${href}">: not a framework chunk` };
}

const parser = unified().use(rehypeParse);
const serializer = unified().use(rehypeStringify);

// The HTML parser drops one newline right after <pre>, <textarea> and <listing>, so React writes an extra one
// when the text starts with a newline. rehype-stringify does not, so without this a blank first line of a
// code block would be lost on the way through (the text check below catches that kind of change).
const LEADING_NEWLINE_DROPPED = new Set(["pre", "textarea", "listing"]);

function keepLeadingNewlines(tree: Root) {
  visit(tree, "element", (element) => {
    const first = element.children[0];
    if (LEADING_NEWLINE_DROPPED.has(element.tagName) && first?.type === "text" && first.value.startsWith("\n")) {
      first.value = `\n${first.value}`;
    }
  });
}

function body(tree: Root): Element | undefined {
  let found: Element | undefined;
  visit(tree, "element", (element) => {
    if (element.tagName !== "body") return;
    found = element;
    return SKIP;
  });
  return found;
}

/** What a reader sees: the text of `<body>` as rendered (scripts, templates and the like contribute none). */
function bodyText(tree: Root): string {
  const element = body(tree);
  return element ? toText(element) : "";
}

/** Throws unless the body text before and after is the same; the message quotes where they part. */
export function assertSameText(original: string, changed: string, file: string) {
  if (original === changed) return;
  let at = 0;
  while (original[at] === changed[at]) at += 1;
  const quote = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
  throw new StripError(file, [
    `the visible text of <body> changed at character ${at}: ${quote(original)} became ${quote(changed)}`,
  ]);
}

function scriptCount(tree: Root): number {
  let count = 0;
  visit(tree, "element", (element) => {
    if (element.tagName === "script") count += 1;
  });
  return count;
}

/** The page without its framework runtime; throws a StripError listing every problem otherwise. */
export function stripFrameworkRuntime(html: string, { file, frameworkChunks, route }: StripInput): StripResult {
  const tree = parser.parse(html);
  const textBefore = bodyText(tree);
  const problems: string[] = [];
  let removedChunks = 0;
  let removedPushes = 0;
  let removedPreloads = 0;
  let kept = 0;

  visit(tree, "element", (element, index, parent) => {
    const verdict =
      element.tagName === "script"
        ? classifyScript(element, frameworkChunks, route)
        : element.tagName === "link"
          ? classifyLink(element, frameworkChunks)
          : null;
    if (verdict === null) return;
    if (verdict === "keep") {
      kept += 1;
      return SKIP;
    }
    if (typeof verdict === "object") {
      problems.push(verdict.problem);
      return SKIP;
    }
    if (parent === undefined || index === undefined) return;
    if (element.tagName === "link") removedPreloads += 1;
    else if (attribute(element, "src")) removedChunks += 1;
    else removedPushes += 1;
    parent.children.splice(index, 1);
    // Visit the node that moved into this index next.
    return [SKIP, index];
  });

  if (problems.length === 0 && (removedChunks === 0 || removedPushes === 0)) {
    problems.push(
      `no framework runtime found (${removedChunks} framework chunks, ${removedPushes} RSC pushes): ` +
        "was this page stripped already, or has the Next.js output changed?",
    );
  }
  if (problems.length > 0) throw new StripError(file, problems);

  keepLeadingNewlines(tree);
  const stripped = serializer.stringify(tree);
  // Read the result back as a browser would: the parse/serialise round trip must not move or lose content,
  // and must not turn anything into a script.
  const after = parser.parse(stripped);
  assertSameText(textBefore, bodyText(after), file);
  const remaining = scriptCount(after);
  if (remaining !== kept) throw new StripError(file, [`${remaining} scripts remain after stripping, expected ${kept}`]);
  return { html: stripped, removed: removedChunks + removedPushes + removedPreloads, kept };
}
