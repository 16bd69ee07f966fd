#include "json.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jmespath {

namespace {

void append_utf8(std::string& out, unsigned cp) {
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

class Scanner {
   public:
    explicit Scanner(const std::string& s) : s_(s) {}

    JsonValue document() {
        skip_ws();
        JsonValue v = value();
        skip_ws();
        if (i_ != s_.size()) throw JsonDecodeError("Extra data");
        return v;
    }

   private:
    const std::string& s_;
    size_t i_ = 0;

    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    bool starts(const char* word) const { return s_.compare(i_, std::char_traits<char>::length(word), word) == 0; }

    static int hexval(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    unsigned hex4(size_t at) const {
        if (at + 4 > s_.size()) throw JsonDecodeError("Invalid \\uXXXX escape");
        unsigned v = 0;
        for (size_t k = at; k < at + 4; ++k) {
            int d = hexval(s_[k]);
            if (d < 0) throw JsonDecodeError("Invalid \\uXXXX escape");
            v = v * 16 + static_cast<unsigned>(d);
        }
        return v;
    }

    std::string string_() {
        ++i_;  // opening quote
        std::string out;
        for (;;) {
            if (i_ >= s_.size()) throw JsonDecodeError("Unterminated string starting at");
            unsigned char c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') {
                ++i_;
                return out;
            }
            if (c < 0x20) throw JsonDecodeError("Invalid control character at");
            if (c != '\\') {
                out += static_cast<char>(c);
                ++i_;
                continue;
            }
            if (i_ + 1 >= s_.size()) throw JsonDecodeError("Unterminated string starting at");
            char e = s_[i_ + 1];
            i_ += 2;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4(i_);
                    i_ += 4;
                    if (cp >= 0xD800 && cp < 0xDC00 && i_ + 6 <= s_.size() && s_[i_] == '\\' && s_[i_ + 1] == 'u') {
                        unsigned lo = hex4(i_ + 2);
                        if (lo >= 0xDC00 && lo < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            i_ += 6;
                        }
                    }
                    append_utf8(out, cp);
                    break;
                }
                default:
                    throw JsonDecodeError("Invalid \\escape");
            }
        }
    }

    JsonValue number() {
        size_t start = i_;
        if (i_ < s_.size() && s_[i_] == '-') ++i_;
        if (i_ >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[i_]))) {
            i_ = start;
            throw JsonDecodeError("Expecting value");
        }
        if (s_[i_] == '0') {
            ++i_;
        } else {
            while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
        }
        bool is_float = false;
        if (i_ + 1 < s_.size() && s_[i_] == '.' && std::isdigit(static_cast<unsigned char>(s_[i_ + 1]))) {
            is_float = true;
            i_ += 1;
            while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
        }
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            size_t save = i_;
            ++i_;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            if (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) {
                is_float = true;
                while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
            } else {
                i_ = save;
            }
        }
        std::string text = s_.substr(start, i_ - start);
        JsonValue v;
        if (is_float) {
            v.type = JsonValue::Float;
            v.number = std::strtod(text.c_str(), nullptr);
        } else {
            v.type = JsonValue::Int;
            v.integer = std::strtoll(text.c_str(), nullptr, 10);
        }
        return v;
    }

    JsonValue value() {
        if (i_ >= s_.size()) throw JsonDecodeError("Expecting value");
        char c = s_[i_];
        JsonValue v;
        if (c == '"') return JsonValue::of_string(string_());
        if (c == '{') {
            v.type = JsonValue::Object;
            ++i_;
            skip_ws();
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return v;
            }
            for (;;) {
                skip_ws();
                if (i_ >= s_.size() || s_[i_] != '"')
                    throw JsonDecodeError("Expecting property name enclosed in double quotes");
                std::string key = string_();
                skip_ws();
                if (i_ >= s_.size() || s_[i_] != ':') throw JsonDecodeError("Expecting ':' delimiter");
                ++i_;
                skip_ws();
                JsonValue item = value();
                bool replaced = false;
                for (auto& kv : v.object)
                    if (kv.first == key) {
                        kv.second = item;
                        replaced = true;
                    }
                if (!replaced) v.object.emplace_back(key, item);
                skip_ws();
                if (i_ < s_.size() && s_[i_] == '}') {
                    ++i_;
                    return v;
                }
                if (i_ >= s_.size() || s_[i_] != ',') throw JsonDecodeError("Expecting ',' delimiter");
                ++i_;
            }
        }
        if (c == '[') {
            v.type = JsonValue::Array;
            ++i_;
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return v;
            }
            for (;;) {
                skip_ws();
                v.array.push_back(value());
                skip_ws();
                if (i_ < s_.size() && s_[i_] == ']') {
                    ++i_;
                    return v;
                }
                if (i_ >= s_.size() || s_[i_] != ',') throw JsonDecodeError("Expecting ',' delimiter");
                ++i_;
            }
        }
        if (starts("null")) { i_ += 4; return v; }
        if (starts("true")) { i_ += 4; v.type = JsonValue::Bool; v.boolean = true; return v; }
        if (starts("false")) { i_ += 5; v.type = JsonValue::Bool; return v; }
        if (starts("NaN")) { i_ += 3; v.type = JsonValue::Float; v.number = NAN; return v; }
        if (starts("Infinity")) { i_ += 8; v.type = JsonValue::Float; v.number = INFINITY; return v; }
        if (starts("-Infinity")) { i_ += 9; v.type = JsonValue::Float; v.number = -INFINITY; return v; }
        return number();
    }
};

}  // namespace

JsonValue json_loads(const std::string& text) { return Scanner(text).document(); }

static std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::string json_dumps(const JsonValue& v) {
    switch (v.type) {
        case JsonValue::Null: return "null";
        case JsonValue::Bool: return v.boolean ? "true" : "false";
        case JsonValue::Int: return std::to_string(v.integer);
        case JsonValue::Float: {
            if (std::isnan(v.number)) return "NaN";
            if (std::isinf(v.number)) return v.number > 0 ? "Infinity" : "-Infinity";
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", v.number);
            return buf;
        }
        case JsonValue::String: return quote(v.string);
        case JsonValue::Array: {
            std::string out = "[";
            for (size_t k = 0; k < v.array.size(); ++k) out += (k ? ", " : "") + json_dumps(v.array[k]);
            return out + "]";
        }
        case JsonValue::Object: {
            std::string out = "{";
            for (size_t k = 0; k < v.object.size(); ++k)
                out += (k ? ", " : "") + quote(v.object[k].first) + ": " + json_dumps(v.object[k].second);
            return out + "}";
        }
    }
    return "null";
}

}  // namespace jmespath
