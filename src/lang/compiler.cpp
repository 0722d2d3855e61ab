// compile(): preprocess, parse and check one file; a last-resort catch turns an internal failure into a
// diagnostic instead of an exception escaping to the caller.
#include "lang/compiler.h"

#include "lang/diagnostic_sink.h"
#include "lang/expr_numbering.h"
#include "lang/parser.h"

#include <algorithm>
#include <exception>
#include <new>

namespace memviz::lang {

namespace {

PreprocessorOptions preprocessorOptions(const CompileOptions& options) {
    PreprocessorOptions pp;
    pp.includeLocal = options.includeLocal;
    pp.maxTokens = options.maxTokens;
    pp.defines = options.defines;
    return pp;
}

std::vector<core::Diagnostic> sorted(std::vector<core::Diagnostic> diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const core::Diagnostic& a, const core::Diagnostic& b) {
        if (a.loc.valid() != b.loc.valid()) return a.loc.valid();
        if (a.loc.line != b.loc.line) return a.loc.line < b.loc.line;
        return a.loc.column < b.loc.column;
    });
    return diagnostics;
}

} // namespace

CompileResult compile(std::string_view source, std::string fileName, const CompileOptions& options) {
    CompileResult result;
    DiagnosticSink sink;
    auto unit = std::make_unique<TranslationUnit>();
    try {
        Preprocessor preprocessor(sink, preprocessorOptions(options));
        std::vector<Token> tokens = preprocessor.run(source, fileName);
        if (!sink.full()) {
            Parser parser(std::move(tokens), *unit, sink);
            parser.parseTranslationUnit();
        }
    } catch (const std::bad_alloc&) {
        sink.error({}, "out of memory while compiling");
    } catch (const std::exception& e) {
        sink.error({}, std::string("internal compiler error: ") + e.what());
    } catch (...) {
        sink.error({}, "internal compiler error");
    }
    if (!sink.hasErrors()) {
        numberExpressions(*unit);
        result.unit = std::move(unit);
    }
    result.diagnostics = sorted(sink.take());
    return result;
}

std::vector<Token> preprocess(std::string_view source, std::string fileName, const CompileOptions& options,
                              std::vector<core::Diagnostic>& diagnostics) {
    DiagnosticSink sink;
    std::vector<Token> tokens;
    try {
        Preprocessor preprocessor(sink, preprocessorOptions(options));
        tokens = preprocessor.run(source, fileName);
    } catch (...) {
        sink.error({}, "internal preprocessor error");
        tokens.clear();
        tokens.push_back(Token{});
    }
    diagnostics = sorted(sink.take());
    return tokens;
}

std::string formatDiagnostics(const std::vector<core::Diagnostic>& diagnostics, std::string_view fileName,
                              std::string_view source) {
    std::string out;
    for (const core::Diagnostic& d : diagnostics) out += core::formatDiagnostic(d, fileName, source);
    return out;
}

} // namespace memviz::lang
