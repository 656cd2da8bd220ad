#pragma once

// The editable tables of one project (ProjectPage): its general data, investments and their
// CAPEX phasing, borders, cost shares, indicator inputs with their other benefits, and the
// qualitative indicators; and the study-level edits that add, remove or duplicate a project.
//
// Every adapter addresses its table by index into Study::projects (and into the project's
// investments or indicator inputs), never by pointer, and reads and writes only the study
// passed in. The study given to a constructor is read once, for what columns() and title()
// cannot ask for later: the ids in the title ("CAPEX phasing of P1 / Converter stations")
// and the scenarios offered as choices. The money unit (units.h) is read then too, so a
// page makes new adapters when ids or the unit change.
//
// The rules are those of core/model/validation.cpp, so a value the editors accept is one the
// engine accepts: a single edit that would break a rule is refused with the reason. Rules
// across rows that a user cannot keep while typing (cost shares summing to 100 %) are not
// refused; checkTable() reports them (paste, CSV import) and the page shows them as a
// warning.

#include "tableadapter.h"

#include "model/study.h"

#include <QString>

#include <memory>
#include <vector>

namespace gridcba::ui {

// The columns of a table of `Row`s with how to read and write each (projectadapters.cpp).
template <typename Row> struct FieldTable;

// A table that is a std::vector<Row> inside a project: the columns and cell access are
// described once in FieldTable; a subclass says where the rows are and what a new row holds.
template <typename Row> class RowsAdapter : public TableAdapter
{
  public:
    QString title() const override { return m_title; }
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void removeRow(model::Study &study, int row) const override;

  protected:
    RowsAdapter(QString title, std::shared_ptr<const FieldTable<Row>> fields);
    // The rows in `study`, or null when the table no longer exists.
    virtual std::vector<Row> *rows(model::Study &study) const = 0;
    const std::vector<Row> *rows(const model::Study &study) const
    {
        return rows(const_cast<model::Study &>(study));
    }

  private:
    QString m_title;
    std::shared_ptr<const FieldTable<Row>> m_fields;
};

extern template class RowsAdapter<model::Investment>;
extern template class RowsAdapter<model::CapexYear>;
extern template class RowsAdapter<model::BorderCapacityChange>;
extern template class RowsAdapter<model::IndicatorInput>;
extern template class RowsAdapter<model::OtherBenefit>;
extern template class RowsAdapter<model::QualitativeIndicator>;

// One row: id (unique, renaming it renames the project's stored analyses), name,
// description, kind, commissioning year, benefit price year, and the study year from which
// the reference grid holds the project (the market model's TOOT from then, PINT before).
class ProjectInfoAdapter final : public TableAdapter
{
  public:
    ProjectInfoAdapter(const model::Study &study, int projectIndex);

    QString title() const override { return m_title; }
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}

  private:
    int m_project;
    QString m_title;
    std::shared_ptr<const FieldTable<model::Project>> m_fields;
};

// Id, name, asset type, lifetime, price year, construction years, the CAPEX lump sum (used
// when the phasing is empty), OPEX in money per year or as a share of CAPEX, decommissioning;
// and the phased CAPEX total (read only).
class InvestmentsAdapter final : public RowsAdapter<model::Investment>
{
  public:
    InvestmentsAdapter(const model::Study &study, int projectIndex);
    void insertRow(model::Study &study, int row) const override;
    // An imported investment keeps the CAPEX phasing of the investment with its id.
    void keepHiddenFields(model::Study &imported, const model::Study &before) const override;

  protected:
    std::vector<model::Investment> *rows(model::Study &study) const override;

  private:
    int m_project;
};

// Year, central, low, high CAPEX of one investment.
class CapexPhasingAdapter final : public RowsAdapter<model::CapexYear>
{
  public:
    CapexPhasingAdapter(const model::Study &study, int projectIndex, int investmentIndex);
    void insertRow(model::Study &study, int row) const override;

  protected:
    std::vector<model::CapexYear> *rows(model::Study &study) const override;

  private:
    int m_project;
    int m_investment;
};

