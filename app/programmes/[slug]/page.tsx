import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { JsonLd } from "@/components/json-ld";
import { ProgrammePage } from "@/components/programme/programme-page";
import { getAllProgrammes, getProgrammeView } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { webPageGraph } from "@/lib/structured-data";

type Props = { params: Promise<{ slug: string }> };

/** Every programme is prerendered at build; any other slug is a 404 without reaching the loader. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllProgrammes().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = getProgrammeView((await params).slug);
  if (!view) return {};
  return pageMetadata({ title: view.title, description: view.description, path: view.path });
}

export default async function ProgrammeRoute({ params }: Props) {
  const view = getProgrammeView((await params).slug);
  if (!view) notFound();
  const breadcrumbs = [
    { name: "Home", path: "/" },
    { name: view.article.articleTitle, path: view.article.href.split("#")[0] ?? "/" },
    { name: view.title, path: view.path },
  ];
  return (
    <>
      <JsonLd graph={webPageGraph(view.title, view.description, view.path, breadcrumbs)} />
      <ProgrammePage view={view} breadcrumbs={breadcrumbs} />
    </>
  );
}
