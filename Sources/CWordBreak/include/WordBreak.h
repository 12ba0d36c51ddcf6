#ifndef WORD_BREAK_H
#define WORD_BREAK_H

#include <stdint.h>

// A thin C face over ICU's dictionary-based word break iterator. ICU's own
// functions carry its version in their symbol names (ubrk_open_72), which
// Swift cannot call by the plain name; these wrappers can.

/// A Chinese word break iterator, or NULL when ICU cannot make one (no data).
void *word_break_open(void);

/// Frees an iterator from word_break_open.
void word_break_close(void *breaker);

/// Writes the word boundaries of the UTF-8 text (byte offsets, 0 and length
/// included, ascending) to `boundaries`, at most `capacity` of them. Returns
/// how many there are (more than `capacity` means call again with more room),
/// or -1 when ICU reports an error.
int32_t word_break_boundaries(void *breaker, const char *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
