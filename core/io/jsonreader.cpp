#include "jsonreader.h"

#include <cmath>

namespace gridcba::io::json {

using namespace model;

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return Tr::tr("the string \"%1\"").arg(v.toString());
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

Obj::~Obj()
{
    for (auto it = m_o.begin(); it != m_o.end(); ++it)
        if (!m_used.contains(it.key()))
            m_r.fail(at(it.key()), Tr::tr("unknown field (misspelt, or from a newer "
                                                  "version of GridCBA?)"));
}

bool Obj::present(const char *key, bool required, QJsonValue &v)
{
    const QString k = QLatin1String(key);
    v = take(k);
    if (v.isUndefined()) {
        if (required)
            m_r.fail(at(k), Tr::tr("required field is missing"));
        return false;
    }
    return true;
}

void Obj::string(const char *key, QString &out, bool required)
{
    QJsonValue v;
    if (!present(key, required, v))
        return;
    if (!v.isString())
        //: %1 describes the value found, e.g. "an array" or a number
        m_r.fail(at(QLatin1String(key)), Tr::tr("must be a string, got %1").arg(describe(v)));
    else
        out = v.toString();
}

void Obj::number(const char *key, double &out, bool required)
{
    QJsonValue v;
    if (!present(key, required, v))
        return;
    if (!v.isDouble())
        m_r.fail(at(QLatin1String(key)), Tr::tr("must be a number, got %1").arg(describe(v)));
    else
        out = v.toDouble();
}

void Obj::optionalNumber(const char *key, std::optional<double> &out)
{
    QJsonValue v;
    if (!present(key, false, v) || v.isNull())
        return;
    if (!v.isDouble())
        m_r.fail(at(QLatin1String(key)), Tr::tr("must be a number or null, got %1").arg(describe(v)));
    else
        out = v.toDouble();
}

void Obj::integer(const char *key, int &out, bool required)
{
    QJsonValue v;
    if (!present(key, required, v))
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
        m_r.fail(at(QLatin1String(key)), Tr::tr("must be a whole number, got %1").arg(describe(v)));
    else
        out = int(d);
}

void Obj::boolean(const char *key, bool &out)
{
    QJsonValue v;
    if (!present(key, false, v))
        return;
    if (!v.isBool())
        m_r.fail(at(QLatin1String(key)), Tr::tr("must be true or false, got %1").arg(describe(v)));
    else
        out = v.toBool();
}

void readPollutantMap(Reader &r, Obj &o, const char *key, std::map<Pollutant, double> &out)
{
    o.numberMap(key, [&](const QString &k, double v, const QString &path) {
        if (auto p = pollutantFromKey(k))
            out[*p] = v;
        else
            r.fail(path, Tr::tr("unknown pollutant; use nox, nh3, sox, pm25, pm10 or nmvoc"));
    });
}

}  // namespace gridcba::io::json
