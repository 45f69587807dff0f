"use client";

import { useState, useSyncExternalStore } from "react";

type Props = { title: string; url: string };

const subscribeToNothing = () => () => {};

/**
 * Shares the page with the Web Share API where the browser has it, otherwise
 * copies the link and says so in a live region. It stays hidden until
 * hydrated, in a box of fixed size, so without JavaScript there is no dead
 * button and with it there is no layout shift.
 */
export function ShareButton({ title, url }: Props) {
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [status, setStatus] = useState("");

  async function share() {
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
      setStatus("Link copied to clipboard.");
    } catch {
      setStatus("Could not copy the link. Copy it from your browser's address bar.");
    }
  }

  return (
    <div className="hp-share">
      <button type="button" className="hp-share__button" hidden={!hydrated} onClick={share}>
        Share this page
      </button>
      <p className="hp-share__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
