#include "lexer.hpp"

namespace jmespath {

namespace {

std::u32string decode_utf8(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp;
        int extra;
        if (c < 0x80) { cp = c; extra = 0; }
        else if ((c >> 5) == 0x6) { cp = c & 0x1F; extra = 1; }
        else if ((c >> 4) == 0xE) { cp = c & 0x0F; extra = 2; }
        else { cp = c & 0x07; extra = 3; }
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (s[i] & 0x3F);
        out += cp;
    }
    return out;
}

std::string encode_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t cp : s) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

std::u32string replace_all(std::u32string s, const std::u32string& from, const std::u32string& to) {
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::u32string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}

// Python's str.lstrip(): ASCII and Unicode whitespace.
std::u32string lstrip(const std::u32string& s) {
    size_t k = 0;
    auto is_space = [](char32_t c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
               c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
               c == 0x205F || c == 0x3000;
    };
    while (k < s.size() && is_space(s[k])) ++k;
    return s.substr(k);
}

std::set<char32_t> chars(const std::string& s) { return std::set<char32_t>(s.begin(), s.end()); }

Token simple(const std::string& type, const std::u32string& value, long start, long end) {
    return Token{type, JsonValue::of_string(encode_utf8(value)), start, end};
}

}  // namespace

const std::set<char32_t> Lexer::START_IDENTIFIER =
    chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
const std::set<char32_t> Lexer::VALID_IDENTIFIER =
    chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
const std::set<char32_t> Lexer::VALID_NUMBER = chars("0123456789");
const std::set<char32_t> Lexer::WHITESPACE = chars(" \t\n\r");
const std::map<char32_t, std::string> Lexer::SIMPLE_TOKENS = {
    {U'.', "dot"},    {U'*', "star"},   {U']', "rbracket"}, {U',', "comma"},  {U':', "colon"},
    {U'@', "current"}, {U'(', "lparen"}, {U')', "rparen"},   {U'{', "lbrace"}, {U'}', "rbrace"},
};

std::vector<Token> Lexer::tokenize(const std::string& expression) {
    std::vector<Token> tokens;
    initialize_for_expression(expression);
    while (current_ != NONE) {
        auto simple_token = SIMPLE_TOKENS.find(current_);
        if (simple_token != SIMPLE_TOKENS.end()) {
            tokens.push_back(simple(simple_token->second, std::u32string(1, current_), position_, position_ + 1));
            next();
        } else if (START_IDENTIFIER.count(current_)) {
            long start = position_;
            std::u32string buff(1, current_);
            while (VALID_IDENTIFIER.count(next())) buff += current_;
            tokens.push_back(simple("unquoted_identifier", buff, start, start + static_cast<long>(buff.size())));
        } else if (WHITESPACE.count(current_)) {
            next();
        } else if (current_ == U'[') {
            long start = position_;
            char32_t next_char = next();
            if (next_char == U']') {
                next();
                tokens.push_back(simple("flatten", U"[]", start, start + 2));
            } else if (next_char == U'?') {
                next();
                tokens.push_back(simple("filter", U"[?", start, start + 2));
            } else {
                tokens.push_back(simple("lbracket", U"[", start, start + 1));
            }
        } else if (current_ == U'\'') {
            tokens.push_back(consume_raw_string_literal());
        } else if (current_ == U'|') {
            tokens.push_back(match_or_else(U'|', "or", "pipe"));
        } else if (current_ == U'&') {
            tokens.push_back(match_or_else(U'&', "and", "expref"));
        } else if (current_ == U'`') {
            tokens.push_back(consume_literal());
        } else if (VALID_NUMBER.count(current_)) {
            long start = position_;
            std::u32string buff = consume_number();
            tokens.push_back(Token{"number", JsonValue::of_int(std::stoll(encode_utf8(buff))), start,
                                   start + static_cast<long>(buff.size())});
        } else if (current_ == U'-') {
            // Negative number.
            long start = position_;
            std::u32string buff = consume_number();
            if (buff.size() > 1) {
                tokens.push_back(Token{"number", JsonValue::of_int(std::stoll(encode_utf8(buff))), start,
                                       start + static_cast<long>(buff.size())});
            } else {
                throw LexerError(start, encode_utf8(buff), "Unknown token '" + encode_utf8(buff) + "'");
            }
        } else if (current_ == U'"') {
            tokens.push_back(consume_quoted_identifier());
        } else if (current_ == U'<') {
            tokens.push_back(match_or_else(U'=', "lte", "lt"));
        } else if (current_ == U'>') {
            tokens.push_back(match_or_else(U'=', "gte", "gt"));
        } else if (current_ == U'!') {
            tokens.push_back(match_or_else(U'=', "ne", "not"));
        } else if (current_ == U'=') {
            if (next() == U'=') {
                tokens.push_back(simple("eq", U"==", position_ - 1, position_));
                next();
            } else {
                long position;
                if (current_ == NONE) {
                    // If we're at the EOF, we never advanced
                    // the position so we don't need to rewind
                    // it back one location.
                    position = position_;
                } else {
                    position = position_ - 1;
                }
                throw LexerError(position, "=", "Unknown token '='");
            }
        } else {
            std::string ch = encode_utf8(std::u32string(1, current_));
            throw LexerError(position_, ch, "Unknown token " + ch);
        }
    }
    tokens.push_back(Token{"eof", JsonValue::of_string(""), length_, length_});
    return tokens;
}

