import type * as Sarif from 'sarif';

/**
 * Every location has a region (the SARIF Multitool's SARIF2017 warns otherwise). A zip entry's lines are not
 * lines of the zip: the region is the archive's start (a byte offset), and the entry and its lines are in the
 * message. A finding about a whole file (a connection reference, an unreadable file) starts at its line 1.
 */
export function sarifRegion(loc: {
  entry: string | null;
  line: number | null;
  endLine: number | null;
}): Sarif.Region {
  if (loc.entry !== null) return { byteOffset: 0 };
  if (loc.line === null) return { startLine: 1 };
  return loc.endLine !== null ? { startLine: loc.line, endLine: loc.endLine } : { startLine: loc.line };
}

/**
 * `artifactLocation.uri` must be a URI reference: each `/`-separated segment is percent-encoded, so a
 * file name with spaces, `#`, `%` or control characters stays one valid relative path.
 */
export function toUriReference(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(/\p{Cs}/gu, '\ufffd')))
    .join('/');
}
