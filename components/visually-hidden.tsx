import type { ReactNode } from "react";

/** Text for screen readers only; hidden visually but not from assistive technology. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="hp-visually-hidden">{children}</span>;
}
