import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  RULES,
  ruleById
} from "./chunk-Z7J2HPXS.js";
import "./chunk-SVGO55I2.js";
import "./chunk-IMH2DE2T.js";
export {
  RULES,
  ruleById
};
