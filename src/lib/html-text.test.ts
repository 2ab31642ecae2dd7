import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps the words of nested markup apart and drops scripts and styles', () => {
    const text = htmlToText('<h2>01 <span>标题</span></h2><p>one<br>two</p><script>var x</script><style>p{}</style>');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['01', '标题', 'one', 'two']);
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('a&amp;b &lt;c&gt; &#20013;&#x6587; &nbsp;x &unknown;')).toBe('a&b <c> 中文  x &unknown;');
  });
});
