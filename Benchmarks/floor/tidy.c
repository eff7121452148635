/*
 * `tidy -q -e FILE` for every file named on standard input (one path a line), in one process: the second C
 * reference of mailproof's benchmark, beside `xmllint --html --noout`.
 *
 * Why not `tidy -q -e FILE...`: the tidy command line reuses one TidyDoc for all the files it is given, so its
 * state carries from file to file (with tidy 5.6, every file after the first one with errors reports nothing).
 * This driver does per file what the command does for one file with -q -e (quiet, markup: no): a fresh
 * document, tidyParseFile, tidyCleanAndRepair, tidyRunDiagnostics, messages to standard error, no output.
 * It prints the files, errors and warnings it counted.
 */
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[4096];
    unsigned long files = 0, errors = 0, warnings = 0, failed = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        TidyDoc document = tidyCreate();
        tidyOptSetBool(document, TidyQuiet, yes);      /* -q */
        tidyOptSetBool(document, TidyShowMarkup, no);  /* -e */
        int status = tidyParseFile(document, line);
        if (status >= 0) status = tidyCleanAndRepair(document);
        if (status >= 0) status = tidyRunDiagnostics(document);
        if (status < 0) failed++;
        errors += tidyErrorCount(document);
        warnings += tidyWarningCount(document);
        files++;
        tidyRelease(document);
    }
    printf("tidy %s: %lu files, %lu errors, %lu warnings, %lu failed\n", tidyLibraryVersion(), files, errors, warnings,
           failed);
    return 0;
}
