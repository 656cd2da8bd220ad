#pragma once

// Small studies built in code for tests.

#include "model/study.h"

namespace gridcba::test {

// The worked example of methodology.md §3: r = 4 %, t0 = 2025, CAPEX 300/400/300 M€ in
// 2027–2029, OPEX 15 M€/yr, commissioning 2030, N = 25, B1 = 100 M€/yr in 2030 and 160 in
// 2040, no residual value. NPV 804.6750 M€, B/C 1.7384.
inline model::Study workedExampleStudy()
{
    using namespace model;
    Study s;
    s.name = QStringLiteral("Worked example");
    s.economics.priceBaseYear = 2023;
    s.economics.discountRate = 0.04;
    s.economics.discountingYear = 2025;
    s.economics.operatingYears = 25;
    Scenario sc;
    sc.id = QStringLiteral("NT");
    sc.name = QStringLiteral("National Trends");
    sc.priceYear = 2023;
    sc.climateYears = {{2009, 1.0}};
    StudyYear y2030;
    y2030.year = 2030;
    y2030.marketCo2PriceEurPerT = 113.4;
    y2030.sccLowEurPerT = 126;
    y2030.sccCentralEurPerT = 238;
    y2030.sccHighEurPerT = 315;
    y2030.vollEurPerMwh = 10000;
    StudyYear y2040 = y2030;
    y2040.year = 2040;
    y2040.marketCo2PriceEurPerT = 147;
    y2040.sccLowEurPerT = 339;
    y2040.sccCentralEurPerT = 628;
    y2040.sccHighEurPerT = 662;
    sc.studyYears = {y2030, y2040};
    s.scenarios = {sc};
    Project p;
    p.id = QStringLiteral("X1");
    p.name = QStringLiteral("Worked example");
    p.commissioningYear = 2030;
    p.benefitPriceYear = 2023;
    Investment inv;
    inv.id = QStringLiteral("X1.1");
    inv.name = QStringLiteral("Line");
    inv.priceYear = 2023;
    inv.technicalLifetimeYears = 40;
    inv.capex = {{2027, 300e6, 300e6, 300e6}, {2028, 400e6, 400e6, 400e6}, {2029, 300e6, 300e6, 300e6}};
    inv.opexEurPerYear = 15e6;
    p.investments = {inv};
    IndicatorInput a;
    a.scenarioId = QStringLiteral("NT");
    a.year = 2030;
    a.b1Eur = 100e6;
    IndicatorInput b = a;
    b.year = 2040;
    b.b1Eur = 160e6;
    p.indicatorInputs = {a, b};
    s.projects = {p};
    return s;
}

}  // namespace gridcba::test
