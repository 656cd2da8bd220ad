#include "analysisrunsmodel.h"

#include "sensitivity/runjson.h"
#include "studydocument.h"

#include <QDateTime>
#include <QLocale>

namespace gridcba::ui {

AnalysisRunsModel::AnalysisRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnalysisRunsModel::setProject(StudyDocument *document, const QString &projectId)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_projectId = projectId;
    if (m_document)
        connect(m_document, &StudyDocument::analysisRunsChanged, this, [this](const QString &id) {
            if (id == m_projectId)
                reload();
        });
    beginResetModel();
    m_rows = readRows();
    endResetModel();
}

std::vector<AnalysisRunsModel::Row> AnalysisRunsModel::readRows() const
{
    std::vector<Row> rows;
    if (!m_document)
        return rows;
    for (const model::AnalysisRun *run : m_document->analysisRuns(m_projectId)) {
        Row row{run->id, run->name, run->kind, run->createdUtc, run->softwareVersion, {}};
        if (run->kind == QLatin1String(sensitivity::kMonteCarloKind)) {
            const QJsonObject definition = sensitivity::parseObject(run->definitionJson);
            if (const auto d = sensitivity::monteCarloDefinitionFromJson(definition, nullptr))
                row.seed = d->seed;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// A rename changes one row in place, so the view keeps its selection; anything else resets.
void AnalysisRunsModel::reload()
{
    std::vector<Row> rows = readRows();
    const bool sameRuns = rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Row &a, const Row &b) { return a.id == b.id; });
    if (!sameRuns) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
}

int AnalysisRunsModel::runId(int row) const
{
    return m_rows.at(std::size_t(row)).id;
}

int AnalysisRunsModel::rowOf(int runId) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == runId)
            return int(r);
    return -1;
}

QString AnalysisRunsModel::kindName(const QString &kind)
{
    if (kind == QLatin1String(sensitivity::kSweepKind))
        return tr("Sweep");
    if (kind == QLatin1String(sensitivity::kMonteCarloKind))
        return tr("Monte Carlo");
    return kind;
}

int AnalysisRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalysisRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant AnalysisRunsModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ToolTipRole && column == Column::Created)
        return tr("%1 (UTC)").arg(row.createdUtc);
    if (role == Qt::ToolTipRole && column == Column::Name)
        return tr("Double-click to rename the run.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Column::Name:
        return row.name;
    case Column::Kind:
        return kindName(row.kind);
    case Column::Created: {
        const QDateTime utc = QDateTime::fromString(row.createdUtc, Qt::ISODate);
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                             : row.createdUtc;
    }
    case Column::Software:
        return row.softwareVersion;
    case Column::Seed:
        return row.seed ? QLocale().toString(*row.seed) : QString();
    }
    return {};
}

bool AnalysisRunsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((!index.isValid() || !checkIndex(index)) || role != Qt::EditRole ||
        index.column() != int(Column::Name) || !m_document)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    return m_document->renameAnalysisRun(runId(index.row()), name);
}

QVariant AnalysisRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Kind:
        return tr("Kind");
    case Column::Created:
        return tr("Run on");
    case Column::Software:
        return tr("Software");
    case Column::Seed:
        return tr("Seed");
    }
    return {};
}

Qt::ItemFlags AnalysisRunsModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == int(Column::Name))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace gridcba::ui
