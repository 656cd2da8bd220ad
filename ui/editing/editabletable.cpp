#include "editabletable.h"

#include "choicedelegate.h"
#include "csvimport.h"
#include "preferences.h"
#include "studydocument.h"
#include "studytablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace gridcba::ui {

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

QString csvPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() &&
            QFileInfo(url.toLocalFile()).suffix().compare(u"csv", Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    return {};
}

} // namespace

EditableTable::EditableTable(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_model(new StudyTableModel(this)), m_view(new QTableView),
      m_message(new QLabel),
      m_add(toolButton(tr("Add row"), tr("Insert a row below the current one (Insert)"),
                       QStringLiteral("addRow"))),
      m_remove(toolButton(tr("Remove"), tr("Remove the selected rows (Delete)"),
                          QStringLiteral("removeRows"))),
      m_paste(toolButton(tr("Paste"), tr("Paste cells copied from a spreadsheet (Ctrl+V)"),
                         QStringLiteral("pasteCells"))),
      m_import(toolButton(tr("Import CSV…"),
                          tr("Replace this table by the rows of a CSV file, after a preview. "
                             "You can also drop a .csv file on the table."),
                          QStringLiteral("importCsv")))
{
    setObjectName(objectName + QStringLiteral("Editor"));
    setAcceptDrops(true);
    m_view->setObjectName(objectName);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) |
                                                    Qt::Alignment(Qt::TextWordWrap));
    m_view->installEventFilter(this);
    m_view->viewport()->setAcceptDrops(false);

    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addWidget(m_paste);
    tools->addWidget(m_import);
    tools->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_add, &QToolButton::clicked, this, &EditableTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &EditableTable::removeSelectedRows);
    connect(m_paste, &QToolButton::clicked, this, &EditableTable::paste);
    connect(m_import, &QToolButton::clicked, this, &EditableTable::chooseAndImportCsv);
    connect(m_model, &StudyTableModel::editRejected, this, &EditableTable::showMessage);
    connect(m_model, &StudyTableModel::dataChanged, this, [this] { showMessage({}); });
}

void EditableTable::setSource(StudyDocument *document, TableAdapterPtr adapter)
{
    m_model->setSource(document, std::move(adapter));
    m_view->resizeColumnsToContents();
    showMessage({});
}

QString EditableTable::message() const
{
    return m_message->text();
}

void EditableTable::setRowsEditable(bool editable)
{
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
}

void EditableTable::compactColumns(int maxWidth, int maxTextWidth)
{
    QTableView *view = m_view;
    const std::vector<TableColumn> &columns = m_model->columns();
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int padding =
        2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 10;
    int height = metrics.height();
    for (int c = 0; c < int(columns.size()); ++c) {
        const QString &text = columns[size_t(c)].header;
        int longestWord = 0;
        for (const QString &word : text.split(u' '))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        int wanted = std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                              std::min(metrics.horizontalAdvance(text) + padding, maxWidth));
        if (columns[size_t(c)].type == ColumnType::Text)
            wanted = std::max(wanted, 100);
        const int width = std::max(longestWord + padding, std::min(wanted, maxTextWidth));
        view->setColumnWidth(c, width);
        // A few pixels of slack: the wrapped width must not split a header that fits.
        const QRect wrapped =
            metrics.boundingRect(QRect(0, 0, width - padding + 4, 1000), Qt::TextWordWrap, text);
        height = std::max(height, wrapped.height());
    }
    header->setMinimumHeight(height + padding / 2 + 4);
}

void EditableTable::setCsvImporter(std::function<bool(const QString &path)> importer)
{
    m_importer = std::move(importer);
}

void EditableTable::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void EditableTable::addRow()
{
    if (!m_add->isVisible())
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (m_model->insertRows(row, 1)) {
        const QModelIndex added = m_model->index(row, 0);
        m_view->setCurrentIndex(added);
        m_view->scrollTo(added);
    }
}

void EditableTable::removeSelectedRows()
{
    if (!m_remove->isVisible())
        return;
    std::set<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.insert(m_view->currentIndex().row());
    if (rows.empty())
        return;
    // One undo step when the rows are contiguous (the common case); otherwise one per run
    // of rows, from the bottom so the indexes stay valid.
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && runs.back().first + runs.back().second == row)
            ++runs.back().second;
        else
            runs.push_back({row, 1});
    }
    for (auto it = runs.rbegin(); it != runs.rend(); ++it)
        m_model->removeRows(it->first, it->second);
}

void EditableTable::copy()
{
    const QString text = m_model->copyText(m_view->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EditableTable::paste()
{
    QString error;
    QModelIndex at = m_view->currentIndex();
    if (!m_model->pasteText(at, QApplication::clipboard()->text(), &error) && !error.isEmpty())
        showMessage(error);
}

void EditableTable::chooseAndImportCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Import CSV into %1").arg(m_model->adapter() ? m_model->adapter()->title() : QString()),
        preferences::lastDirectory().value(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    preferences::lastDirectory().setValue(QFileInfo(path).absolutePath());
    importCsv(path);
}

bool EditableTable::importCsv(const QString &path)
{
    if (m_importer)
        return m_importer(path);
    if (!m_model->document() || !m_model->adapter())
        return false;
    return runCsvImport(this, m_model->document(), m_model->adapter(), path);
}

bool EditableTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the focus, so these keys reach the view
    // only when no editor is open.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copy();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeSelectedRows();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditableTable::dragEnterEvent(QDragEnterEvent *event)
{
    if (!csvPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EditableTable::dropEvent(QDropEvent *event)
{
    const QString path = csvPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importCsv(path);
}

} // namespace gridcba::ui
