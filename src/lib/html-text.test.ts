import { describe, expect, it } from 'vitest';
import { decodeCommonEntities, htmlWordText } from './html-text';

describe('htmlWordText', () => {
  it('keeps the words of nested markup apart and drops scripts and styles', () => {
    const text = htmlWordText('<h2>01 <span>标题</span></h2><p>one<br>two</p><script>var x</script><style>p{}</style>');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['01', '标题', 'one', 'two']);
  });

  it('decodes the common entities by default', () => {
    expect(htmlWordText('<p>a&amp;b &lt;c&gt; &#20013;&#x6587; &unknown;</p>').trim()).toBe('a&b <c> 中文 &unknown;');
  });
});

describe('decodeCommonEntities', () => {
  it('turns impossible code points into spaces rather than throwing', () => {
    expect(decodeCommonEntities('a&#0;b&#x110000;c')).toBe('a b c');
  });
});
