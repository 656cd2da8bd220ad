// Sensitivity runs stored in the study: saved and reopened from a .gridcba file and through
// the JSON format, their results read back to the same numbers, and their definitions re-run
// to the same numbers (same seed).

#include "io/jsonformat.h"
#include "model/validation.h"
#include "sensitivity/runjson.h"
#include "storage/studyfile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using namespace gridcba::sensitivity;

namespace {

model::Study sample()
{
    return *io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON)).study;
}

MonteCarloDefinition monteCarlo()
{
    MonteCarloDefinition d;
    d.projectId = QStringLiteral("P1");
    d.samples = 20000;
    d.seed = 0xFEEDFACECAFEBEEFull;  // above 2^53: must survive JSON
    d.inputs = {{InputId::Capex, {DistributionKind::Pert, 0.9, 1.0, 1.3}},
                {InputId::Welfare, {DistributionKind::Normal, 1.0, 0.15, 0.0}},
                {InputId::DiscountRate, {DistributionKind::Triangular, 0.03, 0.04, 0.05}}};
    d.correlations = {{InputId::Capex, InputId::Welfare, -0.3}};
    return d;
}

// The study with one sweep and one Monte Carlo run of P1 appended.
model::Study studyWithRuns()
{
    model::Study s = sample();
    QString error;
    const SweepDefinition sd = defaultSweep(s, *s.project(QStringLiteral("P1")));
    const auto sweep = runSweep(s, sd, &error);
    s.analysisRuns.push_back(makeRun(s, sd, *sweep, QStringLiteral("Default sweep")));
    const auto mc = runMonteCarlo(s, monteCarlo(), &error);
    s.analysisRuns.push_back(makeRun(s, monteCarlo(), *mc, QStringLiteral("CAPEX and B1 uncertainty")));
    return s;
}

}  // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void runsGetIdsAndProvenance()
    {
        const model::Study s = studyWithRuns();
        QCOMPARE(s.analysisRuns.size(), std::size_t(2));
        QCOMPARE(s.analysisRuns[0].id, 1);
        QCOMPARE(s.analysisRuns[1].id, 2);
        QCOMPARE(s.analysisRuns[1].kind, QStringLiteral("montecarlo"));
        QCOMPARE(s.analysisRuns[1].softwareVersion, QStringLiteral("GridCBA " GRIDCBA_VERSION));
        QVERIFY(s.analysisRuns[1].createdUtc.endsWith(u'Z'));
        QVERIFY(model::validate(s).empty());
    }

    void savedAndReopenedFromStudyFile()
    {
        const model::Study s = studyWithRuns();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.gridcba"));
        QString error;
        QVERIFY2(storage::saveStudy(s, path, &error), qPrintable(error));
        const auto loaded = storage::loadStudy(path);
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QVERIFY(loaded.study->analysisRuns == s.analysisRuns);
    }

    void jsonRoundTripIsByteIdentical()
    {
        const model::Study s = studyWithRuns();
        const QByteArray first = io::studyToJson(s);
        const auto again = io::studyFromJson(first, QStringLiteral("runs.json"));
        QVERIFY(again.study);
        QVERIFY(again.study->analysisRuns == s.analysisRuns);
        QCOMPARE(io::studyToJson(*again.study), first);
    }

    void storedResultsReadBackToTheSameNumbers()
    {
        const model::Study s = studyWithRuns();
        QString error;
        const auto mc = monteCarloResultFromJson(parseObject(s.analysisRuns[1].resultsJson), &error);
        QVERIFY2(mc, qPrintable(error));
        const auto fresh = runMonteCarlo(s, monteCarlo(), &error);
        QCOMPARE(mc->scenarios.size(), fresh->scenarios.size());
        for (std::size_t k = 0; k < mc->scenarios.size(); ++k) {
            // JSON keeps doubles exactly (shortest round-trip form).
            QCOMPARE(mc->scenarios[k].npvP10Eur, fresh->scenarios[k].npvP10Eur);
            QCOMPARE(mc->scenarios[k].npvQuantilesEur, fresh->scenarios[k].npvQuantilesEur);
            QCOMPARE(mc->scenarios[k].npvHistogram.counts, fresh->scenarios[k].npvHistogram.counts);
            QCOMPARE(*mc->scenarios[k].bcP90, *fresh->scenarios[k].bcP90);
        }
        const auto sweep = sweepResultFromJson(parseObject(s.analysisRuns[0].resultsJson), &error);
        QVERIFY(sweep);
        QCOMPARE(toJson(*sweep), parseObject(s.analysisRuns[0].resultsJson));
    }

    void storedDefinitionsRerunToTheSameNumbers()
    {
        model::Study s = studyWithRuns();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.gridcba"));
        QVERIFY(storage::saveStudy(s, path, nullptr));
        s = *storage::loadStudy(path).study;
        QString error;
        const auto mcDef = monteCarloDefinitionFromJson(parseObject(s.analysisRuns[1].definitionJson), &error);
        QVERIFY2(mcDef, qPrintable(error));
        QCOMPARE(mcDef->seed, monteCarlo().seed);
        const auto rerun = runMonteCarlo(s, *mcDef, &error);
        QCOMPARE(QJsonDocument(toJson(*rerun)).toJson(QJsonDocument::Compact), s.analysisRuns[1].resultsJson);
        const auto sweepDef = sweepDefinitionFromJson(parseObject(s.analysisRuns[0].definitionJson), &error);
        QVERIFY(sweepDef);
        const auto sweep = runSweep(s, *sweepDef, &error);
        QCOMPARE(QJsonDocument(toJson(*sweep)).toJson(QJsonDocument::Compact), s.analysisRuns[0].resultsJson);
    }

    void badRunsAreRefused()
    {
        model::Study s = studyWithRuns();
        s.analysisRuns[1].id = 1;
        s.analysisRuns[0].projectId = QStringLiteral("gone");
        const auto issues = model::validate(s);
        QCOMPARE(issues.size(), std::size_t(2));
        QString error;
        QJsonObject def = parseObject(s.analysisRuns[1].definitionJson);
        def[QStringLiteral("seed")] = 12;
        QVERIFY(!monteCarloDefinitionFromJson(def, &error));
        QVERIFY2(error.startsWith(QStringLiteral("seed: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
