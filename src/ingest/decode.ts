import iconv from "iconv-lite";

/**
 * Bytes of a file (or of one JSON Lines record) to text. UTF-8 is the norm; a text that is not
 * UTF-8 is decoded when its encoding is evident (a UTF-16 byte-order mark, or Western European
 * text in latin-1/windows-1252, the usual encodings of older scraped pages and corpora), and
 * refused otherwise with how to convert it.
 */

export interface Decoded {
  text: string;
  /** set when the bytes were not UTF-8: the encoding they were decoded from */
  decodedFrom?: "windows-1252" | "utf-16le" | "utf-16be";
}

/** Bytes that are not text in any encoding this reads; the message says why and what to do. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = "DecodeError";
  }
}

// ignoreBOM keeps a UTF-8 byte-order mark in the text, so offsets stay those of the file as read
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/**
 * Latin-script text has few letters outside ASCII (French and Portuguese ~5%, Icelandic ~10%);
 * Cyrillic, Greek or CJK bytes read as windows-1252 come out as runs of accented letters.
 */
const MAX_NON_ASCII_SHARE = 0.25;
// C0 controls other than tab, newline, carriage return and form feed; DEL; C1 controls; and the
// replacement character, which is what the five bytes windows-1252 leaves undefined decode to.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/;
const HOW_TO_CONVERT =
  "convert it to UTF-8 first, e.g. `iconv -f ITS-ENCODING -t UTF-8 FILE > FILE.utf8` (`file -i FILE` guesses the encoding)";

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    // not UTF-8: see below
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), decodedFrom: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), decodedFrom: "utf-16be" };
  const at = firstInvalidUtf8(bytes);
  const where = `byte 0x${bytes[at]!.toString(16).padStart(2, "0")} at offset ${at}`;
  if (bytes.includes(0)) {
    throw new DecodeError(
      `not text: it has NUL bytes (binary data, or UTF-16/32 without a byte-order mark); if it is text, ${HOW_TO_CONVERT}`,
      "not text",
    );
  }
  // iconv-lite, not TextDecoder: Node 20's "windows-1252" decoder reads 0x80–0x9F as latin-1's C1 controls
  const text = iconv.decode(Buffer.from(bytes), "windows-1252");
  if (!CONTROL.test(text) && nonAsciiShare(text) <= MAX_NON_ASCII_SHARE) return { text, decodedFrom: "windows-1252" };
  throw new DecodeError(`not valid UTF-8 (${where}) and not evidently latin-1/windows-1252; ${HOW_TO_CONVERT}`, "unknown encoding");
}

function nonAsciiShare(text: string): number {
  let letters = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) letters++;
    if (ch.charCodeAt(0) > 0x7f) nonAscii++;
  }
  return letters === 0 ? 1 : nonAscii / letters;
}

/** Offset of the first byte that breaks UTF-8 (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return 0;
}
