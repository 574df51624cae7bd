/**
 * Terminal safety for user strings: a spec's text, a file name or a flag value may hold control characters
 * (`\x1b]0;…\x07` sets a terminal's title, `\x1b[2J` clears it, U+202E reverses what follows). Everything
 * flowc echoes from a user goes through `printable`, which shows such characters as visible escapes.
 */

/** C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates. */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as an escape: `\x1b`, `\x07`, `\u{202e}`. */
export function printable(text: string): string {
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
