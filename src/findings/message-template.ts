import { maskSecret } from './mask.js';

/** Fills `{{placeholder}}`s; values of sensitive placeholders are masked so no credential is ever re-published. */
export function fillTemplate(
  template: string,
  data: Record<string, string | number> = {},
  sensitive: readonly string[] = [],
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) return whole;
    const value = String(data[key]);
    return sensitive.includes(key) ? maskSecret(value) : value;
  });
}
