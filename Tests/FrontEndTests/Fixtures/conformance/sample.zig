// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
const std = @import("std");

pub const max_tokens: usize = 1024;

const Token = struct {
    kind: []const u8,
    value: usize,
    line: usize,
};

fn classify(c: u8) []const u8 {
    if (c == '+' or c == '-' or c == '*' or c == '/') {
        return "operator";
    } else if (c >= '0' and c <= '9') {
        return "number";
    } else if (c == ' ') {
        return "space";
    }
    return "invalid";
}

fn tokenize(allocator: std.mem.Allocator, text: []const u8) !std.ArrayList(Token) {
    var tokens = std.ArrayList(Token).init(allocator);
    var line: usize = 1;
    for (text, 0..) |c, i| {
        const kind = classify(c);
        if (std.mem.eql(u8, kind, "invalid")) {
            std.debug.print("invalid token at line {d}\n", .{line});
            return error.InvalidToken;
        }
        if (c == '\n') {
            line += 1;
        }
        try tokens.append(Token{ .kind = kind, .value = i, .line = line });
    }
    while (tokens.items.len > max_tokens) {
        _ = tokens.pop();
    }
    return tokens;
}
