// @ts-check
/**
 * Share behaviour (markup in components/article/share-button.tsx and the
 * heading links of components/content/section-heading.tsx). Plain JavaScript
 * rather than a React client component: the prerendered pages ship without
 * the framework runtime (see scripts/strip-framework-runtime.ts), so this
 * small file is all the JavaScript an article loads. Without it, the share
 * button stays hidden and each heading's "#" is a plain link to its section.
 */

/**
 * The Web Share API where the browser has it, otherwise copy the link and
 * say so in the live region. Returns whether the link was copied.
 * @param {{ title: string, url: string, what: string, status: Element }} share
 */
async function shareOrCopy({ title, url, what, status }) {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
    return false;
  }
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = `Link to ${what} copied to clipboard.`;
    return true;
  } catch {
    status.textContent = "Could not copy the link. Copy it from your browser's address bar.";
    return false;
  }
}

/**
 * The status region sits at the top of the article, so a heading far down
 * the page also says "Link copied" beside itself for a few seconds.
 * @param {Element} anchor
 */
function showCopied(anchor) {
  const label = anchor.querySelector(".hp-heading-anchor__label");
  if (!label) return;
  const original = [...label.childNodes];
  label.replaceChildren("Link copied");
  anchor.classList.add("hp-heading-anchor--copied");
  setTimeout(() => {
    label.replaceChildren(...original);
    anchor.classList.remove("hp-heading-anchor--copied");
  }, 4000);
}

for (const root of document.querySelectorAll("[data-share-url]")) {
  const button = root.querySelector("button");
  const status = root.querySelector("[role=status]");
  const url = root.getAttribute("data-share-url") ?? location.href;
  const title = root.getAttribute("data-share-title") ?? document.title;
  if (!button || !status) continue;

  button.hidden = false;
  button.addEventListener("click", () => shareOrCopy({ title, url, what: "this page", status }));

  for (const anchor of document.querySelectorAll("a.hp-heading-anchor")) {
    anchor.addEventListener("click", (event) => {
      const hash = anchor.getAttribute("href") ?? "";
      const heading = document.getElementById(hash.slice(1));
      if (!hash.startsWith("#") || !heading) return;
      event.preventDefault();
      // The address bar follows too, as it would for a plain link.
      history.replaceState(null, "", hash);
      const section = heading.textContent?.trim() ?? "";
      shareOrCopy({ title: `${section}: ${title}`, url: `${url}${hash}`, what: `“${section}”`, status }).then(
        (copied) => copied && showCopied(anchor),
      );
    });
  }
}
