"""Which context names a theme's templates read (jinja2.meta, through extends,
include and import), and one digest of all their sources."""

from __future__ import annotations

import hashlib

from jinja2 import Environment, meta

# Template names -> the names they read, by the digest of all sources: the same
# theme need not be parsed again on every rebuild of a warm process.
_READS: dict[bytes, dict[str, frozenset[str]]] = {}


class TemplateReads:
    """Which context names each template of an environment reads, and a digest of all sources."""

    def __init__(self, env: Environment):
        self.env = env
        self._own: dict[str, tuple[frozenset[str], list[str | None]]] = {}
        self.sources_digest = hashlib.blake2b(
            b"".join(
                name.encode() + b"\0" + self._source(name).encode() + b"\0"
                for name in sorted(env.list_templates())
            ),
            digest_size=16,
        ).digest()
        if len(_READS) > 8:
            _READS.clear()
        self._names = _READS.setdefault(self.sources_digest, {})

    def _source(self, name: str) -> str:
        return self.env.loader.get_source(self.env, name)[0]

    def _parse(self, name: str) -> tuple[frozenset[str], list[str | None]]:
        if name not in self._own:
            ast = self.env.parse(self._source(name), name)
            self._own[name] = (
                frozenset(meta.find_undeclared_variables(ast)),
                list(meta.find_referenced_templates(ast)),
            )
        return self._own[name]

    def names(self, name: str) -> frozenset[str]:
        """Every context name `name` may read, through extends, include and import."""
        if name not in self._names:
            seen, todo, found = set(), [name], set()
            while todo:
                current = todo.pop()
                if current in seen:
                    continue
                seen.add(current)
                own, referenced = self._parse(current)
                found |= own
                if None in referenced:  # a computed template name: could be any of them
                    todo.extend(self.env.list_templates())
                todo.extend(r for r in referenced if r is not None)
            self._names[name] = frozenset(found)
        return self._names[name]
