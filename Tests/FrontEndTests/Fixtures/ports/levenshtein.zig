// Levenshtein edit distance with a closest-match helper.
const std = @import("std");

pub fn levenshtein(allocator: std.mem.Allocator, source: []const u8, target: []const u8) !usize {
    if (source.len == 0) {
        return target.len;
    }
    if (target.len == 0) {
        return source.len;
    }
    var previous = try allocator.alloc(usize, target.len + 1);
    defer allocator.free(previous);
    var current = try allocator.alloc(usize, target.len + 1);
    defer allocator.free(current);
    for (previous, 0..) |*cell, j| {
        cell.* = j;
    }
    var i: usize = 1;
    while (i <= source.len) : (i += 1) {
        current[0] = i;
        var j: usize = 1;
        while (j <= target.len) : (j += 1) {
            const cost: usize = if (source[i - 1] == target[j - 1]) 0 else 1;
            const deletion = previous[j] + 1;
            const insertion = current[j - 1] + 1;
            const substitution = previous[j - 1] + cost;
            current[j] = @min(deletion, insertion, substitution);
        }
        std.mem.swap([]usize, &previous, &current);
    }
    return previous[target.len];
}

pub fn closestMatch(allocator: std.mem.Allocator, word: []const u8, candidates: []const []const u8, maxDistance: usize) !?[]const u8 {
    if (candidates.len == 0) {
        std.debug.print("no candidates to match against\n", .{});
        return error.NoCandidates;
    }
    var best: ?[]const u8 = null;
    var bestDistance = maxDistance + 1;
    for (candidates) |candidate| {
        const distance = try levenshtein(allocator, word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
