const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The first GUID in a file name, folder or `name` value, lower-case; null when there is none. */
export function guidFrom(text: string | undefined | null): string | null {
  const m = text ? GUID.exec(text) : null;
  return m ? m[1].toLowerCase() : null;
}
