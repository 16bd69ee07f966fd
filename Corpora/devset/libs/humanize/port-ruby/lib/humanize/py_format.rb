# frozen_string_literal: true

module Humanize
  # Python-compatible conversions (float(), int(), str(), round()) used by the ports of
  # humanize's functions, so that they accept and print the same things.
  module PyFormat
    class ConversionError < StandardError
    end

    FLOAT_RE = /\A[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\z/.freeze
    SPECIAL_RE = /\A([+-]?)(inf|infinity|nan)\z/i.freeze
    INT_RE = /\A[+-]?\d+\z/.freeze

    module_function

    # Python's float(value).
    def py_float(value)
      return value.to_f if value.is_a?(Numeric)
      raise ConversionError, "float() argument must be a string or a real number" unless value.is_a?(String)

      s = value.strip
      return Float(s) if FLOAT_RE.match?(s)

      special = SPECIAL_RE.match(s)
      raise ConversionError, "could not convert string to float: '#{value}'" unless special
      return Float::NAN if special[2].casecmp("nan").zero?

      special[1] == "-" ? -Float::INFINITY : Float::INFINITY
    end

    # Python's int(value).
    def py_int(value)
      if value.is_a?(Numeric)
        raise ConversionError, "cannot convert float to integer" if value.is_a?(Float) && !value.finite?

        return value.truncate
      end
      raise ConversionError, "int() argument must be a string or a number" unless value.is_a?(String)

      s = value.strip
      raise ConversionError, "invalid literal for int() with base 10: '#{value}'" unless INT_RE.match?(s)

      Integer(s, 10)
    end

    # Python's repr(float): shortest round-trip digits, fixed between 1e-4 and 1e16.
    def float_repr(x)
      return "nan" if x.nan?
      return x.positive? ? "inf" : "-inf" if x.infinite?

      text = x.to_s
      return text unless text.include?("e")

      mant, exp = text.split("e")
      mant = mant.sub(/\.0\z/, "")
      "#{mant}e#{exp[0] == '-' ? '-' : '+'}#{exp.delete('+-').rjust(2, '0')}"
    end

    # Python's str(value).
    def py_str(value)
      case value
      when nil then "None"
      when true then "True"
      when false then "False"
      when Float then float_repr(value)
      else value.to_s
      end
    end

    # Python's format(x, ".{n}f"): Ruby's sprintf does not round the exact binary value
    # half to even, so round the exact rational instead.
    def fixed(value, digits)
      return py_str(value.to_f) if value.is_a?(Float) && !value.finite?

      exact = value.to_r
      scaled = (exact.abs * 10**digits).round(half: :even)
      text = scaled.to_s.rjust(digits + 1, "0")
      text = "#{text[0...-digits]}.#{text[-digits..]}" if digits.positive?
      (exact.negative? || (value.is_a?(Float) && (1.0 / value).negative?) ? "-" : "") + text
    end

    # Python's format(x, ".{n}e").
    def exponential(value, digits)
      exact = value.to_r.abs
      exp = 0
      mantissa = "0" * (digits + 1)
      unless exact.zero?
        exp = Math.log10(exact).floor
        exp -= 1 while exact < Rational(10)**exp
        exp += 1 while exact >= Rational(10)**(exp + 1)
        scaled = (exact / Rational(10)**(exp - digits)).round(half: :even)
        if scaled >= 10**(digits + 1)
          exp += 1
          scaled = (exact / Rational(10)**(exp - digits)).round(half: :even)
        end
        mantissa = scaled.to_s
      end
      body = digits.positive? ? "#{mantissa[0]}.#{mantissa[1..]}" : mantissa
      sign = value.negative? || (value.is_a?(Float) && (1.0 / value).negative?) ? "-" : ""
      "#{sign}#{body}e#{exp.negative? ? '-' : '+'}#{exp.abs.to_s.rjust(2, '0')}"
    end

    # Python's round(x, n) for floats (exact value, half to even).
    def round_digits(value, digits)
      fixed(value, digits).to_f
    end

    # printf-style "%.Nf" / "%0.Nf" as used by intword's format argument.
    def percent_format(fmt, value)
      fmt.sub(/%0?\.(\d+)f/) { fixed(value, Regexp.last_match(1).to_i) }
    end

    # Python's format(value, ",") and friends: commas in the integer part.
    def group_thousands(text)
      text.sub(/\A(-?)(\d+)/) { "#{Regexp.last_match(1)}#{Regexp.last_match(2).reverse.scan(/\d{1,3}/).join(',').reverse}" }
    end

    # str.format() for the single-field forms "{:}", "{:.Nf}" and "{:.N%}".
    def brace_format(fmt, value)
      fmt.sub(/\{:(?:\.(\d+)([f%]))?\}/) do
        digits = Regexp.last_match(1)
        type = Regexp.last_match(2)
        if type.nil?
          py_str(value)
        elsif type == "%"
          "#{fixed(value * 100.0, digits.to_i)}%"
        else
          fixed(value, digits.to_i)
        end
      end
    end
  end
end
