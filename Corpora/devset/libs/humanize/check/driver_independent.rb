# frozen_string_literal: true

# Check driver for the independent Ruby humanize: JSON lines in, JSON lines out.
require "json"
require "humane"

def decode(v)
  return Humane::Span.new(days: v["td"][0], seconds: v["td"][1], microseconds: v["td"][2]) if v.is_a?(Hash) && v.key?("td")
  return Humane::Moment.new(*v["dt"]) if v.is_a?(Hash) && v.key?("dt")

  v
end

def handle(c)
  a = c["args"].map { |x| decode(x) }
  if c["fn"] == "clamp"
    fmt = a[1] == "intword" ? Humane.method(:intword) : a[1]
    { "ok" => Humane.clamp(a[0], fmt, a[2], a[3], a[4], a[5]) }
  else
    { "ok" => Humane.public_send(c["fn"], *a) }
  end
rescue Humane::Invalid => e
  { "err" => "ValueError", "msg" => e.message }
end

$stdin.each_line do |line|
  $stdout.write(JSON.generate(handle(JSON.parse(line))), "\n")
end
