// ExamplesCatalog: the teaching programs compiled into the app (resources/examples/*.c under
// ":/examples"): file name, title (from the "// Title:" line) and source text.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace memviz::ui {

struct Example {
    QString fileName; // "07_linked_list.c"
    QString title;    // "A linked list"
    QString resource; // ":/examples/07_linked_list.c"
};

class ExamplesCatalog {
public:
    static std::vector<Example> all();
    // By file name, with or without ".c", by its number ("07") or by the part after the number
    // ("linked_list"); nullopt when nothing matches.
    static std::optional<Example> find(const QString& name);
    static QString source(const Example& example);
    static QString defaultName() { return QStringLiteral("01_frames_lifo.c"); }
};

} // namespace memviz::ui
