#include "profileimportdialog.h"

#include "powersystemadapters.h"
#include "studydocument.h"
#include "tables.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gridcba::ui {

namespace {

constexpr int kMaxClimateYear = 2200;

// The first climate year of the first scenario, where the profiles most likely belong.
int defaultClimateYear(const model::Study &study)
{
    for (const model::Scenario &s : study.scenarios)
        if (!s.climateYears.empty())
            return s.climateYears.front().year;
    return 0;
}

} // namespace

ProfileImportDialog::ProfileImportDialog(const model::Study &study, const QString &path,
                                         const QByteArray &bytes, QWidget *parent)
    : QDialog(parent), m_study(study), m_fileName(QFileInfo(path).fileName()), m_bytes(bytes),
      m_climateYear(new QSpinBox), m_preview(new QTableWidget), m_notes(textLabel()),
      m_errors(new QListWidget), m_status(textLabel())
{
    setWindowTitle(tr("Import Profiles"));
    m_climateYear->setObjectName(QStringLiteral("profileClimateYear"));
    m_climateYear->setRange(0, kMaxClimateYear);
    m_climateYear->setSpecialValueText(tr("0 – every climate year"));
    m_climateYear->setToolTip(tr("The weather year the file's values belong to; 0 for profiles "
                                 "that are the same in every climate year."));
    m_climateYear->setValue(defaultClimateYear(study));
    m_preview->setObjectName(QStringLiteral("profilePreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_notes->setObjectName(QStringLiteral("profileImportNotes"));
    m_errors->setObjectName(QStringLiteral("profileImportErrors"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setObjectName(QStringLiteral("profileImportStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("profileImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *file = new QLabel(QDir::toNativeSeparators(path));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), file);
    form->addRow(tr("Climate year:"), m_climateYear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textLabel(tr("One column per profile after the “hour” column, one row per "
                                   "hour of the year. Profiles with the same id and climate year "
                                   "as one in the study replace it.")));
    layout->addLayout(form);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_notes);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_climateYear, &QSpinBox::valueChanged, this, &ProfileImportDialog::reread);
    reread();
}

int ProfileImportDialog::climateYear() const
{
    return m_climateYear->value();
}

void ProfileImportDialog::setClimateYear(int year)
{
    m_climateYear->setValue(year);
}

QString ProfileImportDialog::undoText() const
{
    return tr("Import %n profile(s) for climate year %1", nullptr, int(m_result.profiles.size()))
        .arg(climateYear());
}

void ProfileImportDialog::reread()
{
    m_result = io::readProfileCsv(m_bytes, m_fileName, climateYear());
    const QLocale locale;
    m_preview->clear();
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Profile"), tr("Mean"), tr("Min"), tr("Max"), tr("In the study")});
    m_preview->setRowCount(int(m_result.profiles.size()));
    int replaced = 0;
    for (int r = 0; r < int(m_result.profiles.size()); ++r) {
        const model::Profile &p = m_result.profiles[size_t(r)];
        const io::ProfileStats s = io::profileStats(p);
        const bool replaces =
            std::any_of(m_study.profiles.begin(), m_study.profiles.end(), [&](const auto &o) {
                return o.id == p.id && o.climateYear == p.climateYear;
            });
        replaced += replaces ? 1 : 0;
        const QStringList cells = {p.id, locale.toString(s.mean, 'f', 3),
                                   locale.toString(s.min, 'f', 3), locale.toString(s.max, 'f', 3),
                                   replaces ? tr("replaced") : tr("new")};
        for (int c = 0; c < int(cells.size()); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 1 && c <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_notes->setText(m_result.notes.join(u'\n'));
    m_notes->setVisible(!m_result.notes.isEmpty());
    m_errors->clear();
    m_errors->addItems(m_result.errors);
    m_errors->setVisible(!m_result.errors.isEmpty());
    m_import->setEnabled(m_result.ok());
    if (!m_result.errors.isEmpty())
        m_status->setText(tr("Nothing will be imported: fix the %n error(s) below and try again.",
                             nullptr, int(m_result.errors.size())));
    else
        m_status->setText(tr("%n profile(s) of %1 hours; %2 replace profiles of the study.",
                             nullptr, int(m_result.profiles.size()))
                              .arg(model::kHoursPerYear)
                              .arg(replaced));
}

bool runProfileImport(QWidget *parent, StudyDocument *document, const QString &path)
{
    if (!document)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, ProfileImportDialog::tr("Import Profiles"),
                             ProfileImportDialog::tr("Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    ProfileImportDialog dialog(document->study(), path, file.readAll(), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.result().ok())
        return false;
    return document->commit(dialog.undoText(),
                            withProfiles(document->study(), dialog.result().profiles));
}

} // namespace gridcba::ui
