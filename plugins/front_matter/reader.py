"""Pelican's Markdown reader, which also reads a YAML front matter block."""

from __future__ import annotations

from markdown import Markdown
from pelican import readers
from pelican.utils import pelican_open

from .fields import header_fields
from .parse import entries, split, starts_front_matter


# Named as Pelican's: Pelican records the reader's class name, less "Reader", as
# each page's `reader` ("markdown"), and a page reads the same with or without
# front matter.
class MarkdownReader(readers.MarkdownReader):
    """Markdown with a Pelican header, as Pelican reads it, or with YAML front matter."""

    def read(self, source_path: str) -> tuple[str, dict]:
        with open(source_path, encoding="utf-8-sig") as file:  # as pelican_open reads it
            if not starts_front_matter(file.readline()):
                return super().read(source_path)
        with pelican_open(source_path) as text:
            block = split(text)
        fields = header_fields(entries(block))
        self._source_path = source_path
        self._md = Markdown(**self.settings["MARKDOWN"])
        # Blank lines where the block was: Markdown sees each line where the file
        # has it, and its meta extension finds no header to read.
        content = self._md.convert("\n" * (block.body_line - 1) + block.body)
        self._md.preprocessors.deregister("meta")
        metadata = {}
        for name, field in fields.items():
            try:
                metadata[name] = self._process(name, field.value)
            except Exception as error:  # a bad date: the strict build names this line
                error.line = field.line
                raise
        return content, metadata

    def _process(self, name: str, value: str | list[str]):
        """A field's value as Pelican makes it from a header line (Markdown for summary)."""
        if name in self.settings["FORMATTED_FIELDS"]:
            self._md.reset()
            value = self._md.convert("\n".join(value) if isinstance(value, list) else value)
        return self.process_metadata(name, value)


def use_front_matter_reader(pelican_readers) -> None:
    """readers_init: read Markdown with this reader, unless READERS chose another."""
    for extension in MarkdownReader.file_extensions:
        if pelican_readers.reader_classes.get(extension) is readers.MarkdownReader:
            pelican_readers.reader_classes[extension] = MarkdownReader
