/** Character classes of the text scanners. */
export const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\u00a0" || c === "\f" || c === "\v";
export const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
export const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
export const isAlnum = (c: string | undefined): boolean => c !== undefined && (isLower(c) || isUpper(c) || (c >= "0" && c <= "9"));
