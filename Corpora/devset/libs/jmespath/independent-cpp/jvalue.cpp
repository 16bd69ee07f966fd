#include "jvalue.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jmes {

const JValue* JValue::field(const std::string& key) const {
    for (const auto& kv : dict)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += (char)cp;
    } else if (cp < 0x800) {
        out += (char)(0xc0 | (cp >> 6));
        out += (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += (char)(0xe0 | (cp >> 12));
        out += (char)(0x80 | ((cp >> 6) & 0x3f));
        out += (char)(0x80 | (cp & 0x3f));
    } else {
        out += (char)(0xf0 | (cp >> 18));
        out += (char)(0x80 | ((cp >> 12) & 0x3f));
        out += (char)(0x80 | ((cp >> 6) & 0x3f));
        out += (char)(0x80 | (cp & 0x3f));
    }
}

std::vector<uint32_t> to_code_points(const std::string& s) {
    std::vector<uint32_t> out;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char lead = (unsigned char)s[i];
        int tail = lead < 0x80 ? 0 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
        uint32_t cp = tail == 0 ? lead : (lead & (0x3f >> tail));
        for (int k = 1; k <= tail && i + k < s.size(); ++k) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3f);
        out.push_back(cp);
        i += tail + 1;
    }
    return out;
}

std::string to_utf8(const std::vector<uint32_t>& cps, size_t from, size_t to) {
    std::string out;
    if (to > cps.size()) to = cps.size();
    for (size_t i = from; i < to; ++i) append_utf8(out, cps[i]);
    return out;
}

namespace {

class Decoder {
  public:
    Decoder(const std::vector<uint32_t>& text, JsonFailure* why) : t_(text), why_(why) {}

    bool document(JValue& out) {
        skip_ws();
        if (!value(out)) return false;
        skip_ws();
        if (pos_ != t_.size()) return fail("Extra data");
        return true;
    }

  private:
    const std::vector<uint32_t>& t_;
    JsonFailure* why_;
    size_t pos_ = 0;

    bool fail(const char* reason) {
        if (why_ && why_->reason.empty()) why_->reason = reason;
        return false;
    }
    bool at_end() const { return pos_ >= t_.size(); }
    uint32_t cur() const { return t_[pos_]; }
    void skip_ws() {
        while (!at_end() && (cur() == ' ' || cur() == '\t' || cur() == '\n' || cur() == '\r')) ++pos_;
    }
    bool literal_word(const char* word) {
        size_t i = 0;
        for (; word[i]; ++i)
            if (pos_ + i >= t_.size() || t_[pos_ + i] != (uint32_t)(unsigned char)word[i]) return false;
        pos_ += i;
        return true;
    }
    static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
    static int hex_digit(uint32_t c) {
        if (c >= '0' && c <= '9') return (int)(c - '0');
        if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
        return -1;
    }

    bool value(JValue& out) {
        if (at_end()) return fail("Expecting value");
        uint32_t c = cur();
        if (c == '"') {
            out.kind = JValue::Kind::Str;
            return string(out.str);
        }
        if (c == '{') return object(out);
        if (c == '[') return array(out);
        if (literal_word("null")) { out.kind = JValue::Kind::Null; return true; }
        if (literal_word("true")) { out.kind = JValue::Kind::Bool; out.boolean = true; return true; }
        if (literal_word("false")) { out.kind = JValue::Kind::Bool; out.boolean = false; return true; }
        if (literal_word("NaN")) { out.kind = JValue::Kind::Real; out.real = NAN; return true; }
        if (literal_word("Infinity")) { out.kind = JValue::Kind::Real; out.real = INFINITY; return true; }
        if (literal_word("-Infinity")) { out.kind = JValue::Kind::Real; out.real = -INFINITY; return true; }
        return number(out);
    }

    bool number(JValue& out) {
        size_t start = pos_;
        if (!at_end() && cur() == '-') ++pos_;
        if (at_end() || !is_digit(cur())) { pos_ = start; return fail("Expecting value"); }
        if (cur() == '0') ++pos_;
        else while (!at_end() && is_digit(cur())) ++pos_;
        bool real = false;
        if (pos_ + 1 < t_.size() && cur() == '.' && is_digit(t_[pos_ + 1])) {
            real = true;
            pos_ += 1;
            while (!at_end() && is_digit(cur())) ++pos_;
        }
        if (!at_end() && (cur() == 'e' || cur() == 'E')) {
            size_t save = pos_;
            ++pos_;
            if (!at_end() && (cur() == '+' || cur() == '-')) ++pos_;
            if (!at_end() && is_digit(cur())) {
                real = true;
                while (!at_end() && is_digit(cur())) ++pos_;
            } else {
                pos_ = save;
            }
        }
        std::string digits = to_utf8(t_, start, pos_);
        if (real) {
            out.kind = JValue::Kind::Real;
            out.real = std::strtod(digits.c_str(), nullptr);
        } else {
            out.kind = JValue::Kind::Int;
            out.integer = std::strtoll(digits.c_str(), nullptr, 10);
        }
        return true;
    }

