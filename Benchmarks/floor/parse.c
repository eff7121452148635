/*
 * The libxml2 parse floor for mailproof's benchmark: parse every file named on standard input (one path a line)
 * with libxml2's HTML parser and the options mailproof uses (LibXMLTreeBuilder.swift), in one process.
 *
 *   parse sax   FILES...   a SAX parse with empty start/end-element callbacks (what mailproof's parse costs
 *                          libxml2 itself: no tree is built)
 *   parse tree  FILES...   htmlReadMemory, building and freeing libxml2's own tree (what most tools pay)
 *
 * Files are read into memory before the clock starts, so the time is parsing only; it is printed in seconds.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOWARNING;

static void on_start(void *ctx, const xmlChar *name, const xmlChar **attrs) { (void)ctx; (void)name; (void)attrs; }
static void on_end(void *ctx, const xmlChar *name) { (void)ctx; (void)name; }
static void on_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

typedef struct { char *bytes; int size; } Buffer;

static Buffer read_file(const char *path) {
    Buffer buffer = {NULL, 0};
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    buffer.bytes = malloc(size + 1);
    if (fread(buffer.bytes, 1, size, file) != (size_t)size) { perror(path); exit(2); }
    buffer.bytes[size] = 0; /* mailproof also ends its parse buffer with a NUL */
    buffer.size = (int)size;
    fclose(file);
    return buffer;
}

static void parse_sax(Buffer buffer) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElement = on_start;
    handler.endElement = on_end;
    handler.serror = on_error;
    xmlSAXHandlerPtr original = (xmlSAXHandlerPtr)ctxt->sax;
    ctxt->sax = &handler;
    ctxt->userData = NULL;
    htmlCtxtReadMemory(ctxt, buffer.bytes, buffer.size, NULL, "UTF-8", options);
    ctxt->sax = original;
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
}

static void parse_tree(Buffer buffer) {
    htmlDocPtr document = htmlReadMemory(buffer.bytes, buffer.size, NULL, "UTF-8", options);
    if (document) xmlFreeDoc(document);
}

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "sax") && strcmp(argv[1], "tree"))) {
        fprintf(stderr, "usage: parse sax|tree < file-list\n");
        return 2;
    }
    int sax = strcmp(argv[1], "sax") == 0;
    size_t count = 0, capacity = 1024;
    Buffer *buffers = malloc(capacity * sizeof *buffers);
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        if (count == capacity) buffers = realloc(buffers, (capacity *= 2) * sizeof *buffers);
        buffers[count++] = read_file(line);
    }
    xmlInitParser();
    /* mailproof collects errors through a structured handler; the floor receives and drops them. */
    xmlSetStructuredErrorFunc(NULL, on_error);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (size_t i = 0; i < count; i++) {
        if (sax) parse_sax(buffers[i]); else parse_tree(buffers[i]);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    printf("%.4f\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
    return 0;
}
