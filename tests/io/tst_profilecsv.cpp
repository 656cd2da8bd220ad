// Reading hourly profiles from a wide CSV file (core/io/profilecsv.h): a good file gives
// every column's values in order; a leap-year file loses exactly 29 February with a note;
// every malformed file is refused with its file, line and column named.

#include "io/profilecsv.h"

#include <QTest>

#include <functional>

using namespace gridcba;

namespace {

// A header "hour,<ids>" and `hours` rows whose value of column c at hour h is value(h, c).
QByteArray wideCsv(const QStringList &ids, int hours, int firstHour,
                   const std::function<QString(int hour, int column)> &value)
{
    QByteArray out = "hour," + ids.join(u',').toUtf8() + "\n";
    for (int h = 0; h < hours; ++h) {
        out += QByteArray::number(h + firstHour);
        for (int c = 0; c < ids.size(); ++c)
            out += ',' + value(h, c).toUtf8();
        out += '\n';
    }
    return out;
}

QString number(int hour, int column)
{
    return QString::number(double(hour % 100) / 100.0 + column);
}

} // namespace

class TestProfileCsv : public QObject
{
    Q_OBJECT

  private slots:
    void readsEveryColumnInOrder();
    void dropsTheTwentyNinthOfFebruary();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void statistics();
};

void TestProfileCsv::readsEveryColumnInOrder()
{
    const QByteArray csv = wideCsv({QStringLiteral("load_A"), QStringLiteral("pv_A")},
                                   model::kHoursPerYear, 1, number);
    const io::ProfileCsvResult r = io::readProfileCsv(csv, QStringLiteral("p.csv"), 2009);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QVERIFY(r.notes.isEmpty());
    QCOMPARE(r.profiles.size(), size_t(2));
    QCOMPARE(r.profiles[0].id, QStringLiteral("load_A"));
    QCOMPARE(r.profiles[1].id, QStringLiteral("pv_A"));
    for (const model::Profile &p : r.profiles) {
        QCOMPARE(p.climateYear, 2009);
        QCOMPARE(int(p.values.size()), model::kHoursPerYear);
    }
    // Hour 1 of the file is hour 0 of the profile: 0.00 and 1.00; hour 8760: 0.59 and 1.59.
    QCOMPARE(r.profiles[0].values[0], 0.0);
    QCOMPARE(r.profiles[1].values[0], 1.0);
    QCOMPARE(r.profiles[0].values[8759], 0.59);
    QCOMPARE(r.profiles[1].values[8759], 1.59);

    // Hours counted from 0 and a semicolon delimiter read the same.
    QByteArray semicolons = wideCsv({QStringLiteral("x")}, model::kHoursPerYear, 0, number);
    semicolons.replace(',', ';');
    const io::ProfileCsvResult s = io::readProfileCsv(semicolons, QStringLiteral("s.csv"), 0);
    QVERIFY2(s.ok(), qPrintable(s.errors.join(u'\n')));
    QCOMPARE(s.profiles[0].climateYear, 0);
    QCOMPARE(s.profiles[0].values[123], 0.23);
}

void TestProfileCsv::dropsTheTwentyNinthOfFebruary()
{
    // Value = the day of the year (0-based) of the hour, so what was dropped is visible.
    const QByteArray csv = wideCsv({QStringLiteral("load")}, 8784, 1,
                                   [](int h, int) { return QString::number(h / 24); });
    const io::ProfileCsvResult r = io::readProfileCsv(csv, QStringLiteral("leap.csv"), 2012);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    const std::vector<double> &v = r.profiles[0].values;
    QCOMPARE(int(v.size()), model::kHoursPerYear);
    // 28 February is day 58; 29 February (day 59) is gone, so hour 1416 is 1 March (day 60).
    QCOMPARE(v[1415], 58.0);
    QCOMPARE(v[1416], 60.0);
    QCOMPARE(v[8759], 365.0); // 31 December keeps its date
    QCOMPARE(r.notes.size(), 1);
    // Header on line 1, hour 1 on line 2: 29 February is on lines 1418 to 1441.
    QVERIFY2(r.notes[0].contains(QStringLiteral("leap.csv")) &&
                 r.notes[0].contains(QStringLiteral("1418")) &&
                 r.notes[0].contains(QStringLiteral("1441")),
             qPrintable(r.notes[0]));
}

