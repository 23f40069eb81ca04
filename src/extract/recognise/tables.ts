/**
 * Results, standings and market tables ("Lens 3 Nancy 1", "Gencor YR EPS 93.12"): a line of names
 * and figures with hardly a lower-case word. Its names are clubs or companies unless they are
 * countries (national sides) or read as people (a first name, an initial). In a sports story its
 * towns are the clubs too.
 */
import { FIRST_NAMES, NAME_PARTICLES, SPORTS, TABLE_WORDS, lookup } from "../lexicon/index.js";
import { linked } from "../text/tokens.js";
import type { Mention, Token } from "../types.js";
import type { MentionPass } from "./scanner.js";

const NUMBER = /^\d/;
const YEAR = /^\d{4}$/;
/** "Haltbury Wanderers 2 Dremford 1": two sides and their scores, nothing else */
const RESULT_LINE = /^[\p{Lu}][\p{L}. '-]*\s(?:\d{1,3})\s+(?:\d{4}\s)?[\p{Lu}][\p{L}. '-]*\s\d{1,3}$/u;
const DATE = /^\d{4}$|^\d\d$/;
const SHOUTED = /^[\p{Lu}\d]+$/u;
const INITIAL = /^\p{Lu}$/u;
const NATIONS: ReadonlySet<string> = new Set(SPORTS.nations);
const KEEP_TYPES = new Set(["COUNTRY", "PERSON"]);

interface Line {
  from: number;
  to: number;
}

function linesOf(masked: string, tokens: readonly Token[]): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    if (!t || !prev || masked.slice(prev.end, t.start).includes("\n")) {
      out.push({ from, to: k });
      from = k;
    }
  }
  return out;
}

function isTable(tokens: readonly Token[], line: Line): boolean {
  let numbers = 0;
  let lower = 0;
  let caps = 0;
  let shouted = 0;
  let dates = 0;
  for (let k = line.from; k < line.to; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (NUMBER.test(t.text)) {
      numbers++;
      if (DATE.test(t.text)) dates++;
    } else if (t.cap) {
      caps++;
      if (SHOUTED.test(t.text)) shouted++;
    } else if (!TABLE_WORDS.has(t.text) && ++lower > 1) return false; // two lower-case words: prose, however it goes on
  }
  // a dateline ("LONDON 1996-08-22") or an all-capitals heading is not a table
  if (shouted === caps || dates === numbers) return false;
  return numbers >= 1 && caps >= 1 && lower <= Math.min(1, numbers - 1) && line.to - line.from <= 30;
}

/**
 * Whether a person mention reads as a real person: a first name, an initial ("J. Crawley"), two
 * words or more ("Aamir Sohail"), or the surname of someone named in full elsewhere ("Cork" for "D. Cork").
 */
function personLike(m: Mention, tokens: readonly Token[], surnames: ReadonlySet<string>, results: boolean): boolean {
  if (m.cue === "first-name" || m.cue === "title" || (m.to - m.from >= 2 && !results)) return true;
  const first = tokens[m.from];
  return first !== undefined && (FIRST_NAMES.has(first.key) || INITIAL.test(first.text) || surnames.has(first.text));
}

/** Whether token k stands inside brackets on its line: scorers and nationalities ("( Scifo 35th )"). */
function insideBrackets(masked: string, tokens: readonly Token[], line: Line, k: number): boolean {
  const from = tokens[line.from]?.start ?? 0;
  const before = masked.slice(from, tokens[k]?.start ?? from);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** A table word or a day, month or other stop word of the lexicon. */
const noise = (t: Token | undefined): boolean => t === undefined || TABLE_WORDS.has(t.text) || lookup([t.key])?.kind === "STOP";

/** Names in results and market tables are clubs or companies (see the top of this file). */
export const tableNames: MentionPass = {
  name: "table-names",
  run: ({ masked, tokens, sports, usedLowercase }, mentions) => namesInTables(masked, tokens, mentions, sports, usedLowercase),
};

function namesInTables(
  masked: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sports: boolean,
  usedLowercase: (word: string) => boolean,
): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === "PERSON" && m.to - m.from >= 2) surnames.add(tokens[m.to - 1]?.text ?? "");
  const byFrom = new Map<number, Mention>();
  for (const m of mentions) byFrom.set(m.from, m);
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  for (const line of linesOf(masked, tokens)) {
    if (!isTable(tokens, line)) continue;
    const results = sports && RESULT_LINE.test(masked.slice(tokens[line.from]?.start ?? 0, tokens[line.to - 1]?.end ?? 0));
    let k = line.from;
    while (k < line.to) {
      const t = tokens[k];
      const next = tokens[k + 1];
      const clubYear = t !== undefined && YEAR.test(t.text) && next?.cap === true && next.adjacent && k + 1 < line.to;
      if (!t || t.hyphenBefore || !(t.cap || clubYear) || insideBrackets(masked, tokens, line, k)) {
        k++;
        continue;
      }
      // a run of capitalised words joined by spaces, hyphens or particles ("Queens Park Rangers", "Vasco da Gama")
      let end = k + 1;
      for (;;) {
        const u = tokens[end];
        if (end >= line.to || !u || !linked(u) || tokens[end - 1]?.possessive) break;
        if (u.cap && !noise(u)) end++;
        else if (NAME_PARTICLES.has(u.text) && tokens[end + 1]?.cap && linked(tokens[end + 1]) && end + 1 < line.to) end += 2;
        else break;
      }
      const inside = mentions.filter((m) => m.from >= k && m.to <= end);
      const whole = byFrom.get(k);
      const keep =
        inside.some((m) => KEEP_TYPES.has(m.type) && (m.type === "COUNTRY" || personLike(m, tokens, surnames, results))) ||
        (end - k === 1 && surnames.has(t.text)) ||
        (whole?.to === end && NATIONS.has(whole.name)) ||
        (whole?.to === end && whole.type === "ORGANISATION") ||
        (!sports && whole?.to === end && whole.type === "LOCATION") ||
        (end - k === 1 && t.text.length < 2);
      const partOfWord = tokens[end]?.hyphenBefore === true && end < line.to;
      const commonWord = !sports && end - k === 1 && usedLowercase(t.text);
      if (!keep && !noise(t) && !partOfWord && !commonWord) {
        for (const m of inside) dropped.add(m);
        const a = tokens[k];
        const b = tokens[end - 1];
        if (a && b) {
          added.push({
            start: a.start,
            end: b.end,
            text: masked.slice(a.start, b.end),
            type: "ORGANISATION",
            name: masked.slice(a.start, b.end),
            code: null,
            cue: "team",
            from: k,
            to: end,
          });
        }
      }
      k = end;
    }
  }
  if (added.length === 0) return [...mentions];
  const kept = mentions.filter((m) => !dropped.has(m));
  kept.push(...added);
  kept.sort((a, b) => a.start - b.start);
  return kept;
}
