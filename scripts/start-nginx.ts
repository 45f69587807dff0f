/**
 * `PORT=<port> npm run start:nginx`, after `npm run build`: nginx on PORT in
 * front of `next start` on a free loopback port, in the foreground, with both
 * logs in this terminal. Ctrl-C or SIGTERM stops both. See README, "Deploying
 * and scaling", and scripts/nginx-front/.
 */
import { BuildOutputError } from "./strip-framework-runtime/build-output";
import { FrontStartError, startFront } from "./nginx-front/front";

const log = (message: string) => console.log(`[start:nginx] ${message}`);

// When whatever reads this terminal goes away first, a write would throw EPIPE and kill this process before it
// stopped nginx and Next.js: lose the log line instead.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT is not a port: ${process.env.PORT}`);

  const starting = startFront({ projectDir: process.cwd(), port, output: "inherit", log });
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping nginx and next start`);
    // A front still starting is stopped once started; one that failed to start has stopped itself.
    const front = await starting.catch(() => undefined);
    await front?.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // `npm run` passes a SIGTERM to the shell it started, which dies without passing it on: this process then
  // finds itself with another parent, and stops as if it had the signal.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown("SIGTERM");
  }, 500).unref();

  const front = await starting.catch((error: unknown) => {
    // Stopped while starting (Ctrl-C reaches nginx and Next.js too): shutdown() finishes and exits.
    if (stopping) return undefined;
    throw error;
  });
  if (!front || stopping) return;
  log(`ready on http://localhost:${port} (nginx), in front of next start on 127.0.0.1:${front.nextPort}`);
  const why = await front.exited;
  if (stopping) return;
  log(`${why}: stopping the other`);
  await front.stop();
  process.exit(1);
}

main().catch((error: unknown) => {
  const known = error instanceof FrontStartError || error instanceof BuildOutputError;
  console.error(
    `[start:nginx] ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
