import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { waitForPort } from "../scripts/nginx-front/ports";
import { ensureDebianPackage } from "./processes";

/**
 * nginx from Debian serving one prerendered HTML file from disk, gzip on at
 * level 6: the reference a static web server sets for `next start`.
 */
export async function startNginx(dir: string, port: number, htmlFile: string, urlPath: string): Promise<ChildProcess> {
  const nginx = ensureDebianPackage("nginx", "nginx");
  const root = path.join(dir, "html");
  mkdirSync(path.join(root, path.dirname(urlPath)), { recursive: true });
  copyFileSync(htmlFile, path.join(root, urlPath));
  // nginx workers run as an unprivileged user: every folder from `dir` down must be readable to them.
  for (
    let folder = path.join(root, path.dirname(urlPath));
    folder !== path.dirname(dir);
    folder = path.dirname(folder)
  ) {
    chmodSync(folder, 0o755);
  }
  chmodSync(path.join(root, urlPath), 0o644);
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const config = path.join(dir, "nginx.conf");
  writeFileSync(
    config,
    `worker_processes auto;
daemon off;
error_log ${dir}/logs/error.log;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri =404; }
  }
}
`,
  );
  const child = spawn(nginx, ["-c", config, "-p", dir], { stdio: "ignore" });
  await waitForPort(port);
  return child;
}
