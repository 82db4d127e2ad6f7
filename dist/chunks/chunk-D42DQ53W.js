import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// package.json
var package_default = { name: "flowguard", version: "0.1.0", repository: { type: "git", url: "git+https://github.com/flowguard/flowguard.git" } };

// src/version.ts
var VERSION = package_default.version;
var TOOL_NAME = "flowguard";
var REPOSITORY_URL = repositoryHome(package_default.repository.url);
function repositoryHome(url) {
  const m = /^(?:git\+)?(https:\/\/[^/\s]+\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!m) throw new Error(`package.json repository.url is not an https repository URL: ${url}`);
  return m[1];
}

export {
  VERSION,
  TOOL_NAME,
  REPOSITORY_URL,
  repositoryHome
};
