import { escapeMarkdown, extractHashtags, markdownLink, renderMarkdown, validateBody } from './markdown';
import { extractMentions } from './mentions';

describe('community markdown', () => {
  it('renders markdown and lets no script or raw HTML through', () => {
    const html = renderMarkdown('**Hi** <img src=x onerror=alert(1)> [x](javascript:alert(1)) https://example.org');
    expect(html).toContain('<strong>Hi</strong>');
    expect(html).not.toMatch(/<img|<[^>]*onerror=|href="javascript/i);
    expect(html).toContain('&lt;img');
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">');
  });

  it('refuses empty, over-long, script and javascript: bodies', () => {
    expect(() => validateBody('   ', 100)).toThrow('cannot be empty');
    expect(() => validateBody('x'.repeat(101), 100)).toThrow('at most 100');
    expect(() => validateBody('hi <script>alert(1)</script>', 100)).toThrow('script tags');
    expect(() => validateBody('[x](javascript:alert(1))', 100)).toThrow('javascript:');
    expect(validateBody('  fine  ', 100)).toBe('fine');
  });

  it('extracts hashtags, ignoring odd characters, URL fragments, entities and code', () => {
    expect(
      extractHashtags(
        'Love #Engagement and #engagement, #café_2 see https://x.org/#anchor &#39; `#code` #<b> #!! #123',
      ),
    ).toEqual(['engagement', 'café_2']);
    expect(() => extractHashtags(Array.from({ length: 11 }, (_, i) => `#t${i}`).join(' '))).toThrow('at most 10');
  });

  it('quotes member text in generated markdown exactly as typed, with no markup, link, hashtag or mention', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) **b** #tag @ann.smith\nline';
    const html = renderMarkdown(`Shared: ${markdownLink(hostile, 'https://ok.example/a)(b')}`);
    expect(html).toBe(
      '<p>Shared: <a href="https://ok.example/a%29%28b" rel="nofollow noopener noreferrer">' +
        '&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) **b** #tag @ann.smith line</a></p>',
    );
    expect(extractHashtags(escapeMarkdown(hostile))).toEqual([]);
    expect(extractMentions(escapeMarkdown(hostile))).toEqual([]);
    expect(markdownLink('Title', 'javascript:alert(1)')).toBe('Title');
    expect(extractHashtags(Array.from({ length: 12 }, (_, i) => `#t${i}`).join(' '), { capped: true })).toHaveLength(
      10,
    );
  });
});
