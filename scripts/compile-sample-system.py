#!/usr/bin/env python3
"""Compiles the sample European system (resources/sample/system/*.csv) from public figures.

Run from the repository root where ../shared/data exists (it is not needed to build or test
GridCBA; the CSV files it writes are committed):

    scripts/compile-sample-system.py [../shared/data]

Sources (figures only; no time series is copied):
  - tyndp2020-2040/{NT,DE,GA}_2040: TYNDP 2020 scenario capacities and NTCs for 2040.
  - tyndp2020-2040/TYNDPGen.csv: efficiency ranges of the TYNDP unit types.
  - dispaset-2016/powerplants and load: installed capacities and annual demand in 2016,
    the "today" that 2030 is interpolated from.
Everything else (technology characteristics, emission factors, storage hours, weather
parameters, demand growth) is this project's own assumption, written down below and in
docs/market-model.md ("Sample European system"). The result is illustrative.
"""

import collections
import csv
import os
import sys

SCENARIOS = ["NT", "DE", "GA"]
YEARS = [2030, 2040]
COLUMNS = [f"{s}-{y}" for s in SCENARIOS for y in YEARS]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "sample", "system")

# --- Zones of the sample: TYNDP zones merged into each, and the weather/demand parameters.
# Dropped (isolated or outside the synchronous area modelled): CY00, FR15 (Corsica), ITCO,
# TR00, UA01.
MERGE = {
    "DE00": ["DE00", "DEKF", "LUB1", "LUF1", "LUG1", "LUV1"],  # DE-LU is one bidding zone
    "DKE1": ["DKE1", "DKKF"],
    "EL00": ["EL00", "EL03"],
    "IE00": ["IE00", "UKNI"],  # the all-island Single Electricity Market
    "ITCS": ["ITCS", "ITS1"],  # joined by a 9,999 MW "NTC" in TYNDP: one market area
    "ITSI": ["ITSI", "MT00"],
    "NOM1": ["NOM1", "NON1"],
    "PL00": ["PL00", "PLE0", "PLI0"],  # PLE0/PLI0: TYNDP's virtual export/import nodes
    "RS00": ["RS00", "AL00", "BA00", "ME00", "MK00"],
    "SE02": ["SE01", "SE02"],
}

