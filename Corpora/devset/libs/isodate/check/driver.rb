# frozen_string_literal: true

# Check driver for the Ruby port of isodate: JSON lines in, JSON lines out.
require "json"
require "date"
require "isodate"

def render(v)
  case v
  when Isodate::Duration then { "dur" => [v.years.to_s, v.months.to_s, v.tdelta.days, v.tdelta.seconds, v.tdelta.microseconds] }
  when Isodate::Timedelta then { "td" => [v.days, v.seconds, v.microseconds] }
  when Date then { "date" => [v.year, v.month, v.day] }
  else v
  end
end

def answer(c)
  op = c["op"]
  case op
  when "parse" then return render(Isodate.parse_duration(c["s"], c["as_td"]))
  when "format" then return Isodate.duration_isoformat(Isodate.parse_duration(c["s"], c["as_td"]), c["fmt"])
  when "str" then return Isodate.parse_duration(c["s"], c["as_td"]).to_s
  end
  d = Isodate.parse_duration(c["s"], false)
  case op
  when "add_date" then return render(d + Date.new(*c["date"]))
  when "sub_date" then return render(d.rsub(Date.new(*c["date"])))
  when "totd"
    day = Date.new(*c["date"])
    w = c["which"]
    return render(d.totimedelta(start: %w[start both].include?(w) ? day : nil, end_: %w[end both].include?(w) ? day : nil))
  when "mul" then return render(d * c["n"])
  when "neg" then return render(-d)
  end
  e = Isodate.parse_duration(c["t"], false)
  case op
  when "eq" then d == e
  when "add" then render(d + e)
  when "sub" then render(d - e)
  end
end

$stdout.sync = false
$stdin.each_line do |line|
  c = JSON.parse(line)
  out = begin
    { "ok" => answer(c) }
  rescue Isodate::ISO8601Error => e
    { "err" => "ISO8601Error", "msg" => e.message }
  rescue ArgumentError => e
    { "err" => "ValueError", "msg" => e.message }
  end
  $stdout.write(JSON.generate(out), "\n")
end
