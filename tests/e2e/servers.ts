/**
 * The two servers the browser tests run against, both on the production
 * build: `next start` on E2E_PORT (default 3100), and the nginx front
 * (`npm run start:nginx`) on E2E_NGINX_PORT (default E2E_PORT + 1). Shared by
 * playwright.config.ts and the specs that compare the two.
 */
const NEXT_START_PORT = Number(process.env.E2E_PORT ?? 3100);
const NGINX_FRONT_PORT = Number(process.env.E2E_NGINX_PORT ?? NEXT_START_PORT + 1);

export const SERVERS = {
  nextStart: { project: "next-start", port: NEXT_START_PORT, url: `http://127.0.0.1:${NEXT_START_PORT}` },
  nginxFront: { project: "nginx-front", port: NGINX_FRONT_PORT, url: `http://127.0.0.1:${NGINX_FRONT_PORT}` },
} as const;

/** Tests with this tag in their title (or their describe block's) run against the nginx front as well as `next start`. */
export const FRONT_TAG = "@front";
