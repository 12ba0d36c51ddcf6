#include "WordBreak.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>

void *word_break_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    return breaker;
}

void word_break_close(void *breaker) {
    if (breaker) ubrk_close((UBreakIterator *)breaker);
}

int32_t word_break_boundaries(void *breaker, const char *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    UBreakIterator *bi = (UBreakIterator *)breaker;
    ubrk_setUText(bi, ut, &status);
    if (U_FAILURE(status)) { utext_close(ut); return -1; }
    int32_t count = 0;
    for (int32_t at = ubrk_first(bi); at != UBRK_DONE; at = ubrk_next(bi)) {
        if (count < capacity) boundaries[count] = at;
        count += 1;
    }
    utext_close(ut);
    return count;
}
