#include "tableadapter.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace gridcba::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gridcba::ui::TableAdapter", text);
}

bool isEmptyText(const QString &text)
{
    return text.isEmpty() || text == u"-" || text == u"–" || text == u"—";
}

} // namespace

QVariant parseCell(const TableColumn &column, const QString &rawText, QString *error)
{
    const QString text = rawText.trimmed();
    auto fail = [&](const QString &message) {
        if (error)
            *error = column.header + QStringLiteral(": ") + message;
        return QVariant();
    };
    if (error)
        error->clear();
    if (isEmptyText(text) && column.type != ColumnType::Text) {
        if (column.optional)
            return {};
        return fail(tr("a value is required"));
    }
    const QLocale locale;
    switch (column.type) {
    case ColumnType::Integer: {
        bool ok = false;
        int value = locale.toInt(text, &ok);
        if (!ok)
            value = QLocale::c().toInt(text, &ok);
        if (!ok)
            return fail(tr("“%1” is not a whole number").arg(text));
        return value;
    }
    case ColumnType::Real: {
        QString t = text;
        if (t.endsWith(u'%'))
            t.chop(1);
        t = t.trimmed();
        bool ok = false;
        double value = locale.toDouble(t, &ok);
        if (!ok)
            value = QLocale::c().toDouble(t, &ok);
        if (!ok)
            return fail(tr("“%1” is not a number").arg(text));
        if (!std::isfinite(value))
            return fail(tr("“%1” is not a finite number").arg(text));
        // 1e308 M€ would overflow to infinity in euros; anything near that is a unit mistake.
        if (!(std::abs(value * (column.displayScale != 0.0 ? column.displayScale : 1.0)) <=
              model::kMaxInputMagnitude))
            //: %2 is the largest value accepted, in the column's base unit (€, MW, MWh, t)
            return fail(tr("“%1” is implausibly large (more than %2 in base units); check the "
                           "unit")
                            .arg(text)
                            .arg(model::kMaxInputMagnitude, 0, 'g', 3));
        return value;
    }
    case ColumnType::Text:
        return text;
    case ColumnType::Choice:
        for (qsizetype i = 0; i < column.choices.size(); ++i) {
            if (text.compare(column.choices[i], Qt::CaseInsensitive) == 0 ||
                (i < column.choiceLabels.size() &&
                 text.compare(column.choiceLabels[i], Qt::CaseInsensitive) == 0))
                return column.choices[i];
        }
        return fail(tr("“%1” is not one of: %2")
                        .arg(text, (column.choiceLabels.isEmpty() ? column.choices
                                                                  : column.choiceLabels)
                                       .join(QStringLiteral(", "))));
    case ColumnType::Bool: {
        const QString t = text.toLower();
        if (t == u"true" || t == u"yes" || t == u"1" || t == u"x")
            return true;
        if (t == u"false" || t == u"no" || t == u"0")
            return false;
        return fail(tr("“%1” is not yes or no").arg(text));
    }
    }
    return {};
}

QString formatCell(const TableColumn &column, const QVariant &value)
{
    if (!value.isValid())
        return {};
    const QLocale locale;
    switch (column.type) {
    case ColumnType::Integer:
        // Years are the common integers: no thousands separator.
        return QString::number(value.toInt());
    case ColumnType::Real:
        return locale.toString(value.toDouble(), 'f', column.decimals);
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Choice: {
        const qsizetype i = column.choices.indexOf(value.toString());
        return i >= 0 && i < column.choiceLabels.size() ? column.choiceLabels[i]
                                                        : value.toString();
    }
    case ColumnType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    }
    return {};
}

QString columnHelp(const TableColumn &column)
{
    QString help =
        QStringLiteral("<p><b>") + column.header.toHtmlEscaped() + QStringLiteral("</b>");
    if (!column.toolTip.isEmpty())
        help += QStringLiteral("<br/>") + column.toolTip.toHtmlEscaped();
    return help + QStringLiteral("</p>");
}

} // namespace gridcba::ui
