// A JSON value with the parsing rules of Python's json module (NaN/Infinity accepted, strict strings).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jmes {

struct JValue {
    enum class Kind { Null, Bool, Int, Real, Str, List, Dict };
    Kind kind = Kind::Null;
    bool boolean = false;
    long long integer = 0;
    double real = 0;
    std::string str;  // UTF-8
    std::vector<JValue> list;
    std::vector<std::pair<std::string, JValue>> dict;

    static JValue of_string(std::string s) { JValue v; v.kind = Kind::Str; v.str = std::move(s); return v; }
    static JValue of_int(long long i) { JValue v; v.kind = Kind::Int; v.integer = i; return v; }

    const JValue* field(const std::string& key) const;
};

// Why a string failed to decode, in the words of Python's json module (the part before the colon).
struct JsonFailure {
    std::string reason;
};

// Parses a whole document (surrounding whitespace allowed); nullopt when it is not valid JSON.
std::optional<JValue> parse_json(const std::string& text, JsonFailure* why = nullptr);

// Serializes to JSON text (non-ASCII kept as UTF-8).
std::string dump_json(const JValue& v);

// UTF-8 <-> code points.
std::vector<uint32_t> to_code_points(const std::string& utf8);
std::string to_utf8(const std::vector<uint32_t>& cps, size_t from = 0, size_t to = SIZE_MAX);
void append_utf8(std::string& out, uint32_t cp);

}  // namespace jmes
