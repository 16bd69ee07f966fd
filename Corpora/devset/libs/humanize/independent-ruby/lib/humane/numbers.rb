# frozen_string_literal: true

module Humane
  # Raised where Python's humanize raises ValueError.
  class Invalid < ArgumentError; end

  SMALL_WORDS = %w[zero one two three four five six seven eight nine].freeze
  SUFFIXES = %w[th st nd rd th th th th th th].freeze
  SCALE = [[3, "thousand"], [6, "million"], [9, "billion"], [12, "trillion"], [15, "quadrillion"],
           [18, "quintillion"], [21, "sextillion"], [24, "septillion"], [27, "octillion"], [30, "nonillion"],
           [33, "decillion"], [100, "googol"]].freeze
  SUPERSCRIPTS = { "-" => "⁻", "0" => "⁰", "1" => "¹", "2" => "²", "3" => "³", "4" => "⁴", "5" => "⁵",
                   "6" => "⁶", "7" => "⁷", "8" => "⁸", "9" => "⁹" }.freeze
  PREFIXES_UP = "kMGTPEZYRQ"
  PREFIXES_DOWN = "mμnpfazyrq"
  TIGHT_UNITS = ["°", "′", "″"].freeze

  module_function

  def not_finite(x)
    return "NaN" if x.nan?

    x.positive? ? "+Inf" : "-Inf"
  end

  # float() as a test, then int(); yields the integer or returns the fallback text
  def with_integer(value)
    f = PyNumber.to_float(value)
    return not_finite(f) unless f.finite?

    yield PyNumber.to_int(value)
  rescue PyNumber::ConversionError
    PyNumber.py_str(value)
  end

  def ordinal(value, _gender = "male")
    with_integer(value) do |n|
      last_two = n % 100
      "#{n}#{(11..13).cover?(last_two) ? 'th' : SUFFIXES[n % 10]}"
    end
  end

  def group_thousands(text)
    m = /\A(-?)(\d+)(.*)\z/m.match(text) or return text
    m[1] + m[2].reverse.scan(/\d{1,3}/).join(",").reverse + m[3]
  end

  def intcomma(value, ndigits = nil)
    return "None" if value.nil?

    number = value.is_a?(String) ? value.delete(",") : value
    begin
      f = PyNumber.to_float(number)
      return not_finite(f) unless f.finite?

      number = number.include?(".") ? f : PyNumber.to_int(number) if number.is_a?(String)
    rescue PyNumber::ConversionError
      return PyNumber.py_str(value)
    end
    text = if ndigits
             PyNumber.fixed(number, ndigits)
           else
             number.is_a?(Float) ? PyNumber.float_repr(number) : number.to_s
           end
    group_thousands(text)
  end

  def intword(value, format = "%.1f")
    with_integer(value) do |n|
      sign = ""
      if n.negative?
        sign = "-"
        n = -n
      end
      next sign + n.to_s if n < 1000

      result = nil
      SCALE.each_with_index do |(exp, word), i|
        following = SCALE[i + 1]
        next if following && n >= 10**following[0]

        shown = PyNumber.percent_format(format, n.fdiv(10**exp))
        if following && Float(shown) >= 10**(following[0] - exp)
          word = following[1]
          shown = PyNumber.percent_format(format, n.fdiv(10**following[0]))
        end
        result = "#{sign}#{shown} #{word}"
        break
      end
      result || (sign + n.to_s)
    end
  end

  def apnumber(value)
    with_integer(value) { |n| n >= 0 && n < 10 ? SMALL_WORDS[n] : n.to_s }
  end

  def fractional(value)
    x = PyNumber.to_float(value)
    return not_finite(x) unless x.finite?

    whole = x.truncate
    part = PyNumber.limit_denominator(x - whole, 1000)
    top = part.numerator
    bottom = part.denominator
    if top.abs == bottom
      whole += x.positive? ? 1 : -1
      top = 0
    end
    return whole.to_s if !whole.zero? && top.zero?
    return "#{top}/#{bottom}" if whole.zero?

    "#{whole} #{top.abs}/#{bottom}"
  rescue PyNumber::ConversionError
    PyNumber.py_str(value)
  end

  def scientific(value, precision = 2)
    x = PyNumber.to_float(value)
    return not_finite(x) unless x.finite?

    mantissa, exp = PyNumber.exponential(x, precision.to_i)
    "#{mantissa} x 10#{exp.to_s.chars.map { |c| SUPERSCRIPTS[c] }.join}"
  rescue PyNumber::ConversionError
    PyNumber.py_str(value)
  end

  # str.format with the replacement fields humanize callers use: {:}, {:.Nf}, {:.N%}
  def str_format(pattern, v)
    pattern.gsub(/\{(?::([^}]*))?\}/) do
      spec = Regexp.last_match(1).to_s
      if spec.empty?
        PyNumber.py_str(v)
      elsif (m = /\A\.(\d+)([f%])\z/.match(spec))
        m[2] == "f" ? PyNumber.fixed(v, m[1].to_i) : "#{PyNumber.fixed(v.to_f * 100, m[1].to_i)}%"
      else
        raise Invalid, "unsupported format spec #{spec}"
      end
    end
  end

  def clamp(value, format = "{:}", floor = nil, ceil = nil, floor_token = "<", ceil_token = ">")
    return nil if value.nil?

    token = ""
    if !floor.nil? && value < floor
      value = floor
      token = floor_token
    elsif !ceil.nil? && value > ceil
      value = ceil
      token = ceil_token
    end
    return token + str_format(format, value) if format.is_a?(String)
    return token + format.call(value) if format.respond_to?(:call)

    raise Invalid, "Invalid format. Must be either a valid formatting string, or a function that accepts value and returns a string."
  end

  def metric(value, unit = "", precision = 3)
    exponent = value.zero? ? 0 : Math.log10(value.abs).floor
    return scientific(value, precision - 1) + unit if exponent >= 33 || exponent < -30

    shown = nil
    loop do
      group = exponent.div(3) * 3
      scaled = value.is_a?(Integer) && group >= 0 ? value.fdiv(10**group) : value.to_f / Float("1e#{group}")
      decimals = [0, precision - (exponent - group) - 1].max
      shown = PyNumber.fixed(scaled, decimals)
      break if Float(shown).abs < 10**(exponent - group + 1) || exponent >= 32

      exponent += 1
    end
    prefix = if exponent >= 3 then PREFIXES_UP[exponent.div(3) - 1]
             elsif exponent.negative? then PREFIXES_DOWN[(-exponent - 1).div(3)]
             else ""
             end
    gap = (unit.empty? && prefix.empty?) || TIGHT_UNITS.include?(unit) ? "" : " "
    "#{shown}#{gap}#{prefix}#{unit}"
  end
end
