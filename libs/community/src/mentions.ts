import { mentionHandle } from './markdown';

/**
 * How @mentions are read from what people write. A mention is `@` and a name as it is typed:
 * a full name with its words joined by `.`, `_`, `-` or nothing (`@marie.curie`, `@MarieCurie`) or
 * a first name alone (`@Marie`). Each is compared by its handle: letters and digits, lower-cased,
 * without accents.
 */

/** `@` not inside a word, an e-mail address or after a backslash, then the name. */
const MENTION = /(?<![\p{L}\p{N}_.@\\])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,80})/gu;
/** Code spans and blocks: their `@` are not mentions. */
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;

/** A member a mention may mean: their display name and the handles it gives. */
export interface MentionCandidate {
  membershipId: string;
  displayName: string;
  /** Every word of the name (`mariecurie`). */
  fullHandle: string;
  /** The first word of the name (`marie`). */
  firstHandle: string;
}

/** Why a mention notified no one; told to its author. */
export enum MentionProblem {
  /** More than one person has that name: the author should write the full name. */
  AMBIGUOUS = 'AMBIGUOUS',
  /** No active member has that name. */
  NOT_FOUND = 'NOT_FOUND',
  /** The one person with that name cannot see where it was written (a private group they are not in). */
  CANNOT_SEE = 'CANNOT_SEE',
}

export interface UnresolvedMentionShape {
  /** As the author wrote it, with its `@`. */
  text: string;
  problem: MentionProblem;
  /** How many active members have that name (2 or more when ambiguous). */
  matches: number;
}

export interface MentionResolution {
  /** Each mention that means one member. */
  resolved: { text: string; handle: string; member: MentionCandidate }[];
  unresolved: UnresolvedMentionShape[];
}

/** Runs `fn` on the parts of markdown outside code, leaving code as it is. */
function outsideCode(markdown: string, fn: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(CODE)) {
    out += fn(markdown.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + fn(markdown.slice(last));
}

/** The mentions in a body, in order, first spelling of each handle kept (at most 20). */
export function extractMentions(markdown: string): { text: string; handle: string }[] {
  const found = new Map<string, string>();
  outsideCode(markdown, (text) => {
    for (const match of text.matchAll(MENTION)) {
      // A trailing `.`, `-` or `_` ends a sentence rather than a name ("thanks @Marie.").
      const typed = match[1].replace(/[._-]+$/, '');
      const handle = mentionHandle(typed);
      if (handle && !found.has(handle)) found.set(handle, `@${typed}`);
    }
    return text;
  });
  return [...found].slice(0, 20).map(([handle, text]) => ({ handle, text }));
}

/** How a member's mention is written in full: their name's words joined by dots ("Marie Curie" → Marie.Curie). */
export function fullMention(displayName: string): string {
  return displayName
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('.');
}

/**
 * Decides who each mention means among the members whose full or first name matches: a full name
 * that one person has, else a first name that one person has. Two or more is ambiguous and none is
 * not found; both stay as text and notify no one.
 */
export function resolveMentions(
  mentions: readonly { text: string; handle: string }[],
  candidates: readonly MentionCandidate[],
): MentionResolution {
  const resolved: MentionResolution['resolved'] = [];
  const unresolved: UnresolvedMentionShape[] = [];
  for (const { text, handle } of mentions) {
    const byFull = candidates.filter((c) => c.fullHandle === handle);
    const matching = byFull.length ? byFull : candidates.filter((c) => c.firstHandle === handle);
    if (matching.length === 1) resolved.push({ text, handle, member: matching[0] });
    else {
      unresolved.push({
        text,
        problem: matching.length ? MentionProblem.AMBIGUOUS : MentionProblem.NOT_FOUND,
        matches: matching.length,
      });
    }
  }
  return { resolved, unresolved };
}

/**
 * Writes each resolved mention as the person's full name (`@Marie` → `@Marie.Curie`), so readers know
 * who is meant even after a second Marie joins, and erasing Marie removes her name from the text.
 */
export function writeMentionsInFull(markdown: string, resolved: MentionResolution['resolved']): string {
  if (!resolved.length) return markdown;
  const byHandle = new Map(resolved.map((r) => [r.handle, r.member]));
  return outsideCode(markdown, (text) =>
    text.replace(MENTION, (whole, name: string) => {
      const typed = name.replace(/[._-]+$/, '');
      const member = byHandle.get(mentionHandle(typed));
      return member ? `@${fullMention(member.displayName)}${name.slice(typed.length)}` : whole;
    }),
  );
}
