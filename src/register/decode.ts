/**
 * Bytes → text, before any YAML is read: a register must be UTF-8 text.
 * A byte-order mark is dropped (editors hide it, so columns must not count it).
 */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: 'notUtf8' | 'binaryFile'; offset: number; byte: number; /** Lossy text, for positions and code frames. */ text: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A register file's bytes as loadRegister's input: their text when they
 * decode cleanly, so that the caller can let go of the bytes (as large as the
 * text) before the register is read; otherwise the bytes themselves, for
 * loadRegister to say what is wrong with them.
 */
export function registerInput(bytes: Uint8Array): string | Uint8Array {
  const decoded = decodeSource(bytes);
  // loadRegister drops a byte-order mark from text as well: text that still
  // starts with one (the file had two) goes as bytes, to be read the same.
  return decoded.ok && decoded.text.charCodeAt(0) !== 0xfeff ? decoded.text : bytes;
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  // UTF-16 (what Notepad and Excel call "Unicode") is told by its byte-order
  // mark: text in the wrong encoding, not a binary file, although it is full of NUL bytes.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, code: 'notUtf8', offset: 0, byte: 0, text: lossy(bytes) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binaryFile', offset: charOffset(bytes, nul), byte: nul, text: lossy(bytes) };
  try {
    // With ignoreBOM: false the decoder strips a leading BOM for us.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, code: 'notUtf8', offset: charOffset(bytes, bad), byte: bad, text: lossy(bytes) };
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

function lossy(bytes: Uint8Array): string {
  return lossyDecoder.decode(bytes);
}

/** The string offset of a byte position, decoding only the prefix. */
function charOffset(bytes: Uint8Array, byteIndex: number): number {
  return lossyDecoder.decode(bytes.subarray(0, byteIndex)).length;
}
