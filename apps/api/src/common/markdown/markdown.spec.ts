import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('keeps headings, tables, lists, code and safe links', () => {
    const html = renderMarkdown('## Tube\n\n| kVp | mA |\n|---|---|\n| 120 | 300 |\n\n- a\n- b\n\n`code` [spec](https://example.org/x)');
    expect(html).toContain('<h2>Tube</h2>');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>120</td>');
    expect(html).toContain('<li>a</li>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank">spec</a>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>hello', /<script|alert\(1\)/],
    ['an event handler', '<img src="https://x.org/a.png" onerror="alert(1)">', /onerror/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['a javascript: link in HTML', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /iframe/],
    ['inline styles', '<p style="background:url(javascript:alert(1))">x</p>', /style=/],
    ['an svg with script', '<svg><script>alert(1)</script></svg>', /svg|script/],
    ['a plain http image (mixed content)', '![x](http://example.org/a.png)', /http:\/\/example/],
  ])('neutralizes %s', (_name, input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });

  it('turns markdown into plain text for search', () => {
    expect(markdownToText('## Title\n\nSome **bold** & <b>html</b> text.')).toBe('Title Some bold & html text.');
  });
});
