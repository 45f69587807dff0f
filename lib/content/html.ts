import type { RootContent } from "mdast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";

import { SanitizedHtml } from "./schema";

/**
 * GitHub's sanitising schema, widened only for the attributes our own
 * transforms add: citation and heading-anchor classes, and ids without the
 * `user-content-` prefix. Raw HTML in Markdown never reaches this point: with
 * `sanitize` set, remark-html drops it, and `<script>` is stripped outright.
 * The prefix guards against DOM clobbering by ids that authors write; ours are
 * generated from headings by the parser, and a prefix would break deep links.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    a: ["ariaLabel", "href", ["className", "hp-heading-anchor"]],
    div: [["className", "hp-heading-wrap"]],
    span: [
      [
        "className",
        "hp-visually-hidden",
        "hp-heading-anchor__label",
        "hp-citation__number",
        "hp-citation__before",
        "hp-citation__after",
      ],
      ["ariaHidden", "true"],
    ],
    sup: [["className", "hp-citation"]],
  },
};

const processor = remark().use(remarkHtml, { sanitize: SCHEMA });

/**
 * Renders Markdown syntax-tree nodes to sanitised HTML. The `SanitizedHtml` brand is also given to parts
 * cut from such HTML (care-card items, passages) and to HTML read back from the search index this build
 * wrote; nothing else should mint it.
 */
export function toSanitizedHtml(nodes: RootContent[]): SanitizedHtml {
  return SanitizedHtml.parse(processor.stringify({ type: "root", children: nodes }).trim());
}
