#include "projectadapters.h"

#include "economics/evaluation.h"
#include "indicatornames.h"
#include "projectfields.h"

#include <QSet>

#include <algorithm>

namespace gridcba::ui {

using namespace projectfields;

namespace {

// --- Indicator inputs -------------------------------------------------------------------

bool isStudyYear(const model::Scenario &scenario, int year)
{
    return std::any_of(scenario.studyYears.begin(), scenario.studyYears.end(),
                       [year](const model::StudyYear &y) { return y.year == year; });
}

QString studyYearList(const model::Scenario &scenario)
{
    QStringList years;
    for (const model::StudyYear &y : scenario.studyYears)
        years << QString::number(y.year);
    return years.isEmpty() ? Tr::tr("none") : years.join(QStringLiteral(", "));
}

// Why (scenarioId, year) cannot be the key of row `index`, or empty.
QString inputKeyError(const model::Study &study, const model::Project &project, int index,
                      const QString &scenarioId, int year)
{
    const model::Scenario *scenario = study.scenario(scenarioId);
    if (!scenario)
        return Tr::tr("There is no scenario “%1” in this study").arg(scenarioId);
    if (!isStudyYear(*scenario, year))
        return Tr::tr("%1 is not a study year of scenario %2 (study years: %3)")
            .arg(year)
            .arg(scenarioId, studyYearList(*scenario));
    for (size_t i = 0; i < project.indicatorInputs.size(); ++i)
        if (int(i) != index && project.indicatorInputs[i].scenarioId == scenarioId &&
            project.indicatorInputs[i].year == year)
            return Tr::tr("Inputs for scenario %1, year %2 are already in the table")
                .arg(scenarioId)
                .arg(year);
    return {};
}

QString signNote(bool negativeIsBenefit)
{
    return negativeIsBenefit
               ? Tr::tr("With minus without the project: negative = reduction (a benefit).")
               : Tr::tr("Positive = benefit.");
}

QString notAssessedNote()
{
    return Tr::tr("Empty = not assessed (not the same as 0).");
}

QString streamTip(economics::Stream stream, bool negativeIsBenefit)
{
    return streamToolTip(stream) + u' ' + signNote(negativeIsBenefit) + u' ' + notAssessedNote();
}

// "b4NoxT", "b4Pm25T", …: the CSV key of one pollutant's column.
QString pollutantColumnKey(model::Pollutant p)
{
    QString key = model::pollutantKey(p);
    key[0] = key[0].toUpper();
    return QStringLiteral("b4") + key + u'T';
}

std::shared_ptr<FieldTable<model::IndicatorInput>> indicatorInputFields(const model::Study &study,
                                                                        int project)
{
    using economics::Stream;
    using model::IndicatorInput;
    const Money money;
    auto table = std::make_shared<FieldTable<IndicatorInput>>();
    auto &f = table->fields;

    TableColumn scenario =
        makeColumn(QStringLiteral("scenarioId"), Tr::tr("Scenario"), {}, ColumnType::Choice);
    QStringList names;
    for (const model::Scenario &s : study.scenarios) {
        scenario.choices << s.id;
        names << s.id + QStringLiteral(": ") + s.name;
    }
    scenario.toolTip =
        Tr::tr("Scenario the values were computed in (%1).").arg(names.join(QStringLiteral("; ")));
    f.push_back({scenario, [](const IndicatorInput &in) { return QVariant(in.scenarioId); },
                 [project](model::Study &s, IndicatorInput &in, int index, const QVariant &v) {
                     // The row keeps its year when the scenario has it without inputs yet,
                     // else takes the first such study year of the scenario (so that a row
                     // pasted or imported scenario first, year second, never gets stuck).
                     const QString id = v.toString();
                     const model::Project &p = s.projects[size_t(project)];
                     const model::Scenario *scenario = s.scenario(id);
                     if (!scenario)
                         return Tr::tr("There is no scenario “%1” in this study").arg(id);
                     std::vector<int> years{in.year};
                     for (const model::StudyYear &y : scenario->studyYears)
                         years.push_back(y.year);
                     for (int year : years)
                         if (inputKeyError(s, p, index, id, year).isEmpty()) {
                             in.scenarioId = id;
                             in.year = year;
                             return QString();
                         }
                     return Tr::tr("Scenario %1 has inputs for each of its study years (%2) "
                                   "already in the table")
                         .arg(id, studyYearList(*scenario));
                 }});
    f.push_back({makeColumn(QStringLiteral("year"), Tr::tr("Year"),
                            Tr::tr("A study year of the scenario; each (scenario, year) once."),
                            ColumnType::Integer),
                 [](const IndicatorInput &in) { return QVariant(in.year); },
                 [project](model::Study &s, IndicatorInput &in, int index, const QVariant &v) {
                     if (QString error = inputKeyError(s, s.projects[size_t(project)], index,
                                                       in.scenarioId, v.toInt());
                         !error.isEmpty())
                         return error;
                     in.year = v.toInt();
                     return QString();
                 }});
    TableColumn origin = makeColumn(
        QStringLiteral("origin"), Tr::tr("Origin"),
        Tr::tr("Entered by hand (from an external study or tool) or computed by GridCBA's "
               "market model."),
        ColumnType::Choice);
    origin.choices = {model::inputOriginKey(model::InputOrigin::Entered),
                      model::inputOriginKey(model::InputOrigin::Computed)};
    origin.choiceLabels = {Tr::tr("entered"), Tr::tr("computed")};
    f.push_back(
        {origin,
         [](const IndicatorInput &in) { return QVariant(model::inputOriginKey(in.origin)); },
         [](model::Study &, IndicatorInput &in, int, const QVariant &v) {
             const auto o = model::inputOriginFromKey(v.toString());
             if (!o)
                 return Tr::tr("Origin must be entered or computed");
             in.origin = *o;
             return QString();
         }});
    f.push_back(textField(makeColumn(QStringLiteral("source"), Tr::tr("Source"),
                                     Tr::tr("Where the numbers come from (“PLEXOS run "
                                            "2024-03”)."),
                                     ColumnType::Text),
                          &IndicatorInput::source));

    auto optional = [&](const QString &key, const QString &header, const QString &tip,
                        std::optional<double> IndicatorInput::*member, double scale, int decimals) {
        f.push_back(
            optionalField(makeColumn(key, header, tip, ColumnType::Real, scale, decimals), member));
    };
    optional(QStringLiteral("b1Eur"), money.perYearHeader(Tr::tr("B1 welfare")),
             streamTip(Stream::B1, false), &IndicatorInput::b1Eur, money.scale, 2);
    optional(QStringLiteral("b2Co2T"), Tr::tr("B2 ΔCO2 (t/yr)"), streamTip(Stream::B2, true),
             &IndicatorInput::b2Co2T, 1.0, 0);
    optional(QStringLiteral("b3CurtailmentMwh"), Tr::tr("B3 avoided curtailment (MWh/yr)"),
             Tr::tr("RES integration (B3): renewable energy no longer curtailed thanks to the "
                    "project; not monetised (already in B1). ") +
                 signNote(false) + u' ' + notAssessedNote(),
             &IndicatorInput::b3CurtailmentMwh, 1.0, 0);
    optional(QStringLiteral("b3ResConnectedMw"), Tr::tr("B3 RES connected (MW)"),
             Tr::tr("RES integration (B3): renewable capacity connected thanks to the project; "
                    "not monetised. ") +
                 signNote(false) + u' ' + notAssessedNote(),
             &IndicatorInput::b3ResConnectedMw, 1.0, 0);
    for (model::Pollutant p : model::kPollutants) {
        TableColumn column = makeColumn(
            pollutantColumnKey(p),
            Tr::tr("%1 Δ%2 (t/yr)").arg(model::pollutantIndicatorId(p), model::pollutantName(p)),
            streamTip(Stream::B4, true), ColumnType::Real, 1.0, 1);
        column.optional = true;
        f.push_back({column,
                     [p](const IndicatorInput &in) {
                         const auto it = in.b4PollutantT.find(p);
                         return it == in.b4PollutantT.end() ? QVariant() : QVariant(it->second);
                     },
                     [p](model::Study &, IndicatorInput &in, int, const QVariant &v) {
                         if (v.isValid())
                             in.b4PollutantT[p] = v.toDouble();
                         else
                             in.b4PollutantT.erase(p);
                         return QString();
                     }});
    }
    optional(QStringLiteral("b5LossMwh"), Tr::tr("B5 Δlosses (MWh/yr)"),
             Tr::tr("Change of transmission losses (B5), not monetised by GridCBA. ") +
                 signNote(true) + u' ' + notAssessedNote(),
             &IndicatorInput::b5LossMwh, 1.0, 0);
    optional(QStringLiteral("b5Eur"), money.perYearHeader(Tr::tr("B5 monetised")),
             streamToolTip(Stream::B5) + u' ' +
                 Tr::tr("Computed outside GridCBA as −Δlosses × hourly price. ") + signNote(false) +
                 u' ' + notAssessedNote(),
             &IndicatorInput::b5Eur, money.scale, 2);
    optional(QStringLiteral("b6EensMwh"), Tr::tr("B6 ΔEENS (MWh/yr)"), streamTip(Stream::B6, true),
             &IndicatorInput::b6EensMwh, 1.0, 0);
    optional(QStringLiteral("b6LoleHours"), Tr::tr("B6 ΔLOLE (h/yr)"),
             Tr::tr("Change of the loss-of-load expectation (B6), not monetised. ") +
                 signNote(true) + u' ' + notAssessedNote(),
             &IndicatorInput::b6LoleHours, 1.0, 2);
    optional(QStringLiteral("b9ReserveMw"), Tr::tr("B9 reserve avoided (MW)"),
             streamTip(Stream::B9, false), &IndicatorInput::b9ReserveMw, 1.0, 0);

    TableColumn other = makeColumn(QStringLiteral("otherInNpvEur"),
                                   money.perYearHeader(Tr::tr("Other benefits in NPV")),
                                   Tr::tr("Total of the row's other benefits that enter the NPV "
                                          "(read only; edit them below the table)."),
                                   ColumnType::Real, money.scale);
    other.readOnly = true;
    other.optional = true;
    f.push_back({other,
                 [](const IndicatorInput &in) {
                     if (in.other.empty())
                         return QVariant();
                     double sum = 0.0;
                     for (const model::OtherBenefit &o : in.other)
                         if (o.inNpv)
                             sum += o.eurPerYear;
                     return QVariant(sum);
                 },
                 {}});
    return table;
}

// --- Other benefits and qualitative indicators ----------------------------------------

std::shared_ptr<FieldTable<model::OtherBenefit>> otherBenefitFields()
{
    using model::OtherBenefit;
    const Money money;
    auto table = std::make_shared<FieldTable<OtherBenefit>>();
    auto &f = table->fields;
    f.push_back({makeColumn(QStringLiteral("name"), Tr::tr("Name"),
                            Tr::tr("What the benefit is (“Avoided renewal of the existing 220 kV "
                                   "line”)."),
                            ColumnType::Text),
                 [](const OtherBenefit &o) { return QVariant(o.name); },
                 [](model::Study &, OtherBenefit &o, int, const QVariant &v) {
                     if (v.toString().trimmed().isEmpty())
                         return Tr::tr("The name of an other benefit must not be empty");
                     o.name = v.toString().trimmed();
                     return QString();
                 }});
    f.push_back(
        finiteField(makeColumn(QStringLiteral("eurPerYear"), money.perYearHeader(Tr::tr("Benefit")),
                               streamToolTip(economics::Stream::Other) + u' ' + signNote(false),
                               ColumnType::Real, money.scale),
                    &OtherBenefit::eurPerYear));
    TableColumn inNpv = makeColumn(QStringLiteral("inNpv"), Tr::tr("In NPV"),
                                   Tr::tr("Whether the benefit enters the NPV and B/C ratio. One "
                                          "left out is kept in the study but appears in no "
                                          "result."),
                                   ColumnType::Bool);
    f.push_back({inNpv, [](const OtherBenefit &o) { return QVariant(o.inNpv); },
                 [](model::Study &, OtherBenefit &o, int, const QVariant &v) {
                     o.inNpv = v.toBool();
                     return QString();
                 }});
    return table;
}

std::shared_ptr<FieldTable<model::QualitativeIndicator>> qualitativeFields()
{
    using model::QualitativeIndicator;
    auto table = std::make_shared<FieldTable<QualitativeIndicator>>();
    auto &f = table->fields;
    TableColumn id = makeColumn(QStringLiteral("id"), Tr::tr("Indicator"),
                                Tr::tr("B7 flexibility, B8.1–B8.4 stability, S1–S3 residual "
                                       "environmental, social and other impacts; not monetised."),
                                ColumnType::Choice);
    id.choices = qualitativeIndicatorIds();
    for (const QString &key : id.choices)
        id.choiceLabels << qualitativeIndicatorName(key);
    f.push_back({id, [](const QualitativeIndicator &q) { return QVariant(q.id); },
                 [](model::Study &, QualitativeIndicator &q, int, const QVariant &v) {
                     if (!qualitativeIndicatorIds().contains(v.toString()))
                         return Tr::tr("Indicator must be one of %1")
                             .arg(qualitativeIndicatorIds().join(QStringLiteral(", ")));
                     q.id = v.toString();
                     return QString();
                 }});
    f.push_back(textField(makeColumn(QStringLiteral("score"), Tr::tr("Score"),
                                     Tr::tr("“--”, “-”, “0”, “+”, “++”, or a quantity with its "
                                            "unit (“12 km”)."),
                                     ColumnType::Text),
                          &QualitativeIndicator::score));
    Field<QualitativeIndicator> justification =
        textField(makeColumn(QStringLiteral("justification"), Tr::tr("Justification"),
                             Tr::tr("Why the project gets this score: the studies or facts "
                                    "behind it."),
                             ColumnType::Text),
                  &QualitativeIndicator::justification);
    justification.column.multiline = true;
    f.push_back(std::move(justification));
    return table;
}

} // namespace

template class RowsAdapter<model::IndicatorInput>;
template class RowsAdapter<model::OtherBenefit>;
template class RowsAdapter<model::QualitativeIndicator>;

// --- IndicatorInputsAdapter -------------------------------------------------------------

IndicatorInputsAdapter::IndicatorInputsAdapter(const model::Study &study, int projectIndex)
    : RowsAdapter(Tr::tr("Indicator inputs of %1").arg(projectLabel(study, projectIndex)),
                  indicatorInputFields(study, projectIndex)),
      m_project(projectIndex)
{
}

std::vector<model::IndicatorInput> *IndicatorInputsAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    return p ? &p->indicatorInputs : nullptr;
}

