import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/findings/mask.ts
function maskSecret(value) {
  const length = [...value].length;
  return length >= 12 ? `${[...value].slice(0, 3).join("")}\u2026(${length} chars)` : `\u2026(${length} chars)`;
}

export {
  maskSecret
};
