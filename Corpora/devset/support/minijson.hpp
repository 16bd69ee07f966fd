// Minimal JSON reader/writer for the C++ check drivers (standard library only).
// Not part of any port: the drivers in libs/<name>/check/ use it to speak JSON lines.
#pragma once
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace minijson {

struct Value {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool b = false;
    double num = 0;
    std::string raw;  // number text as written
    std::string str;
    std::vector<Value> arr;
    std::vector<std::pair<std::string, Value>> obj;

    const Value& operator[](const std::string& key) const {
        static Value null_value;
        for (auto& kv : obj)
            if (kv.first == key) return kv.second;
        return null_value;
    }
    const Value& operator[](size_t i) const { return arr.at(i); }
    bool has(const std::string& key) const {
        for (auto& kv : obj)
            if (kv.first == key) return true;
        return false;
    }
    bool is_null() const { return kind == Null; }
    long long as_int() const { return std::stoll(raw); }
};

inline void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
}

class Parser {
   public:
    explicit Parser(const std::string& s) : s_(s) {}
    Value parse() { Value v = value(); ws(); if (i_ != s_.size()) throw std::runtime_error("trailing data"); return v; }

   private:
    const std::string& s_;
    size_t i_ = 0;
    void ws() { while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_; }
    unsigned hex4() {
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = s_.at(i_++);
            v = v * 16 + (c >= '0' && c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
        }
        return v;
    }
    std::string string_() {
        std::string out;
        ++i_;  // opening quote
        while (s_.at(i_) != '"') {
            char c = s_[i_++];
            if (c != '\\') { out += c; continue; }
            char e = s_.at(i_++);
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(i_, 2, "\\u") == 0) {
                        size_t save = i_;
                        i_ += 2;
                        unsigned lo = hex4();
                        if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        else i_ = save;
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: out += e;
            }
        }
        ++i_;
        return out;
    }
    Value value() {
        ws();
        Value v;
        char c = s_.at(i_);
        if (c == '{') {
            v.kind = Value::Object; ++i_; ws();
            if (s_[i_] == '}') { ++i_; return v; }
            for (;;) {
                ws(); std::string k = string_(); ws(); ++i_;  // ':'
                v.obj.emplace_back(k, value()); ws();
                if (s_[i_++] == '}') return v;
            }
        }
        if (c == '[') {
            v.kind = Value::Array; ++i_; ws();
            if (s_[i_] == ']') { ++i_; return v; }
            for (;;) { v.arr.push_back(value()); ws(); if (s_[i_++] == ']') return v; }
        }
        if (c == '"') { v.kind = Value::String; v.str = string_(); return v; }
        if (s_.compare(i_, 4, "null") == 0) { i_ += 4; return v; }
        if (s_.compare(i_, 4, "true") == 0) { i_ += 4; v.kind = Value::Bool; v.b = true; return v; }
        if (s_.compare(i_, 5, "false") == 0) { i_ += 5; v.kind = Value::Bool; return v; }
        size_t st = i_;
        while (i_ < s_.size() && std::string("+-0123456789.eE").find(s_[i_]) != std::string::npos) ++i_;
        v.kind = Value::Number; v.raw = s_.substr(st, i_ - st); v.num = std::stod(v.raw);
        return v;
    }
};

inline Value parse(const std::string& s) { return Parser(s).parse(); }

inline std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
                else out += char(c);
        }
    }
    return out + "\"";
}

// Small builders for answers.
inline std::string ok(const std::string& json) { return "{\"ok\": " + json + "}"; }
inline std::string err(const std::string& type, const std::string& msg) {
    return "{\"err\": " + quote(type) + ", \"msg\": " + quote(msg) + "}";
}
inline std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + "]";
}

}  // namespace minijson
