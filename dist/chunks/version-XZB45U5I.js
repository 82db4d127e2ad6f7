import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION,
  repositoryHome
} from "./chunk-D42DQ53W.js";
import "./chunk-IMH2DE2T.js";
export {
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION,
  repositoryHome
};