    bool string(std::string& out) {
        ++pos_;  // opening quote
        while (true) {
            if (at_end()) return fail("Unterminated string starting at");
            uint32_t c = cur();
            if (c == '"') { ++pos_; return true; }
            if (c < 0x20) return fail("Invalid control character at");
            if (c != '\\') { append_utf8(out, c); ++pos_; continue; }
            ++pos_;
            if (at_end()) return fail("Unterminated string starting at");
            uint32_t e = cur();
            ++pos_;
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
                    int unit = read_hex4();
                    if (unit < 0) return fail("Invalid \\uXXXX escape");
                    uint32_t cp = (uint32_t)unit;
                    if (cp >= 0xd800 && cp <= 0xdbff && pos_ + 1 < t_.size() && cur() == '\\' && t_[pos_ + 1] == 'u') {
                        size_t save = pos_;
                        pos_ += 2;
                        int low = read_hex4();
                        if (low < 0) return fail("Invalid \\uXXXX escape");
                        if (low >= 0xdc00 && low <= 0xdfff) cp = 0x10000 + ((cp - 0xd800) << 10) + ((uint32_t)low - 0xdc00);
                        else pos_ = save;
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: return fail("Invalid \\escape");
            }
        }
    }

    int read_hex4() {
        // Python wants four hex digits and at least one character after them
        if (pos_ + 4 >= t_.size()) return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            int d = hex_digit(t_[pos_ + i]);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        pos_ += 4;
        return v;
    }

    bool array(JValue& out) {
        out.kind = JValue::Kind::List;
        ++pos_;
        skip_ws();
        if (!at_end() && cur() == ']') { ++pos_; return true; }
        while (true) {
            skip_ws();
            JValue item;
            if (!value(item)) return false;
            out.list.push_back(std::move(item));
            skip_ws();
            if (at_end()) return fail("Expecting ',' delimiter");
            if (cur() == ']') { ++pos_; return true; }
            if (cur() != ',') return fail("Expecting ',' delimiter");
            ++pos_;
        }
    }

    bool object(JValue& out) {
        out.kind = JValue::Kind::Dict;
        ++pos_;
        skip_ws();
        if (!at_end() && cur() == '}') { ++pos_; return true; }
        while (true) {
            skip_ws();
            if (at_end() || cur() != '"') return fail("Expecting property name enclosed in double quotes");
            std::string key;
            if (!string(key)) return false;
            skip_ws();
            if (at_end() || cur() != ':') return fail("Expecting ':' delimiter");
            ++pos_;
            skip_ws();
            JValue item;
            if (!value(item)) return false;
            bool replaced = false;
            for (auto& kv : out.dict)
                if (kv.first == key) { kv.second = std::move(item); replaced = true; break; }
            if (!replaced) out.dict.emplace_back(std::move(key), std::move(item));
            skip_ws();
            if (at_end()) return fail("Expecting ',' delimiter");
            if (cur() == '}') { ++pos_; return true; }
            if (cur() != ',') return fail("Expecting ',' delimiter");
            ++pos_;
        }
    }
};

void dump_string(std::string& out, const std::string& s) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) { out += "\\u00"; out += hex[c >> 4]; out += hex[c & 15]; }
                else out += (char)c;
        }
    }
    out += '"';
}

void dump_into(std::string& out, const JValue& v) {
    switch (v.kind) {
        case JValue::Kind::Null: out += "null"; break;
        case JValue::Kind::Bool: out += v.boolean ? "true" : "false"; break;
        case JValue::Kind::Int: out += std::to_string(v.integer); break;
        case JValue::Kind::Real: {
            if (std::isnan(v.real)) { out += "NaN"; break; }
            if (std::isinf(v.real)) { out += v.real > 0 ? "Infinity" : "-Infinity"; break; }
            char buf[40];
            std::snprintf(buf, sizeof buf, "%.17g", v.real);
            out += buf;
            break;
        }
        case JValue::Kind::Str: dump_string(out, v.str); break;
        case JValue::Kind::List: {
            out += '[';
            for (size_t i = 0; i < v.list.size(); ++i) {
                if (i) out += ", ";
                dump_into(out, v.list[i]);
            }
            out += ']';
            break;
        }
        case JValue::Kind::Dict: {
            out += '{';
            for (size_t i = 0; i < v.dict.size(); ++i) {
                if (i) out += ", ";
                dump_string(out, v.dict[i].first);
                out += ": ";
                dump_into(out, v.dict[i].second);
            }
            out += '}';
            break;
        }
    }
}

}  // namespace

std::optional<JValue> parse_json(const std::string& text, JsonFailure* why) {
    std::vector<uint32_t> cps = to_code_points(text);
    JValue v;
    if (!Decoder(cps, why).document(v)) return std::nullopt;
    return v;
}

std::string dump_json(const JValue& v) {
    std::string out;
    dump_into(out, v);
    return out;
}

}  // namespace jmes
