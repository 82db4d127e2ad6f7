/**
 * One escaping function per output language (ARCHITECTURE house style 9). Flow content — flow, action
 * and file names, URLs, expressions, and messages that quote them — is hostile input: a flow author
 * controls it and a reviewer reads our output. Each function says what it defends against.
 */

/**
 * Characters a reader cannot see or that steer the display: C0/C1 controls and DEL (`\p{Cc}`: ESC, CSI
 * 0x9b, BEL, backspace, CR, NUL…), format characters (`\p{Cf}`: bidi overrides and isolates such as
 * U+202E, zero-width space/joiners, BOM, Unicode tag characters U+E00xx that hide text), line and
 * paragraph separators, and lone surrogates (which encoders turn into U+FFFD or reject).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;
const LINE_BREAKS = /\r\n?|\n|\t/g;
const ZWJ = '\u200d';
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** A visible, JavaScript-like spelling of an unsafe character: `\x1B`, `\u202E`, `\u{E0041}`, `\n`. */
function visibleCode(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\u{${hex(cp, 1)}}`;
}

/**
 * Shows unsafe characters as visible codes instead of dropping them: a reviewer should see that a name
 * carries `\u202E` or `\x1B[2J`, not a cleaned name that looks identical to an honest one. A zero-width
 * joiner between two emoji is kept, since it is how family and profession emoji are spelled.
 */
function revealUnsafe(text: string, keep = ''): string {
  return text.replace(UNSAFE, (ch: string, offset: number, whole: string) => {
    if (keep.includes(ch)) return ch;
    if (
      ch === ZWJ &&
      EMOJI_BEFORE.test(whole.slice(Math.max(0, offset - 3), offset)) &&
      EMOJI_AFTER.test(whole.slice(offset + 1, offset + 3))
    ) {
      return ch;
    }
    return visibleCode(ch);
  });
}

/** Collapses CR, LF, CRLF and tab to one space: inline text and table cells are one line. */
function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** Zero-width space as an entity: splits a token for GitHub's autolinkers while rendering as nothing. */
const ZWSP = '&#8203;';
/** ASCII punctuation that starts Markdown syntax inline: code, emphasis, links/images, tables, math, refs. */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!|$#]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * For inline text and table cells in GitHub-flavoured Markdown (PR comments, job summary, review
 * comments). Defends against:
 * - raw HTML (`<img>`, `<script>`, `<details>`), autolinks `<https://…>` and forged hidden markers
 *   `<!-- flowguard … -->`: `<`, `>` and `&` become entities, which also defuses entity tricks
 *   (`&lt;script&gt;`, `&#64;user` stay literal text);
 * - code spans/fences, emphasis, strikethrough, links and images, table pipes, math, headings:
 *   backslash escapes of `` \ ` * _ ~ [ ] ( ) ! | $ # ``, and of a leading `-`, `+`, `=` or `1.`;
 * - newlines that would end a table row or start a block: collapsed to a space;
 * - GitHub's post-render linkers, which backslashes do not stop because they run on the rendered text:
 *   `@user`/`@org/team` mentions (no ping), `#123`/`GH-123` references, `http(s)://`, `www.` and e-mail
 *   autolinks get a zero-width space after the trigger character;
 * - invisible and control characters (bidi overrides, zero-width, ANSI): shown as visible codes.
 */
export function escapeMarkdown(text: string): string {
  let s = revealUnsafe(oneLine(text));
  s = s.replace(MARKDOWN_PUNCTUATION, '\\$&');
  s = s.replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
  // Block markers only matter at the start of a line; inline text may be placed there.
  s = s.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)\./, '$1\\.');
  // After entity escaping, so the `&` of the inserted entity stays live.
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** Percent-encodes one character as UTF-8 (a lone surrogate becomes U+FFFD's bytes). */
function percentEncode(ch: string): string {
  return Array.from(new TextEncoder().encode(ch), (b) => `%${hex(b, 2)}`).join('');
}

/**
 * For data placed inside a hidden `<!-- … -->` marker (summary-comment markers, stored fingerprints).
 * Defends against closing the comment early or forging a second marker: `--` never appears (`-` next to
 * another `-`, or at either end, becomes `%2D`), nor `<` or `>`; `%`, newlines and invisible characters
 * are percent-encoded too, so the marker stays on one line and decodes with `decodeURIComponent`.
 */
export function escapeHtmlComment(text: string): string {
  return text
    .replace(/[%<>]|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu, percentEncode)
    .replace(/^-|-(?=-)|-$/g, '%2D');
}

/**
 * Toolkit-compatible escaping shared by data and properties (`@actions/core` `escapeData`), after
 * revealing controls other than CR/LF, which the toolkit passes through and the log viewer renders.
 */
function workflowCommandBase(text: string): string {
  return revealUnsafe(text, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * For the message part of a workflow command (`::error file=…::<data>`). Defends against a name that
 * ends the command line and starts a forged one (`\n::error::…`, `::add-mask::`, `::stop-commands::`):
 * `%` → `%25`, CR → `%0D`, LF → `%0A` as in the GitHub Actions toolkit; ANSI and other controls are
 * shown as visible codes.
 */
export function escapeWorkflowCommandData(text: string): string {
  return workflowCommandBase(text);
}

/**
 * For a property value of a workflow command (`file=`, `title=`). As the data escaping, plus `:` →
 * `%3A` and `,` → `%2C`, which would otherwise end the property list or start another property.
 */
export function escapeWorkflowCommandProperty(text: string): string {
  return workflowCommandBase(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The Azure Pipelines agent runs a logging command wherever `##vso[` appears in a line of a step's stdout or
 * stderr, not only at its start (`Command.TryParse` in microsoft/azure-pipelines-agent). Matched in any case,
 * to be safe; the `[` is what gets escaped.
 */
const AZURE_PIPELINES_COMMAND = /(##vso)\[/gi;

/**
 * For terminal (text reporter) output. Defends against names that rewrite the terminal: ANSI/VT escape
 * sequences (ESC, 8-bit CSI 0x9b, OSC 8 hyperlinks), BEL, backspace and CR overprinting, and newlines that
 * forge extra report lines such as a fake "gate passed"; bidi overrides and zero-width characters are
 * shown as visible codes. Ordinary Unicode (accents, CJK, emoji) is kept. `##vso[` is shown as `##vso\x5B`,
 * so a CI log of the output runs no Azure Pipelines command.
 */
export function escapeTerminal(text: string): string {
  return revealUnsafe(text).replace(AZURE_PIPELINES_COMMAND, '$1\\x5B');
}

/**
 * For SARIF plain-text strings (`message.text`, names). JSON.stringify escapes what JSON needs, but SARIF
 * viewers print the decoded string into consoles and web pages: controls and invisible characters are
 * shown as visible codes, as for the terminal.
 */
export function sarifText(text: string): string {
  return revealUnsafe(text);
}

/**
 * For SARIF Markdown strings (`help.markdown`, `message.markdown`), which GitHub renders as GFM: the same
 * defences as `escapeMarkdown`.
 */
export function sarifMarkdown(text: string): string {
  return escapeMarkdown(text);
}

/**
 * Makes serialized JSON safe to print: JSON.stringify leaves DEL, C1 controls (0x9b is CSI in 8-bit
 * terminals), bidi and zero-width characters and U+2028/2029 raw. They become `\uXXXX` escapes, which
 * decode to the same string, so the data is unchanged.
 */
export function escapeJsonOutput(json: string): string {
  return (
    json
      .replace(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu, (ch) =>
        Array.from({ length: ch.length }, (_, i) => `\\u${hex(ch.charCodeAt(i), 4).toLowerCase()}`).join(''),
      )
      // `##vso[` only occurs inside a string, where `\u005b` is the same `[` to a JSON reader but no
      // logging command to an Azure Pipelines agent reading the printed report.
      .replace(AZURE_PIPELINES_COMMAND, '$1\\u005b')
  );
}

/**
 * Azure Pipelines logging-command escaping (the agent's `CommandStringConvertor`): `%` → `%AZP25` first,
 * then CR → `%0D`, LF → `%0A`, `;` → `%3B`, `]` → `%5D`; the agent decodes these in property values and
 * in the message. Controls other than CR/LF (ANSI, bidi, zero-width) are shown as visible codes first.
 */
function azureDevOpsBase(text: string): string {
  return revealUnsafe(text, '\r\n')
    .replace(/%/g, '%AZP25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/]/g, '%5D');
}

/**
 * For the message of a `##vso[…]message` logging command. Defends against a name that ends the line and
 * starts a forged command (`\n##vso[task.setvariable …]`, `\n##vso[task.complete result=Succeeded]`):
 * CR and LF are encoded, and so is `]` (conservatively; the agent reads properties up to the first `]`).
 */
export function escapeAzureDevOpsData(text: string): string {
  return azureDevOpsBase(text).replace(/;/g, '%3B');
}

/**
 * For a property value of a logging command (`sourcepath=…`). As the message escaping: `;` would start
 * another property (`;type=…`) and `]` would end the property list, so both are encoded.
 */
export function escapeAzureDevOpsProperty(text: string): string {
  return azureDevOpsBase(text).replace(/;/g, '%3B');
}
