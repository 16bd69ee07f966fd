# frozen_string_literal: true

# Humanizing functions for numbers.
module Humanize
  SUPERSCRIPT_MAP = {
    "0" => "⁰", "1" => "¹", "2" => "²", "3" => "³", "4" => "⁴", "5" => "⁵",
    "6" => "⁶", "7" => "⁷", "8" => "⁸", "9" => "⁹", "-" => "⁻"
  }.freeze

  ORDINAL_SUFFIXES = {
    "male" => [
      I18n.pgettext_noop("0 (male)", "th"), I18n.pgettext_noop("1 (male)", "st"),
      I18n.pgettext_noop("2 (male)", "nd"), I18n.pgettext_noop("3 (male)", "rd"),
      I18n.pgettext_noop("4 (male)", "th"), I18n.pgettext_noop("5 (male)", "th"),
      I18n.pgettext_noop("6 (male)", "th"), I18n.pgettext_noop("7 (male)", "th"),
      I18n.pgettext_noop("8 (male)", "th"), I18n.pgettext_noop("9 (male)", "th")
    ],
    "female" => [
      I18n.pgettext_noop("0 (female)", "th"), I18n.pgettext_noop("1 (female)", "st"),
      I18n.pgettext_noop("2 (female)", "nd"), I18n.pgettext_noop("3 (female)", "rd"),
      I18n.pgettext_noop("4 (female)", "th"), I18n.pgettext_noop("5 (female)", "th"),
      I18n.pgettext_noop("6 (female)", "th"), I18n.pgettext_noop("7 (female)", "th"),
      I18n.pgettext_noop("8 (female)", "th"), I18n.pgettext_noop("9 (female)", "th")
    ]
  }.freeze

  APNUMBER_WORDS = %w[zero one two three four five six seven eight nine].map { |w| I18n.gettext_noop(w) }.freeze

  POWERS = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 100].map { |x| 10**x }.freeze
  HUMAN_POWERS = [
    I18n.ngettext_noop("thousand", "thousand"),
    I18n.ngettext_noop("million", "million"),
    I18n.ngettext_noop("billion", "billion"),
    I18n.ngettext_noop("trillion", "trillion"),
    I18n.ngettext_noop("quadrillion", "quadrillion"),
    I18n.ngettext_noop("quintillion", "quintillion"),
    I18n.ngettext_noop("sextillion", "sextillion"),
    I18n.ngettext_noop("septillion", "septillion"),
    I18n.ngettext_noop("octillion", "octillion"),
    I18n.ngettext_noop("nonillion", "nonillion"),
    I18n.ngettext_noop("decillion", "decillion"),
    I18n.ngettext_noop("googol", "googol")
  ].freeze

  module_function

  # Utility function to handle infinite and nan cases.
  def format_not_finite(value)
    return "NaN" if value.nan?
    return "-Inf" if value.infinite? && value.negative?
    return "+Inf" if value.infinite? && value.positive?

    ""
  end

  # Converts an integer to its ordinal as a string.
  #
  # For example, 1 is "1st", 2 is "2nd", 3 is "3rd", etc. Works for any integer or
  # anything int() will turn into an integer. Anything else will return the output
  # of str(value).
  #
  #   ordinal(1)    #=> "1st"
  #   ordinal(1002) #=> "1002nd"
  #   ordinal(111)  #=> "111th"
  #   ordinal("something else") #=> "something else"
  def ordinal(value, gender = "male")
    begin
      return format_not_finite(PyFormat.py_float(value)) unless PyFormat.py_float(value).finite?

      value = PyFormat.py_int(value)
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end
    gender = gender == "male" ? "male" : "female"
    digit = [11, 12, 13].include?(value % 100) ? 0 : value % 10
    "#{value}#{I18n.pgettext(*ORDINAL_SUFFIXES[gender][digit])}"
  end

  # Converts an integer to a string containing commas every three digits.
  #
  # For example, 3000 becomes "3,000" and 45000 becomes "45,000". To maintain some
  # compatibility with Django's intcomma, this function also accepts floats.
  #
  #   intcomma(1_234_567.25)       #=> "1,234,567.25"
  #   intcomma(1234.5454545, 2)    #=> "1,234.55"
  #   intcomma("14308.40", 1)      #=> "14,308.4"
  #   intcomma(nil)                #=> "None"
  def intcomma(value, ndigits = nil)
    thousands_sep = I18n.thousands_separator
    decimal_sep = I18n.decimal_separator
    begin
      if value.is_a?(String)
        value = value.gsub(thousands_sep, "").gsub(decimal_sep, ".")
        return format_not_finite(PyFormat.py_float(value)) unless PyFormat.py_float(value).finite?

        value = value.include?(".") ? PyFormat.py_float(value) : PyFormat.py_int(value)
      elsif !value.is_a?(Integer)
        return format_not_finite(PyFormat.py_float(value)) unless PyFormat.py_float(value).finite?
      end
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end

    result = if ndigits.nil?
               PyFormat.group_thousands(PyFormat.py_str(value))
             else
               PyFormat.group_thousands(PyFormat.fixed(value, ndigits))
             end
    result = result.tr(",.", thousands_sep + decimal_sep) if thousands_sep != "," || decimal_sep != "."
    result
  end

  # Converts a large integer to a friendly text representation.
  #
  # Works best for numbers over 1 million. For example, 1_000_000 becomes "1.0 million",
  # 1_200_000 becomes "1.2 million" and "1_200_000_000" becomes "1.2 billion". Supports
  # up to decillion (33 digits) and googol (100 digits).
  #
  #   intword("100")              #=> "100"
  #   intword("12400")            #=> "12.4 thousand"
  #   intword("1234000", "%0.3f") #=> "1.234 million"
  def intword(value, fmt = "%.1f")
    begin
      return format_not_finite(PyFormat.py_float(value)) unless PyFormat.py_float(value).finite?

      value = PyFormat.py_int(value)
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end

    if value.negative?
      value *= -1
      negative_prefix = "-"
    else
      negative_prefix = ""
    end

    return "#{negative_prefix}#{value}" if value < POWERS[0]

    ordinal = POWERS.bsearch_index { |p| p > value } || POWERS.length
    largest_ordinal = ordinal == POWERS.length

    # Consider the biggest power of 10 that is smaller than value
    ordinal -= 1
    power = POWERS[ordinal]
    chopped = value.fdiv(power)
    rounded_value = PyFormat.percent_format(fmt, chopped).to_f

    if !largest_ordinal && rounded_value == POWERS[ordinal + 1] / power
      # After rounding, we end up just at the next power. Compare against the
      # integer ratio between the two powers instead of rounded_value * power.
      ordinal += 1
      rounded_value = 1.0
    end

    singular, plural = HUMAN_POWERS[ordinal]
    unit = I18n.ngettext(singular, plural, rounded_value.ceil)
    decimal_sep = I18n.decimal_separator
    number = PyFormat.percent_format(fmt, rounded_value).sub(".", decimal_sep)
    "#{negative_prefix}#{number} #{unit}"
  end

  # Converts an integer to Associated Press style.
  #
  #   apnumber(0)   #=> "zero"
  #   apnumber(10)  #=> "10"
  #   apnumber("7") #=> "seven"
  def apnumber(value)
    begin
      return format_not_finite(PyFormat.py_float(value)) unless PyFormat.py_float(value).finite?

      value = PyFormat.py_int(value)
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end
    return value.to_s unless value >= 0 && value < 10

    I18n.gettext(APNUMBER_WORDS[value])
  end

  # Rational#limit_denominator: closest fraction with denominator at most max_denominator.
  def limit_denominator(frac, max_denominator)
    return frac if frac.denominator <= max_denominator

    p0, q0, p1, q1 = 0, 1, 1, 0
    n = frac.numerator
    d = frac.denominator
    loop do
      a = n / d
      q2 = q0 + a * q1
      break if q2 > max_denominator

      p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
      n, d = d, n - a * d
    end
    k = (max_denominator - q0) / q1
    bound1 = Rational(p0 + k * p1, q0 + k * q1)
    bound2 = Rational(p1, q1)
    (bound2 - frac).abs <= (bound1 - frac).abs ? bound2 : bound1
  end

  # Convert to fractional number.
  #
  # There will be some cases where one might not want to show ugly decimal places for
  # floats and decimals. This function returns a human-readable fractional number in
  # form of fractions and mixed fractions.
  #
  #   fractional(0.3)   #=> "3/10"
  #   fractional(1.3)   #=> "1 3/10"
  #   fractional(1)     #=> "1"
  #   fractional("ten") #=> "ten"
  def fractional(value)
    begin
      number = PyFormat.py_float(value)
      return format_not_finite(number) unless number.finite?
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end

    whole_number = number.truncate
    frac = limit_denominator((number - whole_number).to_r, 1000)
    numerator = frac.numerator
    denominator = frac.denominator
    if denominator == 1
      # The fractional part reduced to a whole number: either an integer was passed
      # in, or the fractional part rounded up to 1/1 (e.g. 2.9999999). Fold it into
      # the integer part instead of emitting a degenerate "0/1" or "2 1/1".
      return (whole_number + numerator).to_s
    end

    return "#{numerator}/#{denominator}" if whole_number.zero?

    # truncate rounds toward zero, so for a negative number both whole_number and
    # numerator carry the minus sign; the sign already rides on the whole part.
    "#{whole_number} #{numerator.abs}/#{denominator}"
  end

  # Return number in string scientific notation z.wq x 10ⁿ.
  #
  #   scientific(0.3)      #=> "3.00 x 10⁻¹"
  #   scientific(500)      #=> "5.00 x 10²"
  #   scientific(1000, 1)  #=> "1.0 x 10³"
  #   scientific("foo")    #=> "foo"
  def scientific(value, precision = 2)
    begin
      value = PyFormat.py_float(value)
      return format_not_finite(value) unless value.finite?
    rescue PyFormat::ConversionError
      return PyFormat.py_str(value)
    end
    n = PyFormat.exponential(value, precision.to_i)
    part1, part2 = n.split("e")
    # Normalise exponent: to_i strips the "+" sign and leading zeros,
    # while preserving "-" and a single "0" for 10⁰.
    "#{part1} x 10#{part2.to_i.to_s.chars.map { |c| SUPERSCRIPT_MAP[c] }.join}"
  end

  # Returns number with the specified format, clamped between floor and ceil.
  #
  # If the number is larger than ceil or smaller than floor, then the respective limit
  # will be returned, formatted and prepended with a token specifying as such. The
  # format is either a format string ("{:}", "{:.2f}", "{:.0%}") or a callable.
  #
  #   clamp(0.0001, "{:}", 0.01)        #=> "<0.01"
  #   clamp(0.999, "{:.0%}", nil, 0.99) #=> ">99%"
  def clamp(value, fmt = "{:}", floor = nil, ceil = nil, floor_token = "<", ceil_token = ">")
    return nil if value.nil?
    return format_not_finite(value) if value.is_a?(Float) && !value.finite?

    if !floor.nil? && value < floor
      value = floor
      token = floor_token
    elsif !ceil.nil? && value > ceil
      value = ceil
      token = ceil_token
    else
      token = ""
    end

    return token + PyFormat.brace_format(fmt, value) if fmt.is_a?(String)
    return token + fmt.call(value) if fmt.respond_to?(:call)

    raise ArgumentError, "Invalid format. Must be either a valid formatting string, or a function " \
                         "that accepts value and returns a string."
  end

  # Return a value with a metric SI unit-prefix appended.
  #
  #   metric(1500, "V")     #=> "1.50 kV"
  #   metric(2e8, "W")      #=> "200 MW"
  #   metric(220e-6, "F")   #=> "220 μF"
  #   metric(1e-14, "", 4)  #=> "10.00 f"
  #
  # For numbers that are either too huge or too tiny to represent without resorting
  # to either leading or trailing zeroes, it falls back to scientific().
  def metric(value, unit = "", precision = 3)
    return format_not_finite(value) if value.is_a?(Float) && !value.finite?

    exponent = value.zero? ? 0 : Math.log10(value.abs).floor

    return scientific(value, precision - 1) + unit if exponent >= 33 || exponent < -30

    old_bucket = exponent.div(3) * 3
    value = value.fdiv(1) / 10**old_bucket
    digits = [0, precision - (exponent % 3) - 1].max.to_i
    # Absorb a rounding carry (9.999 -> 10.0) by bumping the exponent.
    if exponent < 30 && PyFormat.round_digits(value.abs, digits) >= 10**((exponent % 3) + 1)
      exponent += 1
      new_bucket = exponent.div(3) * 3
      value /= 10**(new_bucket - old_bucket)
      digits = [0, precision - (exponent % 3) - 1].max.to_i
    end

    ordinal_ = if exponent >= 3
                 "kMGTPEZYRQ"[exponent.div(3) - 1]
               elsif exponent.negative?
                 "mμnpfazyrq"[(-exponent - 1).div(3)]
               else
                 ""
               end
    value_ = PyFormat.fixed(value, digits)
    space = if !(unit != "" || ordinal_ != "") || ["°", "′", "″"].include?(unit)
              ""
            else
              " "
            end

    "#{value_}#{space}#{ordinal_}#{unit}"
  end
end
