// mtfp: wiring only. Parses the command line with CLI11, runs the chosen subcommand
// and turns its outcome into an exit status: 0 done, 1 a check failed, 2 invalid input,
// 3 the output could not be written.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <sstream>

#include "model/diagnostic.hpp"
#include "output/write_all.hpp"
#include "subcommands.hpp"
#include "unknown_command.hpp"

namespace {

constexpr int exit_invalid_input = 2;
constexpr int exit_output_failed = 3;
constexpr int exit_internal_error = 70;

// Help and version text go through the same checked write as every other output, so
// that `mtfp --help > /dev/full` fails too (exit 3), not only the commands.
int print_and_exit(CLI::App& app, const CLI::Error& request) {
    std::ostringstream text;
    int status = app.exit(request, text, std::cerr);
    try {
        mtfp::write_standard_output(text.str());
    } catch (const mtfp::OutputError& error) {
        std::cerr << "mtfp: " << error.what() << "\n";
        return exit_output_failed;
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"mtfp: medium-term financial plan for a police authority's revenue budget", "mtfp"};
    app.set_version_flag("--version", std::string("mtfp ") + MTFP_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'mtfp COMMAND --help' for a command's options and an example.");
    mtfp::CommandResult result;
    mtfp::cli::register_run(app, result);
    mtfp::cli::register_check(app, result);
    mtfp::cli::register_solve(app, result);
    mtfp::cli::register_sensitivity(app, result);
    mtfp::cli::register_compare(app, result);
    mtfp::cli::register_explain(app, result);
    mtfp::cli::register_simulate(app, result);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& request) {
        return print_and_exit(app, request);
    } catch (const CLI::CallForAllHelp& request) {
        return print_and_exit(app, request);
    } catch (const CLI::CallForVersion& request) {
        return print_and_exit(app, request);
    } catch (const CLI::ParseError& error) {
        std::cerr
            << "mtfp: error: "
            << (argc > 1 ? mtfp::cli::unknown_command(app, argv[1]) : std::nullopt).value_or(error.what())
            << "\n";
        if (argc > 1) std::cerr << "Run 'mtfp --help' for usage.\n";
        return exit_invalid_input;
    } catch (const mtfp::InputError& error) {
        for (const auto& diagnostic : error.diagnostics()) std::cerr << format_diagnostic(diagnostic) << "\n";
        return exit_invalid_input;
    } catch (const mtfp::OutputError& error) {
        std::cerr << error.what() << "\n";
        return exit_output_failed;
    } catch (const std::exception& error) {
        // Not expected: the library turns every input problem into an InputError.
        std::cerr << "mtfp: internal error (a bug; please report it): " << error.what() << "\n";
        return exit_internal_error;
    }
    try {
        mtfp::write_standard_output(result.standard_output);
    } catch (const mtfp::OutputError& error) {
        std::cerr << "mtfp: " << error.what() << "\n";
        return exit_output_failed;
    }
    return result.exit_code;
}
