/**
 * Roles of people: a title next to a name and what the title is of ("Kremlin spokesman X",
 * "Ruritanian Foreign Minister X", "President X of Y", "X, the Y of Z", "his Z counterpart, X"),
 * and "the Z president" phrases that name a person of the article by role alone. Returns the
 * entities anew, with their roles, the aliases those phrases add, and every mention in text order.
 */
import type { ExtractedEntity, Recognition, Resolution, TextRange } from "../types.js";
import { rolesByName } from "./by-name.js";
import { homeCountryRoles } from "./home-country.js";
import { resolveRoleReferences } from "./role-references.js";

const copy = (e: ExtractedEntity): ExtractedEntity => ({
  ...e,
  aliases: [...e.aliases],
  ...(e.roles ? { roles: e.roles.map((r) => ({ ...r })) } : {}),
  mentions: [...e.mentions],
});

export function relate(text: string, recognition: Recognition, resolution: Resolution, sentences: readonly TextRange[]): ExtractedEntity[] {
  const entities = resolution.entities.map(copy);
  const byId = new Map(entities.map((e) => [e.id, e]));
  rolesByName(text, recognition, resolution, byId);
  resolveRoleReferences(text, recognition, resolution, byId, sentences);
  homeCountryRoles(entities, recognition, resolution);
  // mentions in text order; those in a title given as metadata last
  for (const e of entities) e.mentions.sort((a, b) => (a.in ? 1 : 0) - (b.in ? 1 : 0) || a.start - b.start);
  return entities;
}
