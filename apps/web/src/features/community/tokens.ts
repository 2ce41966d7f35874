/** The #tag or @name being typed just before the caret, if any. */
export function tokenBeforeCaret(text: string, caret: number): { sign: '#' | '@'; word: string; start: number } | null {
  const match = /(?:^|[^\p{L}\p{N}_.@#])([#@])([\p{L}\p{N}_.-]{0,50})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const word = match[2];
  return { sign: match[1] as '#' | '@', word, start: caret - word.length - 1 };
}

/** How a member is @mentioned: their name's words joined by dots ("Ben Blogger" → @Ben.Blogger). */
export function mentionOf(displayName: string): string {
  return displayName
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('.');
}
