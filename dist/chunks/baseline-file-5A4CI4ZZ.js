import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  BASELINE_SCHEMA_VERSION,
  BaselineError,
  DEFAULT_BASELINE_FILE,
  baselineAccepts,
  buildBaseline,
  parseBaseline,
  renderBaseline
} from "./chunk-U5GFTU7F.js";
import "./chunk-PXSJU5AW.js";
import "./chunk-VEL7OLBI.js";
import "./chunk-SVGO55I2.js";
import "./chunk-IMH2DE2T.js";
export {
  BASELINE_SCHEMA_VERSION,
  BaselineError,
  DEFAULT_BASELINE_FILE,
  baselineAccepts,
  buildBaseline,
  parseBaseline,
  renderBaseline
};
