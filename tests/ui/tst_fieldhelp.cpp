// Every field a user can edit says what it means and, where it has one, its unit: each
// editable widget of the main window's pages (on the sample study, every page and tab), of
// the Settings dialog, the New Study wizard and the report options; every column of the
// study tables (TableAdapter) and of the other editable tables. A field added later without
// help, or whose help does not name the unit its label shows, fails here.
//
// The rule for units: a label or header that ends in parentheses naming a unit ("Central
// (M€)", "ΔNTC from → to (MW)", "Share (%)", "Technical lifetime (years)"), or a spin box
// with a suffix (" % per year", " min"), shows a unit; the help text must then contain that
// unit's symbol (the first word in the parentheses or of the suffix: "M€", "MW", "%",
// "years"). A study-table column whose key names a base unit ("…Eur", "…Mw", "…T",
// "…Share") must show a unit in its header. Checked for each money unit of the settings,
// since headers and help follow it.

#include "documentactions.h"
#include "editing/editabletable.h"
#include "editing/recordform.h"
#include "editing/studytablemodel.h"
#include "helptext.h"
#include "mainwindow.h"
#include "newstudywizard.h"
#include "pages/sensitivitypage.h"
#include "recentfiles.h"
#include "reportoptionsdialog.h"
#include "settingsdialog.h"
#include "studydocument.h"
#include "studynavigator.h"
#include "units.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QWhatsThis>

#include <memory>

using namespace gridcba;
using ui::PageKind;

namespace {

// The unit symbol a label or header shows in its last parentheses, or empty: "M€/yr" for
// "B1 welfare (M€/yr)", "%" for "OPEX (% of CAPEX per year)", nothing for "(t0)" or "(N)".
QString unitOfLabel(QString label)
{
    label = label.trimmed();
    if (label.endsWith(u':'))
        label.chop(1);
    static const QRegularExpression lastParentheses(QStringLiteral("\\(([^()]*)\\)\\s*$"));
    const QRegularExpressionMatch m = lastParentheses.match(label);
    if (!m.hasMatch())
        return {};
    const QString symbol = m.captured(1).trimmed().section(u' ', 0, 0);
    static const QRegularExpression unit(
        QStringLiteral("€|%|^[kMG]?Wh?(/|$)|^t(/|$)|/yr$|^years?$|^h(/|$)|^km$|^min$|^ρ$"));
    return unit.match(symbol).hasMatch() ? symbol : QString();
}

// The unit of a spin box's suffix: "%" for " % per year", "min" for " min".
QString unitOfSuffix(const QWidget *widget)
{
    QString suffix;
    if (auto *box = qobject_cast<const QSpinBox *>(widget))
        suffix = box->suffix();
    else if (auto *box = qobject_cast<const QDoubleSpinBox *>(widget))
        suffix = box->suffix();
    return suffix.trimmed().section(u' ', 0, 0);
}

// Does a study-table column key name a value with a unit (base units: euros, MW, t, ...)?
// Calendar years and price indices have none.
bool keyHasUnit(const QString &key)
{
    static const QRegularExpression unitKey(QStringLiteral(
        "(Eur|EurPer[A-Za-z]+|Mw|Mwh|Co2T|PollutantT|Hours|Years|Share|ShareOfCapex|Fraction|"
        "Rate|Weight)$"));
    return unitKey.match(key).hasMatch() || key == u"share" || key == u"weight";
}

// Widgets a user edits directly (the line edit inside a spin box or combo box belongs to
// it; read-only text is output).
bool isEditableField(const QWidget *w)
{
    if (qobject_cast<const QTextBrowser *>(w))
        return false;
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return !line->isReadOnly() && !qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) &&
               !qobject_cast<const QComboBox *>(w->parentWidget());
    if (auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *group = qobject_cast<const QGroupBox *>(w))
        return group->isCheckable();
    return qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w);
}