void IndicatorInputsAdapter::insertRow(model::Study &study, int row) const
{
    std::vector<model::IndicatorInput> *inputs = rows(study);
    if (!inputs)
        return;
    // The first (scenario, study year) without inputs; the first pair when all have some
    // (checkTable then reports the pair given twice).
    model::IndicatorInput in;
    bool found = false;
    for (const model::Scenario &s : study.scenarios) {
        for (const model::StudyYear &y : s.studyYears) {
            if (std::none_of(inputs->begin(), inputs->end(), [&](const model::IndicatorInput &i) {
                    return i.scenarioId == s.id && i.year == y.year;
                })) {
                in.scenarioId = s.id;
                in.year = y.year;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    if (!found && !study.scenarios.empty()) {
        in.scenarioId = study.scenarios.front().id;
        if (!study.scenarios.front().studyYears.empty())
            in.year = study.scenarios.front().studyYears.front().year;
    }
    insertAt(*inputs, row, in);
}

QString IndicatorInputsAdapter::rowNote(const model::Study &study, int row) const
{
    const std::vector<model::IndicatorInput> *inputs = RowsAdapter::rows(study);
    if (!inputs || row < 0 || row >= int(inputs->size()))
        return {};
    const model::IndicatorInput &in = (*inputs)[size_t(row)];
    if (in.origin != model::InputOrigin::Computed)
        return {};
    return Tr::tr("Computed by GridCBA's market model (%1). Running the model again replaces "
                  "B1–B6 of this row.")
        .arg(in.source.isEmpty() ? Tr::tr("no source recorded") : in.source);
}

QStringList IndicatorInputsAdapter::checkTable(const model::Study &study) const
{
    QStringList problems;
    const model::Project *p = projectAt(study, m_project);
    if (!p)
        return problems;
    QSet<QString> seen;
    for (size_t i = 0; i < p->indicatorInputs.size(); ++i) {
        const model::IndicatorInput &in = p->indicatorInputs[i];
        const model::Scenario *scenario = study.scenario(in.scenarioId);
        if (!scenario)
            problems << Tr::tr("Row %1: there is no scenario “%2” in this study")
                            .arg(i + 1)
                            .arg(in.scenarioId);
        else if (!isStudyYear(*scenario, in.year))
            problems << Tr::tr("Row %1: %2 is not a study year of scenario %3 (study years: %4)")
                            .arg(i + 1)
                            .arg(in.year)
                            .arg(in.scenarioId, studyYearList(*scenario));
        const QString key = in.scenarioId + u'@' + QString::number(in.year);
        if (seen.contains(key))
            problems << Tr::tr("Row %1: inputs for scenario %2, year %3 are given twice")
                            .arg(i + 1)
                            .arg(in.scenarioId)
                            .arg(in.year);
        seen.insert(key);
    }
    return problems;
}

// --- OtherBenefitsAdapter ---------------------------------------------------------------

namespace {

QString inputLabel(const model::Study &study, int project, int input)
{
    const model::Project *p = projectAt(study, project);
    if (!p || input < 0 || input >= int(p->indicatorInputs.size()))
        return Tr::tr("row %1").arg(input + 1);
    const model::IndicatorInput &in = p->indicatorInputs[size_t(input)];
    return in.scenarioId + u' ' + QString::number(in.year);
}

} // namespace

OtherBenefitsAdapter::OtherBenefitsAdapter(const model::Study &study, int projectIndex,
                                           int inputIndex)
    : RowsAdapter(
          Tr::tr("Other benefits of %1 / %2")
              .arg(projectLabel(study, projectIndex), inputLabel(study, projectIndex, inputIndex)),
          otherBenefitFields()),
      m_project(projectIndex), m_input(inputIndex)
{
}

std::vector<model::OtherBenefit> *OtherBenefitsAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    if (!p || m_input < 0 || m_input >= int(p->indicatorInputs.size()))
        return nullptr;
    return &p->indicatorInputs[size_t(m_input)].other;
}

void OtherBenefitsAdapter::insertRow(model::Study &study, int row) const
{
    std::vector<model::OtherBenefit> *others = rows(study);
    if (!others)
        return;
    model::OtherBenefit benefit;
    for (int n = int(others->size()) + 1;; ++n) {
        benefit.name = Tr::tr("Other benefit %1").arg(n);
        if (std::none_of(others->begin(), others->end(),
                         [&](const model::OtherBenefit &o) { return o.name == benefit.name; }))
            break;
    }
    insertAt(*others, row, benefit);
}

// --- QualitativeAdapter -----------------------------------------------------------------

QualitativeAdapter::QualitativeAdapter(const model::Study &study, int projectIndex)
    : RowsAdapter(Tr::tr("Qualitative indicators of %1").arg(projectLabel(study, projectIndex)),
                  qualitativeFields()),
      m_project(projectIndex)
{
}

std::vector<model::QualitativeIndicator> *QualitativeAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    return p ? &p->qualitative : nullptr;
}

void QualitativeAdapter::insertRow(model::Study &study, int row) const
{
    std::vector<model::QualitativeIndicator> *rowsOfProject = rows(study);
    if (!rowsOfProject)
        return;
    model::QualitativeIndicator q;
    const QStringList ids = qualitativeIndicatorIds();
    q.id = ids.last();
    for (const QString &id : ids)
        if (std::none_of(rowsOfProject->begin(), rowsOfProject->end(),
                         [&](const model::QualitativeIndicator &r) { return r.id == id; })) {
            q.id = id;
            break;
        }
    insertAt(*rowsOfProject, row, q);
}

QStringList qualitativeIndicatorIds()
{
    return {QStringLiteral("B7"),   QStringLiteral("B8.1"), QStringLiteral("B8.2"),
            QStringLiteral("B8.3"), QStringLiteral("B8.4"), QStringLiteral("S1"),
            QStringLiteral("S2"),   QStringLiteral("S3")};
}

QString qualitativeIndicatorName(const QString &id)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Flexibility (B7)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Frequency stability (B8.1)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Voltage stability (B8.2)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Transient stability (B8.3)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Black-start capability (B8.4)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Residual environmental impact (S1)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Residual social impact (S2)"),
        QT_TRANSLATE_NOOP("gridcba::ui::ProjectAdapters", "Other impacts (S3)"),
    };
    const qsizetype i = qualitativeIndicatorIds().indexOf(id);
    return i < 0 ? id : Tr::tr(names[i]);
}

} // namespace gridcba::ui

namespace gridcba::ui {

void IndicatorInputsAdapter::keepHiddenFields(model::Study &imported,
                                              const model::Study &before) const
{
    if (m_project < 0 || size_t(m_project) >= imported.projects.size() ||
        size_t(m_project) >= before.projects.size())
        return;
    for (model::IndicatorInput &input : imported.projects[size_t(m_project)].indicatorInputs)
        for (const model::IndicatorInput &previous :
             before.projects[size_t(m_project)].indicatorInputs)
            if (previous.scenarioId == input.scenarioId && previous.year == input.year)
                input.other = previous.other;
}

} // namespace gridcba::ui
