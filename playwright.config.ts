import { defineConfig } from "@playwright/test";

import { FRONT_TAG, SERVERS } from "./tests/e2e/servers";

/**
 * Browser tests run against the production build in Debian's Chromium:
 * browser downloads do not work on our machines. CHROMIUM_PATH overrides the
 * browser. Two projects: every spec but nginx-front.spec.ts against
 * `next start`, and the tests tagged @front (status codes, headers, redirects,
 * methods, the 404 and 400 pages, CSP, no third parties, and all of
 * nginx-front.spec.ts) against the nginx front (`npm run start:nginx`).
 * Ports: tests/e2e/servers.ts.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/output",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without these, Chromium keeps calling Google services this sandbox cannot reach.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: SERVERS.nextStart.project,
      use: { baseURL: SERVERS.nextStart.url },
      testIgnore: "nginx-front.spec.ts",
    },
    {
      name: SERVERS.nginxFront.project,
      use: { baseURL: SERVERS.nginxFront.url },
      grep: new RegExp(FRONT_TAG),
    },
  ],
  webServer: [
    {
      command: `npx next start --port ${SERVERS.nextStart.port}`,
      url: `${SERVERS.nextStart.url}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: "npm run start:nginx",
      env: { PORT: String(SERVERS.nginxFront.port) },
      url: `${SERVERS.nginxFront.url}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // Lets the start script stop nginx and its next start and remove its temporary folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
