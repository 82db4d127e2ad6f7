import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineOfOffset, withoutBom } from './text-decoding.js';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string; line: number | null };

// Plain words for the errors jsonc-parser reports. V8's own JSON.parse message is never used: it quotes
// the text around the error, and that text may be a credential.
const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'unexpected content after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string',
};

/**
 * Parses a JSON document as stored (a leading BOM is skipped). The happy path is `JSON.parse` alone;
 * only a document that fails is parsed again with jsonc-parser, to say what is wrong and on which line.
 */
export function parseJsonText(stored: string): ParsedJson {
  const text = withoutBom(stored);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    if (!(err instanceof SyntaxError)) {
      return { ok: false, reason: 'invalid JSON: the document is too deeply nested to parse', line: null };
    }
  }
  return { ok: false, ...jsonSyntaxError(stored) };
}

/**
 * What is wrong with a document `JSON.parse` refused, and on which line, in words of our own: V8's message
 * quotes the text around the error, which may be a credential. Also used for baseline files.
 */
export function jsonSyntaxError(stored: string): { reason: string; line: number | null } {
  const text = withoutBom(stored);
  const errors: ParseError[] = [];
  if (text.trim() === '') return { reason: 'invalid JSON: the file is empty', line: null };
  try {
    parseLenient(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch (err) {
    // jsonc-parser recurses: a broken document nested thousands deep overflows it before the error is found.
    if (!(err instanceof RangeError)) throw err;
    return { reason: 'invalid JSON: nested too deeply to say where the error is', line: null };
  }
  const first = errors[0];
  if (!first) return { reason: 'invalid JSON', line: null };
  const bom = text.length === stored.length ? 0 : 1;
  return {
    reason: `invalid JSON: ${ERROR_TEXT[printParseErrorCode(first.error)] ?? 'syntax error'}`,
    line: lineOfOffset(stored, first.offset + bom),
  };
}
