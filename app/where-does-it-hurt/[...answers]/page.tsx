import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { GuidePage, guideMetadata } from "../guide-route";
import { getGuideAnswerPaths, getGuideView } from "@/lib/content";

type Props = { params: Promise<{ answers: string[] }> };

/** Every step is prerendered at build; answers that are not in the tree are a 404 without any work. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuideAnswerPaths()
    .filter((answers) => answers.length > 0)
    .map((answers) => ({ answers }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return guideMetadata((await params).answers);
}

export default async function GuideStepRoute({ params }: Props) {
  const view = getGuideView((await params).answers);
  if (!view) notFound();
  return <GuidePage view={view} />;
}
