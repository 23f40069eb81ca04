import { describe, expect, it } from "vitest";
import { decodeText, DecodeError } from "../../src/ingest/decode.js";

const cp1252 = (s: string) =>
  Buffer.from(
    s.replace(/[’“”]/g, (c) => ({ "’": "\x92", "“": "\x93", "”": "\x94" })[c]!),
    "latin1",
  );

describe("decodeText", () => {
  it("reads UTF-8 as it is, keeping a byte-order mark so offsets stay those of the file", () => {
    expect(decodeText(Buffer.from("\uFEFFZürich’s mayor said", "utf8"))).toEqual({ text: "\uFEFFZürich’s mayor said" });
  });

  it("decodes Western European text in windows-1252 and says so", () => {
    const bytes = cp1252("Le président a déclaré “nous continuerons” à Genève, l’été dernier.");
    expect(decodeText(bytes)).toEqual({
      text: "Le président a déclaré “nous continuerons” à Genève, l’été dernier.",
      decodedFrom: "windows-1252",
    });
  });

  it("decodes UTF-16 with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kyiv said", "utf16le")]);
    expect(decodeText(bytes)).toEqual({ text: "Kyiv said", decodedFrom: "utf-16le" });
  });

  it("refuses text whose encoding is not evident (Cyrillic windows-1251), naming the byte and how to convert", () => {
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xf1, 0xea, 0xe0, 0xe7, 0xe0, 0xeb]);
    expect(() => decodeText(cyrillic)).toThrow(DecodeError);
    expect(() => decodeText(cyrillic)).toThrow(/not valid UTF-8 \(byte 0xcf at offset 0\).*iconv -f ITS-ENCODING -t UTF-8/);
  });

  it("refuses binary data (NUL bytes)", () => {
    const error = (() => {
      try {
        decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
      } catch (e) {
        return e as DecodeError;
      }
      return null;
    })();
    expect(error?.reason).toBe("not text");
    expect(error?.message).toMatch(/NUL bytes/);
  });

  it("names the offset of the first byte that breaks UTF-8 inside otherwise valid text", () => {
    const bytes = Buffer.concat([Buffer.from("Grüße aus ", "utf8"), Buffer.from([0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5])]);
    expect(() => decodeText(bytes)).toThrow(/byte 0xd0 at offset 12/);
  });
});
