/**
 * Bytes → text for flow and metadata files.
 *
 * `SourceFile.text` keeps the file as stored (BOM and CRLF included) so that line numbers found later
 * match what the user sees; parsers get the text with the BOM removed.
 *
 * Invalid UTF-8 is unreadable (FG001), not patched with U+FFFD: replacement characters would make
 * flowguard review a file that differs from the one Power Platform imports, and a reviewer that
 * silently guesses is worse than one that says "I could not read this".
 * UTF-16 with a byte-order mark is accepted: Windows PowerShell 5 (`Out-File`, `>`) writes it.
 */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; line: number | null };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(buf: Uint8Array): Decoded {
  try {
    if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(buf) };
    }
    if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(buf) };
    }
    return { ok: true, text: UTF8.decode(buf) };
  } catch {
    const bad = firstInvalidUtf8(buf);
    return {
      ok: false,
      reason: bad < 0 ? 'the text encoding could not be decoded' : 'not valid UTF-8 text',
      line: bad < 0 ? null : lineOfByte(buf, bad),
    };
  }
}

/** The text a parser should see: the stored text without its byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line of a character offset, counting LF, CRLF and a lone CR as one break (as the locator does). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function lineOfByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF), or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
