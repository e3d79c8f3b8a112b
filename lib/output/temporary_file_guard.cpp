#include "output/temporary_file_guard.hpp"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace mtfp {

namespace {

constexpr std::array<int, 3> guarded_signals{SIGINT, SIGTERM, SIGHUP};

// What the handler may touch: a fixed buffer and a flag, nothing that allocates.
char registered_path[4096];
volatile sig_atomic_t path_registered = 0;
std::array<struct sigaction, guarded_signals.size()> previous{};
std::array<bool, guarded_signals.size()> installed{};
BeforeRenameHook hook = nullptr;

// Only async-signal-safe calls: unlink, sigaction, raise. The signal is blocked while
// its handler runs, so the raised one is delivered (with the default action: the
// process ends as it would have) once the handler returns.
extern "C" void remove_temporary_file(int signal_number) {
    int saved = errno;
    if (path_registered) ::unlink(registered_path);
    path_registered = 0;
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(signal_number, &fallback, nullptr);
    ::raise(signal_number);
    errno = saved;
}

sigset_t guarded_set() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal_number : guarded_signals) sigaddset(&set, signal_number);
    return set;
}

}  // namespace

TemporaryFileGuard::TemporaryFileGuard() {
    struct sigaction action {};
    action.sa_handler = remove_temporary_file;
    action.sa_mask = guarded_set();  // one cleanup at a time
    for (std::size_t i = 0; i < guarded_signals.size(); ++i) {
        installed[i] = false;
        if (::sigaction(guarded_signals[i], nullptr, &previous[i]) != 0) continue;
        if (previous[i].sa_handler == SIG_IGN) continue;  // nohup and friends: keep ignoring
        installed[i] = ::sigaction(guarded_signals[i], &action, nullptr) == 0;
    }
}

TemporaryFileGuard::~TemporaryFileGuard() {
    release();
    for (std::size_t i = 0; i < guarded_signals.size(); ++i)
        if (installed[i]) ::sigaction(guarded_signals[i], &previous[i], nullptr);
}

int TemporaryFileGuard::create(std::string& pattern) {
    if (pattern.size() >= sizeof registered_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    sigset_t set = guarded_set();
    sigset_t before;
    ::sigprocmask(SIG_BLOCK, &set, &before);
    int descriptor = ::mkstemp(pattern.data());
    int error = errno;
    if (descriptor >= 0) {
        std::memcpy(registered_path, pattern.c_str(), pattern.size() + 1);
        path_registered = 1;
    }
    ::sigprocmask(SIG_SETMASK, &before, nullptr);
    errno = error;
    return descriptor;
}

void TemporaryFileGuard::release() {
    path_registered = 0;
}

void set_before_rename_hook(BeforeRenameHook new_hook) {
    hook = new_hook;
}

BeforeRenameHook before_rename_hook() {
    return hook;
}

}  // namespace mtfp
