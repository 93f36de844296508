"""Web addresses that stand for the body running the site: a credit's ``hanoimoi.com.vn`` is Hanoi Moi,
``baobinhdinh.vn`` the Binh Dinh Newspaper."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .text import fold

SPELT_OUT = frozenset(" .-'’&")  # the characters of a name that its site's address leaves out
LABEL = re.compile(r"[a-z0-9-]*[a-z][a-z0-9-]*")  # a host's label, with a letter: not ``3,194sq.km``


def squashed(name: str) -> str:
    """``name`` folded, lower-cased, letters and digits only: how a site's address spells a name."""
    return "".join(character for character in fold(name).lower() if character.isalnum())


class Addresses:
    """The bodies known by their sites' addresses."""

    def __init__(
        self,
        names: Mapping[str, str],
        provinces: Iterable[str],
        domains: Iterable[str],
        host_prefixes: Iterable[str],
        provincial_newspapers: Mapping[str, str],
    ) -> None:
        """``names``: surface form → norm; ``provinces``: the provinces' norms; ``domains``: the top-level
        domains of the genre's sites (not a file's ``jpg``, nor ``sq.km``); ``host_prefixes``: labels a host
        may start with before the name (``www``, ``en``); ``provincial_newspapers``: the label's prefix before
        a province (``bao``) and the norm's pattern (``{province} Newspaper``)."""
        self.domains = frozenset(domains)
        self.hosts = {name.lower(): norm for name, norm in names.items() if self._labels(name)}
        norms: dict[str, set[str]] = {}
        for name, norm in names.items():
            if all(character.isalnum() or character in SPELT_OUT for character in name):  # not ``Vietnam+``
                norms.setdefault(squashed(name), set()).add(norm)
        prefix, pattern = provincial_newspapers["prefix"], provincial_newspapers["norm"]
        for province in provinces:
            norms.setdefault(prefix + squashed(province), set()).add(pattern.format(province=province))
        self.spelt = {label: next(iter(found)) for label, found in norms.items() if len(found) == 1 and label}
        self.host_prefixes = frozenset(host_prefixes)

    def _labels(self, host: str) -> list[str] | None:
        """The labels of ``host``, lower-cased; None if it is no site's bare address (a page's address with
        its scheme or path is a link, not a name)."""
        labels = host.lower().split(".")
        if len(labels) < 2 or labels[-1] not in self.domains or not all(map(LABEL.fullmatch, labels)):
            return None
        return labels

    def norm(self, word: str) -> str | None:
        """The norm of the body whose site ``word`` names, the address itself (without ``www.``) for an
        unknown site; None if ``word`` is no site's bare address."""
        host = word.removesuffix("/")
        labels = self._labels(host)
        if labels is None:
            return None
        norm = self.hosts.get(host.lower())
        while norm is None and len(labels) > 2 and labels[0] in self.host_prefixes:  # ``www.qdnd.vn``
            labels.pop(0)
            host = host.split(".", 1)[1]
            norm = self.hosts.get(host.lower())
        return norm or self.spelt.get(labels[0]) or host
