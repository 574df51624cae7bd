/**
 * Reading a `.flow` file as the compiler's input: at most `MAX_SOURCE_BYTES` are read (so /dev/zero or an
 * endless pipe cannot exhaust memory), binary files (NUL bytes) and invalid UTF-8 are refused with the place
 * of the first bad byte, and a leading byte order mark is accepted and reported so `fmt` can keep it.
 * The command line (`readInput`) and imports (`nodeHost`) both read through here.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readFailure } from '../../backends/files.js';

/** Specs are a few kB (the largest example is 1.2 kB); 256 KiB leaves room and keeps checking under a second. */
export const MAX_SOURCE_BYTES = 256 * 1024;

/** A decoded spec: its text without the byte order mark, and whether the file had one. */
export interface SourceText {
  readonly text: string;
  readonly bom: boolean;
}

export type SourceRead = SourceText | { readonly error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Reads up to `limit` + 1 bytes: one more than allowed tells "too large" from "exactly at the limit". */
function readBounded(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const got = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (got === 0) break;
      filled += got;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** The file at `path` as spec text, or why it is not one (missing, too large, binary, not UTF-8). */
export function readSourceFile(path: string, limit = MAX_SOURCE_BYTES): SourceRead {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path, limit);
  } catch (error) {
    return { error: readFailure(error) };
  }
  if (bytes.length > limit) return { error: `it is larger than ${formatBytes(limit)}, the most flowc reads for a .flow spec: is it the right file?` };
  return decodeSource(bytes);
}

/** Bytes → spec text; pure, so the fuzzer can feed it bytes without files. */
export function decodeSource(bytes: Uint8Array): SourceRead {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `it is a binary file, not a .flow spec (a NUL byte at ${placeOf(bytes, nul)})` };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { error: `it is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at ${placeOf(bytes, bad)}): save it as UTF-8` };
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom };
}

/** "line 3, byte offset 57": lines count newlines before the byte (1-based), offsets are 0-based. */
function placeOf(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return `line ${line}, byte offset ${offset}`;
}

function formatBytes(n: number): string {
  return n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF included, as the WHATWG decoder refuses them), or −1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** The length of the well-formed sequence starting at `i`, or 0 (Unicode Table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0..BF (no overlongs), ED needs 80..9F (no surrogates).
    const second = b0 === 0xe0 ? cont(1, 0xa0) : b0 === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    // F0 needs 90..BF (no overlongs), F4 needs 80..8F (nothing above U+10FFFF).
    const second = b0 === 0xf0 ? cont(1, 0x90) : b0 === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
