# Conformance sample: a tiny tokenizer for arithmetic expressions.
module Sample
  DIGITS = "0123456789"
  OPERATORS = "+-*/"

  class Token
    attr_reader :kind, :text, :line

    def initialize(kind, text, line)
      @kind = kind
      @text = text
      @line = line
    end

    def describe
      label = kind.upcase
      if text.empty?
        label += " <empty>"
      else
        label += " " + text.inspect
      end
      format("%s @%d", label, line)
    end
  end

  def self.scan_number(source, start)
    finish = start
    finish += 1 while finish < source.length && DIGITS.include?(source[finish])
    if finish < source.length && source[finish] == "."
      finish += 1
      finish += 1 while finish < source.length && DIGITS.include?(source[finish])
    end
    finish
  end

  def self.tokenize(source, line = 1)
    tokens = []
    index = 0
    while index < source.length
      char = source[index]
      if char =~ /\s/
        index += 1
      elsif DIGITS.include?(char)
        finish = scan_number(source, index)
        tokens << Token.new("number", source[index...finish], line)
        index = finish
      elsif OPERATORS.include?(char)
        tokens << Token.new("operator", char, line)
        index += 1
      else
        raise ArgumentError, format("invalid token at line %d", line)
      end
    end
    tokens
  end

  def self.main(args)
    # Tokenize each argument and print one token per line.
    total = 0
    args.each_with_index do |text, i|
      tokenize(text, i + 1).each do |token|
        puts token.describe
        total += 1
      end
    end
    puts "tokens: #{total}"
    return total.positive? ? 0 : 1
  end
end
