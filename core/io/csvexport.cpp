#include "csvexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <memory>

namespace gridcba::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};
} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvNumber(double value)
{
    if (value == 0.0)
        return QStringLiteral("0"); // not "-0"
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray tableToCsv(const Table &table)
{
    QString out;
    QStringList fields;
    for (const Column &c : table.columns)
        fields << csvField(c.header());
    out += fields.join(u',') + QStringLiteral("\r\n");
    for (const std::vector<Cell> &row : table.rows) {
        fields.clear();
        for (const Cell &cell : row) {
            if (const auto *s = std::get_if<QString>(&cell))
                fields << csvField(*s);
            else if (const auto *v = std::get_if<double>(&cell))
                fields << csvNumber(*v);
            else
                fields << QString();
        }
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString csvFileName(const Table &table)
{
    QString name = table.name.trimmed();
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'-';
    return (name.isEmpty() ? QStringLiteral("table") : name) + QStringLiteral(".csv");
}

bool writeCsvFiles(const std::vector<Table> &tables, const QString &directory,
                   QStringList *written, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        //: %1 is a directory name
        return fail(Tr::tr("%1: cannot create the directory").arg(QDir::toNativeSeparators(directory)));
    // Open and fill every file first; commit only when all of them could be written, so a
    // failure leaves the directory as it was (uncommitted QSaveFiles are discarded).
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const Table &table : tables) {
        auto file = std::make_unique<QSaveFile>(dir.filePath(csvFileName(table)));
        const QByteArray bytes = tableToCsv(table);
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size())
            return fail(Tr::tr("%1: cannot write: %2")
                            .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
        files.push_back(std::move(file));
    }
    for (const auto &file : files) {
        if (!file->commit())
            return fail(Tr::tr("%1: cannot write: %2")
                            .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
        if (written)
            *written << file->fileName();
    }
    return true;
}

} // namespace gridcba::io
