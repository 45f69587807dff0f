import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { quote } from "../scripts/nginx-front/config";
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

/**
 * One URL for gzip_static: the plain body, the gzipped one when the page is
 * sent gzipped, and the headers to send with it beside nginx's own.
 */
export type StaticFile = {
  urlPath: string;
  contentType: string;
  plain: Buffer;
  gzip: Buffer | undefined;
  headers: readonly [string, string][];
};

/**
 * nginx serving files from disk with `gzip_static`: each URL's precompressed
 * `.gz` to a client that accepts gzip, the plain file to one that does not,
 * with the same headers as the front. The ceiling for any nginx set-up on
 * these bytes.
 */
export async function startGzipStatic(dir: string, port: number, files: readonly StaticFile[]): Promise<ChildProcess> {
  const nginx = ensureDebianPackage("nginx", "nginx");
  const root = path.join(dir, "files");
  mkdirSync(root, { recursive: true });
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  // nginx workers run as an unprivileged user: the files and every folder above them must be readable to them.
  for (let folder = root; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (folder === path.dirname(dir)) break;
    chmodSync(folder, 0o755);
  }
  const locations = files.map(({ urlPath, contentType, plain, gzip, headers }, index) => {
    const file = path.join(root, `file-${index}`);
    writeFileSync(file, plain, { mode: 0o644 });
    if (gzip) writeFileSync(`${file}.gz`, gzip, { mode: 0o644 });
    // try_files, not alias: "/" names a folder, which nginx would answer with an index file.
    const added = headers.map(([name, value]) => `      add_header ${name} ${quote(value)};\n`).join("");
    return `    location = ${urlPath} {\n      default_type "${contentType}";\n${added}      try_files /file-${index} =404;\n    }`;
  });
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
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
${locations.join("\n")}
  }
}
`,
  );
  const child = spawn(nginx, ["-c", config, "-p", dir, "-e", "stderr"], { stdio: "ignore" });
  await waitForPort(port);
  return child;
}
