"""Build ``resources/map/countries.json`` from Natural Earth admin-0 1:110m (public domain).

    pip install -e ".[map-build]"        # pyshp (build time only)
    pip download --no-deps geopandas==0.14.4 -d wheels
    python resources/map/build_map.py wheels/geopandas-0.14.4-py3-none-any.whl
    python resources/map/build_map.py --check     # the shipped file against countries.csv

The geopandas 0.14.4 wheel carries Natural Earth 1:110m ``naturalearth_lowres`` (admin-0
countries, NE 5.1.1 as geopandas' creation script fixed it: France and Norway have their ISO
codes) and ``naturalearth_cities`` (populated places, capitals). Both are read straight from the
wheel (a zip). See README.md in this folder for the decisions (which shapes go to which M49
row, dots at capitals, simplification and quantisation).

Output (compact JSON, one line): ``{"format": "ssc-map", "version": 1, "quantum": 0.01,
"countries": {ISO3: {"m49", "anchor": [lon, lat], "rings": [[x0, y0, dx1, dy1, ...], ...]}}}``
with coordinates in hundredths of a degree, each ring's points after the first as deltas.
A country with no ring is drawn as a dot at its anchor (its capital).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import math
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTRIES_CSV = HERE.parent / "vocab" / "countries.csv"
OUTPUT = HERE / "countries.json"
NE_VERSION = "Natural Earth 1:110m admin-0 countries and populated places (geopandas 0.14.4)"

QUANTUM = 0.01  # degrees (about 1 km at the equator)
TOLERANCE = 0.02  # degrees, Douglas-Peucker on each ring
SIZE_LIMIT = 400_000  # bytes

#: Natural Earth features that are not rows of UN M49: drawn as part of the M49 row in whose
#: statistics the UN counts them (UNSD M49 practice), so that the map has no holes.
MERGE = {"TWN": "CHN", "CYN": "CYP", "SOL": "SOM", "KOSOVO": "SRB"}

#: Rings of one Natural Earth feature that belong to another M49 row: (feature, row, test on
#: the ring's first point). At 1:110m, France includes French Guiana and Norway Svalbard.
SPLIT = [
    ("FRA", "GUF", lambda lon, lat: lon < -30),
    ("NOR", "SJM", lambda lon, lat: lat > 74),
]

#: Capitals of the rows with no shape at 1:110m, as named in ``naturalearth_cities``.
CAPITALS = {
    "AND": "Andorra", "ATG": "Saint John's", "BHR": "Manama", "BRB": "Bridgetown",
    "COM": "Moroni", "CPV": "Praia", "DMA": "Roseau", "FSM": "Palikir", "GRD": "Saint George's",
    "HKG": "Hong Kong", "KIR": "Tarawa", "KNA": "Basseterre", "LCA": "Castries",
    "LIE": "Vaduz", "MCO": "Monaco", "MDV": "Malé", "MHL": "Majuro", "MLT": "Valletta",
    "MUS": "Port Louis", "PLW": "Melekeok", "SGP": "Singapore", "SMR": "San Marino",
    "STP": "São Tomé", "SYC": "Victoria", "TON": "Nuku'alofa", "TUV": "Funafuti",
    "VAT": "Vatican City", "VCT": "Kingstown", "WSM": "Apia",
}  # fmt: skip

#: The rest (territories whose capital is not among Natural Earth's 1:110m places): the
#: capital or main settlement, (lon, lat) rounded to 0.01 degree (public gazetteer positions).
EXTRA_POINTS = {
    "ABW": (-70.03, 12.52),   # Oranjestad
    "AIA": (-63.06, 18.22),   # The Valley
    "ALA": (19.94, 60.10),    # Mariehamn
    "ASM": (-170.70, -14.28), # Pago Pago
    "BES": (-68.27, 12.15),   # Kralendijk
    "BLM": (-62.85, 17.90),   # Gustavia
    "BMU": (-64.78, 32.29),   # Hamilton
    "BVT": (3.36, -54.42),    # Bouvet Island
    "CCK": (96.83, -12.19),   # West Island
    "COK": (-159.78, -21.21), # Avarua
    "CUW": (-68.93, 12.11),   # Willemstad
    "CXR": (105.68, -10.42),  # Flying Fish Cove
    "CYM": (-81.37, 19.29),   # George Town
    "FRO": (-6.77, 62.01),    # Tórshavn
    "GGY": (-2.54, 49.46),    # St Peter Port
    "GIB": (-5.35, 36.14),    # Gibraltar
    "GLP": (-61.73, 16.00),   # Basse-Terre
    "GUM": (144.75, 13.47),   # Hagåtña
    "HMD": (73.51, -53.10),   # Heard Island
    "IMN": (-4.48, 54.15),    # Douglas
    "IOT": (72.41, -7.31),    # Diego Garcia
    "JEY": (-2.11, 49.19),    # Saint Helier
    "MAC": (113.54, 22.20),   # Macao
    "MAF": (-63.08, 18.07),   # Marigot
    "MNP": (145.75, 15.21),   # Saipan
    "MSR": (-62.21, 16.79),   # Brades
    "MTQ": (-61.07, 14.60),   # Fort-de-France
    "MYT": (45.23, -12.78),   # Mamoudzou
    "NFK": (167.96, -29.06),  # Kingston
    "NIU": (-169.92, -19.06), # Alofi
    "NRU": (166.92, -0.55),   # Yaren
    "PCN": (-130.10, -25.07), # Adamstown
    "PYF": (-149.57, -17.54), # Papeete
    "REU": (55.45, -20.88),   # Saint-Denis
    "SGS": (-36.51, -54.28),  # Grytviken
    "SHN": (-5.72, -15.93),   # Jamestown
    "SPM": (-56.18, 46.78),   # Saint-Pierre
    "SXM": (-63.05, 18.03),   # Philipsburg
    "TCA": (-71.14, 21.46),   # Cockburn Town
    "TKL": (-171.25, -9.38),  # Fakaofo
    "UMI": (166.65, 19.28),   # Wake Island
    "VGB": (-64.62, 18.43),   # Road Town
    "VIR": (-64.93, 18.34),   # Charlotte Amalie
    "WLF": (-176.17, -13.28), # Mata-Utu
}  # fmt: skip

Point = tuple[float, float]


def _read_shapefile(wheel: Path, name: str) -> list[tuple[list[object], list[list[Point]]]]:
    """(record, rings) of each feature of ``geopandas/datasets/NAME/NAME.shp`` in the wheel."""
    import shapefile  # pyshp: build time only

    base = f"geopandas/datasets/{name}/{name}"
    with zipfile.ZipFile(wheel) as archive:
        shp, shx, dbf = (io.BytesIO(archive.read(f"{base}.{ext}")) for ext in ("shp", "shx", "dbf"))
        encoding = archive.read(f"{base}.cpg").decode("ascii").strip() or "utf-8"
    reader = shapefile.Reader(shp=shp, shx=shx, dbf=dbf, encoding=encoding)
    features = []
    for shape_record in reader.iterShapeRecords():
        shape = shape_record.shape
        bounds = [*(shape.parts or [0]), len(shape.points)]  # a point has no parts
        rings = [
            [(float(x), float(y)) for x, y in shape.points[bounds[i] : bounds[i + 1]]]
            for i in range(len(bounds) - 1)
        ]
        features.append((list(shape_record.record), rings))
    return features


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the first and last points stay."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        (x1, y1), (x2, y2) = points[start], points[end]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(start + 1, end):
            px, py = points[i]
            if norm == 0:
                distance = math.hypot(px - x1, py - y1)
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if distance > best:
                best, index = distance, i
        if index > 0 and best > tolerance:
            keep[index] = True
            stack += [(start, index), (index, end)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _area(ring: list[Point]) -> float:
    return 0.5 * sum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def _centroid(ring: list[Point]) -> Point:
    area = _area(ring)
    if area == 0:
        return ring[0]
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (6 * area), cy / (6 * area))


def _inside(point: Point, ring: list[Point]) -> bool:
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def _q(value: float) -> int:
    return round(value / QUANTUM)


def _encode(ring: list[Point]) -> list[int] | None:
    """A ring in quantised deltas; None when it collapses (fewer than 3 distinct points)."""
    points: list[tuple[int, int]] = []
    for x, y in ring:
        q = (_q(x), _q(y))
        if not points or q != points[-1]:
            points.append(q)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # closed implicitly
    if len(points) < 3:
        return None
    flat = [points[0][0], points[0][1]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        flat += [x1 - x0, y1 - y0]
    return flat


def build(wheel: Path) -> dict[str, object]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        rows = {row["iso3"]: row for row in csv.DictReader(fh)}
    rings: dict[str, list[list[Point]]] = {}
    for record, parts in _read_shapefile(wheel, "naturalearth_lowres"):
        name, code = str(record[2]), str(record[3])
        if code == "-99" and name == "Kosovo":
            code = "KOSOVO"
        code = MERGE.get(code, code)
        if code not in rows:
            raise SystemExit(f"Natural Earth feature {name!r} ({code}) has no M49 row")
        for ring in parts:
            target = code
            for source, other, test in SPLIT:
                if code == source and test(*ring[0]):
                    target = other
            rings.setdefault(target, []).append(ring)
    cities = {
        str(record[0]): parts[0][0]
        for record, parts in _read_shapefile(wheel, "naturalearth_cities")
    }
    countries: dict[str, object] = {}
    for code, row in rows.items():
        encoded = []
        anchor: Point
        if code in rings:
            for ring in rings[code]:
                packed = _encode(_simplify(ring, TOLERANCE))
                if packed is not None:
                    encoded.append(packed)
            # Anchor (arcs, labels, the dot of a tiny shape): the centroid of the largest outer
            # ring, or the capital when that centroid falls outside it (concave shapes).
            largest = max(rings[code], key=lambda r: abs(_area(r)))
            anchor = _centroid(largest)
            if not _inside(anchor, largest):
                inside = [p for p in cities.values() if _inside(p, largest)]
                anchor = inside[0] if inside else largest[0]
        elif code in CAPITALS:
            anchor = cities[CAPITALS[code]]
        elif code in EXTRA_POINTS:
            anchor = EXTRA_POINTS[code]
        else:
            raise SystemExit(f"{code} ({row['name_en']}) has neither a shape nor a point")
        countries[code] = {
            "m49": row["m49"],
            "anchor": [round(anchor[0], 2), round(anchor[1], 2)],
            "rings": encoded,
        }
    return {
        "format": "ssc-map",
        "version": 1,
        "source": NE_VERSION,
        "licence": "public domain (Natural Earth)",
        "quantum": QUANTUM,
        "countries": countries,
    }


def check(path: Path = OUTPUT) -> list[str]:
    problems = []
    data = json.loads(path.read_text(encoding="utf-8"))
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        codes = [row["iso3"] for row in csv.DictReader(fh)]
    for code in codes:
        if code not in data["countries"]:
            problems.append(f"{code} is missing")
    size = path.stat().st_size
    if size > SIZE_LIMIT:
        problems.append(f"{path.name} is {size} bytes (limit {SIZE_LIMIT})")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", nargs="?", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    parser.add_argument("--check", action="store_true", help="check the shipped file only")
    args = parser.parse_args()
    if not args.check:
        if args.wheel is None:
            parser.error("give the geopandas wheel (or --check)")
        data = build(args.wheel)
        OUTPUT.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    data = json.loads(OUTPUT.read_text(encoding="utf-8"))
    shaped = sum(1 for c in data["countries"].values() if c["rings"])
    print(
        f"{OUTPUT.name}: {OUTPUT.stat().st_size} bytes, {len(data['countries'])} countries "
        f"({shaped} with a shape, {len(data['countries']) - shaped} as dots)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
