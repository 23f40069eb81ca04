/**
 * Speaker resolution, its own stage: for each statement found, first its source phrase as written
 * (the subject of the reporting verb, "according to X", "X said" after the quote), then what that phrase
 * refers to:
 * - a name: its entity ("The President of Finland": the person holding that title of the country);
 * - a pronoun ("he", "she"): the most recent compatible person, looking back sentence by sentence: the
 *   last person who spoke in that sentence, else the first person it names outside quotes (its subject).
 *   Compatible means of the pronoun's gender where the person's given name or honorific says one;
 * - a description ("the minister", "the official"): the person the article introduced with that title;
 * - an institution noun ("the ministry", "the company"): the organisation just named, else the one that
 *   spoke last, else the one the article names most;
 * - "the two leaders", "both sides": the readout's principal.
 * A source that refers to no entity ("researchers", "a senior official") keeps its phrase and no speaker:
 * a wrong entity is worse than none. A continuation (a quote paragraph with no attribution of its own, "…,
 * adding that …") takes what the statement it continues resolved to.
 */
import {
  genderOfWord,
  honorificGender,
  kinshipGender,
  LINKING_WORDS,
  METONYM_VERBS,
  isKinshipNoun,
  isPersonTitle,
  kinshipNounBefore,
  NAMED_INSTITUTION_NOUNS,
  PERSON_TITLES,
  REPORTING_VERBS,
  type Gender,
} from "../lexicon/index.js";
import type { Draft, ExtractedEntity, ParsedDocument, QuoteSpan, TextRange } from "../types.js";
import type { MentionIndex } from "./mention-index.js";
import { principal } from "./principal.js";
import { mainOrganisation, partyMember, titleHolder } from "./referents.js";
import { phraseBeforeVerb, sourcePhrase } from "./source-phrase.js";

interface Resolved {
  entity: ExtractedEntity | null;
  /** the source phrase as written, or null when the statement has none */
  source: string | null;
  /** a pronoun that refers to a person described but not named ("a security guard said … he said") */
  unnamed?: true;
}

/** A role of a body as the subject ("The President of Finland", "the former sergeant-at-arms of the House"). */
const ROLE_OF_BODY = /^(?:the\s+)?([\p{L} -]+?)\s+of\s+(?:the\s+)?\p{Lu}/iu;
/** A person's own document or words as the source ("her statement", "his letter", "her account"). */
const OWN_DOCUMENT =
  /^(his|her)\s+(?:own\s+)?(?:written\s+)?(?:statement|letter|email|e-mail|tweet|post|note|message|memo|memoir|book|blog|column|affidavit|account|testimony|speech|remarks|resignation letter)$/i;

/** How far back (in characters) an institution may refer to the organisation that spoke last. */
const INSTITUTION_LOOKBACK = 1500;
/** How far back (in characters) "the organisation" may refer to the last organisation that spoke at all. */
const ORGANISATION_LOOKBACK = 3000;
/** How far back "they" may refer to the participants of a readout named with "the two leaders". */
const GROUP_LOOKBACK = 1500;
/** How far back (characters) a pronoun may refer to the last person who spoke, past PRONOUN_UNITS sentences. */
const PRONOUN_LOOKBACK = 1500;
/** How many sentences back a person whose given name says the pronoun's gender is preferred. */
const GENDERED_UNITS = 1;
/** How many sentences (units) back a pronoun looks for its person. */
const PRONOUN_UNITS = 4;
/** How far into a sentence (characters) a name still counts as its subject ("Tide maker Acme rallied"). */
const SUBJECT_REACH = 60;
/** How far back (characters) a coordinated subject's first person may be ("Secretary X and Foreign Minister Y"). */
const COORDINATION_REACH = 80;

const PRONOUN_GENDER: Record<string, Gender> = { he: "male", she: "female" };

/** "Tavi told police she …", "Orin said he …": the pronoun that opens what a person said, right after the name. */
const SAID_PRONOUN = /^\s+(?:also\s+|later\s+)?(?:said|says|told\s+[\p{L}.]+|tells\s+[\p{L}.]+)\s+(?:that\s+)?(he|she)\b/iu;

/**
 * One person the text describes but does not name ("a private security professional", "one witness"):
 * a singular description opened by an indefinite article or "one", ending in a noun.
 */
const UNNAMED_PERSON = /^(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,7}[\p{Ll}-]*[^s\s]$/u;
/** Stands for such a person among those who spoke, so a pronoun after them takes no named person instead. */
const UNNAMED: ExtractedEntity = { id: "", type: "PERSON", name: "", aliases: [], mentions: [] };

