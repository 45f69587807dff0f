import type { ReactNode } from "react";

import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";
import { PAGE_IDS } from "@/lib/content/syntax";

/**
 * Skip link, header, main landmark and footer (with the disclaimer) around a
 * page. The root layout and the Pages Router error page both use it, so the
 * 400 page cannot drift from the rest of the site.
 */
export function PageShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id={PAGE_IDS.main} className="hp-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
