import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  DOCS_BASE_URL,
  TOOL_NAME,
  VERSION
} from "./chunk-OUCS2FP3.js";
import "./chunk-IMH2DE2T.js";
export {
  DOCS_BASE_URL,
  TOOL_NAME,
  VERSION
};