# id: name, country, EU member, lat, lon, offshore lat, lon, heating/K, cooling/K, hydro regime
ZONES = {
    "AT00": ("Austria", "AT", True, 47.8, 14.5, None, None, 0.012, 0.004, "alpine"),
    "BE00": ("Belgium", "BE", True, 50.8, 4.4, 51.6, 2.8, 0.010, 0.003, "atlantic"),
    "BG00": ("Bulgaria", "BG", True, 42.7, 25.2, 42.8, 28.3, 0.020, 0.015, "continental"),
    "CH00": ("Switzerland", "CH", False, 46.9, 8.0, None, None, 0.015, 0.003, "alpine"),
    "CZ00": ("Czechia", "CZ", True, 49.8, 15.5, None, None, 0.012, 0.003, "continental"),
    "DE00": ("Germany and Luxembourg", "DE", True, 51.0, 9.5, 54.3, 6.5, 0.008, 0.004, "continental"),
    "DKE1": ("Denmark East", "DK", True, 55.6, 12.0, 55.0, 12.8, 0.015, 0.0, "continental"),
    "DKW1": ("Denmark West", "DK", True, 56.0, 9.2, 56.0, 7.5, 0.015, 0.0, "continental"),
    "EE00": ("Estonia", "EE", True, 58.8, 25.0, 58.8, 22.5, 0.020, 0.0, "continental"),
    "EL00": ("Greece (with Crete)", "EL", True, 38.5, 22.8, 39.0, 24.5, 0.015, 0.025, "atlantic"),
    "ES00": ("Spain", "ES", True, 40.3, -3.7, 43.6, -8.2, 0.010, 0.020, "atlantic"),
    "FI00": ("Finland", "FI", True, 62.0, 25.5, 61.5, 21.0, 0.025, 0.0, "nordic"),
    "FR00": ("France", "FR", True, 46.8, 2.3, 47.5, -3.0, 0.035, 0.008, "alpine"),
    "HR00": ("Croatia", "HR", True, 45.3, 16.0, None, None, 0.015, 0.015, "atlantic"),
    "HU00": ("Hungary", "HU", True, 47.2, 19.4, None, None, 0.010, 0.012, "continental"),
    "IE00": ("Ireland and Northern Ireland", "IE", True, 53.4, -7.0, 53.0, -5.8, 0.012, 0.0, "atlantic"),
    "ITN1": ("Italy North", "IT", True, 45.4, 10.0, None, None, 0.006, 0.025, "alpine"),
    "ITCN": ("Italy Centre-North", "IT", True, 43.5, 11.3, None, None, 0.006, 0.025, "atlantic"),
    "ITCS": ("Italy Centre-South and South", "IT", True, 41.2, 14.8, 41.5, 17.5, 0.006, 0.028, "atlantic"),
    "ITSI": ("Sicily and Malta", "IT", True, 37.5, 14.1, 37.3, 12.5, 0.005, 0.030, "atlantic"),
    "ITSA": ("Sardinia", "IT", True, 40.0, 9.0, 40.5, 8.0, 0.006, 0.028, "atlantic"),
    "LT00": ("Lithuania", "LT", True, 55.2, 23.9, 55.8, 20.7, 0.012, 0.0, "continental"),
    "LV00": ("Latvia", "LV", True, 56.9, 24.6, 57.0, 20.7, 0.012, 0.0, "continental"),
    "NL00": ("Netherlands", "NL", True, 52.2, 5.3, 52.8, 4.0, 0.006, 0.003, "atlantic"),
    "NOS0": ("Norway South", "NO", False, 60.0, 8.5, 58.5, 5.0, 0.035, 0.0, "nordic"),
    "NOM1": ("Norway Mid and North", "NO", False, 65.5, 13.0, None, None, 0.030, 0.0, "nordic"),
    "PL00": ("Poland", "PL", True, 52.0, 19.4, 55.0, 17.5, 0.008, 0.004, "continental"),
    "PT00": ("Portugal", "PT", True, 39.7, -8.2, 41.0, -9.2, 0.012, 0.012, "atlantic"),
    "RO00": ("Romania", "RO", True, 45.9, 24.9, 44.3, 29.5, 0.010, 0.010, "continental"),
    "RS00": ("Serbia and Western Balkans", "RS", False, 43.5, 20.0, None, None, 0.022, 0.010, "continental"),
    "SE02": ("Sweden North (SE1 and SE2)", "SE", True, 64.5, 18.0, None, None, 0.030, 0.0, "nordic"),
    "SE03": ("Sweden Centre", "SE", True, 59.3, 15.5, 57.5, 11.5, 0.030, 0.0, "nordic"),
    "SE04": ("Sweden South", "SE", True, 56.0, 13.5, 55.3, 13.8, 0.025, 0.0, "nordic"),
    "SI00": ("Slovenia", "SI", True, 46.1, 14.8, None, None, 0.012, 0.008, "alpine"),
    "SK00": ("Slovakia", "SK", True, 48.7, 19.5, None, None, 0.010, 0.004, "continental"),
    "UK00": ("Great Britain", "UK", False, 52.5, -1.5, 54.0, 1.5, 0.018, 0.0, "atlantic"),
}

# France's off-peak water heaters (about 20 TWh a year, switched on by the tariff signal at
# 22:30): 4 % of demand.
OFF_PEAK = {"FR00": 0.04}

ROR_CF = {"nordic": 0.50, "alpine": 0.55, "continental": 0.45, "atlantic": 0.40}

# --- Today's figures (Dispa-SET 2016) by country; which TYNDP zones share them.
def dispa_country(tyndp_zone):
    special = {"DEKF": "DE", "UKNI": "UK", "EL03": "EL", "PLE0": None, "PLI0": None,
               "MT00": None, "AL00": None, "BA00": None}
    if tyndp_zone in special:
        return special[tyndp_zone]
    if tyndp_zone.startswith("LU"):
        return "LU"
    return tyndp_zone[:2]

