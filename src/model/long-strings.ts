/**
 * Whether a JSON text can hold a string longer than `max` characters: its token must span at least that
 * many characters between two unescaped quotes (an escape only makes the text longer than the string).
 * Conservative (a long run outside strings answers true too); the caller then checks the parsed strings.
 *
 * It jumps a window of `max + 1` characters at a time to the last unescaped quote in it (`lastIndexOf`),
 * instead of visiting every quote: a multi-megabyte flow has hundreds of thousands of quotes and a few
 * windows. Each escaped quote is looked at no more than twice (the one it sits in, and the next only when
 * its string ends past that window's last unescaped quote), so hostile runs of `\"` stay linear.
 */
export function mayHoldLongString(text: string, max: number): boolean {
  let prev = -1; // the last unescaped quote, or the start
  for (;;) {
    // A quote at `limit` or before leaves a gap of at most `max` after `prev`.
    const limit = prev + max + 1;
    if (limit >= text.length) return false;
    let q = text.lastIndexOf('"', limit);
    while (q > prev && isEscaped(text, q)) q = text.lastIndexOf('"', q - 1);
    // No unescaped quote within `max` of the last one, and the text goes on past it.
    if (q <= prev) return true;
    prev = q;
  }
}

/** A quote after an odd number of backslashes is part of a string. */
function isEscaped(text: string, q: number): boolean {
  let b = q - 1;
  while (b >= 0 && text.charCodeAt(b) === 92) b--;
  return (q - 1 - b) % 2 === 1;
}
