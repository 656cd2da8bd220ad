#pragma once

// The stored sensitivity analyses of one project (Study::analysisRuns) as a table: name
// (editable: renames the run in the document), kind, when it ran, the software version and,
// for Monte Carlo, the seed. Follows the document: rows come and go as runs are added and
// deleted.

#include "model/study.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace gridcba::ui {

class StudyDocument;

class AnalysisRunsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Column { Name, Kind, Created, Software, Seed };
    static constexpr int kColumnCount = static_cast<int>(Column::Seed) + 1;

    explicit AnalysisRunsModel(QObject *parent = nullptr);

    void setProject(StudyDocument *document, const QString &projectId);
    int runId(int row) const;
    int rowOf(int runId) const; // -1 when not listed

    static QString kindName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

  private:
    struct Row
    {
        int id = 0;
        QString name;
        QString kind;
        QString createdUtc;
        QString softwareVersion;
        std::optional<quint64> seed;
    };
    void reload();
    std::vector<Row> readRows() const;

    QPointer<StudyDocument> m_document;
    QString m_projectId;
    std::vector<Row> m_rows;
};

} // namespace gridcba::ui
