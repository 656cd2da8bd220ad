#include "profilespage.h"

#include "charts/profilechart.h"
#include "editing/editabletable.h"
#include "editing/powersystemadapters.h"
#include "editing/profileimportdialog.h"
#include "editing/studytablemodel.h"
#include "studydocument.h"
#include "tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kWeeksShown = 53; // 52 weeks and the last day

} // namespace

ProfilesPage::ProfilesPage(QWidget *parent)
    : QWidget(parent), m_table(new EditableTable(QStringLiteral("profilesTable"))),
      m_chart(new ProfileChart), m_span(new QComboBox), m_week(new QSpinBox)
{
    setObjectName(QStringLiteral("profilesPage"));
    m_table->setCsvImporter(
        [this](const QString &path) { return runProfileImport(this, m_document, path); });
    m_table->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumWidth(380);
    m_span->setObjectName(QStringLiteral("profileSpan"));
    m_span->addItem(tr("One week, hourly"));
    m_span->addItem(tr("Whole year, daily means"));
    m_span->setToolTip(tr("One week hour by hour, or the whole year as daily means (MW or "
                          "per-unit availability, as the profile is stored)"));
    m_week->setObjectName(QStringLiteral("profileWeek"));
    m_week->setRange(1, kWeeksShown);
    m_week->setPrefix(tr("week "));
    m_week->setToolTip(tr("Week of the year shown hour by hour; drag or scroll the chart to move "
                          "and zoom"));
    m_chart->setMinimumSize(420, 300);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:")));
    controls->addWidget(m_span);
    controls->addWidget(m_week);
    controls->addStretch(1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_chart, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Profiles")));
    layout->addWidget(textLabel(
        tr("Hourly series of 8,760 values per climate year that the power systems refer to by "
           "id: relative demand and inflow (mean about 1), renewable capacity factors (0..1), "
           "NTC factors. Import CSV… reads a file with an “hour” column and one column per "
           "profile; a leap year's 29 February is dropped. Renaming a profile renames it in "
           "every power system.")));
    layout->addWidget(split, 1);

    connect(
        m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_table->compactColumns();
        const int rows = m_table->model()->rowCount();
        showRow(m_row >= 0 && m_row < rows ? m_row : (rows > 0 ? 0 : -1));
    });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_week->setEnabled(index == 0);
        m_chart->setSpan(index == 0 ? ProfileChart::Span::Week : ProfileChart::Span::Year);
    });
    connect(m_week, &QSpinBox::valueChanged, m_chart, &ProfileChart::setWeek);
}

void ProfilesPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_row = -1;
    m_table->setSource(document, document ? std::make_shared<ProfilesAdapter>() : nullptr);
    m_table->compactColumns();
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, [this] { showRow(m_row); });
    showRow(m_document && !m_document->study().profiles.empty() ? 0 : -1);
}

void ProfilesPage::showRow(int row)
{
    const model::Study *study = m_document ? &m_document->study() : nullptr;
    if (!study || row < 0 || row >= int(study->profiles.size()))
        row = -1;
    m_row = row;
    m_chart->setProfile(row >= 0 ? &study->profiles[size_t(row)] : nullptr);
    if (row >= 0 && m_table->view()->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->view()->selectionModel());
        m_table->view()->setCurrentIndex(m_table->model()->index(row, 0));
    }
}

} // namespace gridcba::ui
