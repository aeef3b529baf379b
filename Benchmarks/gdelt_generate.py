#!/usr/bin/env python3
"""Writes a synthetic GDELT 2.0 events export (61 tab-separated columns, no header) for the
event-import benchmark: Benchmarks/gdelt_generate.py ROWS OUT [--seed N].

The rows look like the real export (see ../shared/data/events/gdelt2-events-sample.csv): actor
codes built from ISO alpha-3 country codes and CAMEO role codes (USAGOV, CHNMIL), some
lower-case ethnic-group codes, about 15% of events with an empty second actor block, CAMEO codes
with their Goldstein scores, dates over one year, padded place names and an article address per
event. Actors are drawn from a skewed (Zipf-like) distribution and each actor talks to a limited
set of partners, as in real event data, so that aggregating by year folds millions of events into
tens of thousands of relations. The same seed writes the same bytes.
"""
import argparse
import datetime
import random

COUNTRIES = ("USA CHN RUS GBR FRA DEU IND PAK IRN ISR JPN KOR PRK TUR SAU EGY NGA ZAF BRA MEX CAN AUS "
             "UKR POL ITA ESP NLD SWE NOR FIN AFG IRQ SYR LBN JOR YEM ETH KEN SOM SDN LBY DZA MAR TUN "
             "VNM THA IDN PHL MYS SGP BGD LKA NPL MMR KAZ UZB AZE ARM GEO BLR VEN COL ARG CHL PER CUB "
             "ZWE ZMB UGA TZA GHA CIV SEN MLI NER TCD CMR COD AGO MOZ NZL IRL PRT GRC SRB HRV HUN AUT "
             "CHE BEL DNK CZE ROU BGR QAT ARE KWT OMN BHR").split()
ROLES = ["", "", "", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "OPP", "REB", "EDU", "CVL", "REL", "NGO"]
ETHNIC = ["dal", "hni", "mar", "tib", "kur", "pas", "uig", "hau"]
# (code, Goldstein) pairs over every CAMEO root, weighted towards the common verbal codes.
CODES = [("010", 0.0, 8), ("012", -0.4, 2), ("013", 0.4, 2), ("016", -5.0, 1), ("020", 3.0, 3), ("036", 4.0, 4),
         ("040", 1.0, 6), ("042", 1.9, 8), ("043", 2.8, 8), ("046", 7.0, 3), ("051", 3.4, 4), ("057", 8.0, 1),
         ("061", 6.4, 1), ("071", 7.4, 1), ("080", 5.0, 1), ("090", -2.0, 1), ("100", -5.0, 1), ("111", -2.0, 3),
         ("112", -2.0, 3), ("120", -4.0, 1), ("130", -4.4, 1), ("141", -6.5, 1), ("150", -7.2, 1), ("163", -8.0, 1),
         ("173", -5.0, 2), ("182", -9.5, 1), ("190", -10.0, 1), ("200", -10.0, 1)]
PLACES = ["Washington, District of Columbia, United States", "Beijing, Beijing, China", "Moscow, Moskva, Russia",
          "London, London, City of, United Kingdom", "New Delhi, National Capital Territory of Delhi, India",
          "Harare, Harare, Zimbabwe", "Lagos, Lagos, Nigeria", "Paris, Ile-de-France, France"]
QUAD = {r: (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    actors = []
    for country in COUNTRIES:
        for role in ROLES[2:]:
            actors.append((country + role, country, role))
    for code in ETHNIC:
        actors.append((code, "", ""))
    rng.shuffle(actors)
    # Zipf-like weights; each actor has 12 partners drawn with the same skew.
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(actors))]
    partners = [rng.choices(range(len(actors)), weights=weights, k=12) for _ in actors]
    codes, code_weights = [(c, g) for c, g, _ in CODES], [w for _, _, w in CODES]
    start = datetime.date(2019, 1, 1)

    def block(index):
        code, country, role = actors[index]
        name = (country or code).upper()
        ethnic = code if not country else ""
        return [code, name, country, "", ethnic, "", "", role, "", ""]

    empty = [""] * 10
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        lines = []
        sources = rng.choices(range(len(actors)), weights=weights, k=min(args.rows, 1 << 16))
        for row in range(args.rows):
            source = sources[row % len(sources)] if row % 7 else rng.choices(range(len(actors)), weights=weights)[0]
            target = partners[source][rng.randrange(12)]
            code, goldstein = rng.choices(codes, weights=code_weights)[0]
            day = start + datetime.timedelta(days=rng.randrange(365))
            sqldate = day.strftime("%Y%m%d")
            root = int(code[:2])
            place = PLACES[rng.randrange(len(PLACES))]
            # GDELT pads some place names with runs of spaces.
            padded = place if row % 11 else place.replace(", ", ",      ", 1)
            geo = ["4", padded, "US", "USDC", "", "38.8951", "-77.0364", "531871"]
            actor2 = empty if row % 7 == 3 else block(target)
            fields = ([str(900000000 + row), sqldate, sqldate[:6], sqldate[:4], f"{day.year}.{day.timetuple().tm_yday:04d}"]
                      + block(source) + actor2
                      + ["1", code, code, code[:2], str(QUAD[root]), f"{goldstein:.1f}", "5", "1", "5",
                         f"{rng.uniform(-8, 8):.6f}"]
                      + geo + geo + geo
                      + [sqldate + "230000", f"https://news.example.org/{day.isoformat()}/story-{row:08d}.html"])
            lines.append("\t".join(fields))
            if len(lines) == 10000:
                out.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
