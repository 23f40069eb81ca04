/** A person's roles and aliases, added without repeats. */
import type { ExtractedEntity, Role } from "../types.js";

export const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function addRole(person: ExtractedEntity, role: Role): void {
  const roles = (person.roles ??= []);
  if (roles.some((r) => sameTitle(r.title, role.title) && r.of === role.of)) return;
  if (role.of !== null) {
    const vague = roles.findIndex((r) => sameTitle(r.title, role.title) && r.of === null);
    if (vague >= 0) roles.splice(vague, 1);
  } else if (roles.some((r) => sameTitle(r.title, role.title))) return;
  roles.push(role);
}

/** Adds a phrase that names the person ("Ministry spokeswoman Lena Park") to its aliases. */
export function addAlias(person: ExtractedEntity, phrase: string): void {
  if (phrase !== person.name && !person.aliases.includes(phrase)) person.aliases.push(phrase);
}
