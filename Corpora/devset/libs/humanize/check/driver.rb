# frozen_string_literal: true

# Check driver for the Ruby port of humanize: JSON lines in, JSON lines out.
require "json"
require "humanize"

def decode(v)
  return Humanize::Timedelta.new(days: v["td"][0], seconds: v["td"][1], microseconds: v["td"][2]) if v.is_a?(Hash) && v.key?("td")
  return Humanize::DateTime.new(*v["dt"]) if v.is_a?(Hash) && v.key?("dt")

  v
end

def answer(c)
  a = c["args"].map { |x| decode(x) }
  case c["fn"]
  when "clamp"
    fmt = a[1] == "intword" ? Humanize.method(:intword) : a[1]
    { "ok" => Humanize.clamp(a[0], fmt, a[2], a[3], a[4], a[5]) }
  when "naturaltime" then { "ok" => Humanize.naturaltime(*a) }
  else { "ok" => Humanize.public_send(c["fn"], *a) }
  end
rescue ArgumentError => e
  { "err" => "ValueError", "msg" => e.message }
end

$stdin.each_line do |line|
  $stdout.write(JSON.generate(answer(JSON.parse(line))), "\n")
end
