// model::validate: each rule fires on a value that breaks it, names the field, and a valid
// study passes.

#include "model/validation.h"
#include "studies.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace gridcba;
using Mutation = std::function<void(model::Study &)>;
Q_DECLARE_METATYPE(Mutation)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validStudyPasses()
    {
        const auto issues = model::validate(test::workedExampleStudy());
        QVERIFY2(issues.empty(), qPrintable(model::formatIssues(issues)));
    }

    void ruleFires_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("discount rate given in percent")
            << Mutation([](model::Study &s) { s.economics.discountRate = 4; })
            << "economics/discountRate" << "fraction";
        QTest::newRow("no operating years")
            << Mutation([](model::Study &s) { s.economics.operatingYears = 0; })
            << "economics/operatingYears" << "1..100";
        QTest::newRow("price year without deflator")
            << Mutation([](model::Study &s) { s.projects[0].investments[0].priceYear = 2020; })
            << "projects/0/investments/0/priceYear" << "deflator";
        QTest::newRow("climate weights do not sum to 1")
            << Mutation([](model::Study &s) { s.scenarios[0].climateYears = {{1995, 0.5}, {2008, 0.4}}; })
            << "scenarios/0/climateYears" << "sum to 1";
        QTest::newRow("study years not ascending")
            << Mutation([](model::Study &s) { std::swap(s.scenarios[0].studyYears[0], s.scenarios[0].studyYears[1]); })
            << "scenarios/0/studyYears/1/year" << "ascending";
        QTest::newRow("SCC low above central")
            << Mutation([](model::Study &s) { s.scenarios[0].studyYears[0].sccLowEurPerT = 500; })
            << "scenarios/0/studyYears/0/sccCentralEurPerT" << "low <= central <= high";
        QTest::newRow("negative VOLL")
            << Mutation([](model::Study &s) { s.scenarios[0].studyYears[0].vollEurPerMwh = -1; })
            << "scenarios/0/studyYears/0/vollEurPerMwh" << ">= 0";
        QTest::newRow("duplicate scenario id")
            << Mutation([](model::Study &s) { s.scenarios.push_back(s.scenarios[0]); })
            << "scenarios/1/id" << "used twice";
        QTest::newRow("CAPEX after the assessment period")
            << Mutation([](model::Study &s) { s.projects[0].investments[0].capex[0].year = 2060; })
            << "projects/0/investments/0/capex/0/year" << "after the assessment period";
        QTest::newRow("lump sum without construction years")
            << Mutation([](model::Study &s) {
                   auto &inv = s.projects[0].investments[0];
                   inv.capex.clear();
                   inv.capexLumpSum = {0, 1e8, 1e8, 1e8};
               })
            << "projects/0/investments/0/constructionYears" << "constructionYears >= 1";
        QTest::newRow("OPEX given twice")
            << Mutation([](model::Study &s) { s.projects[0].investments[0].opexShareOfCapex = 0.01; })
            << "projects/0/investments/0/opexShareOfCapex" << "not both";
        QTest::newRow("cost shares do not sum to 1")
            << Mutation([](model::Study &s) { s.projects[0].costShares = {{QStringLiteral("FR"), 0.5}, {QStringLiteral("ES"), 0.4}}; })
            << "projects/0/costShares" << "sum to 1";
        QTest::newRow("inputs for a year that is not a study year")
            << Mutation([](model::Study &s) { s.projects[0].indicatorInputs[1].year = 2035; })
            << "projects/0/indicatorInputs/1/year" << "not a study year";
        QTest::newRow("inputs given twice")
            << Mutation([](model::Study &s) { s.projects[0].indicatorInputs[1].year = 2030; })
            << "projects/0/indicatorInputs/1" << "given twice";
        QTest::newRow("NaN benefit")
            << Mutation([nan](model::Study &s) { s.projects[0].indicatorInputs[0].b1Eur = nan; })
            << "projects/0/indicatorInputs/0/b1Eur" << "finite";
        QTest::newRow("infinite CO2 change")
            << Mutation([](model::Study &s) { s.projects[0].indicatorInputs[0].b2Co2T = std::numeric_limits<double>::infinity(); })
            << "projects/0/indicatorInputs/0/b2Co2T" << "finite";
        QTest::newRow("border joins a zone to itself")
            << Mutation([](model::Study &s) { s.projects[0].borders = {{QStringLiteral("FR00"), QStringLiteral("FR00"), 1000, 1000}}; })
            << "projects/0/borders/0/toZone" << "two different zones";
        QTest::newRow("commissioning year out of range")
            << Mutation([](model::Study &s) { s.projects[0].commissioningYear = 30; })
            << "projects/0/commissioningYear" << "outside";
        QTest::newRow("project without investments")
            << Mutation([](model::Study &s) { s.projects[0].investments.clear(); })
            << "projects/0/investments" << "at least one investment";
    }

    void ruleFires()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, message);
        model::Study study = test::workedExampleStudy();
        mutate(study);
        const auto issues = model::validate(study);
        const bool found = std::any_of(issues.begin(), issues.end(), [&](const model::ValidationIssue &i) {
            return i.path == path && i.message.contains(message);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…, got:\n%3")
                                       .arg(path, message, model::formatIssues(issues))));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
