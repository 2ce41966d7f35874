/** How names are compared: case, spacing and punctuation do not make a different skill. */
export const skillKey = (term: string): string =>
  term
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
