#pragma once

// Reading the JSON exchange format: a typed view over QJsonObject that records every problem
// with its field path (turned into file lines by JsonPositions), and reports fields it does
// not know. Shared by the readers of the study (jsonformat.cpp) and of the power system
// (powersystemjson.cpp). Internal to core/io.

#include "model/study.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace gridcba::io::json {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)
};

// "the string \"x\"", "an array", "12.5": the value found, for messages.
QString describe(const QJsonValue &v);

struct Problem
{
    QString path;
    QString message;
};

class Reader;

// One JSON object being read; unknown keys are reported when it goes out of scope.
class Obj
{
public:
    Obj(Reader &r, QJsonObject o, QString path) : m_r(r), m_o(std::move(o)), m_path(std::move(path))
    {
    }
    ~Obj();
    Obj(const Obj &) = delete;
    Obj &operator=(const Obj &) = delete;

    const QString &path() const { return m_path; }
    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'/' + key; }
    bool has(const QString &key) const { return m_o.contains(key); }
    // Marks every field as read, for a document that is not read any further.
    void ignoreRest()
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            m_used.insert(it.key());
    }

    QJsonValue take(const QString &key)
    {
        m_used.insert(key);
        return m_o.value(key);
    }

    void string(const char *key, QString &out, bool required = false);
    void number(const char *key, double &out, bool required = false);
    void optionalNumber(const char *key, std::optional<double> &out);
    void integer(const char *key, int &out, bool required = false);
    void boolean(const char *key, bool &out);
    // Calls f(Obj&) for each object of an array.
    template <typename F> void objects(const char *key, F f, bool required = false);
    // Calls f(key, double) for each member of an object of numbers.
    template <typename F> void numberMap(const char *key, F f);
    // Calls f(Obj&) for a nested object.
    template <typename F> void object(const char *key, F f, bool required = false);

private:
    bool present(const char *key, bool required, QJsonValue &v);

    Reader &m_r;
    QJsonObject m_o;
    QString m_path;
    QSet<QString> m_used;
};

class Reader
{
public:
    std::vector<Problem> problems;
    void fail(QString path, QString message) { problems.push_back({std::move(path), std::move(message)}); }
};


template <typename F> void Obj::objects(const char *key, F f, bool required)
{
    QJsonValue v;
    if (!present(key, required, v))
        return;
    const QString p = at(QLatin1String(key));
    if (!v.isArray()) {
        m_r.fail(p, Tr::tr("must be an array, got %1").arg(describe(v)));
        return;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString ip = p + u'/' + QString::number(i);
        if (!a[i].isObject()) {
            m_r.fail(ip, Tr::tr("must be an object, got %1").arg(describe(a[i])));
            continue;
        }
        Obj child(m_r, a[i].toObject(), ip);
        f(child);
    }
}

template <typename F> void Obj::numberMap(const char *key, F f)
{
    QJsonValue v;
    if (!present(key, false, v))
        return;
    const QString p = at(QLatin1String(key));
    if (!v.isObject()) {
        m_r.fail(p, Tr::tr("must be an object, got %1").arg(describe(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isDouble())
            m_r.fail(p + u'/' + it.key(),
                     Tr::tr("must be a number, got %1").arg(describe(it.value())));
        else
            f(it.key(), it.value().toDouble(), p + u'/' + it.key());
    }
}

template <typename F> void Obj::object(const char *key, F f, bool required)
{
    QJsonValue v;
    if (!present(key, required, v))
        return;
    const QString p = at(QLatin1String(key));
    if (!v.isObject()) {
        m_r.fail(p, Tr::tr("must be an object, got %1").arg(describe(v)));
        return;
    }
    Obj child(m_r, v.toObject(), p);
    f(child);
}

template <typename E>
void enumField(Reader &r, Obj &o, const char *key, E &out, std::optional<E> (*parse)(const QString &),
               const char *allowed)
{
    QString text;
    if (!o.has(QLatin1String(key))) {
        o.take(QLatin1String(key));
        return;
    }
    o.string(key, text);
    if (auto e = parse(text))
        out = *e;
    else
        r.fail(o.at(QLatin1String(key)),
               //: %1 is the value found in the file, %2 the list of allowed values
               Tr::tr("\"%1\" is not one of %2").arg(text, QLatin1String(allowed)));
}

void readPollutantMap(Reader &r, Obj &o, const char *key, std::map<model::Pollutant, double> &out);

}  // namespace gridcba::io::json