# Shares of a country's demand in its TYNDP zones (Terna, Statnett, Svenska kraftnät and
# Energinet orders of magnitude); TWh of zones without a Dispa-SET load series (2016).
DEMAND_SHARE = {
    "DKW1": 0.58, "DKE1": 0.42, "ITN1": 0.48, "ITCN": 0.10, "ITCS": 0.17, "ITS1": 0.10,
    "ITSI": 0.07, "ITSA": 0.035, "NOS0": 0.58, "NOM1": 0.23, "NON1": 0.19, "SE01": 0.06,
    "SE02": 0.11, "SE03": 0.66, "SE04": 0.17, "UK00": 0.975, "UKNI": 0.025,
}
NO_DEMAND = {"DEKF", "DKKF", "LUB1", "LUF1", "LUV1", "PLE0", "PLI0", "EL03"}
DEMAND_EXTRA_TWH = {"AL00": 7.5, "BA00": 12.5, "MT00": 2.6, "EL03": 3.0}
# Demand growth from 2016 (our assumption, of the order of TYNDP 2020's scenario totals:
# moderate in NT, strong electrification in DE, in between in GA).
GROWTH = {("NT", 2030): 1.04, ("NT", 2040): 1.12, ("DE", 2030): 1.08, ("DE", 2040): 1.25,
          ("GA", 2030): 1.06, ("GA", 2040): 1.18}

# --- Thermal technologies: fuel and generic characteristics.
#   efficiency (default), CO2 t/MWh fuel (TYNDPGen kg/GJ × 3.6/1000), NOx, SOx, PM2.5 kg/MWh
#   fuel, VOM €/MWh (TYNDPGen), planned availability, FOR, MTTR h, unit size MW, must-run share
TECHNOLOGIES = [
    ("nuclear", "nuclear", 0.33, 0.0, 0.0, 0.0, 0.0, 9.0, 0.85, 0.05, 168, 1200, 0.5),
    ("lignite", "lignite", 0.38, 0.364, 0.55, 0.80, 0.030, 3.3, 0.90, 0.075, 48, 600, 0.0),
    ("hardCoal", "hardCoal", 0.40, 0.338, 0.50, 0.40, 0.020, 3.3, 0.90, 0.07, 48, 600, 0.0),
    ("ccgt", "gas", 0.55, 0.205, 0.12, 0.001, 0.003, 1.6, 0.92, 0.045, 24, 450, 0.0),
    ("ocgt", "gas", 0.38, 0.205, 0.20, 0.001, 0.003, 1.6, 0.95, 0.03, 24, 150, 0.0),
    ("oil", "oil", 0.35, 0.281, 0.60, 1.00, 0.050, 2.2, 0.95, 0.10, 24, 200, 0.0),
    ("biomass", "biomass", 0.33, 0.0, 0.40, 0.10, 0.050, 3.3, 0.90, 0.05, 48, 100, 0.3),
    ("other", "gas", 0.40, 0.205, 0.15, 0.001, 0.003, 1.1, 0.92, 0.05, 24, 150, 0.3),
]

THERMAL = {t[0] for t in TECHNOLOGIES}


def tyndp_category(unit_type, fuel):
    if unit_type.endswith("Bio") or fuel == "BIO":
        return "biomass"
    if unit_type.startswith("Nuclear"):
        return "nuclear"
    if unit_type == "Hard coal old 2":
        # In this extraction the unit type appears in nearly every zone, Norway, Switzerland
        # and Malta included: it carries TYNDP's "other non-RES" (small CHP, waste), which we
        # model as gas-fired "other".
        return "other"
    if unit_type.startswith("Hard coal"):
        return "hardCoal"
    if unit_type.startswith("Lignite") or unit_type.startswith("Oil shale"):
        return "lignite"
    if unit_type.startswith("Gas CCGT"):
        return "ccgt"
    if unit_type.startswith("Gas OCGT"):
        return "ocgt"
    if unit_type.startswith("Gas conventional"):
        return "other"
    if "oil" in unit_type:
        return "oil"
    raise ValueError(unit_type)

