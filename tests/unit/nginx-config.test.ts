import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ALLOW_HEADER, METHOD_NOT_ALLOWED } from "@/lib/allowed-methods";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { findNginx } from "@/scripts/nginx-front/front";
import { frontConfig, quote } from "@/scripts/nginx-front/config";

const options = {
  port: 3000,
  nextPort: 41234,
  buildId: "AbC_12-x",
  buildPaths: ["/", "/articles/plantar-fasciitis", "/articles/plantar-fasciitis/opengraph-image", "/sitemap.xml"],
  runDir: "/tmp/front-run",
  accessLog: false as const,
};

/** The directives of one `location` block, found by its opening line. */
function block(config: string, opening: string): string {
  const start = config.indexOf(`${opening} {`);
  expect(start, opening).toBeGreaterThan(-1);
  return config.slice(start, config.indexOf("\n    }\n", start));
}

describe("the nginx front's configuration", () => {
  it("is a configuration nginx accepts", () => {
    const runDir = mkdtempSync(path.join(os.tmpdir(), "nginx-config-test-"));
    try {
      const file = path.join(runDir, "nginx.conf");
      writeFileSync(file, frontConfig({ ...options, runDir }));
      // -t checks the syntax and every directive's arguments, and starts nothing.
      execFileSync(findNginx(), ["-t", "-q", "-p", runDir, "-c", file, "-e", "stderr"], { stdio: "pipe" });
    } finally {
      rmSync(runDir, { recursive: true, force: true });
    }
  });

  it("answers other methods with proxy.ts's 405 and every security header of next.config.ts", () => {
    const config = frontConfig(options);
    const methodNotAllowed = block(config, "location @method_not_allowed");
    expect(methodNotAllowed).toContain(`add_header Allow "${ALLOW_HEADER}" always;`);
    expect(methodNotAllowed).toContain(`default_type "${METHOD_NOT_ALLOWED.contentType}";`);
    expect(methodNotAllowed).toContain(`return 405 ${quote(METHOD_NOT_ALLOWED.body)};`);
    for (const own of [
      methodNotAllowed,
      block(config, "location = /.nginx-front/bad-request"),
      block(config, "location = /.nginx-front/error"),
    ]) {
      for (const { key, value } of SECURITY_HEADERS) expect(own).toContain(`add_header ${key} "${value}" always;`);
    }
  });

  it("keys the cache on the build, and keeps each path of the build for the build's lifetime", () => {
    const config = frontConfig(options);
    expect(config).toContain(`proxy_cache_key "${options.buildId} $gzip_variant $request_uri";`);
    for (const buildPath of options.buildPaths) {
      expect(block(config, `location = "${buildPath}"`)).toContain("proxy_cache_valid 200 365d;");
    }
    // Anything else, /search included, only for as long as its own Cache-Control allows.
    expect(block(config, "location /")).not.toContain("proxy_cache_valid");
  });

  it("refuses what would break out of an nginx string or a cache key", () => {
    expect(quote('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(() => quote("$host")).toThrow(/\$/);
    expect(() => frontConfig({ ...options, buildId: "id; evil" })).toThrow(/build ID/);
    expect(() => frontConfig({ ...options, buildPaths: ["/$request_uri"] })).toThrow(/\$/);
  });
});
