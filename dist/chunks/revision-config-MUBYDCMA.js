import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  configAtRevision
} from "./chunk-JXE4YMTX.js";
import "./chunk-O4H7DD6B.js";
import "./chunk-JI7EWVQZ.js";
import "./chunk-D5OJBM4B.js";
import "./chunk-IMH2DE2T.js";
export {
  configAtRevision
};