def dispa_category(country, tech, fuel):
    if fuel == "NUC":
        return "nuclear"
    if fuel in ("LIG", "PEA") or (country == "EE" and fuel == "OTH"):
        return "lignite"
    if fuel == "HRD":
        return "hardCoal"
    if fuel == "GAS":
        return {"COMC": "ccgt", "GTUR": "ocgt", "ICEN": "ocgt"}.get(tech, "other")
    if fuel == "OIL":
        return "oil"
    if fuel in ("BIO", "WST", "GEO"):
        return "biomass"
    if fuel == "OTH":
        return "other"
    return {"PHOT": "pv", "WTON": "windOnshore", "WTOF": "windOffshore"}.get(tech)

# Coal and lignite end before 2030 by law or firm government decision in these countries.
COAL_FREE_2030 = {"AT", "BE", "DK", "ES", "FI", "FR", "EL", "HU", "IE", "IT", "NL", "PT", "SE", "SK", "UK"}
# Germany's coal exit law (2020): 8 GW hard coal and 9 GW lignite left in 2030.
OVERRIDES_2030 = {("DE00", "hardCoal"): 8000, ("DE00", "lignite"): 9000, ("DE00", "nuclear"): 0,
                  ("BE00", "nuclear"): 2077}  # DE: exit April 2023; BE: Doel 4, Tihange 3 to 2035

# Storage: hours of storage (energy / power) and natural inflow (annual inflow / turbine power)
# by hydro regime; batteries 2 h; PHS 8 h (closed loop), 24 h with 500 h of inflow (open loop).
# Levels on 1 January: reservoirs 60 % (drawn down through the winter), others half full.
RESERVOIR_HOURS = {"nordic": (2200, 3800), "alpine": (1000, 1800), "continental": (800, 1500),
                   "atlantic": (1400, 1600)}

DSR_BLOCKS = [(300.0, 0.6), (1000.0, 0.4)]  # price €/MWh, share of the zone's DSR
NTC_2030_FACTOR = 0.75
# The sample study's projects are the TYNDP projects on these borders: the reference grid
# leaves them out (P1: FR00-ES00 2,000 MW each way; P2: PL00->DE00 500, DE00->PL00 300 MW),
# and FR00-ES00 is 3,000 MW in 2030 (today about 2,800 MW).
PROJECT_NTC = {("FR00", "ES00"): 2000, ("ES00", "FR00"): 2000, ("PL00", "DE00"): 500,
               ("DE00", "PL00"): 300}
NTC_2030_OVERRIDE = {("FR00", "ES00"): 3000, ("ES00", "FR00"): 3000}


def sample_zone(tyndp_zone):
    for z, members in MERGE.items():
        if tyndp_zone in members:
            return z
    return tyndp_zone if tyndp_zone in ZONES else None


def read_semicolon(path):
    with open(path) as f:
        return [l.strip().split(";") for l in f if l.strip()]


