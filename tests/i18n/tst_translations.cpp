// The German and French translations are complete and usable:
//  - no entry of a .ts file is unfinished, empty, or has an empty plural form;
//  - every source string that lupdate finds in the sources is in each .ts file (a tr() added
//    without `--target update_translations` fails here, not in a user's hands);
//  - a translation keeps the source's placeholders (%1, %L2, %n), its HTML tags and its
//    keyboard accelerator (one '&' before a letter), so that no message loses a value, breaks
//    its markup or a menu its shortcut;
//  - the compiled translations are embedded and installed: menu and report texts come out in
//    the language chosen, and back in English.

#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
    qint64 line = 0;

    QString where() const { return QStringLiteral("%1 \"%2\" (line %3)").arg(context, source).arg(line); }
};

struct TsFile
{
    QString language;
    std::vector<Message> messages;
    QString error;
};

// Reads a .ts file; a plural message is complete when its <translation> closes.
TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name" && !inTranslation) {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                m.line = xml.lineNumber();
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"comment") {
                m.comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                m.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                if (m.numerus) {
                    inTranslation = true;
                } else {
                    m.translations << xml.readElementText();
                    ts.messages.push_back(m);
                }
            } else if (name == u"numerusform") {
                m.translations << xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"translation" &&
                   inTranslation) {
            inTranslation = false;
            ts.messages.push_back(m);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    return QStringLiteral(GRIDCBA_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

std::multiset<QString> placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]+|n)"));
    std::multiset<QString> found;
    for (const auto &match : re.globalMatch(text)) {
        if (numerus && match.captured(1) == u"n")
            continue; // a plural form may spell out "one" instead of %n
        found.insert(match.captured(0));
    }
    // The same placeholder used twice counts once: a translation may repeat or merge uses.
    std::multiset<QString> unique;
    for (const QString &p : found)
        if (!unique.count(p))
            unique.insert(p);
    return unique;
}

std::multiset<QString> tags(const QString &text)
{
    // HTML elements only: "<opened>" is a placeholder text, not markup.
    static const QRegularExpression re(
        QStringLiteral("</?(a|b|i|u|s|p|br|hr|em|strong|tt|code|pre|nobr|span|div|small|big|sub|"
                       "sup|font|img|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|caption|"
                       "h[1-6]|html|head|body|style|blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    std::multiset<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0).startsWith(QStringLiteral("</")) ? u'/' + match.captured(1).toLower()
                                                                        : match.captured(1).toLower());
    return found;
}

// Keyboard accelerators: '&' followed by a letter or digit, not "&&" and not an entity.
int accelerators(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[a-zA-Z]+);"));
    text.remove(entity);
    static const QRegularExpression re(QStringLiteral("&[\\p{L}\\p{N}]"));
    return int(text.count(re));
}

