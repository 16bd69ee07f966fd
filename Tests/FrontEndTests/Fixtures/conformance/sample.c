// Conformance sample: a tiny tokenizer for arithmetic expressions.
#include <ctype.h>
#include <stdio.h>
#include <string.h>

struct token {
    const char *kind;
    char text[32];
    int line;
};

static const char *OPERATORS = "+-*/";

static size_t scan_number(const char *source, size_t start)
{
    size_t end = start;
    while (source[end] != '\0' && isdigit((unsigned char)source[end])) {
        end++;
    }
    if (source[end] == '.') {
        end++;
        while (source[end] != '\0' && isdigit((unsigned char)source[end])) {
            end++;
        }
    }
    return end;
}

static int tokenize(const char *source, int line, struct token *out, int capacity)
{
    int count = 0;
    size_t index = 0;
    while (source[index] != '\0' && count < capacity) {
        char ch = source[index];
        if (isspace((unsigned char)ch)) {
            index++;
        } else if (isdigit((unsigned char)ch)) {
            size_t end = scan_number(source, index);
            size_t length = end - index < 31 ? end - index : 31;
            out[count].kind = "number";
            memcpy(out[count].text, source + index, length);
            out[count].text[length] = '\0';
            out[count].line = line;
            count++;
            index = end;
        } else if (strchr(OPERATORS, ch) != NULL) {
            out[count].kind = "operator";
            out[count].text[0] = ch;
            out[count].text[1] = '\0';
            out[count].line = line;
            count++;
            index++;
        } else {
            fprintf(stderr, "invalid token at line %d\n", line);
            return -1;
        }
    }
    return count;
}

int main(int argc, char **argv)
{
    // Tokenize each argument and print one token per line.
    struct token tokens[64];
    int total = 0;
    for (int i = 1; i < argc; i++) {
        int count = tokenize(argv[i], i, tokens, 64);
        if (count < 0) {
            return 1;
        }
        for (int j = 0; j < count; j++) {
            printf("%s '%s' @%d\n", tokens[j].kind, tokens[j].text, tokens[j].line);
        }
        total += count;
    }
    printf("tokens: %d\n", total);
    return 0;
}
