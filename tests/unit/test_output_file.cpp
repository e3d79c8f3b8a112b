// write_file_atomically: a signal while the temporary file exists removes it, and the
// target is untouched (issue 10, item 6). Each case runs in a forked child, which the
// signal ends; the hook raises the signal at the worst moment, the temporary file
// written in full and not yet renamed.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/atomic_file.hpp"
#include "output/temporary_file_guard.hpp"

using namespace mtfp;

namespace {

namespace fs = std::filesystem;

int signal_to_raise = 0;

void raise_signal() {
    ::raise(signal_to_raise);
}

std::string contents_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs write_file_atomically in a child that raises `signal_number` before the rename
// (ignored first when `ignored`); returns the child's wait status.
int write_in_child(const fs::path& target, int signal_number, bool ignored) {
    pid_t child = ::fork();
    if (child == 0) {
        if (ignored) ::signal(signal_number, SIG_IGN);
        signal_to_raise = signal_number;
        set_before_rename_hook(raise_signal);
        try {
            write_file_atomically(target.string(), std::string(1 << 20, 'x'));
        } catch (...) {
            ::_exit(3);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
}

}  // namespace

TEST_CASE("output file: SIGINT, SIGTERM and SIGHUP during -o remove the temporary file") {
    fs::path folder = fs::temp_directory_path() / ("mtfp-output-tests-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    fs::path target = folder / "plan.txt";
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        CAPTURE(signal_number);
        std::ofstream(target) << "previous";
        int status = write_in_child(target, signal_number, false);
        CHECK(WIFSIGNALED(status));  // the process still ends as the signal says
        CHECK(WTERMSIG(status) == signal_number);
        CHECK(contents_of(target) == "previous");
        std::size_t files = 0;
        for (const auto& entry : fs::directory_iterator(folder)) {
            CHECK(entry.path().filename() == "plan.txt");
            ++files;
        }
        CHECK(files == 1);
    }
    // A signal the parent ignores (nohup) stays ignored: the file is written.
    int status = write_in_child(target, SIGHUP, true);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(contents_of(target) == std::string(1 << 20, 'x'));
    fs::remove_all(folder);
}
