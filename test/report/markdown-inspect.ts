/**
 * Reads escaped inline Markdown the way a GFM renderer does, without a Markdown library: backslash
 * escapes and the entities escapeMarkdown emits become literal text; any other Markdown or HTML syntax
 * character is reported as still active. If `active` is empty the output renders as plain text, and
 * `text` is what GitHub's post-render linkers (mentions, issue references, autolinks) then see.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#8203;': '\u200b' };
const ACTIVE = new Set(['[', ']', '(', ')', '!', '|', '*', '_', '~', '`', '$', '<', '>', '#', '&', '\\']);

export function inspectMarkdown(markdown: string): { text: string; active: string[] } {
  let text = '';
  const active: string[] = [];
  for (let i = 0; i < markdown.length; i += 1) {
    const ch = markdown[i] ?? '';
    const next = markdown[i + 1] ?? '';
    if (ch === '\\' && ASCII_PUNCTUATION.test(next)) {
      text += next;
      i += 1;
      continue;
    }
    const entity = ch === '&' ? /^&(?:amp|lt|gt|#8203);/.exec(markdown.slice(i))?.[0] : undefined;
    if (entity !== undefined) {
      text += ENTITIES[entity];
      i += entity.length - 1;
      continue;
    }
    if (ACTIVE.has(ch)) active.push(ch);
    text += ch;
  }
  return { text, active };
}

/** What GitHub links after rendering: mentions, issue/PR references, and URL, www and e-mail autolinks. */
export const LINKER_TRIGGERS = /@[\w-]|#\d|\bgh-\d|:\/\/|\bwww\./i;
