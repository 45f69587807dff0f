import { ArticleHeader } from "./article-header";
import { AskForm } from "./ask-form";
import { ArticleSection } from "./article-section";
import { Breadcrumbs } from "./breadcrumbs";
import { Pager } from "./pager";
import { References } from "./references";
import { RelatedArticles } from "./related-articles";
import { TableOfContents } from "./table-of-contents";
import { ContentBlocks } from "@/components/content/content-blocks";
import { GuideEntry } from "@/components/guide/guide-entry";
import { PlanForm } from "@/components/plan/plan-form";
import type { Article } from "@/lib/content/schema";
import { PAGE_IDS } from "@/lib/content/syntax";
import { type Crumb, PLAN_ARTICLE_SLUG } from "@/lib/site";

type Props = {
  article: Article;
  breadcrumbs: Crumb[];
  related: Article[];
  previous?: Article;
  next?: Article;
};

/** One validated article: header, opening answer, first steps, contents, sections, references, onward links. */
export function ArticlePage({ article, breadcrumbs, related, previous, next }: Props) {
  // The "First steps" card follows the opening answer, before the guide box, the question box and the contents.
  const [firstSteps, rest] =
    article.sections[0]?.kind === "first-steps"
      ? [article.sections[0], article.sections.slice(1)]
      : [undefined, article.sections];
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      <article className="hp-article" aria-labelledby={PAGE_IDS.title}>
        <ArticleHeader article={article} />
        <div className="hp-article__lead">
          <ContentBlocks blocks={article.lead} headingLevel={2} figureLoading="eager" />
        </div>
        {firstSteps ? <ArticleSection section={firstSteps} /> : null}
        {article.frontMatter.topic === "causes" ? (
          <GuideEntry
            id="not-sure-which-one"
            heading="Not sure which one this is?"
            text="Heel pain has several causes that can feel alike. Our guide asks where and when it hurts, warning signs first."
            headingLevel={2}
          />
        ) : null}
        {article.slug === PLAN_ARTICLE_SLUG ? <PlanForm heading="Make a plan with your own numbers" /> : null}
        <AskForm slug={article.slug} />
        <TableOfContents sections={article.sections} hasReferences={article.references.length > 0} />
        {rest.map((section) => (
          <ArticleSection key={section.id} section={section} />
        ))}
        <References references={article.references} />
        <p className="hp-article__review-note">
          The Heel Pain Guide editorial team checked this page against the sources listed above.{" "}
          <a href="/about#how-we-review">How we write and review articles</a>.
        </p>
      </article>
      <RelatedArticles articles={related} />
      <Pager previous={previous} next={next} />
    </>
  );
}
