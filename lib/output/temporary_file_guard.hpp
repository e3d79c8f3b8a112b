#pragma once
// While an output file is being written to its temporary name, SIGINT, SIGTERM and
// SIGHUP (Ctrl-C, kill, a closed terminal) remove the temporary file before the
// process ends as the signal says: otherwise a full-size `.NAME.tmp-XXXXXX` would be
// left beside the target. The target itself is never partial either way (the rename is
// the last step). A signal the parent set to be ignored stays ignored.
#include <string>

namespace mtfp {

class TemporaryFileGuard {
public:
    TemporaryFileGuard();   // installs the handlers (keeping the ones it replaces)
    ~TemporaryFileGuard();  // restores them; what is registered is forgotten
    TemporaryFileGuard(const TemporaryFileGuard&) = delete;
    TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

    // Creates the temporary file from a mkstemp pattern (XXXXXX last) with the signals
    // held back until its name is registered, so no signal can fall between the two.
    // Returns the descriptor, or -1 with errno set.
    int create(std::string& pattern);
    // The file was renamed into place or removed: a signal now removes nothing.
    void release();
};

// For tests: called just before the rename, with the temporary file written and
// registered (a test raises a signal there). Null in normal use.
using BeforeRenameHook = void (*)();
void set_before_rename_hook(BeforeRenameHook hook);
BeforeRenameHook before_rename_hook();

}  // namespace mtfp
