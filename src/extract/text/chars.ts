/** Character classes of the text scanners. */
export const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\u00a0" || c === "\f" || c === "\v";

/** The code of a one-character ASCII string, else -1 (the case tests below then ask the case mappings). */
function asciiCode(c: string): number {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  return code < 128 ? code : -1;
}

export const isLower = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = asciiCode(c);
  return code >= 0 ? code >= 97 && code <= 122 : c !== c.toUpperCase() && c === c.toLowerCase();
};
export const isUpper = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = asciiCode(c);
  return code >= 0 ? code >= 65 && code <= 90 : c !== c.toLowerCase() && c === c.toUpperCase();
};
export const isAlnum = (c: string | undefined): boolean => c !== undefined && (isLower(c) || isUpper(c) || (c >= "0" && c <= "9"));
