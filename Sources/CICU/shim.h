// ICU's word break iterator (libicu-dev / brew icu4c), reached only through CWordBreak.
#include <unicode/ubrk.h>
#include <unicode/utext.h>
