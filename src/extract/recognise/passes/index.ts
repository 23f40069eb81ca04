/**
 * Recognition's rules in the order they run. The token rules are tried at each token of one
 * left-to-right pass until one applies (graphql-js's `specifiedRules` are the model); the mention
 * passes then run over all that pass found, each returning a new list.
 */
import { acronymDefinitions, countryClosesOrganisation } from "../acronyms.js";
import type { MentionPass, TokenRule } from "../scanner.js";
import { nicknamesAsTeams, placesAsTeams } from "../teams.js";
import { tableNames } from "../tables.js";
import { capitalisedRun } from "./capitalised-run.js";
import { lexiconEntry, placeNamesOrganisation, placeOpensOrganisation } from "./gazetteer.js";
import { insideLongTitle, lowerCase, modifierOpensTitle } from "./long-title.js";

export const TOKEN_RULES: readonly TokenRule[] = [
  insideLongTitle,
  lowerCase,
  modifierOpensTitle,
  placeNamesOrganisation,
  placeOpensOrganisation,
  lexiconEntry,
  capitalisedRun,
];

export const MENTION_PASSES: readonly MentionPass[] = [
  placesAsTeams,
  nicknamesAsTeams,
  tableNames,
  countryClosesOrganisation,
  acronymDefinitions,
];
