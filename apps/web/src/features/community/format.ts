const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatPostDate(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where a topic lives in the app (tags are lower-case letters, digits and _). */
export function topicPath(tag: string): string {
  return `/community/topics/${encodeURIComponent(tag)}`;
}
