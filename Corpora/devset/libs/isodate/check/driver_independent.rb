# frozen_string_literal: true

# Check driver for the independent Ruby isodate: JSON lines in, JSON lines out.
require "json"
require "iso_duration"

def tagged(v)
  case v
  when ISODuration::Duration then { "dur" => [v.years.to_s, v.months.to_s, v.tdelta.days, v.tdelta.seconds, v.tdelta.microseconds] }
  when ISODuration::Span then { "td" => [v.days, v.seconds, v.microseconds] }
  when Date then { "date" => [v.year, v.month, v.day] }
  else v
  end
end

def answer(c)
  op = c["op"]
  case op
  when "parse" then return tagged(ISODuration.parse_duration(c["s"], c["as_td"]))
  when "format" then return ISODuration.duration_isoformat(ISODuration.parse_duration(c["s"], c["as_td"]), c["fmt"])
  when "str" then return ISODuration.parse_duration(c["s"], c["as_td"]).to_s
  end
  d = ISODuration.parse_duration(c["s"], false)
  case op
  when "add_date" then return tagged(d + Date.new(*c["date"]))
  when "sub_date" then return tagged(d.subtracted_from(Date.new(*c["date"])))
  when "totd"
    day = Date.new(*c["date"])
    w = c["which"]
    return tagged(d.totimedelta(start: %w[start both].include?(w) ? day : nil, finish: %w[end both].include?(w) ? day : nil))
  when "mul" then return tagged(d * c["n"])
  when "neg" then return tagged(-d)
  end
  e = ISODuration.parse_duration(c["t"], false)
  case op
  when "eq" then d == e
  when "add" then tagged(d + e)
  when "sub" then tagged(d - e)
  end
end

$stdin.each_line do |line|
  c = JSON.parse(line)
  out = begin
    { "ok" => answer(c) }
  rescue ISODuration::ISO8601Error => e
    { "err" => "ISO8601Error", "msg" => e.message }
  rescue ArgumentError => e
    { "err" => "ValueError", "msg" => e.message }
  end
  $stdout.write(JSON.generate(out), "\n")
end
