"""Highlighted code blocks can be scrolled from the keyboard."""

from code_blocks import focusable_code


def test_highlighted_pre_gets_tabindex():
    html = '<div class="highlight"><pre><span></span><code>x = 1</code></pre></div>'
    assert focusable_code(html).startswith('<div class="highlight"><pre tabindex="0">')


def test_already_focusable_and_plain_pre_are_untouched():
    done = '<div class="highlight"><pre tabindex="-1"><code>x</code></pre></div>'
    plain = "<pre><code>x</code></pre>"
    assert focusable_code(done) == done
    assert focusable_code(plain) == plain


def test_every_block_is_fixed():
    block = '<div class="highlight"><pre><code>x</code></pre></div>'
    assert focusable_code(block * 3).count('tabindex="0"') == 3
