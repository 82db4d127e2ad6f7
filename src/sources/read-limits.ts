import { DEFAULT_LIMITS, type ReadLimits, type ReadOptions } from './types.js';

/** The options' limits over the defaults; a missing or non-finite value keeps the default. */
export function resolveLimits(opts: ReadOptions): ReadLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ReadLimits>) {
    const v = opts.limits?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  return out;
}

/** `100 B`, `64 KB`, `1.0 GB`: what limit messages show (binary units, as the defaults are written). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return `${n} B`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/** `over the maxZipTotalBytes limit of 512 MB`: every limit message names the option that sets it. */
export function overTheLimit(limits: ReadLimits, limit: keyof ReadLimits): string {
  const v = limits[limit];
  return `over the ${limit} limit of ${limit === 'maxZipEntries' ? v : formatBytes(v)}`;
}
