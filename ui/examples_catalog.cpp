// ExamplesCatalog: the list is read from the resource directory, sorted by file name.
#include "examples_catalog.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace memviz::ui {

std::vector<Example> ExamplesCatalog::all() {
    std::vector<Example> out;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& file : dir.entryList({QStringLiteral("*.c")}, QDir::Files, QDir::Name)) {
        Example e;
        e.fileName = file;
        e.resource = dir.filePath(file);
        QFile f(e.resource);
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QString first = QString::fromUtf8(f.readLine()).trimmed();
            if (first.startsWith(QStringLiteral("// Title:"))) e.title = first.mid(9).trimmed();
        }
        if (e.title.isEmpty()) e.title = file;
        out.push_back(e);
    }
    return out;
}

std::optional<Example> ExamplesCatalog::find(const QString& name) {
    QString key = name.trimmed();
    if (key.endsWith(QStringLiteral(".c"))) key.chop(2);
    for (const Example& e : all()) {
        const QString base = e.fileName.chopped(2);
        const QString number = base.section(QLatin1Char('_'), 0, 0);
        const QString rest = base.section(QLatin1Char('_'), 1);
        if (key == base || key == number || key == rest || (key.toInt() > 0 && key.toInt() == number.toInt()))
            return e;
    }
    return std::nullopt;
}

QString ExamplesCatalog::source(const Example& example) {
    QFile f(example.resource);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace memviz::ui
