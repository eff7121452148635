/*
 * peak-rss OUTPUT COMMAND [ARGS...]: runs COMMAND and writes its peak resident set size in kilobytes and its exit
 * status to OUTPUT ("12345 0"); exits with the command's status.
 *
 * Why not the benchmark's own wait4: Linux keeps a process's peak RSS across exec, and a child that Python starts
 * (vfork or fork, then exec) begins with the peak of the Python process that started it. Measured from Python, a
 * command that needs 20 MB is reported at the harness's size when the harness is larger. Started from this small
 * process, the command begins with this process's peak, about a megabyte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: peak-rss OUTPUT COMMAND [ARGS...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) { perror("wait4"); return 2; }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *output = fopen(argv[1], "w");
    if (!output) { perror(argv[1]); return 2; }
    fprintf(output, "%ld %d\n", usage.ru_maxrss, code);
    fclose(output);
    return code;
}
