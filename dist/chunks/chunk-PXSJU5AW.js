import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/findings/channel-filters.ts
function isPresent(f) {
  return f.status !== "resolved";
}
function needsAction(f) {
  return f.status !== "resolved" && !f.suppressed;
}

export {
  isPresent,
  needsAction
};
