// Writes the traditional → simplified character table the text layer folds by
// (Sources/Plugins/Resources/script/traditional-simplified.txt), from ICU's
// Traditional-Simplified (Hant-Hans) transliterator, one character at a time.
//
// Kept: a Han character of the BMP whose transliteration alone is one other
// BMP Han character. Left out: a character that GB2312, the simplified
// standard set, holds itself (乾, 著, 於, 藉 ...): it is written in simplified
// text too, with its own meaning, so which character it stands for depends on
// the word. Two short lists correct that rule by what simplified text writes:
// `alwaysFold` are traditional forms GB2312 happens to hold that simplified
// text uses in rare words only (後, 徵), so in running text they are the
// traditional script; `neverFold` are characters the 2013 standard character
// table (通用规范汉字表) keeps as simplified for names and set words (昇 of
// 毕昇, 瞭 of 瞭望) that GB2312 lacks. Run by generate.sh; the output is committed.
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <unicode/utrans.h>

static int inGB2312(iconv_t cd, UChar32 c) {
    char in[4], out[8];
    int n = 0;
    if (c < 0x800) return 1;  // not a Han character: never folded
    in[n++] = (char)(0xE0 | (c >> 12));
    in[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
    in[n++] = (char)(0x80 | (c & 0x3F));
    char *ip = in, *op = out;
    size_t il = (size_t)n, ol = sizeof out;
    iconv(cd, NULL, NULL, NULL, NULL);
    return iconv(cd, &ip, &il, &op, &ol) != (size_t)-1;
}

static const char *alwaysFold = "後徵夥摺菸麽箝";
static const char *neverFold = "昇陞瞭喆堃淼甦邨蒐祇絜椀";
static const char *traditionalOnly = "於";
// Pairs (traditional, simplified) of Unihan's kSimplifiedVariant that ICU 72's
// transliterators lack: simplified characters added to the standard since
// (硚 of 武汉's 硚口区, written 礄 in traditional script).
static const char *supplement = "礄硚";

/// Whether the UTF-8 of `c` occurs in `list`.
static int listed(const char *list, UChar32 c) {
    char u[4] = {(char)(0xE0 | (c >> 12)), (char)(0x80 | ((c >> 6) & 0x3F)), (char)(0x80 | (c & 0x3F)), 0};
    return strstr(list, u) != NULL;
}

static void put(UChar32 c) {
    printf("%c%c%c", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
}

int main(void) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[] = u"Traditional-Simplified";
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ICU: %s\n", u_errorName(status)); return 1; }
    iconv_t gb = iconv_open("GB2312", "UTF-8");
    if (gb == (iconv_t)-1) { perror("iconv GB2312"); return 1; }
    static UChar32 to[0xA000];  // the simplified form of each character kept, else 0
    int kept = 0, left = 0;
    for (UChar32 c = 0x3400; c <= 0x9FFF; c++) {
        if (c >= 0x4DC0 && c < 0x4E00) continue;  // Yijing hexagram symbols
        UChar buf[8] = {(UChar)c};
        int32_t len = 1, limit = 1;
        status = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 8, 0, &limit, &status);
        if (U_FAILURE(status) || len != 1 || buf[0] == c) continue;
        UChar32 s = buf[0];
        if (s < 0x3400 || s > 0x9FFF) continue;
        if (listed(neverFold, c) || listed(traditionalOnly, c) || (inGB2312(gb, c) && !listed(alwaysFold, c))) {
            left++;
            fprintf(stderr, "left (also simplified): U+%04X\n", c);
            continue;
        }
        to[c] = s;
    }
    // Traditional forms the forward transliterator lacks but the reverse one
    // writes (硚 → 礄): Simplified-Traditional of a character that
    // Traditional-Simplified leaves alone.
    UTransliterator *back = utrans_openU(u"Simplified-Traditional", -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ICU: %s\n", u_errorName(status)); return 1; }
    for (UChar32 s = 0x3400; s <= 0x9FFF; s++) {
        if (s >= 0x4DC0 && s < 0x4E00) continue;
        UChar buf[8] = {(UChar)s};
        int32_t len = 1, limit = 1;
        status = U_ZERO_ERROR;
        utrans_transUChars(back, buf, &len, 8, 0, &limit, &status);
        UChar32 c = buf[0];
        if (U_FAILURE(status) || len != 1 || c == s || c < 0x3400 || c > 0x9FFF || to[c] || to[s]) continue;
        if (listed(neverFold, c) || listed(traditionalOnly, c) || inGB2312(gb, c)) continue;
        fprintf(stderr, "added from the reverse table: U+%04X -> U+%04X\n", c, s);
        to[c] = s;
    }
    utrans_close(back);
    for (const char *p = supplement; p[0] && p[3]; p += 6) {
        UChar32 c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        UChar32 s = ((p[3] & 0x0F) << 12) | ((p[4] & 0x3F) << 6) | (p[5] & 0x3F);
        if (!to[c]) to[c] = s;
    }
    for (UChar32 c = 0x3400; c <= 0x9FFF; c++) {
        if (!to[c]) continue;
        // One step reaches the simplified form: 薴 → 苧 → 苎 is written 薴 → 苎.
        UChar32 s = to[c];
        for (int hops = 0; hops < 4 && to[s]; hops++) s = to[s];
        put(c); put(s); printf("\n");
        kept++;
    }
    // Characters both scripts write, which a document in traditional script
    // writes for the simplified form (於 of 關於 is 于; in simplified text 於
    // is only a surname): folded only in a document that has other
    // traditional characters.
    printf("[traditional documents]\n");
    for (const char *p = traditionalOnly; *p; p += 3) {
        UChar32 c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        UChar buf[8] = {(UChar)c};
        int32_t len = 1, limit = 1;
        status = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 8, 0, &limit, &status);
        if (U_FAILURE(status) || len != 1 || buf[0] == c) continue;
        put(c); put(buf[0]); printf("\n");
    }
    fprintf(stderr, "%d kept, %d left\n", kept, left);
    utrans_close(t);
    iconv_close(gb);
    return 0;
}
