#include "newstudywizard.h"

#include "format.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <cmath>
#include <set>

namespace gridcba::ui {

namespace {

// Years the spin boxes offer; validation accepts 1900..2200.
constexpr int kFirstYear = 1950;
constexpr int kLastYear = 2100;

QSpinBox *yearBox(const QString &objectName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(kFirstYear, kLastYear);
    box->setGroupSeparatorShown(false);
    box->setValue(value);
    return box;
}

// A field followed by its unit, left-aligned, so the unit sits right after the value.
QWidget *withUnit(QWidget *field, const QString &unit)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(new QLabel(unit, box));
    layout->addStretch();
    return box;
}

// A form row whose label and field share the tooltip.
void addRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *shownField,
            const QString &toolTip)
{
    field->setToolTip(toolTip);
    auto *name = new QLabel(label);
    name->setBuddy(field);
    name->setToolTip(toolTip);
    if (shownField)
        shownField->setToolTip(toolTip); // covers the unit label
    form->addRow(name, shownField ? shownField : field);
}

QLabel *noteLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

// A number typed in the user's locale, or in C notation; nullopt when it is none.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

// --- Page 1: name and description ----------------------------------------------------

class NewStudyInfoPage : public QWizardPage
{
    Q_OBJECT

  public:
    explicit NewStudyInfoPage(QWidget *parent = nullptr)
        : QWizardPage(parent), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this))
    {
        setTitle(tr("New study"));
        setSubTitle(tr("Name the study. The next pages start it from the ENTSO-E CBA "
                       "defaults; everything can be changed later in the editors."));
        m_name->setObjectName(QStringLiteral("studyName"));
        m_name->setPlaceholderText(tr("e.g. TYNDP 2024 – North Sea interconnectors"));
        m_description->setObjectName(QStringLiteral("studyDescription"));
        m_description->setPlaceholderText(tr("Purpose, perimeter, sources of the inputs…"));
        m_description->setTabChangesFocus(true);

        auto *form = formLayout();
        addRow(form, tr("Study &name:"), m_name, nullptr,
               tr("Shown in the window title and on the report's cover. Required."));
        addRow(form, tr("&Description:"), m_description, nullptr,
               tr("Free text printed at the start of the report."));
        setLayout(form);
        connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override { return !m_name->text().trimmed().isEmpty(); }
    bool validatePage() override { return isComplete(); }

    QString name() const { return m_name->text().trimmed(); }
    QString description() const { return m_description->toPlainText().trimmed(); }

  private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

// --- Page 2: economic parameters -------------------------------------------------------

class NewStudyEconomicsPage : public QWizardPage
{
    Q_OBJECT

  public:
    explicit NewStudyEconomicsPage(QWidget *parent = nullptr)
        : QWizardPage(parent),
          m_priceBaseYear(yearBox(QStringLiteral("priceBaseYear"),
                                  preferences::newStudyPriceBaseYear().value(), this)),
          m_discountRate(new QDoubleSpinBox(this)),
          m_discountingYear(yearBox(QStringLiteral("discountingYear"),
                                    preferences::newStudyDiscountingYear().value(), this)),
          m_operatingYears(new QSpinBox(this)), m_baseYearNote(noteLabel())
    {
        setTitle(tr("Economic parameters"));
        setSubTitle(tr("Prefilled with the defaults for new studies from the settings; the "
                       "ENTSO-E guideline's are 2023 prices, 4 % and 25 years."));
        m_discountRate->setObjectName(QStringLiteral("discountRate"));
        m_discountRate->setRange(0.0, 20.0);
        m_discountRate->setDecimals(2);
        m_discountRate->setSingleStep(0.25);
        m_discountRate->setValue(preferences::newStudyDiscountRate().value() * 100.0);
        m_operatingYears->setObjectName(QStringLiteral("operatingYears"));
        m_operatingYears->setRange(1, 100);
        m_operatingYears->setValue(preferences::newStudyOperatingYears().value());

        auto *form = formLayout();
        addRow(form, tr("&Price base year:"), m_priceBaseYear, nullptr,
               tr("All money in the study is in real euros of this year's prices. Money given "
                  "in other price years is converted with the deflator."));
        addRow(form, tr("&Discount rate (real):"), m_discountRate,
               withUnit(m_discountRate, tr("% per year")),
               tr("Social discount rate r applied to every yearly cash flow x_t: present value "
                  "= Σ x_t / (1 + r)^(t − t0). ENTSO-E default: 4 %."));
        addRow(form, tr("Discounting &year (t0):"), m_discountingYear, nullptr,
               tr("The year to which present values are expressed, usually the study's "
                  "reference year."));
        addRow(form, tr("&Operating years assessed (N):"), m_operatingYears,
               withUnit(m_operatingYears, tr("years")),
               tr("Benefits and OPEX are counted for N years from the commissioning year. "
                  "ENTSO-E default: 25."));

        auto *guideline = new QPushButton(tr("Use the &ENTSO-E defaults"), this);
        guideline->setObjectName(QStringLiteral("entsoeDefaults"));
        guideline->setToolTip(tr("2023 prices, 4 %, discounting year 2025, N = 25."));
        connect(guideline, &QPushButton::clicked, this, [this] {
            m_priceBaseYear->setValue(preferences::newStudyPriceBaseYear().defaultValue());
            m_discountRate->setValue(preferences::newStudyDiscountRate().defaultValue() * 100.0);
            m_discountingYear->setValue(preferences::newStudyDiscountingYear().defaultValue());
            m_operatingYears->setValue(preferences::newStudyOperatingYears().defaultValue());
        });
        form->addRow(QString(), guideline);

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addSpacing(8);
        layout->addWidget(noteLabel(
            tr("Also set to the guideline's defaults, to change later on the Economics page: "
               "no residual value; B/C ratio = (benefits + residual value) / (CAPEX + OPEX); "
               "the commissioning year counted in full; a deflator holding the price base "
               "year at 1.0.")));
        m_baseYearNote->setObjectName(QStringLiteral("baseYearNote"));
        layout->addWidget(m_baseYearNote);
        layout->addStretch();

        connect(m_priceBaseYear, &QSpinBox::valueChanged, this, &NewStudyEconomicsPage::showNote);
        showNote();
    }

    void fill(NewStudyOptions &o) const
    {
        o.priceBaseYear = m_priceBaseYear->value();
        // The spin box shows two decimals of a percentage: round the fraction to match.
        o.discountRate = std::round(m_discountRate->value() * 100.0) / 10000.0;
        o.discountingYear = m_discountingYear->value();
        o.operatingYears = m_operatingYears->value();
    }

  private:
    void showNote()
    {
        const bool other = m_priceBaseYear->value() != kTyndpTablePriceYear;
        m_baseYearNote->setVisible(other);
        m_baseYearNote->setText(
            tr("<b>Note:</b> the scenarios' default prices are in %1 €. With another price base "
               "year, add the %1 price index to the deflator before evaluating.")
                .arg(kTyndpTablePriceYear));
    }

    QSpinBox *m_priceBaseYear;
    QDoubleSpinBox *m_discountRate;
    QSpinBox *m_discountingYear;
    QSpinBox *m_operatingYears;
    QLabel *m_baseYearNote;
};

// --- Page 3: scenarios, VOLL, climate year ---------------------------------------------

class NewStudyScenariosPage : public QWizardPage
{
    Q_OBJECT

  public:
    explicit NewStudyScenariosPage(QWidget *parent = nullptr)
        : QWizardPage(parent), m_voll(new QLineEdit(this)),
          m_climateYear(yearBox(QStringLiteral("climateYear"), 2009, this)), m_preview(noteLabel()),
          m_problem(noteLabel())
    {
        setTitle(tr("Scenarios"));
        setSubTitle(tr("The TYNDP scenarios to assess, with the TYNDP 2024 default carbon "
                       "prices for their study years."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(createScenarioGrid());

        auto *form = formLayout();
        m_voll->setObjectName(QStringLiteral("voll"));
        m_voll->setPlaceholderText(tr("required"));
        m_voll->setMaximumWidth(m_voll->fontMetrics().horizontalAdvance(u'0') * 14);
        addRow(form, tr("&Value of lost load (VOLL):"), m_voll,
               withUnit(m_voll, tr("€/MWh (%1 prices)").arg(kTyndpTablePriceYear)),
               tr("What a MWh of energy not served costs consumers; it monetises adequacy "
                  "(B6 = −ΔEENS × VOLL). There is no default: enter the value your study "
                  "uses. It applies to every scenario and study year."));
        addRow(form, tr("&Climate year:"), m_climateYear, nullptr,
               tr("The weather year of the market studies; it gets weight 1. Add more "
                  "climate years with their weights in the scenario editor (TYNDP 2024: "
                  "1995, 2008, 2009)."));
        layout->addLayout(form);
        layout->addSpacing(6);
        m_preview->setObjectName(QStringLiteral("defaultsPreview"));
        m_preview->setTextFormat(Qt::RichText);
        layout->addWidget(m_preview);
        layout->addStretch();
        m_problem->setObjectName(QStringLiteral("scenarioProblem"));
        m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(m_problem);

        connect(m_voll, &QLineEdit::textChanged, this, &NewStudyScenariosPage::update);
        update();
    }

    bool isComplete() const override { return problem().isEmpty(); }
    bool validatePage() override { return isComplete(); }

    void fill(NewStudyOptions &o) const
    {
        for (const Row &row : m_rows)
            if (row.check->isChecked())
                o.scenarios.push_back(
                    {row.id, parseYearList(row.years->text()).value_or(std::vector<int>{})});
        o.vollEurPerMwh = parseNumber(m_voll->text()).value_or(0.0);
        o.climateYear = m_climateYear->value();
    }

  private:
    struct Row
    {
        QString id;
        QString name;
        QCheckBox *check;
        QLineEdit *years;
    };

    QWidget *createScenarioGrid()
    {
        auto *box = new QGroupBox(tr("Scenarios and their study years"), this);
        auto *grid = new QGridLayout(box);
        const QString yearsTip =
            tr("The years the scenario is modelled in, separated by commas (e.g. 2030, 2040). "
               "Benefits are interpolated linearly between study years and held constant "
               "after the last one.");
        for (const ScenarioTemplate &t : scenarioTemplates()) {
            Row row{t.id, t.name, new QCheckBox(tr("%1 (%2)").arg(t.name, t.id), box),
                    new QLineEdit(QStringLiteral("2030, 2040"), box)};
            row.check->setObjectName(QStringLiteral("scenario_") + t.id);
            row.check->setChecked(true);
            row.check->setToolTip(t.description);
            row.years->setObjectName(QStringLiteral("studyYears_") + t.id);
            row.years->setToolTip(yearsTip);
            auto *label = new QLabel(tr("Study years:"), box);
            label->setBuddy(row.years);
            label->setToolTip(yearsTip);
            const int r = grid->rowCount();
            grid->addWidget(row.check, r, 0);
            grid->addWidget(label, r, 1);
            grid->addWidget(row.years, r, 2);
            connect(row.check, &QCheckBox::toggled, row.years, &QWidget::setEnabled);
            connect(row.check, &QCheckBox::toggled, this, &NewStudyScenariosPage::update);
            connect(row.years, &QLineEdit::textChanged, this, &NewStudyScenariosPage::update);
            m_rows.push_back(row);
        }
        grid->setColumnStretch(2, 1);
        return box;
    }

    // Why the page cannot be finished yet, or empty.
    QString problem() const
    {
        bool any = false;
        for (const Row &row : m_rows) {
            if (!row.check->isChecked())
                continue;
            any = true;
            if (!parseYearList(row.years->text()))
                return tr("Study years of %1: give whole years between 1900 and 2200, "
                          "separated by commas.")
                    .arg(row.name);
        }
        if (!any)
            return tr("Choose at least one scenario.");
        if (m_voll->text().trimmed().isEmpty())
            return tr("Enter the value of lost load (VOLL): it has no default.");
        const auto voll = parseNumber(m_voll->text());
        if (!voll || *voll <= 0.0)
            return tr("VOLL must be a number of €/MWh greater than 0, got \"%1\".")
                .arg(m_voll->text().trimmed());
        return {};
    }

    void update()
    {
        m_problem->setText(problem());
        showPreview();
        Q_EMIT completeChanged();
    }

    // The default parameters the chosen study years will get.
    void showPreview()
    {
        std::set<int> years;
        for (const Row &row : m_rows)
            if (row.check->isChecked())
                if (const auto list = parseYearList(row.years->text()))
                    years.insert(list->begin(), list->end());
        QString rows;
        for (const int year : years) {
            const YearDefaults d = tyndp2024Defaults(year);
            rows += QStringLiteral("<tr><td>%1</td><td align=right>%2 / %3 / %4%5</td>"
                                   "<td align=right>%6</td></tr>")
                        .arg(format::year(year), format::number(d.sccLowEurPerT, 1),
                             format::number(d.sccCentralEurPerT, 1),
                             format::number(d.sccHighEurPerT, 1),
                             sccExtrapolated(year) ? QStringLiteral(" *") : QString(),
                             format::number(d.marketCo2PriceEurPerT, 1));
        }
        if (rows.isEmpty()) {
            m_preview->clear();
            return;
        }
        QString text = tr("Carbon prices the study years get: TYNDP 2024 defaults in €/t "
                          "(%1 prices), interpolated between 2030, 2040 and 2050.")
                           .arg(kTyndpTablePriceYear) +
                       QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th align=left>%1"
                                      "</th><th>%2</th><th>%3</th></tr>")
                           .arg(tr("Year"), tr("Societal cost of carbon low / central / high"),
                                tr("Market CO2 price")) +
                       rows + QStringLiteral("</table>");
        if (std::any_of(years.begin(), years.end(), sccExtrapolated))
            text += tr("* outside 2030–2040, where the guideline gives no societal cost of "
                       "carbon: the nearest year's values are used; check them.");
        m_preview->setText(text);
    }

    std::vector<Row> m_rows;
    QLineEdit *m_voll;
    QSpinBox *m_climateYear;
    QLabel *m_preview;
    QLabel *m_problem;
};

// --- Page 4: optional first project ----------------------------------------------------

class NewStudyProjectPage : public QWizardPage
{
    Q_OBJECT

  public:
    explicit NewStudyProjectPage(QWidget *parent = nullptr)
        : QWizardPage(parent), m_group(new QGroupBox(tr("&Add a first project"), this)),
          m_id(new QLineEdit(QStringLiteral("P1"), m_group)), m_name(new QLineEdit(m_group)),
          m_kind(new QComboBox(m_group)),
          m_commissioningYear(yearBox(QStringLiteral("commissioningYear"), 2030, m_group))
    {
        setTitle(tr("First project"));
        setSubTitle(tr("Optional: the project to assess. Projects can also be added later."));
        m_group->setObjectName(QStringLiteral("firstProject"));
        m_group->setCheckable(true);
        m_group->setChecked(false);
        m_group->setToolTip(tr("Tick to start the study with a project: its id, name, kind and "
                               "commissioning year. Without it the study starts with none."));
        m_id->setObjectName(QStringLiteral("projectId"));
        m_name->setObjectName(QStringLiteral("projectName"));
        m_kind->setObjectName(QStringLiteral("projectKind"));
        m_kind->addItem(tr("Interconnector"), int(model::ProjectKind::Interconnector));
        m_kind->addItem(tr("Internal reinforcement"),
                        int(model::ProjectKind::InternalReinforcement));
        m_kind->addItem(tr("Storage"), int(model::ProjectKind::Storage));
        m_kind->addItem(tr("Other project"), int(model::ProjectKind::Other));

        auto *form = formLayout();
        addRow(form, tr("Project &id:"), m_id, nullptr,
               tr("A short unique code, e.g. the TYNDP project number; used in file names "
                  "and the command line."));
        addRow(form, tr("Project &name:"), m_name, nullptr, tr("The project's full name."));
        addRow(form, tr("&Kind:"), m_kind, nullptr,
               tr("Interconnector (cross-border), internal reinforcement or storage."));
        addRow(form, tr("&Commissioning year:"), m_commissioningYear, nullptr,
               tr("The first year of operation: benefits and OPEX count from this year for "
                  "N years."));
        m_group->setLayout(form);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_group);
        layout->addWidget(noteLabel(
            tr("The project starts with no investments and no indicator inputs: add its "
               "CAPEX, OPEX and benefits (B1–B9) per scenario and study year in the project "
               "editor before evaluating it.")));
        layout->addStretch();

        connect(m_group, &QGroupBox::toggled, this, &QWizardPage::completeChanged);
        connect(m_id, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return !m_group->isChecked() ||
               (!m_id->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
    }
    bool validatePage() override { return isComplete(); }

    void fill(NewStudyOptions &o) const
    {
        if (!m_group->isChecked())
            return;
        o.firstProject = FirstProject{m_id->text().trimmed(), m_name->text().trimmed(),
                                      model::ProjectKind(m_kind->currentData().toInt()),
                                      m_commissioningYear->value()};
    }

  private:
    QGroupBox *m_group;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_commissioningYear;
};

// --- The wizard --------------------------------------------------------------------------

NewStudyWizard::NewStudyWizard(QWidget *parent)
    : QWizard(parent), m_info(new NewStudyInfoPage), m_economics(new NewStudyEconomicsPage),
      m_scenarios(new NewStudyScenariosPage), m_project(new NewStudyProjectPage)
{
    setObjectName(QStringLiteral("newStudyWizard"));
    setWindowTitle(tr("New Study"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(InfoPageId, m_info);
    setPage(EconomicsPageId, m_economics);
    setPage(ScenariosPageId, m_scenarios);
    setPage(ProjectPageId, m_project);
    // Room for the scenarios page's preview of five study years without clipping.
    const int line = fontMetrics().height();
    resize(sizeHint().expandedTo(QSize(46 * line, 40 * line)));
}

NewStudyWizard::~NewStudyWizard() = default;

NewStudyOptions NewStudyWizard::options() const
{
    NewStudyOptions o;
    o.name = m_info->name();
    o.description = m_info->description();
    m_economics->fill(o);
    m_scenarios->fill(o);
    m_project->fill(o);
    return o;
}

model::Study NewStudyWizard::study() const
{
    return newStudyFromDefaults(options());
}

} // namespace gridcba::ui

#include "newstudywizard.moc"
