/**
 * The attribution patterns in the order they are tried on each reporting cue of a unit; the first
 * that takes the cue decides (see CuePattern). The quotation and transcript patterns that need no cue
 * run after them, over the whole text.
 */
import type { CuePattern } from "../draft.js";
import { accordingToPattern } from "./according-to.js";
import { participlePattern } from "./participle.js";
import { reportingVerbPattern } from "./reporting-verb.js";
import { secondVerbPattern } from "./second-verb.js";

export const CUE_PATTERNS: readonly CuePattern[] = [secondVerbPattern, accordingToPattern, reportingVerbPattern, participlePattern];
