"""Write N synthetic, realistic profiles to a folder, for benchmarks and demonstrations.

One profile per jurisdiction (193 by default, one per UN Member State), each
a mixture of five archetypes that real assessments resemble:

* ``budapest``: a comprehensive Budapest Convention party;
* ``offline``: relies on offline offences applied online, few cyber-specific ones;
* ``isp``: broad criminal liability for service providers and over-reach;
* ``bill``: a cybercrime bill pending, many items planned;
* ``unassessed``: mostly not assessed yet (blank statuses).

Jurisdictions are fictional: invented names, codes from the ISO 3166-1
user-assigned ranges (XAA-XZZ, then QMA-QZZ, AAA-AAZ and ZZA-ZZZ: 1,092 in
all), groups named after the UN regional groups. The same ``--seed`` gives
the same files. Usage::

    python benchmarks/generate_profiles.py -o /tmp/profiles            # 193 filled templates
    python benchmarks/generate_profiles.py -n 1000 --format json -o /tmp/profiles-1000
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import string
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from gapcheck import load_checklist
from gapcheck._checklist import Checklist, Item
from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile

FORMATS = ("xlsx", "csv", "json")

REGIONS: Mapping[str, float] = {
    "African Group": 54,
    "Asia-Pacific Group": 53,
    "Eastern European Group": 23,
    "Latin American and Caribbean Group": 33,
    "Western European and Others Group": 29,
}
"""The UN regional groups and their sizes, so that a batch has a realistic regional mix."""

ARCHETYPE_WEIGHTS: Mapping[str, Mapping[str, float]] = {
    "African Group": {"budapest": 0.10, "offline": 0.30, "isp": 0.05, "bill": 0.30, "unassessed": 0.25},
    "Asia-Pacific Group": {"budapest": 0.15, "offline": 0.25, "isp": 0.25, "bill": 0.20, "unassessed": 0.15},
    "Eastern European Group": {"budapest": 0.60, "offline": 0.10, "isp": 0.15, "bill": 0.10, "unassessed": 0.05},
    "Latin American and Caribbean Group": {"budapest": 0.30, "offline": 0.25, "isp": 0.05, "bill": 0.25,
                                           "unassessed": 0.15},
    "Western European and Others Group": {"budapest": 0.70, "offline": 0.10, "isp": 0.05, "bill": 0.05,
                                          "unassessed": 0.10},
}
"""How likely each archetype is as a jurisdiction's main pattern, by region."""

# Probabilities of full, partial, planned, none, not_applicable, unknown (the order of STATUSES),
# by archetype and by the kind of item.
Distribution = tuple[float, float, float, float, float, float]
PATTERNS: Mapping[str, Mapping[str, Distribution]] = {
    "budapest": {
        "core": (0.90, 0.08, 0.00, 0.02, 0.00, 0.00), "new": (0.50, 0.30, 0.05, 0.15, 0.00, 0.00),
        "offline": (0.80, 0.20, 0.00, 0.00, 0.00, 0.00), "restraint": (0.60, 0.30, 0.00, 0.10, 0.00, 0.00),
        "safeguard": (0.70, 0.25, 0.00, 0.05, 0.00, 0.00), "cooperation": (0.80, 0.15, 0.00, 0.05, 0.00, 0.00),
        "budapest": (0.95, 0.00, 0.05, 0.00, 0.00, 0.00), "un": (0.10, 0.10, 0.10, 0.60, 0.10, 0.00),
        "policy": (0.50, 0.30, 0.10, 0.05, 0.03, 0.02),
    },
    "offline": {
        "core": (0.20, 0.50, 0.05, 0.25, 0.00, 0.00), "new": (0.05, 0.25, 0.05, 0.65, 0.00, 0.00),
        "offline": (0.95, 0.05, 0.00, 0.00, 0.00, 0.00), "restraint": (0.50, 0.30, 0.00, 0.20, 0.00, 0.00),
        "safeguard": (0.40, 0.40, 0.00, 0.20, 0.00, 0.00), "cooperation": (0.30, 0.40, 0.05, 0.25, 0.00, 0.00),
        "budapest": (0.05, 0.00, 0.20, 0.75, 0.00, 0.00), "un": (0.50, 0.20, 0.10, 0.20, 0.00, 0.00),
        "policy": (0.20, 0.40, 0.10, 0.25, 0.03, 0.02),
    },
    "isp": {
        "core": (0.80, 0.15, 0.00, 0.05, 0.00, 0.00), "new": (0.70, 0.20, 0.00, 0.10, 0.00, 0.00),
        "offline": (0.70, 0.30, 0.00, 0.00, 0.00, 0.00), "restraint": (0.05, 0.15, 0.00, 0.80, 0.00, 0.00),
        "safeguard": (0.20, 0.40, 0.00, 0.40, 0.00, 0.00), "cooperation": (0.50, 0.30, 0.05, 0.15, 0.00, 0.00),
        "budapest": (0.20, 0.00, 0.10, 0.70, 0.00, 0.00), "un": (0.70, 0.10, 0.10, 0.10, 0.00, 0.00),
        "policy": (0.40, 0.30, 0.10, 0.15, 0.03, 0.02),
    },
    "bill": {
        "core": (0.20, 0.20, 0.50, 0.10, 0.00, 0.00), "new": (0.10, 0.10, 0.60, 0.20, 0.00, 0.00),
        "offline": (0.50, 0.40, 0.05, 0.05, 0.00, 0.00), "restraint": (0.30, 0.20, 0.30, 0.20, 0.00, 0.00),
        "safeguard": (0.30, 0.30, 0.30, 0.10, 0.00, 0.00), "cooperation": (0.20, 0.20, 0.40, 0.20, 0.00, 0.00),
        "budapest": (0.00, 0.00, 0.60, 0.40, 0.00, 0.00), "un": (0.30, 0.10, 0.30, 0.30, 0.00, 0.00),
        "policy": (0.20, 0.20, 0.40, 0.15, 0.03, 0.02),
    },
    "unassessed": {kind: (0.10, 0.08, 0.04, 0.08, 0.00, 0.70) for kind in (
        "core", "new", "offline", "restraint", "safeguard", "cooperation", "budapest", "un", "policy")},
}

