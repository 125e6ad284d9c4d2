"""Python-Markdown extension: mark decorative and alt-less images for the plugin.

Pelican warns about `alt=""` while reading, before plugins see the page; this
marks such images so the plugin can say which one, where, and what to do, and
lets `![](photo.jpg){.decorative}` through as a deliberately decorative image.
"""

from __future__ import annotations

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from .images import ALT_TODO, ALT_TODO_CLASS, DECORATIVE, MISSING_ALT


class AltMarker(Treeprocessor):
    CLASSNAME = "decorative"

    def run(self, root) -> None:
        for image in root.iter("img"):
            classes = (image.get("class") or "").split()
            if self.CLASSNAME in classes:
                classes.remove(self.CLASSNAME)
                image.set("alt", DECORATIVE)
                if classes:
                    image.set("class", " ".join(classes))
                else:
                    image.attrib.pop("class", None)
            elif ALT_TODO_CLASS in classes and not (image.get("alt") or "").strip():
                classes.remove(ALT_TODO_CLASS)
                image.set("alt", ALT_TODO)
                if classes:
                    image.set("class", " ".join(classes))
                else:
                    image.attrib.pop("class", None)
            elif not (image.get("alt") or "").strip():
                image.set("alt", MISSING_ALT)


class ResponsiveImagesExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After attr_list (8), which reads {.decorative}.
        md.treeprocessors.register(AltMarker(md), "image_alt_marker", 5)


def makeExtension(**kwargs) -> ResponsiveImagesExtension:
    return ResponsiveImagesExtension(**kwargs)
