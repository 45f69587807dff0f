/** Applies the route plan to a build directory: strips every planned page in place, or reports every problem. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { readBuildOutput } from "./build-output";
import { PER_REQUEST_ROUTES, type PerRequestRoute } from "./per-request-routes";
import { planRoutes } from "./route-plan";
import { StripError, stripFrameworkRuntime } from "./strip-page";

export class BuildContractError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The build breaks the zero-JavaScript contract (README, "Why pages ship no JavaScript"):\n` +
        problems.map((problem) => `- ${problem}`).join("\n"),
    );
    this.name = "BuildContractError";
  }
}

export type StripSummary = {
  stripped: number;
  prerendered: number;
  routeFiles: number;
  perRequest: string[];
  bytesBefore: number;
  bytesAfter: number;
};

export function stripBuild(distDir: string, perRequestRoutes: readonly PerRequestRoute[] = PER_REQUEST_ROUTES) {
  const output = readBuildOutput(distDir);
  const plan = planRoutes(output, perRequestRoutes);
  // Check the whole build before touching a file, so a broken contract leaves the output as Next.js wrote it.
  if (plan.problems.length > 0) throw new BuildContractError(plan.problems);

  const problems: string[] = [];
  let stripped = 0;
  let bytesBefore = 0;
  let bytesAfter = 0;
  for (const page of plan.pages) {
    const file = path.join(distDir, page.file);
    const html = readFileSync(file, "utf8");
    try {
      const result = stripFrameworkRuntime(html, {
        file: page.file,
        frameworkChunks: output.frameworkChunks,
        route: page.route,
      });
      writeFileSync(file, result.html);
      stripped += 1;
      bytesBefore += Buffer.byteLength(html);
      bytesAfter += Buffer.byteLength(result.html);
    } catch (error) {
      if (!(error instanceof StripError)) throw error;
      problems.push(...error.message.split("\n"));
    }
  }
  // Every prerendered page is stripped or named here: the counts cannot differ without a reason on record.
  if (problems.length > 0) {
    throw new BuildContractError([`${stripped} of ${plan.pages.length} prerendered pages stripped`, ...problems]);
  }

  const summary: StripSummary = {
    stripped,
    prerendered: plan.pages.length,
    routeFiles: plan.files.length,
    perRequest: plan.perRequest,
    bytesBefore,
    bytesAfter,
  };
  return summary;
}