// The text the user reads as the field's name: its buddy label, its form label, or the
// label just before it in its layout; a check box or radio button names itself.
QString labelOf(const QWidget *field)
{
    if (auto *button = qobject_cast<const QAbstractButton *>(field))
        return button->text();
    if (auto *group = qobject_cast<const QGroupBox *>(field))
        return group->title();
    QWidget *parent = field->parentWidget();
    if (!parent)
        return {};
    for (const QLabel *label : parent->findChildren<QLabel *>())
        if (label->buddy() == field)
            return label->text();
    for (const QFormLayout *form : parent->findChildren<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(const_cast<QWidget *>(field))))
            return label->text();
    }
    if (QLayout *layout = parent->layout()) {
        QList<QLayout *> layouts = parent->findChildren<QLayout *>();
        layouts << layout;
        for (QLayout *l : layouts) {
            const int i = l->indexOf(const_cast<QWidget *>(field));
            if (i > 0 && l->itemAt(i - 1)->widget())
                if (auto *label = qobject_cast<QLabel *>(l->itemAt(i - 1)->widget()))
                    return label->text();
        }
    }
    return {};
}

QString helpOf(const QWidget *w)
{
    return w->whatsThis().isEmpty() ? w->toolTip() : w->whatsThis();
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QStringLiteral("qt_")))
            path.prepend(o->objectName());
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), path.join(u'/'),
             labelOf(w).remove(u'&'));
}

// Problems of the fields under `root`, one line each.
QStringList fieldProblems(const QWidget *root)
{
    QStringList problems;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!isEditableField(w))
            continue;
        const QString help = helpOf(w).trimmed();
        const QString label = labelOf(w).remove(u'&');
        if (help.isEmpty()) {
            problems << describe(w) + QStringLiteral(": no tool tip or What's This");
            continue;
        }
        const QString plain = Qt::mightBeRichText(help)
                                  ? QTextDocumentFragment::fromHtml(help).toPlainText().trimmed()
                                  : help;
        if (plain.compare(label.trimmed().remove(u':'), Qt::CaseInsensitive) == 0)
            problems << describe(w) + QStringLiteral(": the help only repeats the label");
        for (const QString &unit : {unitOfLabel(label), unitOfSuffix(w)})
            if (!unit.isEmpty() && !help.contains(unit))
                problems << describe(w) +
                                QStringLiteral(": the help does not name the unit %1: \"%2\"")
                                    .arg(unit, help);
        // What's This mode shows the same text as the tool tip.
        if (ui::whatsThisText(w, QPoint(1, 1)) != help)
            problems << describe(w) + QStringLiteral(": What's This shows something else");
    }
    return problems;
}

// Problems of the editable columns of every table view under `root`.
QStringList columnProblems(const QWidget *root)
{
    QStringList problems;
    for (const QTableView *view : root->findChildren<QTableView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        auto *studyModel = qobject_cast<const ui::StudyTableModel *>(model);
        for (int c = 0; c < model->columnCount(); ++c) {
            bool editable = studyModel != nullptr; // even while the table has no rows
            for (int r = 0; r < model->rowCount() && !editable; ++r)
                editable = model->flags(model->index(r, c)) &
                           (Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
            if (!editable)
                continue;
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            const QString where =
                QStringLiteral("%1 column \"%2\"").arg(view->objectName(), header);
            // What the user reads on hover; a study table's column shows its header (with the
            // unit) above the column's explanation, which must be there.
            const QString help = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            const QString explanation =
                studyModel ? studyModel->columns()[size_t(c)].toolTip : help;
            if (explanation.trimmed().isEmpty() || help.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": no tool tip");
                continue;
            }
            if (const QString unit = unitOfLabel(header); !unit.isEmpty() && !help.contains(unit))
                problems << where + QStringLiteral(": the tool tip does not name the unit %1: "
                                                   "\"%2\"")
                                        .arg(unit, help);
            if (studyModel) {
                const QString key = studyModel->columns()[size_t(c)].key;
                if (keyHasUnit(key) && unitOfLabel(header).isEmpty())
                    problems << where +
                                    QStringLiteral(": key %1 has a unit the header does not show")
                                        .arg(key);
            }
            // What's This on the header section shows the same text.
            const QHeaderView *h = view->horizontalHeader();
            if (!h->isHidden() && h->sectionSize(c) > 0 && !h->isSectionHidden(c)) {
                const QPoint at(h->sectionViewportPosition(c) + 2, 2);
                if (ui::whatsThisText(h->viewport(), at) !=
                    model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString())
                    problems << where + QStringLiteral(": What's This shows something else");
            }
        }
    }
    return problems;
}

