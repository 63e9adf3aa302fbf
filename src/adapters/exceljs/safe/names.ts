/**
 * Names that would reach an object's prototype chain when a parser uses them as keys of a plain
 * object (ExcelJS keys defined names and sheets that way): __proto__, constructor, toString, …
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export const isHostileName = (name: string): boolean => RESERVED.has(name) || RESERVED.has(name.trim());

/** A safe, still recognisable name not already taken: __proto__ → _lf__proto__ (then _lf2__proto__ …). */
export function safeName(name: string, taken: (candidate: string) => boolean, maxLength = 255): string {
  for (let n = 1; ; n++) {
    const candidate = `_lf${n === 1 ? '' : n}${name}`.slice(0, maxLength);
    if (!isHostileName(candidate) && !taken(candidate)) return candidate;
  }
}