CORE_OFFENCES = {"10.d", "10.f.vii", "10.f.viii", "10.f.ix", "10.f.x", "10.f.xi", "10.f.xii", "10.f.xiv"}
"""The offences of the Budapest Convention's core (arts. 2-9), met by most parties first."""

CODE_RANGES = (("XAA", "XZZ"), ("QMA", "QZZ"), ("AAA", "AAZ"), ("ZZA", "ZZZ"))
"""The ISO 3166-1 alpha-3 codes left to users, for fictional jurisdictions, in the order they are handed out."""

_SYLLABLES = ("ar", "bel", "cor", "dal", "el", "fen", "gal", "hal", "ist", "jor", "kar", "lun", "mor", "nov",
              "or", "pel", "quen", "ros", "sar", "tor", "ul", "val", "wes", "xan", "yr", "zel")
_LINKS = ("a", "e", "i", "o", "u", "an", "en", "or")
_ENDINGS = ("ia", "land", "stan", "ova", "ria", "ica", "onia", "esia", "ador", "ay")
_STATUTES = ("Penal Code", "Criminal Code", "Cybercrime Act", "Computer Misuse Act", "Electronic Transactions Act",
             "Criminal Procedure Code", "Mutual Legal Assistance Act", "Data Protection Act")
_NOT_APPLICABLE_REASONS = ("A federal matter: the constituent states legislate on it.",
                           "The jurisdiction has no armed forces or intelligence service concerned.",
                           "Handled by the regional body the jurisdiction belongs to.")


def codes() -> Iterator[str]:
    """Every user-assigned alpha-3 code, XAA first."""
    every = ["".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3)]
    for low, high in CODE_RANGES:
        yield from (code for code in every if low <= code <= high)


MAX_PROFILES = sum(1 for _ in codes())


def names(rng: random.Random, count: int) -> list[str]:
    """``count`` different invented country names."""
    every = ["".join(parts).capitalize() for parts in itertools.product(_SYLLABLES, _LINKS, _ENDINGS)]
    return rng.sample(every, count)


def kind_of(item: Item) -> str:
    """Which row of an archetype's pattern an item follows."""
    if item.id == "10.a":
        return "offline"
    if item.id == "9.t":
        return "budapest"
    if item.id == "9.s":
        return "un"
    if "criminalization" in item.kinds:
        return "core" if item.id in CORE_OFFENCES else "new"
    if "restraint" in item.kinds:
        return "restraint"
    if "safeguard" in item.kinds:
        return "safeguard"
    if {"cooperation", "procedure", "evidence", "jurisdiction", "instrument"} & set(item.kinds):
        return "cooperation"
    return "policy"