// Prints every problem (a failure message is cut short) and names their number.
QString listProblems(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
    return QString::number(problems.size()) + QStringLiteral(" problem(s), listed above");
}

} // namespace

class TestFieldHelp : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanup();

    void unitRule_data();
    void unitRule();
    void mainWindowPages_data();
    void mainWindowPages();
    void settingsDialog();
    void newStudyWizard();
    void reportOptionsDialog();
    void whatsThisModeShowsToolTips();
    void longToolTipsWrap();

  private:
    void showSampleWindow();
    void openEveryPage();

    std::unique_ptr<ui::MainWindow> m_window;
};

void TestFieldHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fieldhelp"));
}

void TestFieldHelp::cleanup()
{
    m_window.reset();
    ui::units::setMoney(ui::units::Money::MEur);
    ui::clearRecentFiles();
}

// The rule itself, so that a change to it that stops seeing units fails.
void TestFieldHelp::unitRule_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("unit");
    QTest::newRow("money") << QStringLiteral("Central (M€)") << QStringLiteral("M€");
    QTest::newRow("money per year")
        << QStringLiteral("B1 welfare (k€/yr)") << QStringLiteral("k€/yr");
    QTest::newRow("price") << QStringLiteral("Market CO2 price (€/t)") << QStringLiteral("€/t");
    QTest::newRow("percent phrase")
        << QStringLiteral("OPEX (% of CAPEX per year)") << QStringLiteral("%");
    QTest::newRow("power") << QStringLiteral("ΔNTC from → to (MW)") << QStringLiteral("MW");
    QTest::newRow("energy per year")
        << QStringLiteral("ΔEENS (MWh/yr)") << QStringLiteral("MWh/yr");
    QTest::newRow("tonnes") << QStringLiteral("ΔCO2 (t/yr)") << QStringLiteral("t/yr");
    QTest::newRow("years, form label")
        << QStringLiteral("Technical lifetime (years):") << QStringLiteral("years");
    QTest::newRow("symbol, not a unit") << QStringLiteral("Discounting year (t0)") << QString();
    QTest::newRow("abbreviation") << QStringLiteral("Value of lost load (VOLL)") << QString();
    QTest::newRow("no parentheses") << QStringLiteral("Name") << QString();
}

void TestFieldHelp::unitRule()
{
    QFETCH(QString, label);
    QFETCH(QString, unit);
    QCOMPARE(unitOfLabel(label), unit);
}

// The main window, shown offscreen, with the sample study open, in m_window.
void TestFieldHelp::showSampleWindow()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->documentActions()->openSample());
}

void TestFieldHelp::openEveryPage()
{
    ui::StudyNavigator *navigator = m_window->navigator();
    QVERIFY(navigator->select(PageKind::Economics));
    QVERIFY(navigator->select(PageKind::Dashboard));
    QVERIFY(navigator->select(PageKind::Scenario, QStringLiteral("NT")));
    QVERIFY(navigator->select(PageKind::Project, QStringLiteral("P1")));
    QVERIFY(navigator->select(PageKind::Profiles));
    QVERIFY(navigator->select(PageKind::MarketSettings));
    // The power-system tables have columns only once the shown scenario and year have a
    // system; make one if the study has none, so that their column help is checked too.
    QVERIFY(navigator->select(PageKind::PowerSystem));
    auto *create = m_window->findChild<QPushButton *>(QStringLiteral("createPowerSystem"));
    QVERIFY(create);
    if (create->isVisible())
        create->click();
    // Every tab once, so that widgets built on first show exist.
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
    QApplication::processEvents();
}

void TestFieldHelp::mainWindowPages_data()
{
    QTest::addColumn<int>("money");
    QTest::newRow("M€") << int(ui::units::Money::MEur);
    QTest::newRow("k€") << int(ui::units::Money::KEur);
    QTest::newRow("€") << int(ui::units::Money::Eur);
}

