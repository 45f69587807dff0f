// @ts-check
/**
 * Share button behaviour (markup in components/article/share-button.tsx).
 * Plain JavaScript rather than a React client component: the prerendered
 * pages ship without the framework runtime (see scripts/strip-framework-runtime.ts),
 * so this small file is all the JavaScript an article loads.
 */
for (const root of document.querySelectorAll("[data-share-url]")) {
  const button = root.querySelector("button");
  const status = root.querySelector("[role=status]");
  const url = root.getAttribute("data-share-url") ?? location.href;
  const title = root.getAttribute("data-share-title") ?? document.title;
  if (!button || !status) continue;

  button.hidden = false;
  button.addEventListener("click", async () => {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = "Link copied to clipboard.";
    } catch {
      status.textContent = "Could not copy the link. Copy it from your browser's address bar.";
    }
  });
}
