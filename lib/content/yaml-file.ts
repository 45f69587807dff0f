import YAML, { isMap, isNode, isScalar, isSeq, LineCounter, type YAMLError } from "yaml";
import type { z } from "zod";

import { describeIssue, fieldPath, type ContentIssue } from "./issues";

/** YAML text read with its positions, so every problem can name the line a writer must change. */
export type YamlSource = {
  /** The data as far as it could be read. */
  data: unknown;
  /** Syntax problems, every one, each at the line where its mistake starts. */
  syntaxIssues: ContentIssue[];
  /** `file:line` of the field at this path; for a missing field, of its nearest parent that exists. */
  where: (path: readonly PropertyKey[]) => string;
};

/** What to do about each kind of YAML syntax error a writer makes. */
function syntaxFix(error: YAMLError): string {
  const text = error.message;
  if (/flow (sequence|mapping|collection)/i.test(text) || /missing closing [\]}]/i.test(text)) {
    return "a [ or { opened here is never closed: add the closing ] or }";
  }
  if (/quote/i.test(text)) return "a quote opened here is never closed: add the closing quote";
  if (error.code === "DUPLICATE_KEY") return "this field is written twice: keep one";
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || /nested mappings/i.test(text)) {
    return 'a value with ": " in it must be in quotes, for example title: "Heel pain: the causes"';
  }
  if (error.code === "TAB_AS_INDENT") return "indent with spaces, not tabs";
  return "check the indentation, colons and brackets on this line";
}

/**
 * Reads YAML with its positions. `firstLine` is the file line the text starts
 * on (2 for front matter after its opening `---`). Syntax errors are all
 * reported, each at the start of what is unclosed (the [ or quote), not where
 * the parser noticed, which is often the next line.
 */
export function readYaml(source: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter, schema: "core", prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  /** The innermost flow collection or quoted value that runs up to this offset, if any: [start, end]. */
  const unclosedAt = (offset: number): [number, number] | undefined => {
    let found: [number, number] | undefined;
    YAML.visit(doc, (_key, node) => {
      if (!isNode(node) || !node.range) return;
      const open = ((isMap(node) || isSeq(node)) && node.flow) || (isScalar(node) && node.type?.startsWith("QUOTE"));
      if (open && node.range[0] < offset && offset <= node.range[2]) found = [node.range[0], node.range[2]];
    });
    return found;
  };

  const where = (path: readonly PropertyKey[]): string => {
    for (let length = path.length; length > 0; length -= 1) {
      const parent: unknown = length === 1 ? doc.contents : doc.getIn(path.slice(0, length - 1), true);
      const key = path[length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        if (pair && isNode(pair.key) && pair.key.range) return `${file}:${line(pair.key.range[0])}`;
      }
      if (isSeq(parent) && typeof key === "number") {
        const item: unknown = parent.items[key];
        if (isNode(item) && item.range) return `${file}:${line(item.range[0])}`;
      }
    }
    return `${file}:${isNode(doc.contents) && doc.contents.range ? line(doc.contents.range[0]) : firstLine}`;
  };

  const lines = source.split("\n");
  // What an unclosed quote or bracket swallows is not the writer's mistake: only its own error is reported.
  let swallowedTo = -1;
  const mistakes = doc.errors.flatMap((error) => {
    if (error.pos[0] <= swallowedTo) return [];
    const unclosed = unclosedAt(error.pos[0]);
    if (unclosed) swallowedTo = unclosed[1];
    return [{ error, offset: unclosed?.[0] ?? error.pos[0] }];
  });
  const syntaxIssues = mistakes.map(({ error, offset }) => {
    // The field written at the start of that line; the parse around a syntax error is no guide to it.
    const text = lines[lineCounter.linePos(offset).line - 1] ?? "";
    return {
      file: `${file}:${line(offset)}`,
      field: /^\s*(?:-\s+)?([\w-]+):(?:\s|$)/.exec(text)?.[1] ?? "(YAML)",
      message: `invalid YAML: ${error.message.split("\n")[0]?.replace(/:$/, "")}; ${syntaxFix(error)}`,
    };
  });
  return { data: syntaxIssues.length > 0 ? undefined : doc.toJS(), syntaxIssues, where };
}

/** The path a report's field names: `questions.start.answers[0].next` is questions, start, answers, 0, next. */
export function pathOfField(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] ? Number(match[2]) : (match[1] ?? "")));
}

/** Every zod issue as a problem report at its line: one per unknown field, so each names its own line. */
export function schemaIssues(error: z.ZodError, yaml: YamlSource, whole: string): ContentIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file: yaml.where([...issue.path, key]),
        field: fieldPath([...issue.path, key], whole),
        message: `unknown field; remove it, or check its name against content/README.md`,
      }));
    }
    return [
      { file: yaml.where(issue.path), field: fieldPath(issue.path, whole), message: describeIssue(issue, yaml.data) },
    ];
  });
}

/**
 * A YAML file of `content/` parsed and checked against its schema: the data,
 * or every problem with its line and field (never thrown), and `where` for
 * the caller's own checks. The editors' YAML files all go through it.
 */
export function parseYamlFile<Schema extends z.ZodType>(
  source: string,
  file: string,
  schema: Schema,
): { data: z.infer<Schema> | undefined; issues: ContentIssue[]; where: YamlSource["where"] } {
  const yaml = readYaml(source, file);
  if (yaml.syntaxIssues.length > 0) return { data: undefined, issues: yaml.syntaxIssues, where: yaml.where };
  const parsed = schema.safeParse(yaml.data ?? {});
  if (parsed.success) return { data: parsed.data, issues: [], where: yaml.where };
  return { data: undefined, issues: schemaIssues(parsed.error, yaml, "(file)"), where: yaml.where };
}
