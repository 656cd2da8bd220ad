#include "csvimportdialog.h"

#include "studydocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace gridcba::ui {

namespace {

// Rows shown in the preview; every row is still checked and every error listed.
constexpr int kPreviewRows = 2000;

const QColor kErrorRow(0xfd, 0xe7, 0xe9);
const QColor kRefusedCell(0xf6, 0xb0, 0xb8);

QLabel *selectableLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CsvImportDialog::CsvImportDialog(const model::Study &study, TableAdapterPtr adapter,
                                 const QString &path, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent), m_adapter(std::move(adapter)), m_summary(selectableLabel(QStringLiteral("importSummary"))),
      m_status(new QLabel), m_preview(new QTableWidget), m_errors(new QListWidget)
{
    Q_ASSERT(m_adapter);
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import CSV into %1").arg(m_adapter->title()));

    QString readError;
    const std::optional<CsvTable> table = readCsv(bytes, &readError);
    if (table) {
        m_result = importCsvTable(study, *m_adapter, *table);
    } else {
        m_result.errors << readError;
        m_result.errorLines.push_back(0);
    }

    auto *fileLabel = selectableLabel(QStringLiteral("importFile"));
    fileLabel->setText(QFileInfo(path).fileName());
    fileLabel->setToolTip(QDir::toNativeSeparators(path));
    auto *delimiterLabel = selectableLabel(QStringLiteral("importDelimiter"));
    delimiterLabel->setText(table ? delimiterName(table->delimiter) : tr("—"));
    auto *rowsLabel = selectableLabel(QStringLiteral("importRowCount"));
    rowsLabel->setText(QString::number(m_result.rowCount));
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileLabel);
    form->addRow(tr("Delimiter:"), delimiterLabel);
    form->addRow(tr("Data rows:"), rowsLabel);

    const int tableRows = std::max(0, m_adapter->rowCount(study));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The rows of the file replace all %1 rows of %2, as one step that "
                          "Edit > Undo takes back. A file with any error changes nothing.")
                           .arg(tableRows)
                           .arg(m_adapter->title()));

    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    const auto errorCount = m_result.errors.size();
    if (errorCount == 0) {
        m_status->setText(tr("Ready to import %1 rows.").arg(m_result.rowCount));
    } else {
        m_status->setText(
            errorCount == 1
                ? tr("Nothing will be imported: fix the error below and try again.")
                : tr("Nothing will be imported: fix the %1 errors below and try again.")
                      .arg(errorCount));
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setVisible(errorCount > 0);
    fillPreview(table ? &*table : nullptr);
    fillErrors(table ? &*table : nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(canImport());
    m_importButton->setDefault(canImport());
    if (canImport())
        m_importButton->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_errors, &QListWidget::itemActivated, this, &CsvImportDialog::showLine);
    connect(m_errors, &QListWidget::itemClicked, this, &CsvImportDialog::showLine);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

CsvImportDialog::~CsvImportDialog() = default;

std::unique_ptr<CsvImportDialog> CsvImportDialog::fromFile(const model::Study &study,
                                                           TableAdapterPtr adapter,
                                                           const QString &path, QString *error,
                                                           QWidget *parent)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    return std::make_unique<CsvImportDialog>(study, std::move(adapter), path, file.readAll(),
                                             parent);
}

QString CsvImportDialog::undoText() const
{
    return tr("Import %1 rows into %2").arg(m_result.rowCount).arg(m_adapter->title());
}

void CsvImportDialog::fillPreview(const CsvTable *table)
{
    const std::vector<TableColumn> columns = m_adapter->columns();
    const int rows = table ? std::min(int(m_result.preview.size()), kPreviewRows) : 0;
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(rows);
    for (size_t c = 0; c < columns.size(); ++c) {
        const TableColumn &column = columns[c];
        auto *header = new QTableWidgetItem(column.header);
        const int f = c < m_result.fileColumn.size() ? m_result.fileColumn[c] : -1;
        QString source;
        if (column.readOnly)
            source = tr("Computed by the table; a file column with this name is ignored.");
        else if (f < 0)
            source = tr("Not in the file: the rows get the value a new row gets.");
        else if (m_result.fromKey[c] && column.type == ColumnType::Real &&
                 column.displayScale != 1.0)
            source = tr("From the file's column “%1”, in base units, shown here in the "
                        "table's unit.")
                         .arg(table->header[f]);
        else
            source = tr("From the file's column “%1”.").arg(table->header[f]);
        header->setToolTip(column.toolTip.isEmpty() ? source
                                                    : column.toolTip + u'\n' + source);
        m_preview->setHorizontalHeaderItem(int(c), header);
    }

    std::map<int, QStringList> errorsByLine;
    for (qsizetype e = 0; e < m_result.errors.size(); ++e)
        errorsByLine[m_result.errorLines[size_t(e)]] << m_result.errors[e];
    for (int r = 0; r < rows; ++r) {
        const int line = table->lineNumbers[size_t(r)];
        auto *lineItem = new QTableWidgetItem(QString::number(line));
        lineItem->setToolTip(tr("Line %1 of the file").arg(line));
        m_preview->setVerticalHeaderItem(r, lineItem);
        const auto errors = errorsByLine.find(line);
        for (size_t c = 0; c < columns.size(); ++c) {
            const CsvPreviewCell &cell = m_result.preview[size_t(r)][c];
            auto *item = new QTableWidgetItem(cell.text);
            if (columns[c].type == ColumnType::Integer || columns[c].type == ColumnType::Real)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (errors != errorsByLine.end()) {
                item->setBackground(cell.refused ? kRefusedCell : kErrorRow);
                item->setToolTip(errors->second.join(u'\n'));
            }
            m_preview->setItem(r, int(c), item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (table && int(m_result.preview.size()) > rows)
        m_summary->setText(m_summary->text() + u' ' +
                           tr("The preview shows the first %1 rows.").arg(rows));
}

void CsvImportDialog::fillErrors(const CsvTable *table)
{
    // The preview row of each error's line, to show it when the error is clicked.
    std::map<int, int> rowOfLine;
    for (int r = 0; table && r < m_preview->rowCount(); ++r)
        rowOfLine.emplace(table->lineNumbers[size_t(r)], r);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype e = 0; e < m_result.errors.size(); ++e) {
        auto *item = new QListWidgetItem(icon, m_result.errors[e], m_errors);
        const auto row = rowOfLine.find(m_result.errorLines[size_t(e)]);
        item->setData(Qt::UserRole, row == rowOfLine.end() ? -1 : row->second);
    }
}

void CsvImportDialog::showLine(QListWidgetItem *item)
{
    const int row = item ? item->data(Qt::UserRole).toInt() : -1;
    if (row < 0)
        return;
    m_preview->selectRow(row);
    m_preview->scrollToItem(m_preview->item(row, 0));
}

bool runCsvImport(QWidget *parent, StudyDocument *document, const TableAdapterPtr &adapter,
                  const QString &path)
{
    if (!document || !adapter)
        return false;
    QString error;
    const std::unique_ptr<CsvImportDialog> dialog =
        CsvImportDialog::fromFile(document->study(), adapter, path, &error, parent);
    if (!dialog) {
        QMessageBox::warning(parent, CsvImportDialog::tr("Import CSV"), error);
        return false;
    }
    if (dialog->exec() != QDialog::Accepted || !dialog->canImport())
        return false;
    return document->commit(dialog->undoText(), *dialog->result().study);
}

} // namespace gridcba::ui