// From zone, to zone, ΔNTC forward and backward (MW).
class BordersAdapter final : public RowsAdapter<model::BorderCapacityChange>
{
  public:
    BordersAdapter(const model::Study &study, int projectIndex);
    void insertRow(model::Study &study, int row) const override;
    // Borders whose zones are not both given yet.
    QStringList checkTable(const model::Study &study) const override;

  protected:
    std::vector<model::BorderCapacityChange> *rows(model::Study &study) const override;

  private:
    int m_project;
};

// Share (%) and country code, one row per country in the order of the codes. The share
// comes first because changing a code moves its row: a paste or an import sets each row's
// share before the code that may move it. A new row gets what is missing to 100 % and a
// placeholder code ("…") that sorts after every country.
class CostSharesAdapter final : public TableAdapter
{
  public:
    CostSharesAdapter(const model::Study &study, int projectIndex);

    QString title() const override { return m_title; }
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    // Codes still to be given, and shares that do not sum to 100 %.
    QStringList checkTable(const model::Study &study) const override;

  private:
    int m_project;
    QString m_title;
    std::vector<TableColumn> m_columns;
};

// One row per (scenario, study year): scenario, year, origin, source, then B1 … B9; an
// empty cell is "not assessed". The scenarios offered are those of the study given to the
// constructor. A row moved to another scenario keeps its year if it can, else takes the
// scenario's first study year without inputs. The last column (read only) totals the row's
// other benefits in the NPV.
class IndicatorInputsAdapter final : public RowsAdapter<model::IndicatorInput>
{
  public:
    IndicatorInputsAdapter(const model::Study &study, int projectIndex);
    void insertRow(model::Study &study, int row) const override;
    // An imported row keeps the other benefits of the row with its scenario and year.
    void keepHiddenFields(model::Study &imported, const model::Study &before) const override;
    // Rows whose scenario or year is not in the study, and (scenario, year) given twice.
    QStringList checkTable(const model::Study &study) const override;
    // Computed rows: a note saying that the market model computed them, and from what.
    QString rowNote(const model::Study &study, int row) const override;

  protected:
    std::vector<model::IndicatorInput> *rows(model::Study &study) const override;

  private:
    int m_project;
};

// The other (promoter-input) benefits of one indicator-input row: name, money per year,
// whether it enters the NPV.
class OtherBenefitsAdapter final : public RowsAdapter<model::OtherBenefit>
{
  public:
    OtherBenefitsAdapter(const model::Study &study, int projectIndex, int inputIndex);
    void insertRow(model::Study &study, int row) const override;

  protected:
    std::vector<model::OtherBenefit> *rows(model::Study &study) const override;

  private:
    int m_project;
    int m_input;
};

// Indicator (B7, B8.1 … B8.4, S1 … S3), score ("--" … "++" or a quantity), justification.
class QualitativeAdapter final : public RowsAdapter<model::QualitativeIndicator>
{
  public:
    QualitativeAdapter(const model::Study &study, int projectIndex);
    void insertRow(model::Study &study, int row) const override;

  protected:
    std::vector<model::QualitativeIndicator> *rows(model::Study &study) const override;

  private:
    int m_project;
};

// The qualitative indicator ids in the methodology's order, and their names for users.
QStringList qualitativeIndicatorIds();
QString qualitativeIndicatorName(const QString &id); // "Voltage stability (B8.2)"

// The CAPEX of an investment by year as the engine books it: the phasing, or else the lump
// sum spread evenly over the `constructionYears` years before commissioning. Sorted by year.
std::vector<model::CapexYear> capexSchedule(const model::Investment &investment,
                                            int commissioningYear);

// --- Study-level edits, for the navigator's actions. Each returns the changed copy. -----

// Appends a project with the first free id "P1", "P2", …, commissioning in the first study
// year (the discounting year when there is none), benefit price year = price base year, and
// one empty investment "I1".
model::Study withNewProject(const model::Study &study, int *newIndex = nullptr);
// Removes the project and its stored sensitivity analyses.
model::Study withProjectRemoved(const model::Study &study, int index);
// Inserts a copy after the project, with a free id ("P1-copy", "P1-copy2", …) and
// "(copy)" after the name; the stored analyses stay with the original.
model::Study withProjectDuplicated(const model::Study &study, int index, int *newIndex = nullptr);

} // namespace gridcba::ui
