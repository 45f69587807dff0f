import { describe, expect, it } from "vitest";

import {
  type SanitizedHtml,
  SanitizedHtmlSchema,
  StoredElements,
  storedElements,
  storedToSanitizedHtml,
  toSanitizedHtml,
} from "@/lib/content/html";
import { ContentBlock } from "@/lib/content/schema";

// tests/unit/eslint-client-apis.test.ts checks that a cast to it fails lint outside html.ts.
// `npm run typecheck` compiles this file: each line below must stay a type error, or tsc fails on the directive.
export function forgeries(html: string) {
  // @ts-expect-error a plain string is not SanitizedHtml
  const assigned: SanitizedHtml = html;
  // @ts-expect-error the brand's symbol is not exported, so no other module can write the type out
  const branded: SanitizedHtml = Object.assign(html, { sanitized: true as const });
  return [assigned, branded];
}

describe("SanitizedHtml is made only by lib/content/html.ts, from its sanitiser's output", () => {
  it("has no parser that brands a string the sanitiser would change", () => {
    const forged = ContentBlock.safeParse({ type: "html", html: '<p onclick="steal()">Hello</p>' });
    expect(forged.error?.issues.map((issue) => issue.message)).toEqual(["is not HTML this site's sanitiser produced"]);
    expect(SanitizedHtmlSchema.safeParse("<script>alert(1)</script>").success).toBe(false);
  });

  it("accepts HTML read back from the search index only as the sanitiser wrote it", () => {
    const html = toSanitizedHtml([{ type: "paragraph", children: [{ type: "text", value: "Rest & ice <3" }] }]);
    expect(SanitizedHtmlSchema.parse(String(html))).toBe(html);
  });

  it("sanitises a search passage's stored tree again as it is read, so a tampered file shows nothing unsafe", () => {
    const tampered = StoredElements.parse([
      ["p", { onClick: "steal()" }, "Rest ", ["a", { href: "javascript:steal()" }, "here"], ["script", {}, "steal()"]],
      ["iframe", { src: "https://tracker.example/" }],
    ]);
    expect(storedToSanitizedHtml(tampered)).toBe("<p>Rest <a>here</a></p>");
  });

  it("stores a passage's elements as the sanitiser leaves them and reads them back to the same HTML", () => {
    const link = {
      type: "element" as const,
      tagName: "a",
      properties: { href: "/articles/treatment", id: "x" },
      children: [],
    };
    const stored = storedElements([
      { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: "See " }, link] },
    ]);
    expect(stored).toEqual([["p", {}, "See ", ["a", { href: "/articles/treatment", id: "x" }]]]);
    expect(storedToSanitizedHtml(StoredElements.parse(JSON.parse(JSON.stringify(stored))))).toBe(
      '<p>See <a href="/articles/treatment" id="x"></a></p>',
    );
  });
});
