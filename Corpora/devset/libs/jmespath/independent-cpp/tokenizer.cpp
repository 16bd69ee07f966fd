#include "tokenizer.hpp"

#include <utility>

namespace jmes {

namespace {

bool ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool ident_start(uint32_t c) { return ascii_letter(c) || c == '_'; }
bool ident_body(uint32_t c) { return ident_start(c) || digit(c); }

// Python's str.isspace() for the code points that matter here.
bool py_space(uint32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

const char* single_kind(uint32_t c) {
    switch (c) {
        case '.': return "dot";
        case '*': return "star";
        case ']': return "rbracket";
        case ',': return "comma";
        case ':': return "colon";
        case '@': return "current";
        case '(': return "lparen";
        case ')': return "rparen";
        case '{': return "lbrace";
        case '}': return "rbrace";
        default: return nullptr;
    }
}

struct Pairing {
    uint32_t second;
    const char* doubled;
    const char* single;
};

bool pairing(uint32_t c, Pairing& p) {
    switch (c) {
        case '|': p = {'|', "or", "pipe"}; return true;
        case '&': p = {'&', "and", "expref"}; return true;
        case '<': p = {'=', "lte", "lt"}; return true;
        case '>': p = {'=', "gte", "gt"}; return true;
        case '!': p = {'=', "ne", "not"}; return true;
        default: return false;
    }
}

// Scanner over code points; like the reference lexer, the index never moves past the last one.
class Scanner {
  public:
    explicit Scanner(std::vector<uint32_t> cps) : cps_(std::move(cps)) {}

    bool done() const { return finished_; }
    uint32_t ch() const { return cps_[idx_]; }
    long index() const { return (long)idx_; }
    size_t size() const { return cps_.size(); }
    const std::vector<uint32_t>& cps() const { return cps_; }

    void step() {
        if (idx_ + 1 >= cps_.size()) finished_ = true;
        else ++idx_;
    }
    bool next_is(uint32_t c) const { return !finished_ && idx_ + 1 < cps_.size() && cps_[idx_ + 1] == c; }
    bool next_is_digit() const { return !finished_ && idx_ + 1 < cps_.size() && digit(cps_[idx_ + 1]); }
    std::string slice(size_t from, size_t to) const { return to_utf8(cps_, from, to); }

  private:
    std::vector<uint32_t> cps_;
    size_t idx_ = 0;
    bool finished_ = false;
};

Token make(const char* kind, JValue value, long start, long end) { return Token{kind, std::move(value), start, end}; }

std::string run_of(Scanner& sc, bool (*accept)(uint32_t)) {
    size_t from = (size_t)sc.index();
    do sc.step();
    while (!sc.done() && accept(sc.ch()));
    size_t to = sc.done() ? sc.size() : (size_t)sc.index();
    return sc.slice(from, to);
}

// Reads a delimited lexeme; returns its body and sets `width` to the lexer's quirky end value.
std::string delimited(Scanner& sc, uint32_t delim, long& width) {
    long start = sc.index();
    std::string body;
    auto unclosed = [&]() {
        std::string d;
        append_utf8(d, delim);
        return LexerError(start, sc.slice((size_t)start, sc.size()), "Unclosed " + d + " delimiter");
    };
    sc.step();
    while (sc.done() || sc.ch() != delim) {
        if (sc.done()) throw unclosed();
        if (sc.ch() == '\\') {
            body += '\\';
            sc.step();
            if (sc.done()) throw unclosed();
        }
        append_utf8(body, sc.ch());
        sc.step();
    }
    sc.step();
    width = sc.index() - start;
    return body;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    size_t at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
        s.replace(at, from.size(), to);
        at += to.size();
    }
    return s;
}

JValue json_literal(const std::string& body, long start, const Scanner& sc) {
    std::string text = replace_all(body, "\\`", "`");
    if (auto v = parse_json(text)) return *v;
    std::vector<uint32_t> cps = to_code_points(text);
    size_t skip = 0;
    while (skip < cps.size() && py_space(cps[skip])) ++skip;
    if (auto v = parse_json("\"" + to_utf8(cps, skip) + "\"")) return *v;
    throw LexerError(start, sc.slice((size_t)start, sc.size()), "Bad token " + text);
}

JValue quoted_identifier(const std::string& body, long start) {
    std::string lexeme = "\"" + body + "\"";
    JsonFailure why;
    if (auto v = parse_json(lexeme, &why)) return *v;
    throw LexerError(start, lexeme, why.reason);
}

}  // namespace

std::vector<Token> Lexer::tokenize(const std::string& expression) const {
    if (expression.empty()) throw EmptyExpressionError();
    Scanner sc(to_code_points(expression));
    std::vector<Token> out;
    while (!sc.done()) {
        uint32_t c = sc.ch();
        long at = sc.index();
        Pairing pair;
        if (const char* kind = single_kind(c)) {
            out.push_back(make(kind, JValue::of_string(sc.slice(at, at + 1)), at, at + 1));
            sc.step();
        } else if (ident_start(c)) {
            std::string word = run_of(sc, ident_body);
            out.push_back(make("unquoted_identifier", JValue::of_string(word), at, at + (long)to_code_points(word).size()));
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sc.step();
        } else if (c == '[') {
            sc.step();
            if (!sc.done() && sc.ch() == ']') {
                sc.step();
                out.push_back(make("flatten", JValue::of_string("[]"), at, at + 2));
            } else if (!sc.done() && sc.ch() == '?') {
                sc.step();
                out.push_back(make("filter", JValue::of_string("[?"), at, at + 2));
            } else {
                out.push_back(make("lbracket", JValue::of_string("["), at, at + 1));
            }
        } else if (pairing(c, pair)) {
            sc.step();
            std::string first(1, (char)c);
            if (!sc.done() && sc.ch() == pair.second) {
                sc.step();
                out.push_back(make(pair.doubled, JValue::of_string(first + (char)pair.second), at, at + 1));
            } else {
                out.push_back(make(pair.single, JValue::of_string(first), at, at));
            }
        } else if (c == '=') {
            sc.step();
            if (sc.done() || sc.ch() != '=') throw LexerError(at, "=", "Unknown token '='");
            sc.step();
            out.push_back(make("eq", JValue::of_string("=="), at, at + 1));
        } else if (digit(c)) {
            std::string digits = run_of(sc, digit);
            out.push_back(make("number", JValue::of_int(std::stoll(digits)), at, at + (long)digits.size()));
        } else if (c == '-') {
            if (!sc.next_is_digit()) throw LexerError(at, "-", "Unknown token '-'");
            sc.step();
            std::string digits = "-" + run_of(sc, digit);
            out.push_back(make("number", JValue::of_int(std::stoll(digits)), at, at + (long)digits.size()));
        } else if (c == '\'') {
            long width;
            std::string body = delimited(sc, '\'', width);
            out.push_back(make("literal", JValue::of_string(replace_all(body, "\\'", "'")), at, width));
        } else if (c == '`') {
            long width;
            std::string body = delimited(sc, '`', width);
            out.push_back(make("literal", json_literal(body, at, sc), at, width));
        } else if (c == '"') {
            long width;
            std::string body = delimited(sc, '"', width);
            out.push_back(make("quoted_identifier", quoted_identifier(body, at), at, width));
        } else {
            std::string ch = sc.slice(at, at + 1);
            throw LexerError(at, ch, "Unknown token " + ch);
        }
    }
    long n = (long)sc.size();
    out.push_back(make("eof", JValue::of_string(""), n, n));
    return out;
}

}  // namespace jmes