interface Spoken {
  entity: ExtractedEntity;
  at: number;
  unit: number;
}

export class SpeakerResolver {
  private readonly text: string;
  private readonly done = new Map<Draft, Resolved>();
  private readonly spoken: Spoken[] = [];
  private readonly genders = new Map<ExtractedEntity, Gender | null>();
  private lastGroup = -Infinity;
  private lead: { entity: ExtractedEntity | null } | undefined;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly mentions: MentionIndex,
    private readonly units: readonly TextRange[],
    private readonly quotes: readonly QuoteSpan[],
    private readonly entities: readonly ExtractedEntity[],
  ) {
    this.text = doc.masked;
  }

  /** The speaker and source phrase of a draft (not yet recorded: see `accept`). */
  resolve(d: Draft): Resolved {
    const followed = d.follows ? this.done.get(d.follows) : undefined;
    if (followed && d.follows?.subject === d.subject) return followed;
    const source = sourcePhrase(this.doc, d);
    const s = d.subject;
    const group = s.kind === "group" || (this.coordinated(d) && this.principalAmong(d));
    const they = s.kind === "unknown" && /^they(?:\s+(?:also|further|then|both|all|have|had))*$/i.test(phraseBeforeVerb(this.text, d));
    if (group) this.lastGroup = d.verbStart;
    if (group || (they && d.verbStart - this.lastGroup < GROUP_LOOKBACK)) {
      this.lead ??= { entity: principal(this.mentions, this.doc, this.entities) };
      return { entity: this.lead.entity, source };
    }
    const entity = this.referent(d);
    if (entity === UNNAMED) return { entity: null, source, unnamed: true };
    return { entity, source };
  }

  /** Records a statement that was kept, so later pronouns and institutions can refer to its speaker. */
  accept(d: Draft, resolved: Resolved): void {
    this.done.set(d, resolved);
    if (resolved.entity) this.spoken.push({ entity: resolved.entity, at: d.verbStart, unit: d.unit });
    // "a security guard present during the attack told Reuters": later pronouns may go on with them
    else if (d.subject.kind === "unknown" && resolved.source && UNNAMED_PERSON.test(resolved.source))
      this.spoken.push({ entity: UNNAMED, at: d.verbStart, unit: d.unit });
  }

  private referent(d: Draft): ExtractedEntity | null {
    const s = d.subject;
    if (s.entity && s.entity.type !== "PERSON") {
      // "The President of Finland noted …": the person who holds that title of the entity named
      const title = /(?:^|[\s,;])(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?$/iu.exec(
        this.text.slice(Math.max(0, s.start - 60), s.start),
      );
      const holder = title?.[1] ? titleHolder(`the ${title[1]}`, s.start, this.mentions, s.entity.name) : null;
      if (holder) return holder;
      // "The former clerk of the Harbour Council said": a person described, not the body named
      if (title?.[1] && /^\p{Ll}/u.test(title[1].split(/\s+/).at(-1) ?? "")) return null;
    }
    if (s.entity) return s.entity;
    if (s.kind === "person-pronoun") return this.pronoun(d);
    if (s.kind === "unknown") {
      const phrase = phraseBeforeVerb(this.text, d);
      // "“…,” her statement said": a person's own document speaks for them
      const own = OWN_DOCUMENT.exec(phrase.trim());
      if (own?.[1]) return this.pronoun(d, own[1].toLowerCase() === "his" ? "he" : "she");
      // "Spindler's father, Joseph, says … . His father said …": the person the article introduced by that kinship
      const kin = /^(?:his|her|their)\s+(\p{L}+)$/iu.exec(phrase.trim())?.[1];
      if (kin && isKinshipNoun(kin)) return this.kinOf(kin.toLowerCase(), s.start);
      // "The President of Finland noted", "The former sergeant-at-arms of the House of Commons said": the
      // person holding that title of the body, else one the description refers to
      const roleOf = ROLE_OF_BODY.exec(phrase.trim());
      if (roleOf?.[1]) {
        const body = this.mentions
          .within(s.start, d.verbStart)
          .filter((m) => m.entity.type !== "PERSON")
          .at(-1);
        const title = `the ${roleOf[1]}`;
        return (body ? titleHolder(title, s.start, this.mentions, body.entity.name) : null) ?? this.described(d, title);
      }
      return (
        titleHolder(phrase, s.start, this.mentions) ??
        partyMember(phrase, s.start, this.mentions, (a, b) => this.quoted(a, b)) ??
        this.described(d, phrase)
      );
    }
    if (s.kind === "institution") return this.institution(d);
    return null;
  }

  /** The last person before `at` named right after the kinship noun `kin` ("his father, Joseph,"), or null. */
  private kinOf(kin: string, at: number): ExtractedEntity | null {
    for (const m of this.mentions.before(at)) {
      if (at - m.end > PRONOUN_LOOKBACK) break;
      if (m.entity.type === "PERSON" && kinshipNounBefore(this.text.slice(Math.max(0, m.start - 24), m.start)) === kin) return m.entity;
    }
    return null;
  }

  /**
   * "Vell made the comments at a town hall. The prime minister said …": a description by office or age
   * that no person of the article was introduced with is the person the sentence before opens with,
   * when that is the only person it names outside quotations and its own sentence does not name them;
   * a sentence before that names nobody goes on with the person who spoke last, in it or the one before.
   */
  private described(d: Draft, phrase: string): ExtractedEntity | null {
    const rest = /^the\s+(.+)$/i.exec(phrase.trim())?.[1]?.toLowerCase();
    if (!rest) return null;
    const words = rest.split(/\s+/);
    const office =
      words.some((w, i) => PERSON_TITLES.has(words.slice(i).join(" ")) || (i === words.length - 1 && isPersonTitle(w))) ||
      /^\d+-year-old$/.test(rest);
    if (!office) return null;
    const unit = this.units[d.unit - 1];
    const here = this.units[d.unit];
    if (!unit || !here) return null;
    const named = this.mentions.within(unit.start, unit.end).filter((m) => m.entity.type === "PERSON" && !this.quoted(m.start, m.end));
    const people = new Set(named.map((m) => m.entity));
    // "Lee said … . He told students … . “…,” the 47-year-old director said": a sentence before that
    // names nobody goes on with the person who spoke last, in it or the one before it
    if (people.size === 0) {
      const spoke = this.spoken.filter((x) => x.unit >= d.unit - 2 && x.unit < d.unit && x.entity.type === "PERSON").at(-1)?.entity;
      return spoke && !this.mentions.within(here.start, here.end).some((m) => m.entity === spoke) ? spoke : null;
    }
    const [only] = people;
    if (people.size !== 1 || !only || !named[0] || !this.opens(unit.start, named[0].start)) return null;
    // "The judge agreed with Vell that …": a person the sentence itself names is someone else
    return this.mentions.within(here.start, here.end).some((m) => m.entity === only) ? null : only;
  }

  /** "he said": back sentence by sentence to the last compatible person who spoke, else the first named. */
  private pronoun(d: Draft, as?: "he" | "she"): ExtractedEntity | null {
    const word = as ?? this.text.slice(d.subject.start, d.subject.start + 4).toLowerCase();
    const wanted = PRONOUN_GENDER[/^she\b/.test(word) ? "she" : /^he\b/.test(word) ? "he" : ""] ?? null;
    // first a person whose name says the pronoun's gender, then one whose name says none
    const known = (e: ExtractedEntity): boolean => e.type === "PERSON" && wanted !== null && this.genderOf(e) === wanted;
    const open = (e: ExtractedEntity): boolean => {
      if (e.type !== "PERSON") return false;
      const g = this.genderOf(e);
      return wanted === null || g === null || g === wanted;
    };
    // in this sentence, the first person the pronoun may fit ("Even though Ruiz worked with Maria
    // Lind, she says": the subject, not the name whose gender is known)
    const here = this.pronounBack(d, open, 0, false);
    if (here) return here;
    // the person who spoke last in the sentence before, when the gender does not rule them out ("Vell
    // said … Governor Ostrow … He said"): the speaker goes on more often than a person they spoke of takes over
    const went = this.lastSpoke(d, open) ?? this.speakerOpensBefore(d, open);
    if (went) return went;
    // in the sentence before, a person the gender fits by name wins over one it may fit
    if (wanted !== null) {
      const near = this.pronounBack(d, known, GENDERED_UNITS, false);
      if (near) return near;
    }
    return this.pronounBack(d, open, PRONOUN_UNITS, true);
  }

  /**
   * The last person who spoke, when the sentence before opens with them ("Vell also wrote cookbooks … .
   * Vell's name was on Child's speed dial … . “…,” she says"): a person named later in it, of known
   * gender, does not take over.
   */
  private speakerOpensBefore(d: Draft, fits: (e: ExtractedEntity) => boolean): ExtractedEntity | null {
    const last = this.spoken.filter((x) => x.at < d.subject.start).at(-1);
    if (!last || !fits(last.entity) || d.verbStart - last.at > PRONOUN_LOOKBACK) return null;
    for (let u = d.unit - 1; u >= 0; u--) {
      const unit = this.units[u];
      if (!unit || !/\p{L}/u.test(this.text.slice(unit.start, unit.end))) continue;
      const first = this.mentions.within(unit.start, unit.end).find((m) => m.entity.type === "PERSON" && !this.quoted(m.start, m.end));
      return first?.entity === last.entity && this.opens(unit.start, first.start) ? last.entity : null;
    }
    return null;
  }

  /** The person who spoke last in the sentence (with words) before the draft's, if `fits`. */
  private lastSpoke(d: Draft, fits: (e: ExtractedEntity) => boolean): ExtractedEntity | null {
    for (let u = d.unit - 1; u >= 0; u--) {
      const unit = this.units[u];
      if (!unit || !/\p{L}/u.test(this.text.slice(unit.start, unit.end))) continue;
      const spoke = this.spoken.filter((x) => x.unit === u).at(-1);
      return spoke && fits(spoke.entity) ? spoke.entity : null;
    }
    return null;
  }

  private pronounBack(d: Draft, fits: (e: ExtractedEntity) => boolean, units: number, far: boolean): ExtractedEntity | null {
    // sentences back, not counting wordless ones (a paragraph's lone "." or "•" of scraped copy)
    for (let u = d.unit, back = 0; u >= 0 && back <= units; u--) {
      const unit = this.units[u];
      if (!unit) continue;
      if (!/\p{L}/u.test(this.text.slice(unit.start, unit.end))) continue;
      back++;
      const to = u === d.unit ? d.subject.start : unit.end;
      const spoke = this.spoken.filter((x) => x.unit === u && x.at < to && fits(x.entity)).at(-1);
      if (spoke) return spoke.entity;
      const names = this.mentions
        .within(unit.start, to)
        .filter((m) => fits(m.entity) && !this.quoted(m.start, m.end) && !(u === d.unit && this.inContent(d, m)));
      // a sentence that names the last speaker among others goes on about them ("… a text X sent to
      // Vell after Vell won. He framed it."), when the pronoun looks past the sentence before
      const last = far && names.length > 1 ? this.spoken.filter((x) => x.at < unit.start && fits(x.entity)).at(-1) : undefined;
      if (last && d.verbStart - last.at < PRONOUN_LOOKBACK && names.some((m) => m.entity === last.entity)) return last.entity;
      const named = names[0];
      if (named) return named.entity;
    }
    if (!far) return null;
    // a long quoted passage: the last compatible person who spoke, else the nearest one named before
    const spoke = this.spoken.filter((x) => fits(x.entity)).at(-1);
    if (spoke && d.verbStart - spoke.at < PRONOUN_LOOKBACK) return spoke.entity;
    for (const m of this.mentions.before(d.subject.start)) {
      if (fits(m.entity) && !this.quoted(m.start, m.end)) return m.entity;
    }
    return null;
  }

  /**
   * "the company said": the organisation that is the subject of this or the previous sentence (named
   * at its start: "Acme rallied 6%. The company said …"), else the one that spoke last, else the one the
   * article names most. An organisation named later in a sentence ("a manager told the BBC") is no subject.
   */
  private institution(d: Draft): ExtractedEntity | null {
    // "the union", "the ministry": only a body whose name has the noun ("the union" is no health service)
    const noun = /(\p{L}+)\s*$/u.exec(phraseBeforeVerb(this.text, d))?.[1]?.toLowerCase() ?? "";
    const named = NAMED_INSTITUTION_NOUNS.has(noun);
    const fits = (e: ExtractedEntity | null | undefined): e is ExtractedEntity =>
      e != null &&
      (!named ||
        e.name
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .includes(noun));
    for (const u of [d.unit, d.unit - 1]) {
      const unit = this.units[u];
      if (!unit) continue;
      const to = u === d.unit ? d.subject.start : unit.end;
      const first = this.mentions.within(unit.start, to)[0];
      if (first?.entity.type === "ORGANISATION" && this.opens(unit.start, first.start) && !this.quoted(first.start, first.end)) {
        if (fits(first.entity)) return first.entity;
      }
    }
    const last = this.spoken.at(-1);
    if (last && last.entity.type !== "PERSON" && d.verbStart - last.at < INSTITUTION_LOOKBACK && fits(last.entity)) return last.entity;
    const org = this.spoken.filter((x) => x.entity.type === "ORGANISATION").at(-1);
    if (org && d.verbStart - org.at < ORGANISATION_LOOKBACK && fits(org.entity)) return org.entity;
    const main = mainOrganisation(this.mentions);
    return fits(main) ? main : null;
  }

  /** Whether a name at `at` opens its sentence: near its start, with no verb before it ("a manager told the BBC"). */
  private opens(unitStart: number, at: number): boolean {
    if (at - unitStart > SUBJECT_REACH) return false;
    return !this.text
      .slice(unitStart, at)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => REPORTING_VERBS.has(w) || (METONYM_VERBS.has(w) && !LINKING_WORDS.has(w)));
  }

  /**
   * The gender a person's name says: its given name ("Anna Brask"), else an honorific the article gives
   * them ("Mr. Brask"). Other words of the phrases that named them ("North Korean leader …", a bare
   * surname that is also a given name: "Scott") say nothing.
   */
  private genderOf(e: ExtractedEntity): Gender | null {
    if (this.genders.has(e)) return this.genders.get(e) ?? null;
    const words = e.name.split(/\s+/);
    let g = e.type === "PERSON" && words.length >= 2 ? genderOfWord(words[0] ?? "") : null;
    for (const alias of e.aliases) g ??= honorificGender(alias.split(/\s+/)[0] ?? "");
    g ??= e.type === "PERSON" ? this.genderInText(e) : null;
    this.genders.set(e, g);
    return g;
  }

  /**
   * The gender the text gives a person whose name says none: a kinship noun before the name ("her son
   * Tavi", "his daughter, Ilse") or the pronoun of what they said right after it ("Tavi told police she
   * …"), where the article's evidence agrees.
   */
  private genderInText(e: ExtractedEntity): Gender | null {
    const votes = { male: 0, female: 0 };
    for (const m of e.mentions) {
      if (m.in !== undefined) continue;
      const kin = kinshipGender(this.text.slice(Math.max(0, m.start - 24), m.start));
      if (kin) votes[kin]++;
      const pronoun = SAID_PRONOUN.exec(this.text.slice(m.end, m.end + 48))?.[1]?.toLowerCase();
      if (pronoun === "he") votes.male++;
      else if (pronoun === "she") votes.female++;
    }
    if (votes.male > 0 && votes.female === 0) return "male";
    if (votes.female > 0 && votes.male === 0) return "female";
    return null;
  }

  /**
   * Whether a mention is part of what the pronoun's statement says, and so not its speaker: inside a
   * reported statement with no quotation ("Ruiz and two colleagues hid, he said") or the content's subject
   * just before the pronoun ("Ruiz, he said, knows …"). Were the speaker named so, the text would say
   * "Ruiz said". A quotation's lead-in is no such content ("Ruiz scolded him: “…,” she said").
   */
  private inContent(d: Draft, m: { start: number; end: number }): boolean {
    if (m.start >= d.start && m.end <= d.end && !this.quotes.some((q) => q.start < d.end && q.end > d.start)) return true;
    return /^\s*,\s*$/.test(this.text.slice(m.end, d.subject.start));
  }

  private quoted(start: number, end: number): boolean {
    return this.quotes.some((q) => start >= q.innerStart && end <= q.innerEnd);
  }

  /** Whether the readout's principal is one of a coordinated subject ("Secretary X and Minister Y"); in news
   * ("Both Ashford and Selby said") it is not, and the statement goes to the person named last. */
  private principalAmong(d: Draft): boolean {
    this.lead ??= { entity: principal(this.mentions, this.doc, this.entities) };
    const lead = this.lead.entity;
    return lead !== null && this.mentions.within(d.subject.start - COORDINATION_REACH, d.verbStart).some((m) => m.entity === lead);
  }

  /** "Secretary X and Foreign Minister Y discussed …": a subject of two people joined by "and". */
  private coordinated(d: Draft): boolean {
    if (d.subject.kind !== "entity" || d.subject.entity?.type !== "PERSON") return false;
    const left = this.text.slice(Math.max(0, d.subject.start - COORDINATION_REACH), d.subject.start);
    if (!/\band\s+$/.test(left)) return false;
    const before = this.mentions.within(d.subject.start - COORDINATION_REACH, d.subject.start).at(-1);
    return before?.entity.type === "PERSON" && /^[\s\p{L}’'.-]*\band\s+$/u.test(this.text.slice(before.end, d.subject.start));
  }
}
