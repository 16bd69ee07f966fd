# frozen_string_literal: true

# JSON Pointer (RFC 6901) over Ruby JSON values (Hash, Array, String, Integer, true/false, nil), with the
# messages of the Python jsonpointer package.
module JSONPtr
  class << self
    attr_accessor :verbose_exceptions
  end
  self.verbose_exceptions = true

  class PointerError < StandardError; end

  # The slot after the last element of a list, which "-" names.
  class EndOfList
    attr_reader :list_

    def initialize(list)
      @list_ = list
    end

    def inspect
      "EndOfList(#{PyRepr.of(@list_)})"
    end
  end

  # Python's repr()/str() and type names for JSON values.
  module PyRepr
    module_function

    def string(s)
      quote = s.include?("'") && !s.include?('"') ? '"' : "'"
      body = s.each_char.map do |ch|
        case ch
        when quote, '\\' then "\\#{ch}"
        when "\n" then '\\n'
        when "\t" then '\\t'
        when "\r" then '\\r'
        else ch.ord < 0x20 || ch.ord == 0x7f ? format('\\x%02x', ch.ord) : ch
        end
      end
      quote + body.join + quote
    end

    def of(value)
      case value
      when nil then 'None'
      when true then 'True'
      when false then 'False'
      when String then string(value)
      when Array then "[#{value.map { |v| of(v) }.join(', ')}]"
      when Hash then "{#{value.map { |k, v| "#{of(k)}: #{of(v)}" }.join(', ')}}"
      when EndOfList then value.inspect
      else value.to_s
      end
    end

    def type_of(value)
      name = case value
             when nil then 'NoneType'
             when true, false then 'bool'
             when Integer then 'int'
             when Float then 'float'
             when String then 'str'
             when Array then 'list'
             when Hash then 'dict'
             when EndOfList then 'jsonpointer.EndOfList'
             else value.class.name
             end
      "<class '#{name}'>"
    end
  end

  NO_DEFAULT = Object.new.freeze

  def self.escape(s)
    s.gsub('~', '~0').gsub('/', '~1')
  end

  def self.unescape(s)
    s.gsub('~1', '/').gsub('~0', '~')
  end

  # A parsed pointer.
  class Pointer
    attr_reader :parts

    def initialize(text)
      bad = text.match(/~(?:[^01]|\z)/m)
      raise PointerError, "Found invalid escape #{bad[0]}" if bad

      pieces = text.split('/', -1)
      pieces = [''] if pieces.empty?
      raise PointerError, 'Location must start with /' unless pieces.first == ''

      @parts = pieces.drop(1).map { |p| JSONPtr.unescape(p) }
    end

    def self.from_parts(tokens)
      new(tokens.map { |t| "/#{JSONPtr.escape(t.to_s)}" }.join)
    end

    def join(suffix)
      extra = case suffix
              when Pointer then suffix.parts
              when String then Pointer.new(suffix).parts
              else suffix
              end
      begin
        Pointer.from_parts(parts + extra.to_a)
      rescue StandardError
        raise PointerError, 'Invalid suffix'
      end
    end
    alias / join

    def path
      parts.map { |t| "/#{JSONPtr.escape(t)}" }.join
    end

    def get_parts
      parts
    end

    def to_s
      path
    end

    def inspect
      "JsonPointer(#{PyRepr.string(path)})"
    end

    def ==(other)
      other.is_a?(Pointer) && other.parts == parts
    end
    alias eql? ==

    def hash
      parts.hash
    end

    def contains(other)
      parts.first(other.parts.length) == other.parts && other.parts.length <= parts.length
    end
    alias include? contains

    def get_part(doc, token)
      case doc
      when Hash then token
      when String
        raise PointerError, "Cannot apply token '#{token}' to non-container type #{PyRepr.type_of(doc)}"
      when Array
        return token if token == '-'
        raise PointerError, "'#{token}' is not a valid sequence index" unless token.is_a?(String) && token.match?(/\A(?:0|[1-9][0-9]*)\z/)

        token.to_i
      else
        raise PointerError,
              "Document '#{PyRepr.type_of(doc)}' does not support indexing, must be mapping/sequence or support __getitem__"
      end
    end

    def walk(doc, token)
      key = get_part(doc, token)
      if doc.is_a?(Array)
        return EndOfList.new(doc) if key == '-'
        raise PointerError, "index '#{key}' is out of bounds" if key >= doc.length

        return doc[key]
      end
      unless doc.key?(key)
        suffix = JSONPtr.verbose_exceptions ? " in #{PyRepr.of(doc)}" : ''
        raise PointerError, "member '#{key}' not found#{suffix}"
      end
      doc[key]
    end

    def resolve(doc, default = NO_DEFAULT)
      parts.reduce(doc) do |node, token|
        walk(node, token)
      rescue PointerError
        raise if default.equal?(NO_DEFAULT)

        return default
      end
    end
    alias get resolve

    def to_last(doc)
      return [doc, nil] if parts.empty?

      node = parts[0...-1].reduce(doc) { |n, token| walk(n, token) }
      [node, get_part(node, parts.last)]
    end

    def set(doc, value, inplace: true, create: false)
      if parts.empty?
        raise PointerError, 'Cannot set root in place' if inplace

        return value
      end
      doc = Marshal.load(Marshal.dump(doc)) unless inplace
      unless create
        parent, key = to_last(doc)
        store(parent, key, value, false)
        return doc
      end
      node = doc
      parts[0...-1].each_with_index do |token, depth|
        key = get_part(node, token)
        key = '-' if node.is_a?(Array) && key == node.length
        if (node.is_a?(Hash) && !node.key?(key)) || (node.is_a?(Array) && key == '-')
          subtree = parts[(depth + 1)..].reverse.reduce(value) { |inner, t| { t => inner } }
          store(node, key, subtree, true)
          return doc
        end
        node = walk(node, token)
      end
      store(node, get_part(node, parts.last), value, true)
      doc
    end

    private

    def store(parent, key, value, append_at_end)
      raise PointerError, 'Cannot set value in a string' if parent.is_a?(String)

      if parent.is_a?(Array)
        if key == '-' || (append_at_end && key == parent.length)
          parent << value
          return
        end
        raise PointerError, 'Invalid assignment target: list assignment index out of range' if key >= parent.length
      end
      parent[key] = value
    end
  end

  def self.resolve_pointer(doc, pointer, default = NO_DEFAULT)
    Pointer.new(pointer).resolve(doc, default)
  end

  def self.set_pointer(doc, pointer, value, inplace: true, create: false)
    Pointer.new(pointer).set(doc, value, inplace: inplace, create: create)
  end

  def self.pairwise(enum)
    warn 'pairwise is deprecated'
    enum.each_cons(2).to_a
  end
end
