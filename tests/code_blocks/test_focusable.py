"""Code blocks, highlighted or written in HTML, can be scrolled from the keyboard."""

from code_blocks import focusable_code


def test_highlighted_pre_gets_tabindex():
    html = '<div class="highlight"><pre><span></span><code>x = 1</code></pre></div>'
    assert focusable_code(html).startswith('<div class="highlight"><pre tabindex="0">')


def test_pre_written_in_html_gets_tabindex():
    html = '<pre class="wp-block-verse">A line\nof verse</pre><PRE>shouting</PRE>'
    assert focusable_code(html) == (
        '<pre tabindex="0" class="wp-block-verse">A line\nof verse</pre>'
        '<PRE tabindex="0">shouting</PRE>'
    )


def test_already_focusable_pre_and_look_alikes_are_untouched():
    done = '<div class="highlight"><pre tabindex="-1"><code>x</code></pre></div>'
    assert focusable_code(done) == done
    assert focusable_code("<prefix>, &lt;pre&gt;") == "<prefix>, &lt;pre&gt;"


def test_every_block_is_fixed():
    block = '<div class="highlight"><pre><code>x</code></pre></div>'
    assert focusable_code(block * 3).count('tabindex="0"') == 3
