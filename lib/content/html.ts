import type { ElementContent, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import type { RootContent } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { z } from "zod";

/** Not exported: no other module can write the brand, so none can make the type without a cast ESLint forbids. */
declare const sanitized: unique symbol;

/**
 * HTML that came out of this module's sanitiser. `SafeHtml` accepts nothing
 * else, so unsanitised strings cannot reach `dangerouslySetInnerHTML`. Only
 * this module makes it: from Markdown, from elements cut out of such HTML,
 * from a stored string that the sanitiser leaves unchanged, or from a stored
 * syntax tree sanitised again.
 */
export type SanitizedHtml = string & { readonly [sanitized]: true };

/**
 * GitHub's sanitising schema, widened only for the attributes our own
 * transforms add: citation classes, and ids without the `user-content-`
 * prefix. Raw HTML in Markdown never reaches this point: with `sanitize` set,
 * remark-html drops it, and `<script>` is stripped outright. The prefix guards
 * against DOM clobbering by ids that authors write; ours are the parser's
 * citation ids, and a prefix would break the reference list's back links.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    a: ["ariaLabel", "href"],
    span: [["className", "hp-citation__number", "hp-citation__before", "hp-citation__after"]],
    sup: [["className", "hp-citation"]],
  },
};

const processor = remark().use(remarkHtml, { sanitize: SCHEMA });

// The one place the brand is given; every caller has just sanitised the string.
const mint = (html: string) => html as SanitizedHtml;

/** Renders Markdown syntax-tree nodes to sanitised HTML. */
export function toSanitizedHtml(nodes: RootContent[]): SanitizedHtml {
  return mint(processor.stringify({ type: "root", children: nodes }).trim());
}

/** Elements (cut from sanitised HTML, such as a search passage) sanitised again and serialised. */
export function sanitizeElements(nodes: ElementContent[]): SanitizedHtml {
  return mint(toHtml(sanitize({ type: "root", children: nodes }, SCHEMA)));
}

const PropertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);
type PropertyValue = z.infer<typeof PropertyValue>;

/** Text as a string, an element as `[tagName, properties, ...children]`: a syntax tree about the size of its HTML. */
type StoredNode = string | [string, Record<string, PropertyValue>, ...StoredNode[]];
const StoredNode: z.ZodType<StoredNode> = z.lazy(() =>
  z.union([z.string(), z.tuple([z.string().min(1), z.record(z.string(), PropertyValue)], StoredNode)]),
);

/**
 * Elements as a compact syntax tree in JSON: how the build stores a search
 * passage. Reading one back needs no HTML parser, which is most of what
 * checking a stored HTML string costs; `storedToSanitizedHtml` sanitises the
 * tree again before anything shows it.
 */
export const StoredElements = z.array(StoredNode);
export type StoredElements = z.infer<typeof StoredElements>;

const definedProperties = (properties: Properties): Record<string, PropertyValue> =>
  Object.fromEntries(
    Object.entries(properties).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])),
  );

const toStored = (node: ElementContent): StoredNode[] =>
  node.type === "text"
    ? [node.value]
    : node.type === "element"
      ? [[node.tagName, definedProperties(node.properties), ...node.children.flatMap(toStored)]]
      : [];

const fromStored = (node: StoredNode): ElementContent => {
  if (typeof node === "string") return { type: "text", value: node };
  const [tagName, properties, ...children] = node;
  return { type: "element", tagName, properties, children: children.map(fromStored) };
};

/** The elements, sanitised, as `StoredElements` keeps them (comments and positions left out). */
export function storedElements(nodes: ElementContent[]): StoredElements {
  const clean = sanitize({ type: "root", children: nodes }, SCHEMA);
  return clean.type === "root" ? clean.children.flatMap((node) => (node.type === "doctype" ? [] : toStored(node))) : [];
}

/** Stored elements sanitised again and serialised: what a page shows of a stored passage. */
export const storedToSanitizedHtml = (stored: StoredElements): SanitizedHtml =>
  sanitizeElements(stored.map(fromStored));

// Not a writer's rule (content/README.md): the parser's own output always passes, so only a bug or a
// hand-edited .search/ file can fail this.
const NOT_SANITISED = "is not HTML this site's sanitiser produced";

/**
 * Sanitised HTML in data: the parser's own output, checked before a page uses
 * it, and HTML this build stored as JSON (.search/) and reads back. A string
 * passes only if the sanitiser leaves it exactly as it is, so a hand-made or
 * tampered string fails instead of becoming `SanitizedHtml`.
 */
export const SanitizedHtmlSchema = z.string().transform((html, context) => {
  if (toHtml(sanitize(fromHtml(html, { fragment: true }), SCHEMA)) === html) return mint(html);
  context.addIssue({ code: "custom", message: NOT_SANITISED });
  return z.NEVER;
});
