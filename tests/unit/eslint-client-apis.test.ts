import path from "node:path";

import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own config, on code a developer might write in a component.
const eslint = new ESLint({ cwd: path.resolve(__dirname, "../..") });

async function messages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: "components/article/example.tsx" });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const README = "see README.md#why-pages-ship-no-javascript";

describe("ESLint forbids APIs that need the client runtime, and says why", () => {
  it.each([
    ['import Link from "next/link";\nexport const L = Link;', "no-restricted-imports", "next/link"],
    ['import Script from "next/script";\nexport const S = Script;', "no-restricted-imports", "next/script"],
    ['import Form from "next/form";\nexport const F = Form;', "no-restricted-imports", "next/form"],
    [
      'import { usePathname } from "next/navigation";\nexport const P = usePathname;',
      "no-restricted-imports",
      "usePathname",
    ],
    ['import { useRouter } from "next/router";\nexport const R = useRouter;', "no-restricted-imports", "next/router"],
    ['"use client";\nexport const A = 1;', "no-restricted-syntax", "Client components are never hydrated"],
    [
      'export async function save() {\n  "use server";\n}',
      "no-restricted-syntax",
      "Server Actions need a POST and the client runtime",
    ],
  ])("%s", async (code, rule, text) => {
    const found = await messages(code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${rule}: `);
    expect(found[0]).toContain(text);
    expect(found[0]).toContain(README);
  });

  it("still allows notFound() from next/navigation, which runs on the server", async () => {
    expect(await messages('import { notFound } from "next/navigation";\nexport const N = notFound;')).toEqual([]);
  });
});

describe("ESLint forbids forging SanitizedHtml", () => {
  const code = 'import type { SanitizedHtml } from "@/lib/content/html";\nexport const h = "<p>" as SanitizedHtml;\n';

  it("fails a cast to it anywhere but lib/content/html.ts, the module that sanitises", async () => {
    const lint = async (filePath: string) =>
      ((await eslint.lintText(code, { filePath }))[0]?.messages ?? []).map((message) => message.message);
    expect(await lint("components/article/example.tsx")).toEqual([
      "Only lib/content/html.ts makes SanitizedHtml, from its sanitiser's output; do not cast to it.",
    ]);
    expect(await lint("lib/content/html.ts")).toEqual([]);
  });
});
