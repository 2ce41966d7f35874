import type { MentionProblem } from '../../gql/graphql';

/** The #tag or @name being typed just before the caret, if any. */
export function tokenBeforeCaret(text: string, caret: number): { sign: '#' | '@'; word: string; start: number } | null {
  const match = /(?:^|[^\p{L}\p{N}_.@#])([#@])([\p{L}\p{N}_.-]{0,50})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const word = match[2];
  return { sign: match[1] as '#' | '@', word, start: caret - word.length - 1 };
}

/** Why a mention in a published post reached no one, in words for its author. */
export function unresolvedMentionText(m: { text: string; problem: MentionProblem; matches: number }): string {
  switch (m.problem) {
    case 'AMBIGUOUS':
      return `${m.text}: ${m.matches} people have this name. Edit the post and pick the person from the suggestions as you type.`;
    case 'CANNOT_SEE':
      return `${m.text} cannot see this group, so was not told.`;
    default:
      return `${m.text}: nobody here has this name.`;
  }
}
