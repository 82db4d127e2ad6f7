import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  CliGit
} from "./chunk-5DLB2J4A.js";
import "./chunk-IMH2DE2T.js";
export {
  CliGit
};
