/** "X said (that) …", "…, X said.", "…,” said X", "X told reporters …", "X rejected …". */
import {
  ADJUNCT,
  ASIDE_ONLY,
  EVIDENCE_NOUNS,
  honorificGender,
  EVIDENCE_VERBS,
  INTENTIONS,
  isPersonTitle,
  NEEDS_THAT,
  OBJECT_WITHOUT_THAT,
  PLEDGES,
  SPEAKER_NOUNS,
} from "../../lexicon/index.js";
import type { MentionIndex } from "../../speakers/mention-index.js";
import { phraseEnd, subjectAfter, subjectBefore } from "../../speakers/subject.js";
import type { Draft, Subject } from "../../types.js";
import { isQuoteStart, isRoleNoun, listenerAfter, stripAuxiliaries, THAT_AFTER_ADJUNCT, trimEnd, trimStart } from "../clause.js";
import type { Cue } from "../cues.js";
import { cueDraft, type CuePattern, type Unit } from "../draft.js";
import { asAside } from "./as-aside.js";
import { statementBefore } from "./statement-before.js";

/** Words before a verb that make it passive or no report ("was said", "the claimed", "who said"). */
const PASSIVE_BEFORE = /(?:\b(?:the|a|was|were|is|are|be|been|being|to|not|and|or|it’s|it's|who|which|that)\s*|[“"‘])$/i;

/**
 * "All those involved say …", "Green supporters said …": a short phrase of words that opens its clause
 * (the sentence, or after a semicolon, a comma, "but" or a sentence adverb: "However, protesters say …",
 * "…, some in the community say …") is who says, though it names nobody.
 */
const GROUP_BEFORE_SAY =
  /(?:^|;\s*|,\s*(?:and|but)\s+|\s+but\s+|,\s+)(?:(?:And|But|Yet|So|However|Meanwhile|Still|Now|Instead|Also),?\s+)?((?:\p{L}[\p{L}’'-]*\s+){0,4}\p{L}[\p{L}’'-]*)\s*$/u;

/** Words that open a clause of their own, a subject that is no source, or a verb's words ("When you say …", "Let's say …", "Some said …", "I should say …"). */
const NOT_A_GROUP =
  /^(?:when|if|what|whatever|as|because|while|although|though|that|which|who|how|why|where|let’s|let's|to|not)\b|\b(?:you|we|i|us|them)$|^(?:some|many|most|others|few|all|both|several|one|it|this|there)$|\b(?:should|would|could|will|can|may|might|must|shall|said|says|that|but|yet|then|also|is|was|are|were|has|have|had|do|does|did)\b/i;

/** "Experts on North Korea and nuclear arms said": a speaker's noun opening a longer phrase. */
const NOUN_PHRASE_BEFORE_SAY =
  /(?:^|;\s*|,\s*(?:and|but)\s+)(?:(?:And|But|Yet|So)\s+)?((?:the\s+|some\s+|many\s+)?(\p{L}+)\s+(?:of|on|in|at|for|from|with)\s+(?:\p{L}[\p{L}’'.-]*\s+){0,5}\p{L}[\p{L}’'.-]*)\s*$/iu;

/** "…, a private security professional present during the attack told Reuters": one person described, after a comma or opening the clause. */
const UNNAMED_BEFORE = /(?:^|,\s+)((?:a|an|one)\s+(?:[\p{Ll}-]+\s+){0,6}[\p{Ll}-]+)\s*$/u;

/** A finite form of a verb other than its base, which a noun of the same spelling is not ("warned", "expresses"; not "question", "attack"). */
const INFLECTED = /(?:ed|[^s]s|ches|shes|sses)$|^(?:told|wrote|thought|sought|found)$/i;
/** A word that opens a phrase that is no subject ("After a neighbour called …", "For someone noted …"). */
const NOT_A_SUBJECT_START =
  /^(?:after|before|since|until|for|in|on|at|during|including|whenever|with|from|by|of|according|than|like|unlike)\b/i;

/**
 * "Republicans have expressed concern that …", "Voting rights advocates warned …": a plural noun
 * phrase opening its clause (as for "say") before a finite reporting verb is who reports, though it
 * names nobody; a singular head ("the contract added $1.60") or a noun's form of the verb ("the
 * bigger question") is none, and so is a verb read as a participle ("the damages claimed in 2004", "Voip routes calls").
 */
function pluralGroupBefore(left: string, form: string): RegExpExecArray | null {
  if (!INFLECTED.test(form)) return null;
  const m = GROUP_BEFORE_SAY.exec(left);
  const phrase = m?.[1];
  if (!phrase || NOT_A_GROUP.test(phrase) || NOT_A_SUBJECT_START.test(phrase) || /\b\p{Lu}{2,}\b|\p{L}ing\b/u.test(phrase)) return null;
  const head = phrase.split(/\s+/).at(-1) ?? "";
  return /^\p{L}{2,}[^s’'\W]s$/u.test(head) && !/(?:ss|us|is)$/i.test(head) ? m : null;
}

function groupBeforeSay(left: string): RegExpExecArray | null {
  const long = NOUN_PHRASE_BEFORE_SAY.exec(left);
  if (long?.[2] && SPEAKER_NOUNS.has(long[2].toLowerCase())) return long;
  const m = GROUP_BEFORE_SAY.exec(left);
  const phrase = m?.[1];
  if (!phrase || NOT_A_GROUP.test(phrase) || /\b\p{Lu}{2,}\b/u.test(phrase)) return null;
  return m;
}

/**
 * "believes the strike will hurt patients", "found the drug was safe": a clause without "that" after a
 * verb that otherwise needs it, read from a short subject (no punctuation) and its finite verb.
 */
const BARE_CLAUSE =
  /^\s+(?:(?!(?:and|or|but|how|what|when|where|why|who|which|that|to)\s)[\p{L}\d’'-]+\s+){1,5}?(?:will|would|could|should|may|might|must|can|cannot|won[’']t|wouldn[’']t|couldn[’']t|is|was|are|were|has|had|have|did|does|do)\s+\p{L}/iu;

/** A subject the article names: an entity, or a phrase with a name after its first word ("The Ruiz campaign"), not "he" or "officials". */
function namedSubject(text: string, subject: Subject, subjectEnd: number): boolean {
  return subject.kind === "entity" || (subject.kind !== "none" && /^\S+\s+(?:.*\s)?\p{Lu}/u.test(text.slice(subject.start, subjectEnd)));
}

/**
 * "A new poll shows the mayor ahead by three points", "the study found higher rates of asthma": a
 * document or data as the subject of an evidence verb, whose finding is its plain object (not a
 * preposition or a question word: "the audit found in March", "the survey shows how …" read otherwise).
 */
function findingOfEvidence(text: string, subject: Subject, subjectEnd: number, cue: Cue, rest: string): boolean {
  if (!EVIDENCE_VERBS.has(cue.lemma) || subject.entity?.type === "PERSON") return false;
  const head = /([\p{L}-]+)\s*$/u.exec(text.slice(subject.start, subjectEnd))?.[1]?.toLowerCase() ?? "";
  // "Teenagers questioned for a survey have shown little interest": the document is no subject after a preposition
  if (
    !EVIDENCE_NOUNS.has(head) ||
    /\b(?:for|in|of|by|from|to|with|on|at)\s+$/i.test(text.slice(Math.max(0, subject.start - 6), subject.start))
  )
    return false;
  // "which party a survey showed was gaining": a verb right after the evidence verb belongs to a clause around it
  return /^\s+(?!(?:to|in|on|at|by|with|from|for|out|up|over|how|what|why|whether|is|was|were|are|has|had|have|will|would)\b)\p{L}/iu.test(
    rest,
  );
}

/** A verb negated by the words before it ("would not", "won’t", "never", "did not immediately"). */
const NEGATED = /(?:\bnot|\bnever|n[’']t)(?:\s+(?:immediately|yet|publicly|directly|specifically|exactly))?\s*$/i;
/** An indirect question after a negated verb: what was not said ("not say whether …", "won’t say what …"). */
const REFUSED_QUESTION = /^(?:what|whether|who|whom|whose|how|when|why|which|where|if)\b/i;

/** What "call" takes when it reports nothing: a place, a witness, an event ("called into the show", "called an election"). */
const CALL_WITHOUT_WORDS =
  /^\s+(?:into|in|up|off|back|out|over|round|around|witness(?:es)?|an?\s+(?:election|vote|meeting|press|news|referendum|strike|session|conference|hearing|ambulance|taxi))\b/i;

/** "called into the show", "a group called Acme Relief": "call" that names or summons, not a statement. */
function callNamesNoStatement(left: string, right: string): boolean {
  return CALL_WITHOUT_WORDS.test(right) || (/\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(left) && /^\s+\p{Lu}/u.test(right));
}

/** A quotation closing a phrase that a preposition opens: "In an interview on “Face the Nation,”". */
const OPENER_WITH_QUOTE = /^\s*(?:in|on|at|during|from|after|before|speaking\s+(?:on|to))\s+[^“”".!?]*[“"][^“”"]{1,60}[,?!…][”"’']$/iu;

/** A reporting verb with its subject, before or after it: the pattern of most statements. */
export const reportingVerbPattern: CuePattern = {
  rule: "reporting-verb",
  find: (unit, cue) => {
    if (cue.complement === "source") return undefined;
    return cue.participle ? (progressive(unit, cue) ?? undefined) : reportingVerb(unit, cue);
  },
};

/** The form of "be" right before an -ing reporting verb, after any adverbs: "has been saying", "is still arguing", "was telling". */
const PROGRESSIVE =
  /\s(?:is|are|am|was|were|been|be)\s+(?:(?:also|still|now|repeatedly|publicly|privately|long|always|increasingly|not|never)\s+)*$/i;

/** A progressive reporting verb, read with the subject before its auxiliaries; else the participle patterns try. */
function progressive(ctx: Unit, cue: Cue): Draft | null {
  const { text, range: unit, mentions } = ctx;
  // "was discussing a job with Boeing": a readout's verb in progress is an action, not a report
  if (cue.peopleOnly || !PROGRESSIVE.test(text.slice(unit.start, cue.start))) return null;
  const subject = subjectBefore(text, stripAuxiliaries(text, unit.start, cue.start, true), unit.start, mentions);
  if (subject.kind === "none") return null;
  return reportingVerb(ctx, cue, subject);
}

/** "X said (that) …", "…, X said.", "…,” said X", "X told reporters …", "X rejected …". */
export function reportingVerb(ctx: Unit, cue: Cue, given?: Subject): Draft | null {
  const { text, range: unit, mentions } = ctx;
  const left = text.slice(unit.start, cue.start);
  // "…, and said she would run again": the subject of the sentence, else no report ("was said", "who said")
  const passive = !given && PASSIVE_BEFORE.test(left);
  const opening = passive && cue.complement === "clause" ? subjectOfSentence(text, unit.start, cue.start, mentions) : null;
  if (passive && !opening) return null;
  // "Smith will raise concerns": a readout verb after a modal tells what someone means to do, not what was said
  if (cue.peopleOnly && /\b(?:will|would|shall|should|could|may|might|must|can|cannot|to|not|also\s+to)\s+(?:also\s+|not\s+)?$/i.test(left))
    return null;
  if (/^\s+(?:to\s+(?:be|have)|by)\b/i.test(text.slice(cue.end, cue.end + 12))) return null; // "said to be", "rejected by"
  if (cue.lemma === "call" && callNamesNoStatement(left, text.slice(cue.end, cue.end + 40))) return null;
  // "what the mayor described as …": the object went ahead into a relative clause
  if (cue.complement === "object" && /^\s+as\b/i.test(text.slice(cue.end, cue.end + 6))) return null;
  let verbEnd = cue.end;
  if (cue.lemma === "tell") {
    const obj = listenerAfter(text, cue.end, unit.end, mentions);
    if (obj === null) return null;
    verbEnd = obj;
  }
  const subjectEnd = stripAuxiliaries(text, unit.start, cue.start);
  const before = subjectEnd < cue.start || /\S$/.test(left) ? subjectEnd : cue.start;
  const lead = text.slice(unit.start, before).replace(/\s+$/, "");
  // "…,” said X" / "…, said the ministry": verb right after the quote or comma, subject after it
  if (
    !given &&
    cue.complement !== "object" &&
    lead !== "" &&
    /[,”"’'?!]$/.test(lead) &&
    before === cue.start - (left.length - left.trimEnd().length)
  ) {
    const subject = subjectAfter(text, verbEnd, unit.end, mentions);
    if (subject.kind !== "none") {
      const tail = phraseEnd(text, verbEnd, unit.end);
      return statementBefore(ctx, cue, { verbEnd, subject, jointPos: unit.start + lead.length - 1, attrEnd: tail });
    }
    // else the comma may close an apposition: "Argentina's President, Nestor Kirchner, said: …"
    if (/[”"’'?!]$/.test(lead)) return null;
  }
  let subject: Subject = given ?? opening ?? subjectBefore(text, subjectEnd, unit.start, mentions);
  if (subject.kind === "none") subject = behindApposition(text, unit.start, subjectEnd, mentions) ?? subject;
  // "Ana Ruiz, the student seen with activist Li Park, has said": the name a closing apposition follows
  else if (!given && /,\s*$/.test(text.slice(unit.start, subjectEnd)))
    subject = behindApposition(text, unit.start, subjectEnd, mentions, true) ?? subject;
  if (subject.kind === "none") {
    // "“…,” one protester said", "“…,” the 45-year-old said": an unnamed speaker right after a quote closing on a comma
    const np =
      /[,?!…][”"’']\s+((?:[\p{L}\d’'-]+\s+){0,3}[\p{L}\d’'-]+)$/u.exec(text.slice(unit.start, subjectEnd)) ??
      (cue.lemma === "say" && !given ? groupBeforeSay(text.slice(unit.start, subjectEnd)) : null) ??
      (!given &&
      !cue.peopleOnly &&
      cue.lemma !== "call" &&
      !/^\s+(?:in|by|for|at|on|with|from|as|to)\b/i.test(text.slice(cue.end, cue.end + 6))
        ? pluralGroupBefore(text.slice(unit.start, subjectEnd), text.slice(cue.start, cue.end))
        : null) ??
      ((cue.lemma === "say" || cue.lemma === "tell") && !given ? UNNAMED_BEFORE.exec(text.slice(unit.start, subjectEnd)) : null);
    if (!np?.[1]) return null;
    subject = { kind: "unknown", entity: null, start: subjectEnd - np[1].length };
  }
  let rest = verbEnd;
  for (let m = ADJUNCT.exec(text.slice(rest, unit.end)); m; m = ADJUNCT.exec(text.slice(rest, unit.end))) {
    rest += m[0].length;
  }
  const restText = text.slice(rest, unit.end);
  if (!given) subject = withTitleBefore(text, unit.start, subject);
  // "As Ana Ruiz noted, the plan is costly"
  const aside = given ? null : asAside(ctx, cue, subject, verbEnd, rest);
  if (aside || ASIDE_ONLY.has(cue.lemma)) return aside;
  const joint = text.slice(unit.start, subject.start).trimEnd();
  // "“…,” Okafor said in a brief video clip released …": a quote closing on a comma is attributed, but
  // not a title quoted in an opening phrase when the verb has its own clause ("In an interview on
  // “Face the Nation,” Ana Ruiz said the plan …")
  if (!given && /[,?!…][”"’']$/u.test(joint) && joint.length >= 8 && !(OPENER_WITH_QUOTE.test(joint) && /^\s+\p{L}/u.test(restText))) {
    return statementBefore(ctx, cue, {
      verbEnd,
      subject,
      jointPos: unit.start + joint.length - 1,
      attrEnd: phraseEnd(text, rest, unit.end),
    });
  }
  // "…, the ministry said (in a statement)." and "…,” Okafor told reporters, warning …"
  if (/^[\s.!?…]*$/.test(restText) || (/^\s*,/.test(restText) && !/^\s*,\s*[“"]/.test(restText))) {
    if (given || !/[,”"’'?!]$/.test(joint) || joint.length < 8) return null;
    return statementBefore(ctx, cue, { verbEnd, subject, jointPos: unit.start + joint.length - 1, attrEnd: rest });
  }
  // "X said: “…”", "X said (that) …", "X rejected the allegations …"
  let start = rest;
  let asObject = cue.complement === "object";
  // "vowed to eliminate the tax breaks", "Acme plans to pay with aid that …": a pledge's or an intent's infinitive
  // is what was pledged or meant, read with its verb (a "that" further on is no reported clause's)
  const infinitive = (PLEDGES.has(cue.lemma) || INTENTIONS.has(cue.lemma)) && /^\s+to\s+\p{L}/u.test(restText);
  const that = infinitive ? null : THAT_AFTER_ADJUNCT.exec(restText);
  if (that) start = rest + that[0].length;
  // "underscored the importance of …", "reaffirmed support for …" (but "stressed this would not …" is a clause)
  else if (
    OBJECT_WITHOUT_THAT.has(cue.lemma) &&
    !BARE_CLAUSE.test(restText) &&
    /^\s+(?!(?:to|in|on|at|by|with|from|out|up|over)\b)\p{L}/u.test(restText)
  )
    asObject = true;
  // "the mayor wants to widen the road": an intent only of a subject the article names, not "he" or "the plan"
  else if (infinitive) {
    if (INTENTIONS.has(cue.lemma) && !namedSubject(text, subject, subjectEnd)) return null;
    asObject = true;
  } else if (INTENTIONS.has(cue.lemma) && !NEEDS_THAT.has(cue.lemma)) return null;
  else if (
    NEEDS_THAT.has(cue.lemma) &&
    !/^\s*[:,]?\s*[“"]/.test(restText) &&
    !BARE_CLAUSE.test(restText) &&
    !findingOfEvidence(text, subject, subjectEnd, cue, restText)
  )
    return null;
  start = trimStart(text, start, unit.end);
  // "He would not say what the message was", "declined … did not say whether": a refusal says nothing
  if (NEGATED.test(left) && REFUSED_QUESTION.test(text.slice(start, start + 10))) return null;
  const end = trimEnd(text, start, unit.end);
  // "rejected the allegations": without its verb the object would read as the speaker's own claim
  if (asObject && end > start) start = cue.start;
  const oneWord = !/\s/.test(text.slice(start, end).trim()) && !isQuoteStart(text[start]);
  if (end - start < 2 || (oneWord && cue.complement === "clause")) return null;
  if (
    cue.complement === "clause" &&
    /^(?:to|so|nothing|something|anything|yes|no|goodbye|hello|sorry|thanks)\b/i.test(text.slice(start, start + 10))
  ) {
    return null;
  }
  return cueDraft("reporting-verb", ctx, cue, {
    subject,
    start,
    end,
    verbEnd,
    attrStart: unit.start,
    attrEnd: start,
    peopleOnly: cue.peopleOnly,
    // the name opening the sentence is the source phrase, not the clause up to "and"
    ...(opening ? { sourceSpan: { start: opening.start, end: opening.end } } : {}),
  });
}

/**
 * "…, Leeds University epidemiologist Ana Ruiz said": the words between a comma and a name, a title
 * in lower case, are part of the subject, which then opens after the comma. Words that open a clause
 * or are verbs ("…, and then Ruiz said", "…, as Ruiz said") are not a title.
 */
const TITLE_BEFORE_NAME = /,\s+((?:[\p{L}’'.&-]+\s+){1,6})$/u;
const NO_TITLE_WORD =
  /\b(?:and|but|or|so|as|if|when|while|because|after|before|since|until|that|which|who|where|then|than|is|was|were|are|has|have|had|will|would|can|could|says?|said|told|also|not|in|on|at|to|by|with|from|for|into|during)\b/i;

function withTitleBefore(text: string, floor: number, subject: Subject): Subject {
  if (subject.kind !== "entity" || subject.entity?.type !== "PERSON") return subject;
  const left = text.slice(Math.max(floor, subject.start - 80), subject.start);
  if (/[,”"’'?!]\s*$/.test(left)) return subject;
  const m = TITLE_BEFORE_NAME.exec(left);
  // the role noun ends the words before the name, or opens the subject ("company spokesman Ana Ruiz")
  const role = m?.[1]?.trim().split(/\s+/).at(-1) ?? "";
  const head = /^\p{Ll}+/u.exec(text.slice(subject.start, subject.start + 30))?.[0] ?? "";
  if (!m?.[1] || NO_TITLE_WORD.test(m[1]) || !(isRoleNoun(role) || isRoleNoun(head))) return subject;
  return { ...subject, start: subject.start - m[1].length };
}

/** "…, and said", "and later told": a second verb of the sentence's subject, with no subject of its own. */
const AND_BEFORE_VERB = /\s+and\s+(?:(?:also|later|then|repeatedly|publicly)\s+)?$/i;
/** A sentence adverb or conjunction before the name that opens a sentence ("But Ruiz …"). */
const SENTENCE_OPENER = /^(?:but|and|yet|still|meanwhile|the|former|then)$/i;

/** Before the name that opens a sentence: nothing, or openers, titles and honorifics ("Former Governor Ana Ruiz", "But Mr. Ruiz"). */
function opensSentence(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => SENTENCE_OPENER.test(w) || isPersonTitle(w.toLowerCase()) || honorificGender(w) !== null);
}

/**
 * "Ana Ruiz backed the plan during her time in office, and said she would run again": the person or
 * body whose name opens the sentence, when the verb follows "and" with no subject of its own; not a
 * possessor ("Ruiz's sister arrived and said"), not after a clause that opens otherwise ("When Ruiz
 * arrived, …") or with another person in between ("Ruiz left, Bell smiled and said").
 */
function subjectOfSentence(text: string, floor: number, end: number, mentions: MentionIndex): (Subject & { end: number }) | null {
  if (!AND_BEFORE_VERB.test(text.slice(floor, end))) return null;
  const inside = mentions.within(floor, end);
  const first = inside[0];
  if (!first || (first.entity.type !== "PERSON" && first.entity.type !== "ORGANISATION")) return null;
  if (!opensSentence(text.slice(floor, first.start))) return null;
  if (inside.some((m) => m.entity !== first.entity && m.entity.type === "PERSON")) return null;
  // the name goes on with its verb: no possessive, no second name joined to it ("Ruiz and Bell arrived")
  if (!/^\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(first.end, first.end + 40))) return null;
  return { kind: "entity", entity: first.entity, start: first.start, end: first.end };
}

/** The last comma of `s` that is no thousands separator ("whose union has 40,000 members"). */
function lastCommaOutsideNumber(s: string): number {
  for (let i = s.lastIndexOf(","); i >= 0; i = s.lastIndexOf(",", i - 1)) {
    if (!(/\d/.test(s[i - 1] ?? "") && /\d/.test(s[i + 1] ?? ""))) return i;
    if (i === 0) break;
  }
  return -1;
}

/** How far back (characters) the name before an apposition may be. */
const APPOSITION_REACH = 240;
/** A state's abbreviation between commas, of a hometown or a party ("Ana Ruiz, 59, of Ashton, Md., said", "Ana Ruiz, D-Calif., the …, said"). */
const STATE = /^\s+(?:[RDI]-)?\p{Lu}[\p{Ll}]{0,4}\.\s*$/u;
/** How many appositions in a row are read back ("X, a graduate and a commissioner in Y, where …, said"). */
const APPOSITION_DEPTH = 4;

/**
 * "Gerry Adams, the party leader, said" / "X - who was there - said" / "Ana Ruiz, 59, of Ashton, Md.,
 * said" / "Ana Ruiz, Harbour County's chief medical officer, says" / "Ana Ruiz, a graduate and a
 * commissioner in Kent County, where the school is, said": the subject before the apposition(s), a
 * person or pronoun; with `personOnly`, only a person's name.
 */
function behindApposition(text: string, floor: number, end: number, mentions: MentionIndex, personOnly = false): Subject | null {
  const left = text.slice(Math.max(floor, end - APPOSITION_REACH), end);
  const close = /([,\u2013\u2014-])\s*$/.exec(left);
  if (!close?.[1]) return null;
  let body = left.slice(0, close.index);
  let other: Subject | null = null;
  for (let depth = 0; depth < APPOSITION_DEPTH; depth++) {
    const open = close[1] === "," ? lastCommaOutsideNumber(body) : body.lastIndexOf(close[1]);
    if (open < 0) break;
    const inner = body.slice(open + 1);
    // "…, of Ashton, Md., said", "Ana Ruiz, D-Calif., …": a state's abbreviation goes on with the apposition
    const state = STATE.test(inner);
    // "…, but their allies, members of X, have said": a clause the conjunction opens is no apposition
    if (/^\s+(?:but|yet|so|while|although|though|because|whereas)\s/i.test(inner)) break;
    if (
      !state &&
      (/[“”"]/.test(inner) ||
        !/^\s+(?:the|a|an|who|whose|which|where|one|now|then|also|\d{1,3}\s*$|[\p{Ll}]|(?:[\p{Lu}][\p{Ll}]+\s+){1,4}(?:of|for|at|with)\b|[\p{Lu}][\p{L}.]*-\p{Ll}+\s+\p{Ll}|(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s+\p{Ll})/u.test(
          inner,
        ))
    )
      break;
    const at = end - left.length + open;
    // "Rep. Ana Ruiz (D-Ore.), chairman of …, said": a party's or a place's parenthesis closes the name
    const head = text.slice(floor, at).replace(/\s*\([^()“”"]{1,25}\)\s*$|\s+$/u, "");
    const subject = subjectBefore(text, floor + head.length, floor, mentions);
    if (subject.kind === "entity" && subject.entity?.type === "PERSON") return subject;
    // the place right before a state ("of Ashton, Md.") is no subject
    if (!state && (subject.kind === "entity" || subject.kind === "person-pronoun" || subject.kind === "institution")) other ??= subject;
    body = body.slice(0, open);
  }
  return personOnly ? null : other;
}
