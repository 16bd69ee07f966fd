// A JSON value and a parser that accepts what Python's json.loads accepts (including
// NaN, Infinity and -Infinity) and reports errors with its messages.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace jmespath {

struct JsonValue {
    enum Type { Null, Bool, Int, Float, String, Array, Object } type = Null;
    bool boolean = false;
    int64_t integer = 0;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;

    static JsonValue of_string(std::string s) {
        JsonValue v;
        v.type = String;
        v.string = std::move(s);
        return v;
    }
    static JsonValue of_int(int64_t i) {
        JsonValue v;
        v.type = Int;
        v.integer = i;
        return v;
    }
};

// Raised like json.JSONDecodeError; what() is the message without the position.
class JsonDecodeError : public std::runtime_error {
   public:
    explicit JsonDecodeError(const std::string& msg) : std::runtime_error(msg) {}
};

JsonValue json_loads(const std::string& text);

std::string json_dumps(const JsonValue& value);

}  // namespace jmespath
