/**
 * The state of one left-to-right pass over the tokens, shared by the token rules: what was found so
 * far (mentions, title phrases), the long title being read, and look-ups over the tokens.
 */
import { FIRST_NAMES, lookup, phraseLimit, type LexEntry } from "../lexicon/index.js";
import { linked, phraseEntry } from "../text/tokens.js";
import type { EntityType, Mention, MentionCue, TitlePhrase, Token } from "../types.js";

/** A lexicon entry spelled by the tokens from some index on. */
export interface Hit {
  entry: LexEntry;
  length: number;
}

/** A long title phrase: complement tokens up to `nameFrom`, the holder's name [nameFrom, nameTo) (empty when none). */
export interface LongTitle {
  phrase: TitlePhrase;
  /** a name follows the title */
  named: boolean;
  nameFrom: number;
  nameTo: number;
}

export const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
export const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}]+)?$|^\p{Lu}$|^Mc\p{Lu}\p{Ll}+$/u;
export const PLACE_KINDS: ReadonlySet<string> = new Set(["CITY", "CAPITAL", "REGION"]);

export class Scanner {
  readonly n: number;
  readonly mentions: Mention[] = [];
  readonly titles: TitlePhrase[] = [];
  /** the long title whose complement and name are being read, if any */
  long: LongTitle | null = null;
  /** the lexicon entry the gazetteer rules read at one index (passes/gazetteer.ts) */
  entry: { at: number; hit: Hit | undefined } | null = null;
  private lowerWords: Set<string> | null = null;
  /** match() by token index: the rules ask about the same tokens many times */
  private readonly matches = new Map<number, Hit | undefined>();
  /** titleBefore() by token index, asked by several rules of the same tokens */
  private readonly titlesBefore: boolean[] = [];

  constructor(
    readonly masked: string,
    readonly tokens: readonly Token[],
  ) {
    this.n = tokens.length;
  }

  /** Whether the text also uses this word in lower case (so a capital at a sentence start says nothing). */
  usedLowercase(word: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const t of this.tokens) if (!t.cap) this.lowerWords.add(t.text);
    }
    return this.lowerWords.has(word.toLowerCase());
  }

  /** The longest lexicon phrase starting at token i. */
  match(i: number): Hit | undefined {
    if (this.matches.has(i)) return this.matches.get(i);
    const hit = this.longestPhrase(i);
    this.matches.set(i, hit);
    return hit;
  }

  private longestPhrase(i: number): Hit | undefined {
    const { tokens, n } = this;
    const limit = phraseLimit(tokens[i]?.key ?? "");
    if (limit === 0) return undefined;
    const keys: string[] = [];
    for (let k = i; k < n && k - i < limit; k++) {
      const t = tokens[k];
      if (!t || (k > i && (!linked(t) || tokens[k - 1]?.possessive))) break;
      keys.push(t.key);
    }
    for (let len = keys.length; len >= 1; len--) {
      const entry = lookup(keys.slice(0, len));
      if (entry && entry.length === len) return { entry, length: len };
    }
    return undefined;
  }

  emit(from: number, to: number, type: EntityType, name: string | null, code: string | null, cue: MentionCue): void {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b) return;
    const text = this.masked.slice(a.start, b.end);
    this.mentions.push({ start: a.start, end: b.end, text, type, name: name ?? text, code, cue, from, to });
  }

  /** A title or honorific directly before token i, capitalised or not ("spokesman", "press secretary"). */
  titleBefore(i: number): boolean {
    const known = this.titlesBefore[i];
    if (known !== undefined) return known;
    const found = this.findTitleBefore(i);
    if (i >= 0) this.titlesBefore[i] = found;
    return found;
  }

  private findTitleBefore(i: number): boolean {
    const t = this.tokens[i];
    const before = this.tokens[i - 1];
    // "Mr. Kamin", "Sen. Ruiz": an abbreviated honorific or title, its dot between
    if (t && before && !linked(t) && this.masked.slice(before.end, t.start) === ". ") {
      const kind = phraseEntry(this.tokens, i - 1, i)?.kind;
      return kind === "HONORIFIC" || kind === "TITLE";
    }
    if (!linked(t)) return false;
    for (let len = 1; len <= 3 && i - len >= 0; len++) {
      const entry = phraseEntry(this.tokens, i - len, i);
      if (entry && (entry.kind === "TITLE" || entry.kind === "HONORIFIC")) return true;
    }
    return false;
  }

  /** Token i when it goes on the phrase before it. */
  nextWord(i: number): Token | undefined {
    const t = this.tokens[i];
    return t && linked(t) ? t : undefined;
  }

  isFirstName(i: number): boolean {
    return FIRST_NAMES.has(this.tokens[i]?.key ?? "");
  }
}

/** A rule tried at token i, in order with the others (passes/index.ts): the index to go on from, or undefined when it does not apply. */
export interface TokenRule {
  name: string;
  apply(s: Scanner, i: number): number | undefined;
}

/** What the passes over recognised mentions read: the text, its tokens, and whether it is a sports story. */
export interface Story {
  masked: string;
  tokens: readonly Token[];
  sports: boolean;
  /** whether the text also uses a word in lower case (`Scanner.usedLowercase`) */
  usedLowercase(word: string): boolean;
}

/** A pass over all the mentions recognised so far: returns the new list (retyped, added or dropped mentions). */
export interface MentionPass {
  name: string;
  run(story: Story, mentions: readonly Mention[]): Mention[];
}
