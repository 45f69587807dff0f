import { readFile } from "node:fs/promises";
import path from "node:path";

import { ImageResponse } from "next/og";

import { SHARE_IMAGE_SIZE } from "./size";
import { SITE } from "@/lib/site";

const FONT_DIR = path.join(process.cwd(), "lib", "share-image", "fonts");

type Props = { title: string; kicker: string; footnote: string };

/**
 * A 1200x630 PNG for link previews, drawn at build time with a font shipped
 * in the repository, so making it needs no network.
 */
export async function renderShareImage({ title, kicker, footnote }: Props): Promise<ImageResponse> {
  const [bold, regular] = await Promise.all([
    readFile(path.join(FONT_DIR, "LiberationSans-Bold.ttf")),
    readFile(path.join(FONT_DIR, "LiberationSans-Regular.ttf")),
  ]);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#0b57a4",
        color: "#ffffff",
        fontFamily: "Liberation Sans",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 700, letterSpacing: 1 }}>{SITE.name}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 32, opacity: 0.9 }}>{kicker}</div>
        <div
          style={{
            display: "flex",
            fontSize: title.length > 40 ? 64 : 80,
            fontWeight: 700,
            lineHeight: 1.1,
            marginTop: 12,
          }}
        >
          {title}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 30, opacity: 0.95 }}>{footnote}</div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: "Liberation Sans", data: bold, weight: 700, style: "normal" },
        { name: "Liberation Sans", data: regular, weight: 400, style: "normal" },
      ],
    },
  );
}
