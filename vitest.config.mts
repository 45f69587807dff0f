import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // ESLint's first load and the vignettes through search take 3-6 s when other builds share the 2 cores;
    // 5 s (the default) made them fail on load, not on behaviour.
    testTimeout: 30_000,
    setupFiles: ["tests/unit/setup.ts"],
    projects: [
      // Code and content, on literals and fixtures: no build needed.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // The real output of `npm run build` in .next/: fails, never skips, when there is none.
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"] } },
      // A writer's new article through `npm run dev`, `npm run build` and the tests, in a copy of the project.
      { extends: true, test: { name: "writer", include: ["tests/writer/**/*.test.ts"] } },
    ],
  },
});
