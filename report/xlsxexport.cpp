#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace gridcba::report {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::report::Xlsx)
};

constexpr int kMaxSheetName = 31;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

// "A", "B", ..., "AA": the spreadsheet name of a 0-based column.
QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *ratio = nullptr;
    lxw_format *fraction = nullptr;
    lxw_format *factor = nullptr;
    lxw_format *integer = nullptr;

    explicit Formats(lxw_workbook *wb)
    {
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_bg_color(header, 0xE4EAF1);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        bold = workbook_add_format(wb);
        format_set_bold(bold);
        money = workbook_add_format(wb);
        format_set_num_format(money, "#,##0.00");
        ratio = workbook_add_format(wb);
        format_set_num_format(ratio, "0.0000");
        fraction = workbook_add_format(wb);
        format_set_num_format(fraction, "0.0000%");
        factor = workbook_add_format(wb);
        format_set_num_format(factor, "0.000000000");
        integer = workbook_add_format(wb);
        format_set_num_format(integer, "0");
    }

    lxw_format *of(io::ColumnKind kind) const
    {
        switch (kind) {
        case io::ColumnKind::Money: return money;
        case io::ColumnKind::Ratio: return ratio;
        case io::ColumnKind::Fraction: return fraction;
        case io::ColumnKind::Factor: return factor;
        case io::ColumnKind::Integer: return integer;
        case io::ColumnKind::Text:
        case io::ColumnKind::Quantity: break;
        }
        return nullptr;
    }
};

// Per scenario, NPV = SUMPRODUCT((scenario column = id) × net × factor), beside the table.
void writeNpvFormulas(lxw_worksheet *ws, const io::Table &t, const Formats &f)
{
    const io::DiscountingColumns &d = t.discounting;
    const int firstRow = 2;
    const int lastRow = int(t.rows.size()) + 1; // spreadsheet rows of the data, 1-based
    const lxw_col_t col = lxw_col_t(t.columns.size() + 1);
    worksheet_write_string(ws, 0, col, utf8(Texts::tr("Scenario")).constData(), f.header);
    worksheet_write_string(ws, 0, col + 1, utf8(t.columns[std::size_t(d.net)].unit.isEmpty()
                                                    ? Texts::tr("NPV")
                                                    : Texts::tr("NPV (%1)").arg(t.columns[std::size_t(d.net)].unit))
                                               .constData(), f.header);
    QStringList groups;
    std::vector<double> sums;
    for (const auto &row : t.rows) {
        const QString g = std::get<QString>(row[std::size_t(d.group)]);
        if (!groups.contains(g)) {
            groups << g;
            sums.push_back(0.0);
        }
        sums[std::size_t(groups.indexOf(g))] +=
            std::get<double>(row[std::size_t(d.net)]) * std::get<double>(row[std::size_t(d.factor)]);
    }
    const QString range = QStringLiteral("%1%3:%1%4");
    for (int i = 0; i < groups.size(); ++i) {
        const lxw_row_t r = lxw_row_t(i + 1);
        worksheet_write_string(ws, r, col, utf8(groups[i]).constData(), nullptr);
        const QString formula =
            QStringLiteral("=SUMPRODUCT((%1=%2)*%3*%4)")
                .arg(range.arg(columnLetters(d.group)).arg(firstRow).arg(lastRow),
                     columnLetters(int(col)) + QString::number(r + 1),
                     range.arg(columnLetters(d.net)).arg(firstRow).arg(lastRow),
                     range.arg(columnLetters(d.factor)).arg(firstRow).arg(lastRow));
        worksheet_write_formula_num(ws, r, col + 1, utf8(formula).constData(), f.money,
                                    sums[std::size_t(i)]);
    }
    worksheet_set_column(ws, col, col + 1, 16, nullptr);
}

void writeSheet(lxw_worksheet *ws, const io::Table &t, const Formats &f)
{
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), utf8(t.columns[c].header()).constData(), f.header);
        const bool text = t.columns[c].kind == io::ColumnKind::Text;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), text ? 18 : 15, nullptr);
    }
    worksheet_set_row(ws, 0, 45, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    const io::DiscountingColumns &d = t.discounting;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
            const io::Cell &cell = t.rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            if (const auto *s = std::get_if<QString>(&cell)) {
                worksheet_write_string(ws, row, col, utf8(*s).constData(), nullptr);
            } else if (const auto *v = std::get_if<double>(&cell)) {
                lxw_format *format = f.of(t.columns[c].kind);
                if (int(c) == d.discounted && d.net >= 0 && d.factor >= 0) {
                    const QString formula = QStringLiteral("=%1%3*%2%3")
                                                .arg(columnLetters(d.net), columnLetters(d.factor))
                                                .arg(row + 1);
                    worksheet_write_formula_num(ws, row, col, utf8(formula).constData(), format, *v);
                } else {
                    worksheet_write_number(ws, row, col, *v, format);
                }
            }
        }
    }
    if (d.group >= 0 && d.net >= 0 && d.factor >= 0 && !t.rows.empty())
        writeNpvFormulas(ws, t, f);
}

void writeContents(lxw_worksheet *ws, const std::vector<io::Table> &tables,
                   const std::vector<QString> &names, const Formats &f)
{
    worksheet_write_string(ws, 0, 0, utf8(Texts::tr("Sheet")).constData(), f.header);
    worksheet_write_string(ws, 0, 1, utf8(Texts::tr("Contents")).constData(), f.header);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        worksheet_write_string(ws, lxw_row_t(i + 1), 0, utf8(names[i]).constData(), f.bold);
        worksheet_write_string(ws, lxw_row_t(i + 1), 1, utf8(tables[i].title).constData(), nullptr);
    }
    worksheet_write_string(ws, lxw_row_t(tables.size() + 2), 0,
                           utf8(Texts::tr("Numbers are stored at full precision; money in € "
                                          "(not M€), rates and shares as fractions.")).constData(),
                           nullptr);
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 1, 110, nullptr);
}

} // namespace

std::vector<QString> sheetNames(const std::vector<io::Table> &tables)
{
    std::vector<QString> out;
    QSet<QString> used = {Texts::tr("contents").toLower()};
    for (const io::Table &t : tables) {
        QString name = t.name;
        for (QChar &c : name)
            if (QStringLiteral("[]:*?/\\").contains(c))
                c = u'-';
        name = name.left(kMaxSheetName);
        for (int n = 2; used.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = name.left(kMaxSheetName - int(suffix.size())) + suffix;
        }
        used.insert(name.toLower());
        out.push_back(name);
    }
    return out;
}

bool writeXlsx(const std::vector<io::Table> &tables, const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    };
    // libxlsxwriter writes to a named file: build the workbook in a private directory, then
    // copy it into place atomically.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Texts::tr("cannot create a temporary directory: %1").arg(dir.errorString()));
    const QString temporary = dir.filePath(QStringLiteral("tables.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(temporary).constData());
    if (!wb)
        return fail(Texts::tr("cannot create the workbook"));
    const Formats formats(wb);
    const std::vector<QString> names = sheetNames(tables);
    writeContents(workbook_add_worksheet(wb, utf8(Texts::tr("contents")).constData()), tables, names,
                  formats);
    for (std::size_t i = 0; i < tables.size(); ++i)
        writeSheet(workbook_add_worksheet(wb, utf8(names[i]).constData()), tables[i], formats);
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile built(temporary);
    QSaveFile out(path);
    if (!built.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(Texts::tr("cannot write: %1").arg(out.errorString()));
    const QByteArray bytes = built.readAll();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(Texts::tr("cannot write: %1").arg(out.errorString()));
    return true;
}

} // namespace gridcba::report
