/** "…,” X said", "…, the statement said": the attribution after the statement. */
import type { Draft, Subject } from "../../types.js";
import { trimEnd, trimStart, VERB_AFTER_ASIDE } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type Unit } from "../draft.js";

/** Where the attribution after a statement is: its verb's end, its subject, the mark closing the statement, its end. */
interface Attribution {
  verbEnd: number;
  subject: Subject;
  /** the comma or closing quotation mark right before the attribution */
  jointPos: number;
  attrEnd: number;
}

/**
 * What goes on with the reported sentence after ", X said,": a conjunction of its clause, not of the
 * narration (else the verb the part before is the subject of: VERB_AFTER_ASIDE).
 */
const CONJUNCTION_AFTER = /^\s*,\s+(?:unless|because|although|though|if|until|so\s+that|even\s+(?:though|if))\s+\S/;

/**
 * "Too often, he says, they get it", "During his years in office, she said, prices doubled": an opener of
 * at most three words, or a phrase opened by a preposition, before the attribution is no
 * statement; the sentence is the one after it, unless what follows is the narration's (", adding …",
 * ", as …", ", before …").
 */
const OPENER =
  /^\s*(?:\S+\s+){0,2}\S+\s*$|^\s*(?:during|in|after|before|since|for|over|at|on|under|despite|throughout|within|unlike|like)\s+[^,;:“”"]{0,80}$/i;
const NARRATION_GOES_ON = /^\s*,\s+(?:\p{L}+ing|and|but|or|as|before|after|while|when|then|in|on|at|during|according|since|than)\b/iu;
const GOES_ON = /^\s*,\s+\p{L}/u;

/** "…,” X said", "…, the statement said": the statement is what comes before the attribution. */
export function statementBefore(ctx: Unit, cue: Cue, { verbEnd, subject, jointPos, attrEnd }: Attribution): Draft | null {
  const { text, range: unit, quotes } = ctx;
  // "“Part one,” he said, “part two.”": an interrupted quote goes on after the attribution
  let end = text[jointPos] === "," ? jointPos : jointPos + 1;
  // "“Part one,” said X, and “part two.”": also after "and"
  const resumed = /^\s*,\s*(?:and\s+(?:also\s+|still\s+|then\s+|later\s+)?)?(?=[“"])/.exec(text.slice(attrEnd, unit.end));
  if (resumed) {
    const next = quotes.find((q) => q.start === attrEnd + resumed[0].length);
    if (next) end = next.end;
  }
  // "The drugs have few uses, he says, and are mostly meant to be taken short term": a reported
  // sentence goes on after the attribution
  const goesOn = CONJUNCTION_AFTER.exec(text.slice(attrEnd, unit.end)) ?? VERB_AFTER_ASIDE.exec(text.slice(attrEnd, unit.end));
  if (goesOn && !quotes.some((q) => q.start < attrEnd + goesOn[0].length && q.end > unit.start)) end = unit.end;
  else if (
    OPENER.test(text.slice(unit.start, jointPos)) &&
    GOES_ON.test(text.slice(attrEnd, unit.end)) &&
    !NARRATION_GOES_ON.test(text.slice(attrEnd, unit.end)) &&
    // a quotation in the opener, or one the attribution closes, makes the part before it the statement
    !quotes.some((q) => q.end > unit.start && q.start < attrEnd)
  )
    end = unit.end;
  let start = trimStart(text, unit.start, end);
  const lastQuote = quotes.find((q) => q.end === jointPos + 1 || q.end === jointPos);
  if (lastQuote && lastQuote.start > start && /[.!?…][”"’']?\s+$/u.test(text.slice(start, lastQuote.start))) {
    start = lastQuote.start; // an earlier sentence in the unit is not part of the quote
  }
  end = trimEnd(text, start, end);
  if (end - start < 3 || cue.peopleOnly) return null;
  const attrStart = Math.min(subject.start, cue.start);
  return cueDraft("statement-before", ctx, cue, {
    subject,
    start,
    end,
    verbEnd,
    cut: attrStart,
    attrStart,
    attrEnd: Math.max(attrEnd, verbEnd),
  });
}
