// A parallel token classifier, written for the clonescan conformance suite.
static const uniform int kMaxTokens = 1024;

static inline int classify(int8 c) {
    if (c == '+' || c == '-' || c == '*' || c == '/') {
        return 1;
    } else if (c >= '0' && c <= '9') {
        return 2;
    }
    return 0;
}

export uniform int countOperators(uniform int8 text[], uniform int length) {
    int count = 0;
    foreach (i = 0 ... length) {
        int kind = classify(text[i]);
        if (kind == 1 && i < kMaxTokens) {
            count += 1;
        }
    }
    if (reduce_add(count) > kMaxTokens) {
        print("invalid token at line %\n", length);
    }
    return reduce_add(count);
}
