import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  GitRevisionTree
} from "./chunk-MVN7HXNW.js";
import "./chunk-IMH2DE2T.js";
export {
  Git,
  GitError,
  GitRevisionTree
};