def efficiency_midpoints(data):
    eff = {}
    with open(os.path.join(data, "tyndp2020-2040", "TYNDPGen.csv")) as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) > 3 and row[0].strip().isdigit() and "%" in row[3]:
                lo, hi = [float(x.strip().rstrip("%")) for x in row[3].split("-")]
                eff[row[1].strip()] = (lo + hi) / 200.0
    return eff


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
    tyndp = os.path.join(data, "tyndp2020-2040")
    dispa = os.path.join(data, "dispaset-2016")
    eff_mid = efficiency_midpoints(data)

    # 2040 per scenario: thermal[(zone, cat)][scenario] MW, with capacity-weighted efficiency.
    thermal40 = collections.defaultdict(lambda: collections.defaultdict(float))
    eff_acc = collections.defaultdict(lambda: [0.0, 0.0])
    tyndp_share = collections.defaultdict(lambda: collections.defaultdict(float))  # [(country,cat)][tyndp zone]
    res40 = collections.defaultdict(lambda: collections.defaultdict(float))
    for s in SCENARIOS:
        for zone, unit, mw, n, fuel in read_semicolon(os.path.join(tyndp, f"{s}_2040", "GC.csv")):
            z = sample_zone(zone)
            cap = float(mw) * float(n)
            cat = tyndp_category(unit, fuel)
            tyndp_share[(dispa_country(zone), cat)][zone] += cap
            if z is None:
                continue
            thermal40[(z, cat)][s] += cap
            e = eff_mid.get(unit.replace(" Bio", "").replace("Gas CCGT new CCS", "Gas CCGT new"), None)
            if e is not None:
                eff_acc[(z, cat)][0] += e * cap
                eff_acc[(z, cat)][1] += cap
        for zone, tech, mw in read_semicolon(os.path.join(tyndp, f"{s}_2040", "RES.csv")):
            key = {"Solar PV": "pv", "Solar Thermal": "pv", "Onshore Wind": "windOnshore",
                   "Offshore Wind": "windOffshore", "Run-of-River": "runOfRiver",
                   "Other RES": "biomass", "Battery": "battery", "PS Closed": "phsClosed",
                   "PS Open": "phsOpen", "Reservoir": "reservoir", "DSR": "dsr"}[tech]
            tyndp_share[(dispa_country(zone), key)][zone] += float(mw)
            z = sample_zone(zone)
            if z is None:
                continue
            if key == "biomass":
                thermal40[(z, "biomass")][s] += float(mw)
            else:
                res40[(z, key)][s] += float(mw)

    # Today (2016) by country, split over the country's TYNDP zones by their 2040 shares.
    today = collections.defaultdict(float)  # (sample zone, category) -> MW
    for fn in sorted(os.listdir(os.path.join(dispa, "powerplants"))):
        country = fn[:2]
        with open(os.path.join(dispa, "powerplants", fn)) as f:
            for row in csv.DictReader(f):
                cat = dispa_category(country, row["Technology"], row["Fuel"])
                if cat is None:
                    continue
                cap = float(row["PowerCapacity"]) * float(row.get("Nunits") or 1)
                shares = tyndp_share.get((country, cat)) or tyndp_share.get((country, "pv")) or {}
                members = {z: v for z, v in shares.items() if sample_zone(z)}
                total = sum(members.values())
                if total <= 0:
                    members = {z: 1.0 for z in MERGE.get(country + "00", [country + "00"]) if sample_zone(z)}
                    total = sum(members.values())
                for z, v in members.items():
                    today[(sample_zone(z), cat)] += cap * v / total
    have_today = {sample_zone(z) for z in ZONES if os.path.exists(os.path.join(dispa, "powerplants", z[:2] + ".csv"))}

    def value_2030(z, cat, s):
        country = ZONES[z][1]
        if (z, cat) in OVERRIDES_2030:
            return OVERRIDES_2030[(z, cat)]
        if cat in ("hardCoal", "lignite") and country in COAL_FREE_2030:
            return 0.0
        x40 = thermal40[(z, cat)][s] if cat in THERMAL else res40[(z, cat)][s]
        if z not in have_today:
            return x40
        return today[(z, cat)] + 0.5 * (x40 - today[(z, cat)])

    def value_2040(z, cat, s):
        if cat in ("hardCoal", "lignite") and ZONES[z][1] in COAL_FREE_2030:
            return 0.0
        if cat in THERMAL:
            return thermal40[(z, cat)][s]
        return res40[(z, cat)][s]

    def row_values(z, cat):
        return [round(value_2030(z, cat, s) if y == 2030 else value_2040(z, cat, s)) for s in SCENARIOS for y in YEARS]

    os.makedirs(OUT, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(OUT, name), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    # zones.csv: the weather columns are kept from the existing file (the calibration,
    # `gridcba-sample calibrate`, fits them to scripts/sample-climate-targets.csv).
    kept = {}
    if os.path.exists(os.path.join(OUT, "zones.csv")):
        with open(os.path.join(OUT, "zones.csv")) as f:
            kept = {r["id"]: r for r in csv.DictReader(f)}
    rows = []
    for z, (name, country, eu, lat, lon, olat, olon, heat, cool, regime) in ZONES.items():
        k = kept.get(z, {})
        rows.append([z, name, country, "yes" if eu else "no", lat, lon,
                     "" if olat is None else olat, "" if olon is None else olon,
                     k.get("windOnshoreMs") or 6.0,
                     "" if olat is None else (k.get("windOffshoreMs") or 9.0),
                     k.get("cloudCover") or 0.6, heat, cool, OFF_PEAK.get(z, 0.0), regime, ROR_CF[regime]])
    write("zones.csv", ["id", "name", "country", "euMember", "latitude", "longitude",
                        "offshoreLatitude", "offshoreLongitude", "windOnshoreMs", "windOffshoreMs",
                        "cloudCover", "heatingPerK", "coolingPerK", "offPeakShare", "hydroRegime",
                        "runOfRiverCf"], rows)

    # demand.csv (TWh)
    load16 = {}
    for fn in os.listdir(os.path.join(dispa, "load")):
        with open(os.path.join(dispa, "load", fn)) as f:
            load16[fn[:2]] = sum(float(l.split(",")[1]) for l in f if l[0].isdigit()) / 1e6
    demand = collections.defaultdict(float)
    members = [m for ms in MERGE.values() for m in ms] + [z for z in ZONES if z not in MERGE]
    for m in members:
        z = sample_zone(m)
        demand[z] += DEMAND_EXTRA_TWH.get(m, 0.0)
        c = dispa_country(m)
        if c in load16 and m not in NO_DEMAND:
            demand[z] += load16[c] * DEMAND_SHARE.get(m, 1.0)
    write("demand.csv", ["zone"] + COLUMNS,
          [[z] + [round(demand[z] * GROWTH[(s, y)], 2) for s in SCENARIOS for y in YEARS] for z in ZONES])

    # technologies.csv and thermal.csv
    write("technologies.csv", ["technology", "fuel", "efficiency", "co2TPerMwhFuel", "noxKgPerMwhFuel",
                               "soxKgPerMwhFuel", "pm25KgPerMwhFuel", "variableOmEurPerMwh",
                               "availability", "forcedOutageRate", "meanTimeToRepairHours",
                               "unitSizeMw", "mustRunShare"], TECHNOLOGIES)
    rows = []
    for z in ZONES:
        for t in TECHNOLOGIES:
            cat = t[0]
            values = row_values(z, cat)
            if max(values) < 1:
                continue
            acc = eff_acc.get((z, cat))
            eff = round(acc[0] / acc[1], 3) if acc and acc[1] > 0 else ""
            rows.append([z, cat, eff] + values)
    write("thermal.csv", ["zone", "technology", "efficiency"] + COLUMNS, rows)

    # renewables.csv: 2030 interpolated for PV and wind; hydro as in 2040.
    rows = []
    for z in ZONES:
        for cat, key in [("pv", "pv"), ("windOnshore", "wind_onshore"),
                         ("windOffshore", "wind_offshore"), ("runOfRiver", "ror")]:
            if cat == "runOfRiver":
                values = [round(res40[(z, cat)][s]) for s in SCENARIOS for y in YEARS]
            else:
                values = row_values(z, cat)
            if max(values) >= 1:
                rows.append([z, key] + values)
    write("renewables.csv", ["zone", "technology"] + COLUMNS, rows)

    # storage.csv: MW of discharge; batteries half of 2040 in 2030, hydro as in 2040.
    rows = []
    for z, zone in ZONES.items():
        regime = zone[9]
        norway = zone[1] == "NO"
        res_h, res_in = RESERVOIR_HOURS[regime]
        def by_year(cat, scale2030=1.0):
            return [round(res40[(z, cat)][s] * (scale2030 if y == 2030 else 1.0)) for s in SCENARIOS for y in YEARS]
        battery = by_year("battery", 0.5)
        if max(battery) >= 1:
            rows.append([z, "battery", 2, 1, 0.88, 0.5, 0] + battery)
        closed = by_year("phsClosed")
        if max(closed) >= 1:
            rows.append([z, "phs", 8, 1, 0.75, 0.5, 0] + closed)
        opened = by_year("phsOpen")
        reservoir = by_year("reservoir")
        if norway:
            # Norway's hydro is filed as open-loop pumped storage: seasonal reservoirs.
            reservoir = [a + b for a, b in zip(reservoir, opened)]
            opened = [0] * len(opened)
        if max(opened) >= 1:
            rows.append([z, "phs_open", 24, 1, 0.75, 0.5, 500] + opened)
        if max(reservoir) >= 1:
            rows.append([z, "reservoir", res_h, 0, 1, 0.6, res_in] + reservoir)
    write("storage.csv", ["zone", "technology", "storageHours", "chargeRatio", "roundTripEfficiency",
                          "initialLevel", "inflowHours"] + COLUMNS, rows)

    # dsr.csv: 2030 half of 2040.
    rows = []
    for z in ZONES:
        mw = [res40[(z, "dsr")][s] * (0.5 if y == 2030 else 1.0) for s in SCENARIOS for y in YEARS]
        if max(mw) >= 1:
            for price, share in DSR_BLOCKS:
                rows.append([z, price] + [round(v * share) for v in mw])
    write("dsr.csv", ["zone", "priceEurPerMwh"] + COLUMNS, rows)

    # borders.csv: per direction. TYNDP lists each pair once, for both directions, except
    # Poland's synchronous borders, which go through virtual nodes (PLI0: imports into PL00,
    # PLE0: exports); where a scenario lists only one of the two, it counts both ways.
    ntc = collections.defaultdict(lambda: collections.defaultdict(float))
    for s in SCENARIOS:
        into_pl, out_of_pl = {}, {}
        for a, b, mw in read_semicolon(os.path.join(tyndp, f"{s}_2040", f"NTC_{s}_2040.csv")):
            if "PLI0" in (a, b) or "PLE0" in (a, b):
                node, other = (a, b) if a in ("PLI0", "PLE0") else (b, a)
                if sample_zone(other) in (None, "PL00"):
                    continue
                side = into_pl if node == "PLI0" else out_of_pl
                side[sample_zone(other)] = max(side.get(sample_zone(other), 0.0), float(mw))
                continue
            za, zb, v = sample_zone(a), sample_zone(b), float(mw)
            if za is None or zb is None or za == zb:
                continue
            ntc[(za, zb)][s] += v
            ntc[(zb, za)][s] += v
        for other in set(into_pl) | set(out_of_pl):
            ntc[(other, "PL00")][s] += into_pl.get(other, out_of_pl.get(other))
            ntc[("PL00", other)][s] += out_of_pl.get(other, into_pl.get(other))
    rows = []
    for (a, b) in sorted(ntc):
        values = []
        for s in SCENARIOS:
            v40 = max(0.0, ntc[(a, b)][s] - PROJECT_NTC.get((a, b), 0))
            v30 = NTC_2030_OVERRIDE.get((a, b), v40 * NTC_2030_FACTOR)
            values += [round(v30), round(v40)]
        if max(values) >= 1:
            rows.append([a, b] + values)
    write("borders.csv", ["from", "to"] + COLUMNS, rows)

    # A rough adequacy check: peak (1.5 × mean) against firm capacity in the zone.
    tech = {t[0]: t for t in TECHNOLOGIES}
    for i, col in enumerate(COLUMNS):
        short = []
        for z in ZONES:
            peak = demand[z] * GROWTH[(col[:2], int(col[3:]))] * 1e6 / 8760 * 1.5
            firm = 0.0
            for t in TECHNOLOGIES:
                s, y = col[:2], int(col[3:])
                v = value_2030(z, t[0], s) if y == 2030 else value_2040(z, t[0], s)
                firm += v * t[8] * (1 - t[9])
            s, y = col[:2], int(col[3:])
            for cat in ("battery", "phsClosed", "phsOpen", "reservoir", "dsr"):
                firm += res40[(z, cat)][s] * (0.5 if y == 2030 and cat in ("battery", "dsr") else 1.0)
            imports = sum(ntc[(a, b)][s] for (a, b) in ntc if b == z)
            if firm + imports < peak:
                short.append(f"{z} {firm + imports - peak:.0f}")
        print(col, "zones short of peak even with all imports:", ", ".join(short) or "none")


if __name__ == "__main__":
    main()