QString listed(const QStringList &problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 40);
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) +
           problems.mid(0, shown).join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void everySourceStringIsInTheTsFiles();
    void menusAndReportFollowTheLanguage();
    void placeholderCheckCatchesALostValue();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QCOMPARE(files.size(), 2); // German and French
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    const TsFile ts = readTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.language == u"de_DE" || ts.language == u"fr_FR");
    // The application has about 2,000 strings; a file that lost most of them is broken.
    QVERIFY2(ts.messages.size() > 1500, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.unfinished) {
            problems << QStringLiteral("unfinished: ") + m.where();
            continue;
        }
        if (m.translations.isEmpty() || (m.numerus && m.translations.size() != 2)) {
            problems << QStringLiteral("needs %1 form(s): ").arg(m.numerus ? 2 : 1) + m.where();
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + m.where();
                break;
            }
            if (placeholders(t, m.numerus) != placeholders(m.source, m.numerus)) {
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(t) + m.where();
                break;
            }
            if (tags(t) != tags(m.source)) {
                problems << QStringLiteral("HTML tags differ in \"%1\": ").arg(t) + m.where();
                break;
            }
            if (accelerators(t) != accelerators(m.source)) {
                problems << QStringLiteral("keyboard accelerators differ in \"%1\": ").arg(t) + m.where();
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestTranslations::everySourceStringIsInTheTsFiles()
{
    // lupdate reads the same folders as the build's update_translations target into a
    // scratch .ts; every (context, source, comment) it finds must be in both files.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("scan.ts"));
    QStringList args;
    for (const QString &d : QStringLiteral(GRIDCBA_TR_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts))
        args << d;
    args << QStringLiteral("-extensions") << QStringLiteral("cpp,h,ui") << QStringLiteral("-no-obsolete")
         << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-silent")
         << QStringLiteral("-ts") << scratch;
    for (const QString &d : QStringLiteral(GRIDCBA_TR_SOURCE_DIRS).split(u'|', Qt::SkipEmptyParts))
        args << QStringLiteral("-I") << d;
    QProcess lupdate;
    lupdate.start(QStringLiteral(GRIDCBA_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const TsFile scanned = readTsFile(scratch);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    QVERIFY2(scanned.messages.size() > 1500, qPrintable(QString::number(scanned.messages.size())));

    for (const QString &path : tsFiles()) {
        const TsFile ts = readTsFile(path);
        std::set<std::tuple<QString, QString, QString>> have;
        for (const Message &m : ts.messages)
            have.insert({m.context, m.source, m.comment});
        QStringList missing;
        for (const Message &m : scanned.messages)
            if (!have.count({m.context, m.source, m.comment}))
                missing << m.context + QStringLiteral(" \"") + m.source + u'"';
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QFileInfo(path).fileName() +
                            QStringLiteral(" lacks strings of the sources; run `cmake --build BUILD "
                                           "--target update_translations` and translate them. ") +
                            listed(missing)));
    }
}

void TestTranslations::menusAndReportFollowTheLanguage()
{
    QVERIFY(gridcba::i18n::availableLanguages().contains(QStringLiteral("de")));
    QVERIFY(gridcba::i18n::availableLanguages().contains(QStringLiteral("fr")));

    QVERIFY(gridcba::i18n::installTranslators(QStringLiteral("de")));
    QCOMPARE(gridcba::i18n::currentLanguage(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("gridcba::ui::MainWindow", "&Run"), QStringLiteral("Aus&führen"));
    QCOMPARE(QCoreApplication::translate("gridcba::io::tables", "Price base year"),
             QStringLiteral("Preisbasisjahr"));
    // A plural: Qt picks the German form by %n.
    const QString one = QCoreApplication::translate("gridcba::ui::MarketActions",
                                                    "Run market model (%n work unit(s))", nullptr, 1);
    const QString many = QCoreApplication::translate("gridcba::ui::MarketActions",
                                                     "Run market model (%n work unit(s))", nullptr, 3);
    QVERIFY2(one != many && one.contains(u'1') && many.contains(u'3'), qPrintable(one + u'|' + many));

    QVERIFY(gridcba::i18n::installTranslators(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("gridcba::io::tables", "Price base year"),
             QStringLiteral("Année de base des prix"));

    QVERIFY(gridcba::i18n::installTranslators(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("gridcba::io::tables", "Price base year"),
             QStringLiteral("Price base year"));
}

void TestTranslations::placeholderCheckCatchesALostValue()
{
    // The checks above must be able to fail: a translation that drops %2 or a tag is caught.
    QVERIFY(placeholders(QStringLiteral("%1 of %2"), false) != placeholders(QStringLiteral("%1 von"), false));
    QVERIFY(placeholders(QStringLiteral("%1 of %2"), false) == placeholders(QStringLiteral("%2: %1"), false));
    QVERIFY(placeholders(QStringLiteral("%n file(s)"), true) == placeholders(QStringLiteral("eine Datei"), true));
    QVERIFY(tags(QStringLiteral("<b>x</b>")) != tags(QStringLiteral("<b>x")));
    QVERIFY(tags(QStringLiteral("<opened>")) == tags(QStringLiteral("<geöffnet>")));
    QCOMPARE(accelerators(QStringLiteral("&File")), 1);
    QCOMPARE(accelerators(QStringLiteral("O&&M &amp; more")), 0);
    QCOMPARE(accelerators(QStringLiteral("Aus&führen")), 1);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
