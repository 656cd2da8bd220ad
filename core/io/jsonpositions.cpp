#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gridcba::io {

namespace {

// A scanner over already-validated JSON that records the line of every value.
class Scanner
{
public:
    Scanner(const QByteArray &text, QHash<QString, int> &lines) : m_text(text), m_lines(lines) {}

    void value(const QString &path)
    {
        skipSpace();
        m_lines.insert(path, m_line);
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '{')
            object(path);
        else if (c == '[')
            array(path);
        else if (c == '"')
            string();
        else
            while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos]))
                ++m_pos;
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    static QString child(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'/' + key;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
            ++m_pos;
        }
    }

    QString string()
    {
        QByteArray raw;
        ++m_pos;  // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                raw.append(m_text[m_pos]);
                ++m_pos;
            }
            raw.append(m_text[m_pos]);
            ++m_pos;
        }
        ++m_pos;  // closing quote
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        // Let Qt decode the escapes of the rare escaped key.
        const QByteArray wrapped = "[\"" + raw + "\"]";
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    void object(const QString &path)
    {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == '}')
                break;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            skipSpace();
            ++m_pos;  // colon
            value(child(path, key));
        }
        ++m_pos;
    }

    void array(const QString &path)
    {
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == ']')
                break;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            value(child(path, QString::number(index++)));
        }
        ++m_pos;
    }

    const QByteArray &m_text;
    QHash<QString, int> &m_lines;
    qsizetype m_pos = 0;
    int m_line = 1;
};

}  // namespace

JsonPositions::JsonPositions(const QByteArray &text)
{
    Scanner(text, m_lines).value(QString());
}

int JsonPositions::lineOf(const QString &path) const
{
    QString p = path;
    for (;;) {
        auto it = m_lines.find(p);
        if (it != m_lines.end())
            return it.value();
        const qsizetype slash = p.lastIndexOf(u'/');
        if (p.isEmpty())
            return 1;
        p = slash < 0 ? QString() : p.left(slash);
    }
}

std::pair<int, int> JsonPositions::lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace gridcba::io
