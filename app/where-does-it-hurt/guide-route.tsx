import type { Metadata } from "next";

import { GuideStep } from "@/components/guide/guide-step";
import { JsonLd } from "@/components/json-ld";
import { getGuide, getGuideView } from "@/lib/content";
import type { GuideView } from "@/lib/content/guide-page";
import { pageMetadata } from "@/lib/metadata";
import { GUIDE_PATH } from "@/lib/site";
import { webPageGraph } from "@/lib/structured-data";

/**
 * Metadata for a guide page. The first step is indexable; the others are
 * reached only by answering, so they are `noindex` with their own canonical.
 */
export function guideMetadata(answers: readonly string[]): Metadata {
  const guide = getGuide();
  const view = getGuideView(answers);
  if (!view) return {};
  if (answers.length === 0)
    return pageMetadata({ title: guide.title, description: guide.description, path: GUIDE_PATH });
  return {
    ...pageMetadata({ title: `${view.title} | ${guide.title}`, description: guide.description, path: view.path }),
    robots: { index: false, follow: true },
  };
}

/** A prerendered guide page for a view from `getGuideView`. */
export function GuidePage({ view }: { view: GuideView }) {
  const guide = getGuide();
  const { answers } = view;
  const breadcrumbs = [
    { name: "Home", path: "/" },
    { name: guide.title, path: GUIDE_PATH },
    ...(answers.length > 0
      ? [
          {
            name: view.kind === "question" ? `Question ${answers.length + 1}` : "Where your answers lead",
            path: view.path,
          },
        ]
      : []),
  ];
  return (
    <>
      <JsonLd graph={webPageGraph(view.title, guide.description, view.path, breadcrumbs)} />
      <GuideStep view={view} breadcrumbs={breadcrumbs} />
    </>
  );
}
