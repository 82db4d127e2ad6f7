import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  configAtRevision
} from "./chunk-OJQHPEYL.js";
import "./chunk-F4YLWP6U.js";
import "./chunk-FI6L3JJB.js";
import "./chunk-D5OJBM4B.js";
import "./chunk-IMH2DE2T.js";
export {
  configAtRevision
};