std::u32string Lexer::consume_number() {
    std::u32string buff(1, current_);
    while (VALID_NUMBER.count(next())) buff += current_;
    return buff;
}

void Lexer::initialize_for_expression(const std::string& expression) {
    if (expression.empty()) throw EmptyExpressionError();
    position_ = 0;
    expression_ = decode_utf8(expression);
    chars_ = expression_;
    current_ = chars_[position_];
    length_ = static_cast<long>(expression_.size());
}

char32_t Lexer::next() {
    if (position_ == length_ - 1) {
        current_ = NONE;
    } else {
        position_ += 1;
        current_ = chars_[position_];
    }
    return current_;
}

std::u32string Lexer::consume_until(char32_t delimiter) {
    // Consume until the delimiter is reached,
    // allowing for the delimiter to be escaped with "\".
    long start = position_;
    std::u32string buff;
    next();
    while (current_ != delimiter) {
        if (current_ == U'\\') {
            buff += U'\\';
            next();
        }
        if (current_ == NONE) {
            // We're at the EOF.
            throw LexerError(start, encode_utf8(expression_.substr(start)),
                             "Unclosed " + encode_utf8(std::u32string(1, delimiter)) + " delimiter");
        }
        buff += current_;
        next();
    }
    // Skip the closing delimiter.
    next();
    return buff;
}

Token Lexer::consume_literal() {
    long start = position_;
    std::u32string lexeme = replace_all(consume_until(U'`'), U"\\`", U"`");
    JsonValue parsed_json;
    try {
        // Assume it is valid JSON and attempt to parse.
        parsed_json = json_loads(encode_utf8(lexeme));
    } catch (const JsonDecodeError&) {
        try {
            // Invalid JSON values should be converted to quoted
            // JSON strings during the JEP-12 deprecation period.
            parsed_json = json_loads("\"" + encode_utf8(lstrip(lexeme)) + "\"");
        } catch (const JsonDecodeError&) {
            throw LexerError(start, encode_utf8(expression_.substr(start)), "Bad token " + encode_utf8(lexeme));
        }
    }
    long token_len = position_ - start;
    return Token{"literal", parsed_json, start, token_len};
}

Token Lexer::consume_quoted_identifier() {
    long start = position_;
    std::string lexeme = "\"" + encode_utf8(consume_until(U'"')) + "\"";
    try {
        long token_len = position_ - start;
        return Token{"quoted_identifier", json_loads(lexeme), start, token_len};
    } catch (const JsonDecodeError& e) {
        std::string error_message = e.what();
        throw LexerError(start, lexeme, error_message);
    }
}

Token Lexer::consume_raw_string_literal() {
    long start = position_;
    std::u32string lexeme = replace_all(consume_until(U'\''), U"\\'", U"'");
    long token_len = position_ - start;
    return Token{"literal", JsonValue::of_string(encode_utf8(lexeme)), start, token_len};
}

Token Lexer::match_or_else(char32_t expected, const std::string& match_type, const std::string& else_type) {
    long start = position_;
    char32_t current = current_;
    char32_t next_char = next();
    if (next_char == expected) {
        next();
        return simple(match_type, std::u32string{current, next_char}, start, start + 1);
    }
    return simple(else_type, std::u32string(1, current), start, start);
}

}  // namespace jmespath