void TestFieldHelp::mainWindowPages()
{
    QFETCH(int, money);
    ui::units::setMoney(ui::units::Money(money));
    showSampleWindow();
    if (QTest::currentTestFailed())
        return;
    openEveryPage();
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow &window = *m_window;

    // The walk sees the pages' fields and tables, or it proves nothing.
    const auto tables = window.findChildren<ui::EditableTable *>();
    const auto forms = window.findChildren<ui::RecordForm *>();
    QVERIFY2(tables.size() >= 12, qPrintable(QString::number(tables.size())));
    QVERIFY2(forms.size() >= 4, qPrintable(QString::number(forms.size())));
    for (const ui::EditableTable *table : tables)
        QVERIFY2(table->model()->columnCount() > 0, qPrintable(table->objectName()));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("discountRate")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("sweepPoints")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("mcSeed")));

    const QString symbol = ui::units::moneySymbol();
    const auto *phasing =
        window.findChild<ui::EditableTable *>(QStringLiteral("capexPhasingTableEditor"));
    QVERIFY(phasing);
    QVERIFY(phasing->model()->headerData(1, Qt::Horizontal).toString().contains(symbol));

    const QStringList problems = fieldProblems(&window) + columnProblems(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

void TestFieldHelp::settingsDialog()
{
    ui::SettingsDialog dialog;
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("defaultDiscountRate")));
    const QStringList problems = fieldProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

void TestFieldHelp::newStudyWizard()
{
    ui::NewStudyWizard wizard;
    QVERIFY(wizard.findChild<QWidget *>(QStringLiteral("voll")));
    QVERIFY(wizard.findChild<QWidget *>(QStringLiteral("commissioningYear")));
    const QStringList problems = fieldProblems(&wizard);
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

void TestFieldHelp::reportOptionsDialog()
{
    showSampleWindow();
    if (QTest::currentTestFailed())
        return;
    ui::ReportOptionsDialog dialog(m_window->documentActions()->document()->study(),
                                   QStringLiteral("P1"), report::Paper::A4);
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("scope")));
    const QStringList problems = fieldProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

