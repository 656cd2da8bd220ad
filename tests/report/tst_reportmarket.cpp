// The market model's chapter of the report: printed for a project with stored market
// results, with the method, the per-climate-year table and B1 by country, whose total is B1.

#include "market/simulation.h"
#include "marketstudies.h"
#include "report.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The congested border of tst_dispatch between countries AA and BB: B1 = 2,400 €/h =
// 21.02 M€/yr, all of it congestion rent, half to each country (10.51 M€/yr).
model::Study studyWithResults()
{
    model::Study s = marketStudy();
    addZone(s, QStringLiteral("AA00"), 50);
    addZone(s, QStringLiteral("BB00"), 150);
    addCluster(s, QStringLiteral("a"), QStringLiteral("AA00"), 200, 30);
    addCluster(s, QStringLiteral("b"), QStringLiteral("BB00"), 200, 90);
    addBorder(s, QStringLiteral("AA00"), QStringLiteral("BB00"), 60, 60);
    addLineProject(s, QStringLiteral("P"), QStringLiteral("AA00"), QStringLiteral("BB00"), 40, 40);
    s.market.adequacyYearsPerClimateYear = 2;
    market::SimulationOptions o;
    o.softwareVersion = QStringLiteral("GridCBA test");
    const market::SimulationOutcome out = market::simulate(s, market::workUnits(s, {}), o);
    if (!out.error.isEmpty())
        qFatal("%s", qPrintable(out.error));
    for (const auto &u : out.units)
        market::storeUnit(s, u);
    market::applyComputedInputs(s);
    return s;
}

}  // namespace

class TestReportMarket : public QObject
{
    Q_OBJECT

private slots:
    void chapterShowsMethodResultsAndCountries()
    {
        const model::Study s = studyWithResults();
        const report::StudyResults results = report::evaluateStudy(s);
        report::ReportSource source{QStringLiteral("market.gridcba"), QStringLiteral("00"), QStringLiteral("0.1.0"),
                                    QDateTime::currentDateTimeUtc(), false};
        const auto doc = report::buildReport(s, results, QStringLiteral("P"), source,
                                             QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("p.pdf"));
        QString error;
        QVERIFY2(report::writeReportPdf(doc, report::Paper::A4, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Market model")));
        QVERIFY(text.contains(QStringLiteral("COIN-OR Clp")));
        QVERIFY(text.contains(QStringLiteral("S 2030, 2009 (1.000) PINT")));
        QVERIFY2(text.contains(QStringLiteral("AA 10.51")) && text.contains(QStringLiteral("BB 10.51")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("All countries 21.02")));
        QVERIFY(text.contains(QStringLiteral("B1 by country and surplus, S 2030")));
        if (!qEnvironmentVariableIsEmpty("GRIDCBA_KEEP_REPORT"))
            QFile::copy(pdf, qEnvironmentVariable("GRIDCBA_KEEP_REPORT"));
    }

    // Without market results the chapter is not printed.
    void noResultsNoChapter()
    {
        model::Study s = studyWithResults();
        s.marketUnits.clear();
        const auto doc = report::buildReport(s, report::evaluateStudy(s), QStringLiteral("P"), {},
                                             QLocale(QLocale::English, QLocale::UnitedKingdom));
        for (const report::Block &b : doc.blocks)
            if (const auto *h = std::get_if<report::Heading>(&b))
                QVERIFY(h->text != QLatin1String("Market model"));
    }
};

QTEST_MAIN(TestReportMarket)
#include "tst_reportmarket.moc"
