/**
 * content/README.md's "Rules the build checks" table and the messages in
 * lib/content stay in step: every message a writer can see is covered by a
 * rule row (matched by the row's message words), and every row still matches
 * a message, so neither can drift from the other.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const LIB = path.join(process.cwd(), "lib", "content");
const README = readFileSync(path.join(process.cwd(), "content", "README.md"), "utf8");

/** Calls whose second argument is a message, object fields that hold one, and functions that return one. */
const REPORTERS = new Set(["report", "reportOnce"]);
const MESSAGE_FIELDS = new Set(["message", "error", "fenceProblem"]);
const MESSAGE_MAKERS = new Set(["describeIssue", "syntaxFix", "brokenLinkReason", "readArticleSource"]);

/** A string's fixed text, with `…` for each value put into it. */
function fixedText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => `…${span.literal.text}`)].join("");
  if (ts.isConditionalExpression(node))
    return [fixedText(node.whenTrue), fixedText(node.whenFalse)].filter(Boolean).join(" | ");
  return undefined;
}

/** Every message a writer can see, as fixed text, with the file it is written in. */
function messages(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const name of readdirSync(LIB).filter((file) => file.endsWith(".ts"))) {
    const source = ts.createSourceFile(name, readFileSync(path.join(LIB, name), "utf8"), ts.ScriptTarget.Latest, true);
    const add = (node: ts.Node | undefined) => {
      const text = node && fixedText(node);
      if (text && /[a-z]{3}/.test(text)) for (const part of text.split(" | ")) found.push({ file: name, text: part });
    };
    let maker = "";
    const visit = (node: ts.Node) => {
      const outer = maker;
      if (ts.isFunctionDeclaration(node) && node.name) maker = node.name.text;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && REPORTERS.has(node.expression.text)) {
        add(node.arguments[1]);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && MESSAGE_FIELDS.has(node.name.text)) {
        add(node.initializer);
      }
      if (ts.isReturnStatement(node) && MESSAGE_MAKERS.has(maker) && node.expression) add(node.expression);
      ts.forEachChild(node, visit);
      maker = outer;
    };
    visit(source);
  }
  return found;
}

/** The rules table: each row's id and the words its messages contain (`| \`id\` | what | \`words\` |`). */
function rules(): { id: string; words: string }[] {
  const table = README.slice(README.indexOf("## Rules the build checks"));
  return [...table.matchAll(/^\| `([a-z0-9-]+)` \| .+ \| `([^`]+)` \|$/gm)].map(([, id = "", words = ""]) => ({
    id,
    words,
  }));
}

describe("content/README.md lists every rule the content checks enforce", () => {
  it("every message in lib/content is covered by a row of the rules table", () => {
    const rows = rules();
    const uncovered = messages().filter(({ text }) => !rows.some(({ words }) => text.includes(words)));
    expect(uncovered).toEqual([]);
  });

  it("every row matches a message that still exists, and has its own id", () => {
    const texts = messages().map(({ text }) => text);
    const rows = rules();
    expect(rows.filter(({ words }) => !texts.some((text) => text.includes(words)))).toEqual([]);
    expect(new Set(rows.map(({ id }) => id)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(30);
  });
});
