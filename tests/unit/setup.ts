import { vi } from "vitest";

// `server-only` throws when imported outside a React Server Components bundle
// (vercel/next.js#60038); tests import lib/content directly.
vi.mock("server-only", () => ({}));
