import { skillKey } from './skill-key';

/** A name or alias of a skill, as someone might write it in free text. */
export interface SkillTerm {
  skillId: string;
  term: string;
}

/** One place a skill is named in a text: the skill, and the sentence that names it (as written). */
export interface SkillMention {
  skillId: string;
  sentence: string;
}

/** Longest name matched, in words ("Instagram Stories", "podcast editing"): longer windows are not looked at. */
const MAX_WORDS = 5;

/** Sentences end at . ! ? followed by a space, or at a line break; bullets and list marks are dropped. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\r?\n+/)
    .map((s) => s.replace(/^[\s\-–—•*·]+/, '').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words as written (letters and digits, with inner apostrophes), in order; "team's" is the word "team". */
function wordsOf(sentence: string): string[] {
  return (sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/iu, ''));
}

/**
 * The skills named in `text`, each with the first sentence that names it. A run of words matches a
 * term when both reduce to the same letters and digits (skillKey: case, spacing and punctuation do
 * not matter, so "Podcast-editing", "podcast editing" and "PODCAST EDITING" are one term). At each
 * word the longest matching run wins, so "Instagram Reels" names that skill, not Instagram too.
 * Terms of one or two characters ("IG", "PR") match only when written in capitals, or "ig" in a
 * sentence about digging would be a skill. Pure: no database, no framework.
 */
export function findSkillMentions(text: string, terms: readonly SkillTerm[]): SkillMention[] {
  const byKey = new Map<string, { skillId: string; short: boolean }>();
  for (const { skillId, term } of terms) {
    const key = skillKey(term);
    if (!key || byKey.has(key)) continue;
    byKey.set(key, { skillId, short: key.length <= 2 });
  }
  const found = new Map<string, string>();
  for (const sentence of sentencesOf(text.slice(0, 100_000))) {
    const words = wordsOf(sentence);
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
        const written = words.slice(i, i + n).join('');
        const hit = byKey.get(skillKey(written));
        if (!hit || (hit.short && written !== written.toUpperCase())) continue;
        if (!found.has(hit.skillId)) found.set(hit.skillId, sentence.slice(0, 500));
        matched = n;
      }
      i += matched || 1;
    }
  }
  return [...found].map(([skillId, sentence]) => ({ skillId, sentence }));
}
