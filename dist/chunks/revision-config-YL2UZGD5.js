import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  configAtRevision
} from "./chunk-HAEBFTWM.js";
import "./chunk-4O75IEUA.js";
import "./chunk-CFOWT3E2.js";
import "./chunk-D5OJBM4B.js";
import "./chunk-IMH2DE2T.js";
export {
  configAtRevision
};
