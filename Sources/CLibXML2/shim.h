#ifndef MAILPROOF_CLIBXML2_SHIM_H
#define MAILPROOF_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and encoding.h then includes ICU's headers, whose UErrorCode clashes with
   Foundation's own ICU module in any Swift file that sees both. mailproof never reads the ICU fields of
   xmlCharEncodingHandler (it only passes pointers), so the declarations are imported without them. */
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#endif
