# frozen_string_literal: true

# Check driver for the Ruby port of jsonpointer: JSON lines in, JSON lines out.
require "json"
require "jsonpointer"

def render(v)
  v.is_a?(Jsonpointer::EndOfList) ? { "end_of_list" => v.list_ } : v
end

def answer(c)
  doc = Marshal.load(Marshal.dump(c["doc"]))
  begin
    case c["op"]
    when "resolve"
      return { "ok" => render(c.key?("default") ? Jsonpointer.resolve_pointer(doc, c["ptr"], c["default"]) : Jsonpointer.resolve_pointer(doc, c["ptr"])) }
    when "set"
      res = Jsonpointer.set_pointer(doc, c["ptr"], Marshal.load(Marshal.dump(c["value"])), inplace: c["inplace"], create: c["create"])
      return { "ok" => res, "doc" => doc }
    when "parse"
      p = Jsonpointer::JsonPointer.new(c["ptr"])
      return { "ok" => [p.parts, p.path, p.to_s, p.inspect, p.get_parts] }
    when "contains" then return { "ok" => Jsonpointer::JsonPointer.new(c["ptr"]).contains(Jsonpointer::JsonPointer.new(c["other"])) }
    when "eq" then return { "ok" => Jsonpointer::JsonPointer.new(c["ptr"]) == Jsonpointer::JsonPointer.new(c["other"]) }
    when "join" then return { "ok" => Jsonpointer::JsonPointer.new(c["ptr"]).join(c["suffix"]).path }
    when "from_parts" then return { "ok" => Jsonpointer::JsonPointer.from_parts(c["parts"]).path }
    when "to_last"
      sub, part = Jsonpointer::JsonPointer.new(c["ptr"]).to_last(doc)
      return { "ok" => [render(sub), part] }
    end
  rescue Jsonpointer::JsonPointerException => e
    out = { "err" => "JsonPointerException", "msg" => e.message }
    out["doc"] = doc if c["op"] == "set"
    return out
  end
  raise "unknown op #{c['op']}"
end

$stdin.each_line do |line|
  $stdout.write(JSON.generate(answer(JSON.parse(line))), "\n")
end
