// ProcessTimer over posix_spawn and waitpid.
#include "process_timer.h"

#include <chrono>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace memviz::bench {

ProcessTiming timeProcess(const std::vector<std::string>& argv, int runs) {
    ProcessTiming timing;
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    for (int run = 0; run < runs; ++run) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        pid_t pid = 0;
        auto start = std::chrono::steady_clock::now();
        int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            timing.ok = false;
            timing.error = "cannot start " + argv[0];
            return timing;
        }
        int status = 0;
        waitpid(pid, &status, 0);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            timing.ok = false;
            timing.error = argv[0] + " failed";
            return timing;
        }
        if (run == 0 || seconds < timing.seconds) timing.seconds = seconds;
        timing.ok = true;
    }
    return timing;
}

} // namespace memviz::bench