def regions(count: int) -> list[str]:
    """Regions for ``count`` jurisdictions in the proportions of the UN regional groups."""
    total = sum(REGIONS.values())
    shares = {region: int(count * size / total) for region, size in REGIONS.items()}
    for region in sorted(REGIONS, key=REGIONS.get, reverse=True)[: count - sum(shares.values())]:
        shares[region] += 1
    return [region for region, size in shares.items() for _ in range(size)]


def mixture(rng: random.Random, region: str) -> dict[str, float]:
    """A main archetype (three quarters) blended with a second one (a quarter)."""
    weights = ARCHETYPE_WEIGHTS[region]
    main, second = (rng.choices(list(weights), list(weights.values()))[0] for _ in range(2))
    blend = {main: 0.75}
    blend[second] = blend.get(second, 0.0) + 0.25
    return blend


def answer(rng: random.Random, item: Item, blend: Mapping[str, float]) -> Answer | None:
    """An answer drawn from the blended pattern; None leaves the item blank (not assessed)."""
    kind = kind_of(item)
    weights = [sum(share * PATTERNS[archetype][kind][i] for archetype, share in blend.items())
               for i in range(len(STATUSES))]
    status = rng.choices(STATUSES, weights)[0]
    if status == "unknown":
        return None
    if status == "not_applicable":
        return Answer(item.id, status, notes=rng.choice(_NOT_APPLICABLE_REASONS))
    if status in ("full", "partial"):
        provision = f"{rng.choice(_STATUTES)}, s. {rng.randint(1, 420)}"
        evidence = "Provision read against the recommendation." if status == "full" else "Covers part of the conduct."
        return Answer(item.id, status, (provision,), evidence)
    if status == "planned":
        return Answer(item.id, status, (f"Cybercrime Bill {rng.randint(2023, 2026)}, cl. {rng.randint(1, 90)}",),
                      notes="Bill before parliament.")
    return Answer(item.id, status)


def profile(rng: random.Random, checklist: Checklist, name: str, code: str, region: str) -> Profile:
    blend = mixture(rng, region)
    answers = {item.id: found for item in checklist.scored_items if (found := answer(rng, item, blend))}
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    return Profile(Jurisdiction(name, code, region), checklist.ref, answers, assessed_on=day,
                   assessor="Synthetic assessment (benchmark)", sources=(f"Official gazette of {name}",))


def synthetic_profiles(count: int = 193, seed: int = 2018, checklist: str = "eg-cybercrime-2018") -> list[Profile]:
    """``count`` synthetic profiles, the same for the same seed."""
    if not 1 <= count <= MAX_PROFILES:
        raise ValueError(f"between 1 and {MAX_PROFILES} profiles (the user-assigned codes available)")
    rng = random.Random(seed)
    loaded = load_checklist(checklist)
    places = regions(count)
    rng.shuffle(places)
    return [profile(rng, loaded, name, code, region)
            for name, code, region in zip(names(rng, count), codes(), places)]


def file_name(item: Profile, fmt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", item.jurisdiction.name.lower()).strip("-")
    return f"{item.jurisdiction.code.lower()}-{slug}.{fmt}"


def write_profiles(folder: Path, count: int = 193, fmt: str = "xlsx", seed: int = 2018,
                   checklist: str = "eg-cybercrime-2018") -> list[Path]:
    """Write the profiles into ``folder`` (created if needed), one file each; return the paths."""
    from gapcheck import write_profile

    folder.mkdir(parents=True, exist_ok=True)
    return [write_profile(item, folder / file_name(item, fmt))
            for item in synthetic_profiles(count, seed, checklist)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="the folder to write into")
    parser.add_argument("-n", "--count", type=int, default=193, help="how many profiles (default: %(default)s)")
    parser.add_argument("--format", choices=FORMATS, default="xlsx",
                        help="xlsx (filled templates, the default), csv or json")
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default: %(default)s)")
    parser.add_argument("-c", "--checklist", default="eg-cybercrime-2018", help="checklist id@version or file")
    args = parser.parse_args(argv)
    if not 1 <= args.count <= MAX_PROFILES:
        parser.error(f"--count must be between 1 and {MAX_PROFILES}")
    written = write_profiles(args.output, args.count, args.format, args.seed, args.checklist)
    print(f"{len(written)} profiles written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
