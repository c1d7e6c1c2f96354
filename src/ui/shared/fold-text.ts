/**
 * Lower case without diacritics, so "aly" finds "äly" and "hjalp" finds "hjälp": a practitioner
 * on a keyboard without the letter, or unsure of the spelling, still finds the method.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
