import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  CliGit
} from "./chunk-ZCMC2OZU.js";
import "./chunk-IMH2DE2T.js";
export {
  CliGit
};
