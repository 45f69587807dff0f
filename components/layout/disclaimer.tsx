import { ALL_WARNING_SIGNS_PATH } from "@/lib/site";

/**
 * The medical disclaimer shown on every page, the 404 included (rendered by the root layout).
 * It names no warning sign itself: the signs and their levels come from the triage data, on
 * the page it links to, so "cannot walk" (same-day care) is never mistaken for an emergency.
 */
export function Disclaimer() {
  return (
    <aside className="hp-disclaimer" aria-labelledby="disclaimer-title" data-testid="disclaimer">
      <h2 id="disclaimer-title" className="hp-disclaimer__title">
        Medical disclaimer
      </h2>
      <p>
        This site gives general information, not medical advice. It cannot diagnose you or replace a doctor, physical
        therapist or podiatrist who can examine you. If you think you have a serious injury, call 911 or your local
        emergency number. <a href={ALL_WARNING_SIGNS_PATH}>When to get help</a> lists the signs that need care today.
      </p>
    </aside>
  );
}
