# frozen_string_literal: true

module Isodate
  # A small exact decimal number (coefficient * 10**exponent) that keeps its exponent the way
  # Python's decimal.Decimal does, so "1.50" stays "1.50". Only what durations need.
  class Decimal
    include Comparable

    attr_reader :coef, :exp

    def initialize(coef, exp = 0)
      @coef = coef
      @exp = exp
    end

    def self.parse(text)
      int, frac = text.split(".", 2)
      frac ||= ""
      new(Integer((int.empty? ? "0" : int) + frac, 10), -frac.size)
    end

    def self.from(value)
      value.is_a?(Decimal) ? value : parse(value.to_s)
    end

    ZERO = new(0, 0)

    def align(other)
      e = [exp, other.exp].min
      [coef * 10**(exp - e), other.coef * 10**(other.exp - e), e]
    end

    def +(other)
      a, b, e = align(other)
      Decimal.new(a + b, e)
    end

    def -(other)
      a, b, e = align(other)
      Decimal.new(a - b, e)
    end

    def *(other)
      Decimal.new(coef * other, exp)
    end

    def -@
      Decimal.new(-coef, exp)
    end

    def abs
      Decimal.new(coef.abs, exp)
    end

    def <=>(other)
      other = Decimal.from(other) unless other.is_a?(Decimal)
      a, b, = align(other)
      a <=> b
    end

    def zero?
      coef.zero?
    end

    def negative?
      coef.negative?
    end

    # truncation toward zero, like int(Decimal)
    def to_i
      return coef * 10**exp if exp >= 0

      q = coef.abs / 10**-exp
      coef.negative? ? -q : q
    end

    def to_f
      Float(to_s)
    end

    def integer?
      to_f == to_f.round
    end

    # Same text as str(Decimal): plain notation unless the exponent is positive or the
    # number is very small.
    def to_s
      digits = coef.abs.to_s
      leftdigits = exp + digits.size
      dotplace = exp <= 0 && leftdigits > -6 ? leftdigits : 1
      if dotplace <= 0
        intpart = "0"
        fracpart = "." + ("0" * -dotplace) + digits
      elsif dotplace >= digits.size
        intpart = digits + ("0" * (dotplace - digits.size))
        fracpart = ""
      else
        intpart = digits[0...dotplace]
        fracpart = "." + digits[dotplace..]
      end
      expo = leftdigits == dotplace ? "" : format("E%+d", leftdigits - dotplace)
      (coef.negative? ? "-" : "") + intpart + fracpart + expo
    end
  end
end
