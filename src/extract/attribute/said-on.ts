/** When a statement was made: a date expression in the attribution, resolved against the article date. */
import * as chrono from "chrono-node";

const DATE_WORD =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\btonight\b|\blast\b|\bearlier\b|\bweek\b|\bmonth\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const WEEKDAY_ONLY = /^(?:on\s+|earlier\s+on\s+|later\s+on\s+|earlier\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const DAY_MS = 86_400_000;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Resolves the first date expression in `attribution` (the words around the reporting verb, not the
 * statement itself). Without an expression the statement is dated to the article: news reports
 * what was said on or just before publication, and the article date is the best estimate there is.
 * Returns null when there is no article date.
 */
export function resolveSaidOn(attribution: string, articleDate: string | null): string | null {
  if (articleDate === null) return null;
  if (!DATE_WORD.test(attribution)) return articleDate;
  const instant = new Date(`${articleDate}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return articleDate;
  const found = chrono.parse(attribution, { instant, timezone: 0 }, { forwardDate: false })[0];
  if (!found) return articleDate;
  const year = found.start.get("year");
  const month = found.start.get("month");
  const day = found.start.get("day");
  if (year === null || month === null || day === null) return articleDate;
  let when = Date.UTC(year, month - 1, day);
  // Statements are reported after they are made: a bare weekday ahead of the article means last week.
  if (when > instant.getTime() && WEEKDAY_ONLY.test(found.text.trim())) when -= 7 * DAY_MS;
  if (when > instant.getTime()) return articleDate;
  return iso(new Date(when));
}
