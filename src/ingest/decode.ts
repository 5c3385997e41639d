/**
 * Bytes to text: BOM, strict UTF-8, then a statistical guess (chardet) among the single-byte
 * encodings common in this field (Windows-1251 and KOI8-R for Ukrainian and Russian sources,
 * Windows-1252/ISO-8859-x for Western ones). Binary data is rejected with a clear reason.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export class InputError extends Error {
  constructor(readonly input: string, message: string) {
    super(`${input}: ${message}`);
    this.name = 'InputError';
  }
}

/** Encodings we accept from a guess; others are rejected rather than risk mangled text. */
const ACCEPTED = new Set([
  'windows-1251', 'koi8-r', 'koi8-u', 'windows-1252', 'iso-8859-1', 'iso-8859-2', 'iso-8859-5', 'iso-8859-15',
  'windows-1250', 'utf-16le', 'utf-16be', 'ibm866', 'iso-8859-9', 'windows-1254',
]);

export interface Decoded {
  text: string;
  encoding: string;
}

/** True when the bytes look like binary data rather than text. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return !(hasUtf16Bom(buf));
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.02;
}

function hasUtf16Bom(buf: Uint8Array): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(buf: Uint8Array, input: string, declared?: string | null): Decoded {
  if (buf.length === 0) throw new InputError(input, 'empty input');
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: utf8Decode(buf.subarray(3), input), encoding: 'utf-8' };
  }
  if (hasUtf16Bom(buf)) {
    const enc = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: iconv.decode(Buffer.from(buf.subarray(2)), enc), encoding: enc };
  }
  if (looksBinary(buf)) throw new InputError(input, 'binary data, not text');
  if (declared) {
    const d = declared.toLowerCase().trim();
    if (d === 'utf-8' || d === 'utf8') {
      try { return { text: utf8.decode(buf), encoding: 'utf-8' }; } catch { /* fall through to guessing */ }
    } else if (iconv.encodingExists(d)) {
      return { text: iconv.decode(Buffer.from(buf), d), encoding: d };
    }
  }
  try {
    return { text: utf8.decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: guess
  }
  const guesses = chardet.analyse(buf);
  for (const g of guesses) {
    const name = g.name.toLowerCase();
    if (ACCEPTED.has(name) && g.confidence >= 10 && iconv.encodingExists(name)) {
      return { text: iconv.decode(Buffer.from(buf), name), encoding: name };
    }
  }
  throw new InputError(input, `not valid UTF-8 and the encoding could not be told (best guess: ${guesses[0]?.name ?? 'none'})`);
}

function utf8Decode(buf: Uint8Array, input: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputError(input, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
}
