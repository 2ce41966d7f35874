import { BadInputError } from '@crowdcomms/errors';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export const MAX_POST_LENGTH = 10_000;
export const MAX_COMMENT_LENGTH = 4_000;
export const MAX_HASHTAGS = 10;
export const HASHTAG_PATTERN = /^[\p{L}\p{N}_]{1,50}$/u;

// Raw HTML is never passed through: markdown-it escapes it, and sanitize-html
// is the second fence in case a markdown construct ever produces something unexpected.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
};

const SCRIPT_TAG = /<\s*\/?\s*script\b/i;
const DANGEROUS_LINK = /\]\(\s*<?\s*(?:javascript|vbscript|data)\s*:/i;

/** Renders member-written markdown to HTML that is safe to insert in a page. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE).trim();
}

/**
 * Checks a body before it is stored: not empty, not too long, no script tags
 * and no script links. (Other raw HTML is simply shown as text.)
 */
export function validateBody(body: string, maxLength: number, what = 'A post'): string {
  const text = body.trim();
  if (!text) throw new BadInputError(`${what} cannot be empty`, { field: 'body' });
  if (text.length > maxLength) {
    throw new BadInputError(`${what} can be at most ${maxLength} characters`, { field: 'body' });
  }
  if (SCRIPT_TAG.test(text)) throw new BadInputError(`${what} cannot contain script tags`, { field: 'body' });
  if (DANGEROUS_LINK.test(text)) {
    throw new BadInputError(`${what} cannot contain javascript:, vbscript: or data: links`, { field: 'body' });
  }
  return text;
}

/**
 * Member-written text placed inside generated markdown (a campaign digest
 * quoting share titles and names): every markdown and HTML metacharacter is
 * backslash-escaped, so the text shows exactly as typed and can open no link,
 * tag, emphasis, heading, #hashtag or @mention. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]()<>#!|~@]/g, (c) => `\\${c}`)
    .trim();
}

/**
 * A markdown link to `url` labelled with member-written `label`, for generated
 * posts: only http(s) URLs become links (anything else shows the label alone),
 * and characters that could end the link early are percent-encoded.
 */
export function markdownLink(label: string, url: string): string {
  const text = escapeMarkdown(label) || 'link';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return text;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return text;
  const href = url
    .trim()
    .replace(/[()<>\s\\]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')));
  return `[${text}](${href})`;
}

/** Removes code spans and blocks, whose `#` and `@` are not hashtags or mentions. */
function withoutCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

/**
 * A hashtag as typed elsewhere (a campaign's, a search): with or without #, any case. Returns it as posts store
 * it (lower-case, without #), or null when a post could not carry it (not 1–50 letters, digits or _, or digits only).
 */
export function normaliseHashtag(tag: string): string | null {
  const normalised = tag.trim().replace(/^#/, '').toLowerCase();
  return HASHTAG_PATTERN.test(normalised) && !/^\d+$/.test(normalised) ? normalised : null;
}

/**
 * Hashtags in a body: `#` after a space or punctuation (not inside a word, a
 * URL fragment, an HTML entity or after a backslash), then letters, digits or `_`. Lower-cased,
 * unique, in order of appearance. More than {@link MAX_HASHTAGS} is an input
 * error, or with `capped` (text the product wrote) the first ones are kept.
 */
export function extractHashtags(markdown: string, { capped = false }: { capped?: boolean } = {}): string[] {
  const tags = new Set<string>();
  for (const match of withoutCode(markdown).matchAll(/(?<![\p{L}\p{N}_&#/:.\\-])#([\p{L}\p{N}_]+)/gu)) {
    const tag = match[1].toLowerCase();
    if (HASHTAG_PATTERN.test(tag) && !/^\d+$/.test(tag)) tags.add(tag);
  }
  if (capped) return [...tags].slice(0, MAX_HASHTAGS);
  if (tags.size > MAX_HASHTAGS) {
    throw new BadInputError(`A post can have at most ${MAX_HASHTAGS} hashtags`, { field: 'body' });
  }
  return [...tags];
}

/** A name as it can be @mentioned: letters and digits only, lower-cased ("Ann-Marie O'Neil" → annmarieoneil). */
export function mentionHandle(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