void TestProfileCsv::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("climateYear");
    QTest::addColumn<QString>("expected"); // a part of the first error

    const QStringList one = {QStringLiteral("load")};
    const auto good = [](int, int) { return QStringLiteral("1"); };
    QByteArray text = wideCsv(one, model::kHoursPerYear, 1, good);
    text.replace("\n3,1\n", "\n3,abc\n");
    QTest::newRow("not a number") << text << 2009
                                  << QStringLiteral(
                                         "bad.csv line 4, column load: “abc” is not a number");
    text = wideCsv(one, model::kHoursPerYear, 1, good);
    text.replace("\n10,1\n", "\n10,-0.5\n");
    QTest::newRow("negative") << text << 2009
                              << QStringLiteral("bad.csv line 11, column load: -0.5 is negative");
    text = wideCsv(one, model::kHoursPerYear, 1, good);
    text.replace("\n10,1\n", "\n10,\n");
    QTest::newRow("missing value")
        << text << 2009 << QStringLiteral("bad.csv line 11, column load: the value is missing");
    text = wideCsv(one, model::kHoursPerYear, 1, good);
    text.replace("\n5,1\n", "\n6,1\n");
    QTest::newRow("hours out of order")
        << text << 2009 << QStringLiteral("bad.csv line 6, column hour: expected hour 5, found 6");
    QTest::newRow("too few rows") << wideCsv(one, 100, 1, good) << 2009
                                  << QStringLiteral("bad.csv line 1: the file has 100 data rows");
    // A million rows (hourly values of 114 years): refused after reading one row more than a
    // leap year, with the limit named.
    QTest::newRow("10^6 rows") << wideCsv(one, 1000000, 1, good) << 2009
                               << QStringLiteral("bad.csv line 1: the file has more than 8784 "
                                                 "data rows; a profile needs 8760");
    QTest::newRow("one row too many") << wideCsv(one, 8785, 1, good) << 2009
                                      << QStringLiteral("more than 8784 data rows");
    text = wideCsv(one, model::kHoursPerYear, 1, good);
    text.replace("hour,load", "time,load");
    QTest::newRow("no hour column")
        << text << 2009 << QStringLiteral("bad.csv line 1: the first column must be “hour”");
    QTest::newRow("id twice") << wideCsv({QStringLiteral("a"), QStringLiteral("a")},
                                         model::kHoursPerYear, 1, good)
                              << 2009 << QStringLiteral("the profile id “a” is given twice");
    QTest::newRow("climate year") << wideCsv(one, model::kHoursPerYear, 1, good) << 1850
                                  << QStringLiteral("The climate year must be 0");
    QTest::newRow("no profile column")
        << QByteArray("hour\n1\n") << 2009 << QStringLiteral("no profile columns");
}

void TestProfileCsv::refusesMalformedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, climateYear);
    QFETCH(QString, expected);
    const io::ProfileCsvResult r = io::readProfileCsv(csv, QStringLiteral("bad.csv"), climateYear);
    QVERIFY(!r.ok());
    QVERIFY(r.profiles.empty());
    QVERIFY2(!r.errors.isEmpty() && r.errors.first().contains(expected),
             qPrintable(r.errors.join(u'\n')));
}

void TestProfileCsv::statistics()
{
    model::Profile p{QStringLiteral("p"), 0, {0.5, 1.5, 1.0, 3.0}};
    const io::ProfileStats s = io::profileStats(p);
    QCOMPARE(s.mean, 1.5);
    QCOMPARE(s.min, 0.5);
    QCOMPARE(s.max, 3.0);
    const io::ProfileStats empty = io::profileStats(model::Profile{});
    QCOMPARE(empty.max, 0.0);
}

QTEST_GUILESS_MAIN(TestProfileCsv)
#include "tst_profilecsv.moc"
