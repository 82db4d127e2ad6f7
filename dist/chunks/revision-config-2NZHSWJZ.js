import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  configAtRevision
} from "./chunk-7RFC2QHH.js";
import "./chunk-O7VUNXFT.js";
import "./chunk-D7BUS4GC.js";
import "./chunk-D5OJBM4B.js";
import "./chunk-IMH2DE2T.js";
export {
  configAtRevision
};
