# frozen_string_literal: true

# ruby-json-pointer - An implementation of the JSON Pointer syntax
#
# Identify specific nodes in a JSON document (RFC 6901)
module Jsonpointer
  VERSION = "3.12"

  NOTHING = Object.new.freeze

  # If true, exceptions include the doc content in the error message.
  # Set to false to suppress potentially large document content from exceptions.
  @verbose_exceptions = true

  class << self
    attr_accessor :verbose_exceptions
  end

  class JsonPointerException < StandardError
  end

  # Result of accessing element "-" of a list
  class EndOfList
    attr_reader :list_

    def initialize(list_)
      @list_ = list_
    end

    def inspect
      "#{self.class.name.split('::').last}(#{Jsonpointer.py_repr(list_)})"
    end
    alias to_s inspect
  end

  module_function

  # Resolves a pointer against doc and sets the value of the target within doc.
  #
  # With inplace set to true, doc is modified as long as pointer is not the root.
  #
  # With create set to true, missing intermediate members are created as hashes
  # instead of raising a JsonPointerException. A missing intermediate array element
  # can be created by referencing the end of the array, either with "-" or with an
  # index equal to the length of the array.
  #
  #   set_pointer({}, "/cat/name", "whiskers", create: true) #=> {"cat"=>{"name"=>"whiskers"}}
  def set_pointer(doc, pointer, value, inplace: true, create: false)
    pointer = JsonPointer.new(pointer)
    pointer.set(doc, value, inplace: inplace, create: create)
  end

  # Resolves pointer against doc and returns the referenced object
  #
  #   resolve_pointer(obj, "") == obj
  #   resolve_pointer(obj, "/foo/another prop/baz")
  #   resolve_pointer(obj, "/some/path", nil) #=> nil
  def resolve_pointer(doc, pointer, default = NOTHING)
    pointer = JsonPointer.new(pointer)
    pointer.resolve(doc, default)
  end

  # Transforms a list to a list of pairs of adjacent items
  #
  # s -> (s0,s1), (s1,s2), (s2, s3), ...
  #
  # Deprecated since 3.12: use each_cons(2) instead.
  def pairwise(iterable)
    warn "Jsonpointer.pairwise is deprecated, use each_cons(2) instead"
    iterable.each_cons(2).to_a
  end

  def escape(str)
    str.gsub("~", "~0").gsub("/", "~1")
  end

  def unescape(str)
    str.gsub("~1", "/").gsub("~0", "~")
  end

  # Python's notion of type names and repr(), used in error messages.
  def py_type(doc)
    case doc
    when nil then "<class 'NoneType'>"
    when true, false then "<class 'bool'>"
    when Integer then "<class 'int'>"
    when Float then "<class 'float'>"
    when String then "<class 'str'>"
    when Array then "<class 'list'>"
    when Hash then "<class 'dict'>"
    when EndOfList then "<class 'jsonpointer.EndOfList'>"
    else "<class '#{doc.class.name}'>"
    end
  end

  def py_str_repr(str)
    quote = str.include?("'") && !str.include?('"') ? '"' : "'"
    body = str.each_char.map do |ch|
      case ch
      when quote, "\\" then "\\#{ch}"
      when "\n" then "\\n"
      when "\t" then "\\t"
      when "\r" then "\\r"
      else ch
      end
    end
    quote + body.join + quote
  end

  def py_repr(value)
    case value
    when nil then "None"
    when true then "True"
    when false then "False"
    when String then py_str_repr(value)
    when Array then "[#{value.map { |v| py_repr(v) }.join(', ')}]"
    when Hash then "{#{value.map { |k, v| "#{py_str_repr(k)}: #{py_repr(v)}" }.join(', ')}}"
    else value.inspect
    end
  end

  def py_str(value)
    value.is_a?(String) ? value : py_repr(value)
  end

  # A JSON Pointer that can reference parts of a JSON document
  class JsonPointer
    # Array indices must not contain:
    # leading zeros, signs, spaces, decimals, etc
    RE_ARRAY_INDEX = /\A(?:0|[1-9][0-9]*)\z/.freeze
    RE_INVALID_ESCAPE = /(~[^01]|~\z)/m.freeze

    attr_reader :parts

    def initialize(pointer)
      # validate escapes
      invalid_escape = RE_INVALID_ESCAPE.match(pointer)
      raise JsonPointerException, "Found invalid escape #{invalid_escape[0]}" if invalid_escape

      parts = pointer.split("/", -1)
      raise JsonPointerException, "Location must start with /" if parts.shift.to_s != ""

      @parts = parts.map { |part| Jsonpointer.unescape(part) }
    end

    # Resolves ptr until the last step, returns [sub-doc, last-step]
    def to_last(doc)
      return [doc, nil] if parts.empty?

      parts[0...-1].each do |part|
        doc = walk(doc, part)
      end

      [doc, JsonPointer.get_part(doc, parts[-1])]
    end

    # Resolves the pointer against doc and returns the referenced object
    def resolve(doc, default = NOTHING)
      parts.each do |part|
        begin
          doc = walk(doc, part)
        rescue JsonPointerException
          raise if default.equal?(NOTHING)

          return default
        end
      end
      doc
    end

    alias get resolve

    # Resolve the pointer against the doc and replace the target with value.
    #
    # With create set to true, missing intermediate members are created as
    # hashes (see set_pointer).
    def set(doc, value, inplace: true, create: false)
      if parts.empty?
        raise JsonPointerException, "Cannot set root in place" if inplace

        return value
      end

      doc = Marshal.load(Marshal.dump(doc)) unless inplace

      if create
        parent = doc
        parts[0...-1].each_with_index do |part, i|
          part = JsonPointer.get_create_part(parent, part)
          if JsonPointer.missing?(parent, part)
            # Everything below this point is new, so build the
            # missing structure detached and attach it in one step.
            # This leaves doc unchanged if anything goes wrong.
            child = value
            parts[(i + 1)..].reverse_each { |missing| child = { missing => child } }
            JsonPointer.set_child(parent, part, child)
            return doc
          end
          parent = walk(parent, part)
        end
        part = JsonPointer.get_create_part(parent, parts[-1])
      else
        parent, part = to_last(doc)
      end

      JsonPointer.set_child(parent, part, value)
      doc
    end

    # Like get_part, but maps an index just past the end of a sequence
    # to "-" so that it is appended
    def self.get_create_part(doc, part)
      part = get_part(doc, part)
      return "-" if doc.is_a?(Array) && part == doc.length

      part
    end

    # Returns true if part does not exist in doc but could be added
    def self.missing?(doc, part)
      return !doc.key?(part) if doc.is_a?(Hash)
      return part == "-" if doc.is_a?(Array)

      false
    end

    # Sets parent[part] to value, appending for the end of a sequence
    def self.set_child(parent, part, value)
      if parent.is_a?(String)
        raise JsonPointerException, "Cannot set value in a string"
      elsif parent.is_a?(Array) && part == "-"
        parent << value
      elsif parent.is_a?(Array)
        raise JsonPointerException, "Invalid assignment target: list assignment index out of range" if part >= parent.length

        parent[part] = value
      elsif parent.is_a?(Hash)
        parent[part] = value
      else
        raise JsonPointerException,
              "Invalid assignment target: '#{Jsonpointer.py_type(parent)[8...-2]}' object does not support item assignment"
      end
    end

    # Returns the next step in the correct type
    def self.get_part(doc, part)
      if doc.is_a?(Hash)
        part
      elsif doc.is_a?(String)
        raise JsonPointerException, "Cannot apply token '#{part}' to non-container type #{Jsonpointer.py_type(doc)}"
      elsif doc.is_a?(Array)
        return part if part == "-"

        raise JsonPointerException, "'#{part}' is not a valid sequence index" unless RE_ARRAY_INDEX.match?(part.to_s)

        Integer(part.to_s, 10)
      elsif doc.respond_to?(:[]) && !doc.is_a?(EndOfList) && !doc.is_a?(Numeric)
        # Allow indexing via ducktyping if the target defines []
        part
      else
        raise JsonPointerException, "Document '#{Jsonpointer.py_type(doc)}' does not support indexing, " \
                                    "must be mapping/sequence or support __getitem__"
      end
    end

    # Returns the list of the parts. For example, JsonPointer.new("/a/b").get_parts == ["a", "b"]
    def get_parts
      parts
    end

    # Walks one step in doc and returns the referenced part
    def walk(doc, part)
      part = JsonPointer.get_part(doc, part)

      if doc.is_a?(Array)
        return EndOfList.new(doc) if part == "-"
        raise JsonPointerException, "index '#{part}' is out of bounds" if part >= doc.length

        return doc[part]
      end

      # Else the object is a mapping: check membership first so that
      # absent members are reported as missing.
      unless doc.key?(part)
        raise JsonPointerException, "member '#{part}' not found in #{Jsonpointer.py_str(doc)}" if Jsonpointer.verbose_exceptions

        raise JsonPointerException, "member '#{part}' not found"
      end
      doc[part]
    end

    # Returns true if ptr's parts are a prefix of this pointer's parts.
    #
    # Equal pointers and the root pointer are also prefixes.
    def contains(ptr)
      parts[0...ptr.parts.length] == ptr.parts
    end

    # Equivalent to contains(): item must be a prefix of self.
    def include?(item)
      contains(item)
    end

    # Returns a new JsonPointer with the given suffix appended to this ptr
    def join(suffix)
      suffix_parts = case suffix
                     when JsonPointer then suffix.parts
                     when String then JsonPointer.new(suffix).parts
                     else suffix
                     end
      begin
        self.class.from_parts(parts + suffix_parts.to_a)
      rescue StandardError
        raise JsonPointerException, "Invalid suffix"
      end
    end

    def /(other)
      join(other)
    end

    # Returns the string representation of the pointer
    #
    #   JsonPointer.new("/~0/0/~1").path == "/~0/0/~1"
    def path
      parts.map { |part| Jsonpointer.escape(part) }.map { |part| "/#{part}" }.join
    end

    # Compares a pointer to another object
    #
    # Pointers can be compared by comparing their strings (or split
    # strings), because no two different parts can point to the same
    # structure in an object (eg no different number representations)
    def ==(other)
      return false unless other.is_a?(JsonPointer)

      parts == other.parts
    end
    alias eql? ==

    def hash
      parts.hash
    end

    def to_s
      path
    end

    def inspect
      "#{self.class.name.split('::').last}(#{Jsonpointer.py_str_repr(path)})"
    end

    # Constructs a JsonPointer from a list of (unescaped) parts
    #
    #   JsonPointer.from_parts(["a", "~", "/", 0]).path == "/a/~0/~1/0"
    def self.from_parts(parts)
      parts = parts.map { |part| Jsonpointer.escape(part.to_s) }
      new(parts.map { |part| "/#{part}" }.join)
    end
  end
end
