/** Write access: `Authorization: Bearer <NEWSGRAPH_API_KEY>`, compared in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s).digest();

export function hasWriteKey(header: string | undefined, apiKey: string | null): boolean {
  if (!apiKey || !header) return false;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m?.[1]) return false;
  return timingSafeEqual(digest(m[1]), digest(apiKey));
}
