# frozen_string_literal: true

# Check driver for the independent Ruby jsonpointer: JSON lines in, JSON lines out.
require "json"
require "json_pointer"

def shown(v)
  v.is_a?(JSONPtr::EndOfList) ? { "end_of_list" => v.list_ } : v
end

def handle(c)
  doc = Marshal.load(Marshal.dump(c["doc"]))
  begin
    case c["op"]
    when "resolve"
      r = c.key?("default") ? JSONPtr.resolve_pointer(doc, c["ptr"], c["default"]) : JSONPtr.resolve_pointer(doc, c["ptr"])
      { "ok" => shown(r) }
    when "set"
      r = JSONPtr.set_pointer(doc, c["ptr"], Marshal.load(Marshal.dump(c["value"])), inplace: c["inplace"], create: c["create"])
      { "ok" => r, "doc" => doc }
    when "parse"
      p = JSONPtr::Pointer.new(c["ptr"])
      { "ok" => [p.parts, p.path, p.to_s, p.inspect, p.get_parts] }
    when "contains" then { "ok" => JSONPtr::Pointer.new(c["ptr"]).contains(JSONPtr::Pointer.new(c["other"])) }
    when "eq" then { "ok" => JSONPtr::Pointer.new(c["ptr"]) == JSONPtr::Pointer.new(c["other"]) }
    when "join" then { "ok" => JSONPtr::Pointer.new(c["ptr"]).join(c["suffix"]).path }
    when "from_parts" then { "ok" => JSONPtr::Pointer.from_parts(c["parts"]).path }
    when "to_last"
      sub, part = JSONPtr::Pointer.new(c["ptr"]).to_last(doc)
      { "ok" => [shown(sub), part] }
    else raise "unknown op #{c['op']}"
    end
  rescue JSONPtr::PointerError => e
    out = { "err" => "JsonPointerException", "msg" => e.message }
    out["doc"] = doc if c["op"] == "set"
    out
  end
end

$stdin.each_line do |line|
  $stdout.write(JSON.generate(handle(JSON.parse(line))), "\n")
end
