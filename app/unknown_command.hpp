#pragma once
// `mtfp frobnicate`: CLI11 says only "A subcommand is required", which sends the user
// looking for a missing word rather than a wrong one. This names the word and the
// commands there are.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace mtfp::cli {

// "unknown command 'X' (did you mean 'Y'?); the commands are: run, check, ..." when
// `first` (the first argument) is a word that names no command; nothing otherwise.
std::optional<std::string> unknown_command(CLI::App& app, const std::string& first);

}  // namespace mtfp::cli
