/**
 * Post-build step of `npm run build`: removes the React/Next.js client runtime
 * from every prerendered page, and fails the build (exit 1) when the build
 * output breaks the contract that makes that safe. See
 * scripts/strip-framework-runtime/route-plan.ts for the contract and
 * strip-page.ts for what is removed and kept.
 */
import path from "node:path";

import { BuildContractError, stripBuild } from "./strip-framework-runtime/strip-build";
import { BuildOutputError } from "./strip-framework-runtime/build-output";

try {
  const summary = stripBuild(path.join(process.cwd(), ".next"));
  console.log(
    `Removed the client runtime from ${summary.stripped} of ${summary.prerendered} prerendered pages ` +
      `(${summary.bytesBefore} -> ${summary.bytesAfter} bytes of HTML); ${summary.routeFiles} prerendered route ` +
      `handler responses have nothing to strip; rendered per request: ${summary.perRequest.join(", ") || "none"}`,
  );
} catch (error) {
  if (!(error instanceof BuildContractError || error instanceof BuildOutputError)) throw error;
  console.error(error.message);
  process.exit(1);
}
