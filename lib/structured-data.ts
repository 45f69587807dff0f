import type {
  BreadcrumbList,
  Graph,
  MedicalCondition,
  MedicalWebPage,
  Organization,
  WebPage,
  WebSite,
} from "schema-dts";

import type { Article, Section } from "@/lib/content/schema";
import { type Crumb, SITE, absoluteUrl, articlePath } from "@/lib/site";

/**
 * schema.org graphs for each page type, typed by schema-dts. They describe
 * only what the page shows: the visible breadcrumbs, and for cause articles
 * the signs, risk factors and treatments listed on the page.
 */

const ORGANIZATION_ID = absoluteUrl("/#organization");
const WEBSITE_ID = absoluteUrl("/#website");
const organizationRef = { "@id": ORGANIZATION_ID };

const organization: Organization = {
  "@type": "Organization",
  "@id": ORGANIZATION_ID,
  name: SITE.name,
  url: absoluteUrl("/"),
  logo: absoluteUrl("/icon.svg"),
  publishingPrinciples: absoluteUrl("/about"),
};

const website: WebSite = {
  "@type": "WebSite",
  "@id": WEBSITE_ID,
  name: SITE.name,
  url: absoluteUrl("/"),
  inLanguage: SITE.language,
  publisher: organizationRef,
};

function breadcrumbList(crumbs: Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

const graph = (nodes: Graph["@graph"]): Graph => ({ "@context": "https://schema.org", "@graph": nodes });

/** Home: the organisation, the website and the page. */
export function homeGraph(title: string, description: string): Graph {
  const page: WebPage = {
    "@type": "WebPage",
    "@id": absoluteUrl("/#webpage"),
    url: absoluteUrl("/"),
    name: title,
    description,
    isPartOf: { "@id": WEBSITE_ID },
    publisher: organizationRef,
    inLanguage: SITE.language,
  };
  return graph([organization, website, page]);
}

/** About: the editorial policy page of the organisation. */
export function aboutGraph(title: string, description: string): Graph {
  return graph([
    organization,
    {
      "@type": "AboutPage",
      "@id": absoluteUrl("/about#webpage"),
      url: absoluteUrl("/about"),
      name: title,
      description,
      isPartOf: { "@id": WEBSITE_ID },
      about: organizationRef,
      inLanguage: SITE.language,
    },
  ]);
}

function listItems(article: Article, kind: "symptoms" | "risk-factors" | "treatment"): string[] {
  const section = article.sections.find(
    (candidate): candidate is Extract<Section, { listItems: string[] }> => candidate.kind === kind,
  );
  return section?.listItems ?? [];
}

function medicalCondition(article: Article, url: string): MedicalCondition {
  return {
    "@type": "MedicalCondition",
    "@id": `${url}#condition`,
    name: article.frontMatter.title,
    url,
    signOrSymptom: listItems(article, "symptoms").map((name) => ({ "@type": "MedicalSymptom", name })),
    riskFactor: listItems(article, "risk-factors").map((name) => ({ "@type": "MedicalRiskFactor", name })),
    possibleTreatment: listItems(article, "treatment").map((name) => ({ "@type": "MedicalTherapy", name })),
  };
}

/** An article: MedicalWebPage, Article, BreadcrumbList, and MedicalCondition for cause articles. */
export function articleGraph(article: Article, crumbs: Crumb[]): Graph {
  const url = absoluteUrl(articlePath(article.slug));
  const { title, description, published, reviewed, topic } = article.frontMatter;
  const isCondition = topic === "causes" && listItems(article, "symptoms").length > 0;
  const condition = isCondition ? medicalCondition(article, url) : undefined;
  const image = absoluteUrl(`${articlePath(article.slug)}/opengraph-image`);

  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": `${url}#webpage`,
    url,
    name: title,
    description,
    isPartOf: { "@id": WEBSITE_ID },
    inLanguage: SITE.language,
    datePublished: published,
    dateModified: reviewed,
    lastReviewed: reviewed,
    reviewedBy: organizationRef,
    medicalAudience: { "@type": "Patient" },
    about: condition ? { "@id": `${url}#condition` } : { "@type": "Thing", name: title },
    breadcrumb: { "@id": `${url}#breadcrumb` },
  };
  return graph([
    organization,
    page,
    {
      "@type": "Article",
      "@id": `${url}#article`,
      headline: title,
      description,
      datePublished: published,
      dateModified: reviewed,
      author: organizationRef,
      publisher: organizationRef,
      image,
      mainEntityOfPage: { "@id": `${url}#webpage` },
      inLanguage: SITE.language,
    },
    { ...breadcrumbList(crumbs), "@id": `${url}#breadcrumb` },
    ...(condition ? [condition] : []),
  ]);
}

/** A plain page (a guide step, the site map): the web page and its breadcrumbs, with no MedicalCondition. */
export function webPageGraph(title: string, description: string, path: string, crumbs: Crumb[]): Graph {
  const url = absoluteUrl(path);
  const page: WebPage = {
    "@type": "WebPage",
    "@id": `${url}#webpage`,
    url,
    name: title,
    description,
    isPartOf: { "@id": WEBSITE_ID },
    publisher: organizationRef,
    inLanguage: SITE.language,
    breadcrumb: breadcrumbList(crumbs),
  };
  return graph([page]);
}
