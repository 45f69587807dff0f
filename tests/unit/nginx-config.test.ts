import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ALLOW_HEADER, METHOD_NOT_ALLOWED } from "@/lib/allowed-methods";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { findNginx } from "@/scripts/nginx-front/front";
import { frontConfig, quote } from "@/scripts/nginx-front/config";
import { freePort, waitForPort } from "@/scripts/nginx-front/ports";

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

/** Sends raw bytes to the port and resolves once the server has answered and closed, or after a second. */
function rawRequest(port: number, text: string): Promise<void> {
  return new Promise((resolve) => {
    // Closed only once the answer starts, as a browser would: a client that half-closes first is a 499 to nginx.
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    socket.once("data", () => socket.end());
    socket.resume();
    socket.on("close", () => resolve());
    socket.on("error", () => resolve());
    socket.setTimeout(1000, () => socket.destroy());
  });
}

describe("the nginx front's access log", () => {
  it("never writes a /search question or a plan's numbers to its log or its cache", async () => {
    const runDir = mkdtempSync(path.join(os.tmpdir(), "nginx-log-test-"));
    // As root, nginx's workers run as an unprivileged user, who must reach the cache (as front.ts allows).
    if (process.getuid?.() === 0) chmodSync(runDir, 0o755);
    // A stand-in for next start: every answer a 200, so nginx logs each request once and no error, and one a
    // shared cache may keep, so only the configuration can keep the reader's words out of nginx's cache.
    const upstream = http.createServer((_request, response) => {
      response.setHeader("Cache-Control", "public, max-age=0, s-maxage=300");
      response.end("ok");
    });
    const [port, nextPort] = [await freePort(), await freePort()];
    upstream.listen(nextPort, "127.0.0.1");
    const accessLog = path.join(runDir, "access.log");
    const file = path.join(runDir, "nginx.conf");
    writeFileSync(file, frontConfig({ ...options, port, nextPort, runDir, accessLog }));
    const nginx = spawn(findNginx(), ["-p", runDir, "-c", file, "-e", "stderr"], { stdio: "ignore" });
    try {
      await waitForPort(port, 10_000);
      const requests = [
        ["/search?q=secret+heel+words", "/"],
        ["/return-to-running/plan?distance=7.25&unit=miles&weeks=13&condition=stress-fracture", "/"],
        ["/articles/return-to-running", "http://localhost/return-to-running/plan?distance=8.75&weeks=17"],
        ["/articles/plantar-fasciitis", "http://localhost/search?q=private+question"],
      ];
      for (const [target = "", referer = ""] of requests) {
        const response = await fetch(`http://127.0.0.1:${port}${target}`, { headers: { referer } });
        expect(response.status, target).toBe(200);
      }
      // A request line nginx cannot parse is logged as it came, so its query must go too.
      await rawRequest(port, "GET /search?q=%E0%A4%A+unparsed+secret HTTP/1.1\r\nHost: localhost\r\n\r\n");
    } finally {
      // Stopping nginx writes out its buffered log.
      nginx.kill("SIGQUIT");
      await once(nginx, "exit");
      upstream.close();
    }
    const log = readFileSync(accessLog, "utf8");
    const cached = readdirSync(path.join(runDir, "cache"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "latin1"));
    rmSync(runDir, { recursive: true, force: true });
    // The articles are cached (the cache works), the search and the plan are not.
    expect(cached.length).toBe(2);
    for (const entry of cached) {
      for (const secret of ["secret", "7.25", "stress-fracture"]) expect(entry, secret).not.toContain(secret);
    }
    const lines = log.trim().split("\n");
    expect(lines).toHaveLength(5);
    // Short numbers such as the weeks could be in any timestamp: their names stand for them.
    for (const secret of [
      "secret",
      "heel+words",
      "7.25",
      "weeks=",
      "stress-fracture",
      "8.75",
      "q=",
      "private",
      "%E0",
    ]) {
      expect(log, secret).not.toContain(secret);
    }
    // What the log is for is still there: the path, the status and the referring page. Each worker writes its
    // own buffer, so the lines come in any order.
    expect(
      lines.map((line) => /"(GET \S+ HTTP\/1\.1)" (\d+) \d+ "([^"]*)"/.exec(line)?.slice(1).join(" ")).sort(),
    ).toEqual([
      "GET /articles/plantar-fasciitis HTTP/1.1 200 http://localhost/search",
      "GET /articles/return-to-running HTTP/1.1 200 http://localhost/return-to-running/plan",
      "GET /return-to-running/plan HTTP/1.1 200 /",
      // nginx hands the target it could not parse to next start (here the stand-in) for its 400 page.
      "GET /search HTTP/1.1 200 -",
      "GET /search HTTP/1.1 200 /",
    ]);
  });
});
