import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "flowguard";
var DOCS_BASE_URL = "https://github.com/flowguard/flowguard/blob/main/docs/rules/";

export {
  VERSION,
  TOOL_NAME,
  DOCS_BASE_URL
};