// Help > What's This, then a click: the field's, the header section's and the cell's tool tip
// appear in the What's This box.
void TestFieldHelp::whatsThisModeShowsToolTips()
{
    showSampleWindow();
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow &window = *m_window;
    QVERIFY(window.navigator()->select(PageKind::Economics));
    QApplication::processEvents();

    auto whatsThisBoxes = [] {
        int n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            n += w->isVisible() && w->inherits("QWhatsThat");
        return n;
    };
    auto clickInWhatsThisMode = [&](QWidget *target, QPoint at) {
        QWhatsThis::hideText();
        QApplication::processEvents();
        QCOMPARE(whatsThisBoxes(), 0);
        QAction *action = window.findChild<QAction *>(QStringLiteral("whatsThisAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::WhatsThis));
        action->trigger();
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QTest::mouseClick(target, Qt::LeftButton, {}, at);
        QApplication::processEvents();
        QVERIFY(!QWhatsThis::inWhatsThisMode());
        QCOMPARE(whatsThisBoxes(), 1);
    };

    // A form field: the discount rate.
    auto *rate = window.findChild<QLineEdit *>(QStringLiteral("discountRate"));
    QVERIFY(rate && rate->isVisible());
    QVERIFY(rate->whatsThis().isEmpty()); // shown from the tool tip
    QCOMPARE(ui::whatsThisText(rate, QPoint(2, 2)), rate->toolTip());
    clickInWhatsThisMode(rate, QPoint(5, 5));
    if (const QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QImage page = window.grab().toImage();
        QPainter painter(&page);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && w->inherits("QWhatsThat"))
                painter.drawPixmap(window.mapFromGlobal(w->pos()), w->grab());
        painter.end();
        QVERIFY(page.save(dir + QStringLiteral("/whatsthis-discount-rate.png")));
    }

    // A header section and a cell of the deflator table.
    auto *deflator = window.findChild<QTableView *>(QStringLiteral("deflatorTable"));
    QVERIFY(deflator && deflator->isVisible());
    QHeaderView *header = deflator->horizontalHeader();
    const QPoint section(header->sectionViewportPosition(1) + 4, header->height() / 2);
    const QString columnHelp =
        deflator->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY(!columnHelp.isEmpty());
    QCOMPARE(ui::whatsThisText(header->viewport(), section), columnHelp);
    clickInWhatsThisMode(header->viewport(), section);
    const QRect cell = deflator->visualRect(deflator->model()->index(0, 1));
    QCOMPARE(ui::whatsThisText(deflator->viewport(), cell.center()), columnHelp);
    clickInWhatsThisMode(deflator->viewport(), cell.center());
    QWhatsThis::hideText();
}

// A hover shows a column's help as a paragraph a few lines high, not one line as wide as the
// screen, and so does a long plain tool tip of a widget. With GRIDCBA_SCREENSHOT_DIR set, the
// page with the tool tip on it is saved there.
void TestFieldHelp::longToolTipsWrap()
{
    showSampleWindow();
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow &window = *m_window;
    QVERIFY(window.navigator()->select(PageKind::Project, QStringLiteral("P1")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("projectTabs"));
    auto *inputs = window.findChild<QTableView *>(QStringLiteral("indicatorInputsTable"));
    QVERIFY(tabs && inputs);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(inputs))
            tabs->setCurrentIndex(i);
    QApplication::processEvents();
    QVERIFY(inputs->isVisible());

    auto visibleTip = []() -> QLabel * {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && w->inherits("QTipLabel"))
                return qobject_cast<QLabel *>(w);
        return nullptr;
    };
    auto hover = [](QWidget *widget, QPoint at) {
        QHelpEvent event(QEvent::ToolTip, at, widget->mapToGlobal(at));
        QApplication::sendEvent(widget, &event);
        QApplication::processEvents();
    };
    const int lineHeight = window.fontMetrics().height();

    // The B2 column: its header with the unit, then what it means and its sign.
    const auto *model = qobject_cast<const ui::StudyTableModel *>(inputs->model());
    int b2 = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->columns()[size_t(c)].key == QStringLiteral("b2Co2T"))
            b2 = c;
    QVERIFY(b2 >= 0);
    QHeaderView *header = inputs->horizontalHeader();
    const QPoint section(header->sectionViewportPosition(b2) + 10, header->height() / 2);
    hover(header->viewport(), section);
    QLabel *tip = visibleTip();
    QVERIFY(tip);
    QCOMPARE(tip->text(), ui::columnHelp(model->columns()[size_t(b2)]));
    QVERIFY(tip->text().contains(QStringLiteral("(t/yr)")));
    QVERIFY(tip->text().contains(QStringLiteral("negative = reduction")));
    QVERIFY2(tip->width() < 700, qPrintable(QString::number(tip->width())));
    QVERIFY(tip->height() >= 3 * lineHeight); // title and a wrapped explanation

    QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QImage page = window.grab().toImage();
        QPainter painter(&page);
        painter.drawPixmap(window.mapFromGlobal(tip->pos()), tip->grab());
        painter.end();
        QVERIFY(page.save(dir + QStringLiteral("/tooltip-indicator-inputs.png")));
    }

    // A plain tool tip longer than a line, on a spin box of the sensitivity page.
    auto *years = window.findChild<QSpinBox *>(QStringLiteral("sweepCommissioningYears"));
    QVERIFY(years);
    QVERIFY(years->toolTip().size() > 80 && !Qt::mightBeRichText(years->toolTip()));
    tabs->setCurrentIndex(tabs->count() - 1); // Sensitivity
    QApplication::processEvents();
    hover(years, QPoint(4, 4));
    tip = visibleTip();
    QVERIFY(tip);
    QCOMPARE(tip->text(), ui::wrappedHelp(years->toolTip()));
    QVERIFY(tip->wordWrap());
    QVERIFY(tip->height() >= 2 * lineHeight);
    QVERIFY(tip->width() < tip->fontMetrics().horizontalAdvance(years->toolTip()));

    // A short one stays as Qt shows it.
    auto *seed = window.findChild<QSpinBox *>(QStringLiteral("mcSeed"));
    QVERIFY(seed);
    seed->setToolTip(QStringLiteral("Short"));
    hover(seed, QPoint(4, 4));
    tip = visibleTip();
    QVERIFY(tip);
    QCOMPARE(tip->text(), QStringLiteral("Short"));
}

QTEST_MAIN(TestFieldHelp)
#include "tst_fieldhelp.moc"
