#!/usr/bin/env python3
"""Small repositories for the Spark test (scripts/spark/test.sh): a library, a renamed and reformatted copy of it, a
partial copy, an unrelated project, and four projects that share one boilerplate helper and nothing else.

usage: make_fixtures.py DIR     (writes DIR/<name>/..., prints nothing)
"""
import os
import sys

LIBRARY = '''
def merge_sorted(left, right):
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    out = []
    for start in range(0, len(items), size):
        out.append(items[start:start + size])
    return out


def histogram(values, buckets, low, high):
    counts = [0] * buckets
    width = (high - low) / buckets
    for v in values:
        if v < low or v >= high:
            continue
        index = int((v - low) / width)
        counts[index] += 1
    return counts


def parse_duration(text):
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    total = 0
    number = ""
    for ch in text.strip():
        if ch.isdigit():
            number += ch
        elif ch in units and number:
            total += int(number) * units[ch]
            number = ""
        else:
            raise ValueError("bad duration: " + text)
    return total


def flatten(nested):
    stack = [iter(nested)]
    out = []
    while stack:
        try:
            item = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if isinstance(item, (list, tuple)):
            stack.append(iter(item))
        else:
            out.append(item)
    return out
'''

RENAMES = [("merge_sorted", "combine"), ("left", "xs"), ("right", "ys"), ("result", "acc"), ("chunked", "batches"),
           ("items", "seq"), ("histogram", "bin_counts"), ("values", "data"), ("parse_duration", "to_seconds"),
           ("total", "secs"), ("flatten", "unnest"), ("nested", "tree"), ("stack", "todo")]

UNRELATED = '''
function renderTable(rows, columns) {
  const widths = columns.map((c) => c.length);
  for (const row of rows) {
    columns.forEach((c, i) => { widths[i] = Math.max(widths[i], String(row[c]).length); });
  }
  const line = (cells) => cells.map((v, i) => String(v).padEnd(widths[i])).join(" | ");
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join("\\n");
}

function debounce(fn, wait) {
  let timer = null;
  return (...args) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; fn(...args); }, wait);
  };
}
'''

OWN_LUA = '''
local function split(text, sep)
  local out = {}
  for piece in string.gmatch(text, "([^" .. sep .. "]+)") do
    table.insert(out, piece)
  end
  return out
end

local function memoize(fn)
  local cache = {}
  return function(x)
    if cache[x] == nil then cache[x] = fn(x) end
    return cache[x]
  end
end
'''

HELPER = '''
def read_config(path, defaults):
    values = dict(defaults)
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values
'''

OWN = {
    "app-go": ("main.go", '''package main

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func primes(limit int) []int {
	sieve := make([]bool, limit+1)
	out := []int{}
	for i := 2; i <= limit; i++ {
		if !sieve[i] {
			out = append(out, i)
			for j := i * i; j <= limit; j += i {
				sieve[j] = true
			}
		}
	}
	return out
}
'''),
    "app-ruby": ("app.rb", '''
def word_counts(text)
  counts = Hash.new(0)
  text.downcase.scan(/[a-z']+/).each { |w| counts[w] += 1 }
  counts.sort_by { |w, c| [-c, w] }.first(10)
end

def caesar(text, shift)
  text.chars.map do |ch|
    if ch =~ /[a-z]/
      ((ch.ord - 97 + shift) % 26 + 97).chr
    else
      ch
    end
  end.join
end
'''),
    "app-js": ("app.js", '''
function groupBy(items, key) {
  const out = {};
  for (const item of items) {
    const k = typeof key === "function" ? key(item) : item[key];
    (out[k] = out[k] || []).push(item);
  }
  return out;
}

function retry(fn, attempts) {
  let last;
  for (let i = 0; i < attempts; i++) {
    try { return fn(); } catch (e) { last = e; }
  }
  throw last;
}
'''),
    "app-java": ("App.java", '''
public class App {
    static long gcd(long a, long b) {
        while (b != 0) { long t = a % b; a = b; b = t; }
        return Math.abs(a);
    }

    static String reverseWords(String s) {
        String[] parts = s.trim().split("\\\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            out.append(parts[i]);
            if (i > 0) out.append(' ');
        }
        return out.toString();
    }
}
'''),
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    root = sys.argv[1]
    write(os.path.join(root, "lib", "algo", "core.py"), LIBRARY)
    copied = LIBRARY
    for old, new in RENAMES:
        copied = copied.replace(old, new)
    write(os.path.join(root, "copy", "vendored", "util.py"), "# utilities\n" + copied.replace("\n\n\n", "\n\n\n\n"))
    functions = LIBRARY.split("\n\n\ndef ")
    write(os.path.join(root, "partial", "tools", "misc.py"), "\n\n\ndef ".join(functions[:3]) + "\n")
    write(os.path.join(root, "partial", "tools", "own.lua"), OWN_LUA)
    write(os.path.join(root, "unrelated", "ui", "table.js"), UNRELATED)
    for name, (file, text) in OWN.items():
        write(os.path.join(root, name, file), text)
        write(os.path.join(root, name, "config_helper.py"), HELPER)


if __name__ == "__main__":
    main()
