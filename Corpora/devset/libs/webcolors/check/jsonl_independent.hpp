// Tiny JSON reader/writer for the independent-implementation check drivers (one document per line).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace jl {

struct Node {
    enum Kind { Null, Bool, Number, Text, Array, Object } kind = Null;
    bool flag = false;
    double number = 0;
    std::string raw_number;  // digits as written
    std::string text;
    std::vector<Node> items;
    std::vector<std::pair<std::string, Node>> fields;

    const Node& operator[](const std::string& key) const {
        for (auto& f : fields)
            if (f.first == key) return f.second;
        static Node missing;
        return missing;
    }
    const Node& operator[](size_t i) const { return items.at(i); }
    bool has(const std::string& key) const {
        for (auto& f : fields)
            if (f.first == key) return true;
        return false;
    }
    long long integer() const { return std::stoll(raw_number); }
};

class Reader {
  public:
    explicit Reader(const std::string& s) : src_(s) {}
    Node document() {
        Node n = value();
        skip();
        return n;
    }

  private:
    const std::string& src_;
    size_t at_ = 0;

    void skip() {
        while (at_ < src_.size() && (src_[at_] == ' ' || src_[at_] == '\t' || src_[at_] == '\n' || src_[at_] == '\r')) ++at_;
    }
    [[noreturn]] void fail() { throw std::runtime_error("bad JSON at " + std::to_string(at_)); }
    bool eat(const char* word) {
        size_t n = std::char_traits<char>::length(word);
        if (src_.compare(at_, n, word) == 0) { at_ += n; return true; }
        return false;
    }
    static void put_utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) out += (char)cp;
        else if (cp < 0x800) { out += (char)(0xc0 | cp >> 6); out += (char)(0x80 | (cp & 63)); }
        else if (cp < 0x10000) { out += (char)(0xe0 | cp >> 12); out += (char)(0x80 | (cp >> 6 & 63)); out += (char)(0x80 | (cp & 63)); }
        else { out += (char)(0xf0 | cp >> 18); out += (char)(0x80 | (cp >> 12 & 63)); out += (char)(0x80 | (cp >> 6 & 63)); out += (char)(0x80 | (cp & 63)); }
    }
    uint32_t hex4() {
        if (at_ + 4 > src_.size()) fail();
        uint32_t v = (uint32_t)std::stoul(src_.substr(at_, 4), nullptr, 16);
        at_ += 4;
        return v;
    }
    std::string string_body() {
        std::string out;
        ++at_;  // opening quote
        while (true) {
            if (at_ >= src_.size()) fail();
            char c = src_[at_++];
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            char e = src_[at_++];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    uint32_t cp = hex4();
                    if (cp >= 0xd800 && cp < 0xdc00 && src_.compare(at_, 2, "\\u") == 0) {
                        at_ += 2;
                        uint32_t low = hex4();
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    }
                    put_utf8(out, cp);
                    break;
                }
                default: out += e;
            }
        }
    }
    Node value() {
        skip();
        Node n;
        if (at_ >= src_.size()) fail();
        char c = src_[at_];
        if (c == '{') {
            n.kind = Node::Object;
            ++at_;
            skip();
            if (src_[at_] == '}') { ++at_; return n; }
            while (true) {
                skip();
                std::string key = string_body();
                skip();
                if (src_[at_++] != ':') fail();
                n.fields.emplace_back(key, value());
                skip();
                char d = src_[at_++];
                if (d == '}') return n;
                if (d != ',') fail();
            }
        }
        if (c == '[') {
            n.kind = Node::Array;
            ++at_;
            skip();
            if (src_[at_] == ']') { ++at_; return n; }
            while (true) {
                n.items.push_back(value());
                skip();
                char d = src_[at_++];
                if (d == ']') return n;
                if (d != ',') fail();
            }
        }
        if (c == '"') { n.kind = Node::Text; n.text = string_body(); return n; }
        if (eat("true")) { n.kind = Node::Bool; n.flag = true; return n; }
        if (eat("false")) { n.kind = Node::Bool; return n; }
        if (eat("null")) return n;
        size_t begin = at_;
        while (at_ < src_.size() && std::string("+-0123456789.eE").find(src_[at_]) != std::string::npos) ++at_;
        if (begin == at_) fail();
        n.kind = Node::Number;
        n.raw_number = src_.substr(begin, at_ - begin);
        n.number = std::stod(n.raw_number);
        return n;
    }
};

inline Node parse(const std::string& line) { return Reader(line).document(); }

inline std::string quoted(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20) { out += "\\u00"; out += hex[c >> 4]; out += hex[c & 15]; }
        else out += (char)c;
    }
    return out + "\"";
}

}  // namespace jl
