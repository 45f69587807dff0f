import http from "node:http";

/** Bytes of one response: as sent without compression, and with gzip as the server sends it. */
type Transfer = { raw: number; gzip: number };

export type PageWeight = {
  page: string;
  path: string;
  status: number;
  html: Transfer;
  css: Transfer;
  js: Transfer;
  images: Transfer;
  total: Transfer;
  /**
   * What the page costs before any lazy image loads: everything but the images with `loading="lazy"`.
   * Missing from reports written before it was measured.
   */
  beforeLazy?: Transfer;
  scripts: { src: string; raw: number; gzip: number; why: string }[];
};

/** Why each client script is on the page; a script missing here is reported as unexplained. */
const SCRIPT_REASONS: Record<string, string> = {
  "/share.js": "share button: Web Share API, or copy the link with a spoken confirmation",
};

function get(port: number, path: string, gzip: boolean): Promise<{ status: number; body: Buffer; encoding?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port, path, headers: gzip ? { "Accept-Encoding": "gzip" } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            encoding: response.headers["content-encoding"],
          }),
        );
      },
    );
    request.on("error", reject);
  });
}

async function transfer(port: number, path: string): Promise<Transfer & { status: number; text: string }> {
  const plain = await get(port, path, false);
  const compressed = await get(port, path, true);
  return {
    status: plain.status,
    raw: plain.body.length,
    gzip: compressed.body.length,
    text: plain.body.toString("utf8"),
  };
}

const sum = (items: Transfer[]): Transfer => ({
  raw: items.reduce((total, item) => total + item.raw, 0),
  gzip: items.reduce((total, item) => total + item.gzip, 0),
});

const attributeValues = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? "");

/**
 * What a browser downloads for a page: the HTML and every stylesheet, script
 * (modern browsers: `nomodule` scripts are not fetched) and image it
 * references, raw and as the server sends them with gzip. Static files that
 * the server sends uncompressed count at their full size.
 */
export async function measurePageWeight(port: number, page: string, path: string): Promise<PageWeight> {
  const html = await transfer(port, path);
  const css = attributeValues(html.text, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const scripts = [...html.text.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((match) => !/nomodule/i.test(`${match[1]} ${match[3]}`))
    .map((match) => match[2] ?? "");
  const imageTags = [...html.text.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]);
  const lazy = new Set(
    imageTags.filter((tag) => /\sloading="lazy"/.test(tag)).flatMap((tag) => attributeValues(tag, /\ssrc="([^"]+)"/g)),
  );
  const images = [
    ...imageTags.flatMap((tag) => attributeValues(tag, /\ssrc="([^"]+)"/g)),
    ...attributeValues(html.text, /<link[^>]+rel="icon"[^>]+href="([^"]+)"/g),
  ].filter((src) => src.startsWith("/"));

  const measure = async (paths: string[]) =>
    Promise.all(paths.map(async (src) => ({ src, ...(await transfer(port, src)) })));
  const [cssTransfers, jsTransfers, imageTransfers] = await Promise.all([
    measure(css),
    measure(scripts),
    measure(images),
  ]);
  const parts = { html, css: sum(cssTransfers), js: sum(jsTransfers), images: sum(imageTransfers) };
  return {
    page,
    path,
    status: html.status,
    html: { raw: html.raw, gzip: html.gzip },
    css: parts.css,
    js: parts.js,
    images: parts.images,
    total: sum([parts.html, parts.css, parts.js, parts.images]),
    beforeLazy: sum([parts.html, parts.css, parts.js, ...imageTransfers.filter(({ src }) => !lazy.has(src))]),
    scripts: jsTransfers.map(({ src, raw, gzip }) => ({ src, raw, gzip, why: SCRIPT_REASONS[src] ?? "UNEXPLAINED" })),
  };
}
