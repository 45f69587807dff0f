import type { Metadata } from "next";

import { notFound } from "next/navigation";

import { GuidePage, guideMetadata } from "./guide-route";
import { getGuideView } from "@/lib/content";

export const metadata: Metadata = guideMetadata([]);

/** The guide's first step: the warning signs. */
export default function GuideStart() {
  const view = getGuideView([]);
  if (!view) notFound();
  return <GuidePage view={view} />;
}
