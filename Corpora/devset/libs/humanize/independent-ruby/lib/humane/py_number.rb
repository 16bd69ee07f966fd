# frozen_string_literal: true

module Humane
  # Python number behaviour Ruby does not share: float()/int() string parsing, repr() of floats,
  # exact half-to-even formatting, round(), Fraction.limit_denominator.
  module PyNumber
    class ConversionError < StandardError; end

    FLOAT_TEXT = /\A[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)\z/i
    INT_TEXT = /\A[+-]?[0-9]+\z/
    SPACE = "\t\n\v\f\r \x1c\x1d\x1e\x1f"

    module_function

    def strip(text)
      text.gsub(/\A[#{SPACE}]+|[#{SPACE}]+\z/o, "")
    end

    def to_float(value)
      case value
      when Float then value
      when Integer then value.to_f
      when true, false then value ? 1.0 : 0.0
      when String
        s = strip(value)
        raise ConversionError unless FLOAT_TEXT.match?(s)

        lower = s.downcase.delete_prefix("+")
        return Float::NAN if lower.end_with?("nan")
        return(lower.start_with?("-") ? -Float::INFINITY : Float::INFINITY) if lower.end_with?("inf", "infinity")

        Float(s.sub(/\A([+-]?)\./, '\10.').sub(/\.(?=[eE]|\z)/, ".0"))
      else raise ConversionError
      end
    end

    def to_int(value)
      case value
      when Integer then value
      when Float
        raise ConversionError unless value.finite?

        value.truncate
      when true, false then value ? 1 : 0
      when String
        s = strip(value)
        raise ConversionError unless INT_TEXT.match?(s)

        s.to_i
      else raise ConversionError
      end
    end

    # Python's repr() of a float
    def float_repr(x)
      return "nan" if x.nan?
      return(x.positive? ? "inf" : "-inf") if x.infinite?
      return(1.0 / x).negative? ? "-0.0" : "0.0" if x.zero?

      digits, exp = shortest_digits(x.abs)
      sign = x.negative? ? "-" : ""
      if exp < -4 || exp >= 16
        mant = digits.length > 1 ? "#{digits[0]}.#{digits[1..]}" : digits
        return format("%s%se%s%02d", sign, mant, exp.negative? ? "-" : "+", exp.abs)
      end
      return "#{sign}0.#{'0' * (-exp - 1)}#{digits}" if exp.negative?
      return "#{sign}#{digits}#{'0' * (exp + 1 - digits.length)}.0" if digits.length <= exp + 1

      "#{sign}#{digits[0..exp]}.#{digits[(exp + 1)..]}"
    end

    # shortest round-trip digits of a positive float and the decimal exponent of the first one
    def shortest_digits(x)
      text = x.to_s
      mant, e = text.split("e")
      whole, frac = mant.split(".")
      frac = "" if frac == "0"
      digits = "#{whole}#{frac}"
      exp = whole.length - 1 + e.to_i
      lead = digits.length - digits.sub(/\A0+/, "").length
      digits = digits.sub(/\A0+/, "")
      exp -= lead
      digits = digits.sub(/0+\z/, "")
      [digits.empty? ? "0" : digits, exp]
    end

    def py_str(value)
      case value
      when nil then "None"
      when true then "True"
      when false then "False"
      when Float then float_repr(value)
      else value.to_s
      end
    end

    def negative_sign?(x)
      x.negative? || (x.zero? && (1.0 / x).negative?)
    end

    # format(x, '.{nd}f') exactly
    def fixed(x, nd)
      x = x.to_f
      return "nan" if x.nan?
      return(x.positive? ? "inf" : "-inf") if x.infinite?

      scaled = (x.abs.to_r * (10**nd)).round(half: :even)
      text = scaled.to_s
      if nd.positive?
        text = text.rjust(nd + 1, "0")
        text = "#{text[0...-nd]}.#{text[-nd..]}"
      end
      (negative_sign?(x) ? "-" : "") + text
    end

    # format(x, '.{nd}e') exactly, as [mantissa text, exponent]
    def exponential(x, nd)
      x = x.to_f
      sign = negative_sign?(x) ? "-" : ""
      return [sign + (nd.positive? ? "0.#{'0' * nd}" : "0"), 0] if x.zero?

      exact = x.abs.to_r
      e = Math.log10(x.abs).floor
      e -= 1 while exact < Rational(10)**e
      e += 1 while exact >= Rational(10)**(e + 1)
      digits = (exact * (Rational(10)**(nd - e))).round(half: :even)
      if digits == 10**(nd + 1)
        digits /= 10
        e += 1
      end
      t = digits.to_s
      [sign + (nd.positive? ? "#{t[0]}.#{t[1..]}" : t), e]
    end

    # Python's round(x) for a float
    def round_even(x)
      x.to_r.round(half: :even)
    end

    # Python's '%[0][width][.prec]f' % x
    def percent_format(spec, x)
      m = /\A%(0?)(\d*)(?:\.(\d+))?f\z/.match(spec) or raise ArgumentError, "unsupported format #{spec}"
      text = fixed(x, m[3] ? m[3].to_i : 6)
      width = m[2].to_i
      return text if text.length >= width

      if m[1] == "0"
        neg = text.start_with?("-")
        body = neg ? text[1..] : text
        (neg ? "-" : "") + body.rjust(width - (neg ? 1 : 0), "0")
      else
        text.rjust(width)
      end
    end

    # Fraction(x).limit_denominator(max_den) on the exact value of x, as a Rational
    def limit_denominator(x, max_den)
      exact = x.to_r
      return exact if exact.denominator <= max_den

      n = exact.numerator
      d = exact.denominator
      p0 = 0
      q0 = 1
      p1 = 1
      q1 = 0
      loop do
        a = n.div(d)
        q2 = q0 + (a * q1)
        break if q2 > max_den

        p0, q0, p1, q1 = p1, q1, p0 + (a * p1), q2
        n, d = d, n - (a * d)
      end
      k = (max_den - q0).div(q1)
      near = Rational(p1, q1)
      far = Rational(p0 + (k * p1), q0 + (k * q1))
      (near - exact).abs <= (far - exact).abs ? near : far
    end
  end
end
