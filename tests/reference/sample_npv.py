#!/usr/bin/env python3
"""Second route to the sample study's headline figures.

An independent, deliberately plain re-implementation of methodology.md §3 in Python,
reading resources/sample/sample-study.json directly (no GridCBA code). tst_cli compares
gridcba-cli's output with the numbers this prints; rerun it after changing the sample:
    python3 tests/reference/sample_npv.py [STUDY.json]
With STUDY.json (a study in the exchange format, e.g. the built sample study after
`gridcba-cli export-json`, whose indicator inputs include the computed B1-B6) it values
that study's inputs instead.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "resources", "sample", "sample-study.json")
study = json.load(open(path))
e = study["economics"]
r, t0, N, base = e["discountRate"], e["discountingYear"], e["operatingYears"], e["priceBaseYear"]
defl = {int(k): v for k, v in e["deflator"].items()}


def conv(price_year):
    return 1.0 if price_year == base else defl[base] / defl[price_year]


def value_at(points, t):
    """points: sorted [(year, value)]; constant outside, linear inside."""
    if t <= points[0][0]:
        return points[0][1]
    if t >= points[-1][0]:
        return points[-1][1]
    for (y0, v0), (y1, v1) in zip(points, points[1:]):
        if y0 <= t <= y1:
            return v0 + (v1 - v0) * (t - y0) / (y1 - y0)


for p in study["projects"]:
    C = p["commissioningYear"]
    last = C + N - 1
    for s in study["scenarios"]:
        rows = {i["year"]: i for i in p["indicatorInputs"] if i["scenarioId"] == s["id"]}
        if not rows:
            print(f"{p['id']} {s['id']} not assessed")
            continue
        fs, fb = conv(s["priceYear"]), conv(p["benefitPriceYear"])
        yearly = []  # (study year, monetised headline benefit €/yr)
        for y in s["studyYears"]:
            i = rows[y["year"]]
            b = i.get("b1Eur", 0) * fb
            b += -i.get("b2Co2T", 0) * (y["sccCentralEurPerT"] - y["marketCo2PriceEurPerT"]) * fs
            b += i.get("b5Eur", 0) * fb
            b += -i.get("b6EensMwh", 0) * y["vollEurPerMwh"] * fs
            if y.get("reserveCostEurPerMwYear", 0) > 0:
                b += i.get("b9ReserveMw", 0) * y["reserveCostEurPerMwYear"] * fs
            b += sum(o["eurPerYear"] for o in i.get("other", []) if o.get("inNpv", True)) * fb
            yearly.append((y["year"], b))
        pv_b = sum(value_at(yearly, t) / (1 + r) ** (t - t0) for t in range(C, last + 1))
        pv_capex = pv_opex = 0.0
        for inv in p["investments"]:
            f = conv(inv["priceYear"])
            if inv["capex"]:
                flows = [(c["year"], c["centralEur"]) for c in inv["capex"]]
            else:
                k = inv["constructionYears"]
                flows = [(C - j, inv["capexLumpSum"]["centralEur"] / k) for j in range(1, k + 1)]
            total = sum(v for _, v in flows)
            pv_capex += sum(v * f / (1 + r) ** (y - t0) for y, v in flows)
            opex = inv["opexEurPerYear"] + inv["opexShareOfCapex"] * total
            pv_opex += sum(opex * f / (1 + r) ** (t - t0) for t in range(C, last + 1))
        npv = pv_b - pv_capex - pv_opex
        print(f"{p['id']} {s['id']} npv_meur={npv / 1e6:.6f} bc={pv_b / (pv_capex + pv_opex):.6f}")
