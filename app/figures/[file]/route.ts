import { getFigureIds, getFigureSvg } from "@/lib/content";

/**
 * Each drawing of content/figures, prerendered at build as a file of the site
 * itself (`/figures/<id>.svg`), so pages load it as a lazy, cached image: no
 * third party, and no SVG injected into the page's HTML.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return getFigureIds().map((id) => ({ file: `${id}.svg` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const svg = getFigureSvg((await params).file.replace(/\.svg$/, ""));
  if (svg === undefined) return new Response("Not found", { status: 404 });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
