# frozen_string_literal: true

module ISODuration
  # A decimal number that remembers its written precision (coefficient * 10**exponent), with the
  # arithmetic and printing rules of Python's decimal.Decimal for the operations durations need.
  class ExactDecimal
    include Comparable
    attr_reader :coefficient, :exponent

    def self.parse(text)
      raise ArgumentError, "invalid decimal #{text.inspect}" unless text =~ /\A([+-]?)([0-9]*)(?:\.([0-9]*))?\z/

      sign, whole, frac = Regexp.last_match(1), Regexp.last_match(2), Regexp.last_match(3).to_s
      coef = "#{whole}#{frac}".to_i
      new(sign == "-" ? -coef : coef, -frac.length)
    end

    def self.from(value)
      value.is_a?(ExactDecimal) ? value : new(Integer(value), 0)
    end

    def initialize(coefficient, exponent)
      @coefficient = coefficient
      @exponent = exponent
    end

    def to_r
      Rational(coefficient) * (Rational(10)**exponent)
    end

    def zero?
      coefficient.zero?
    end

    def negative?
      coefficient.negative?
    end

    def <=>(other)
      to_r <=> (other.is_a?(ExactDecimal) ? other.to_r : other)
    end

    def ==(other)
      return false unless other.is_a?(ExactDecimal) || other.is_a?(Numeric)

      (self <=> other).zero?
    end

    def hash
      to_r.hash
    end

    def -@
      ExactDecimal.new(-coefficient, exponent)
    end

    def abs
      ExactDecimal.new(coefficient.abs, exponent)
    end

    def +(other)
      other = ExactDecimal.from(other)
      e = [exponent, other.exponent].min
      ExactDecimal.new((coefficient * 10**(exponent - e)) + (other.coefficient * 10**(other.exponent - e)), e)
    end

    def -(other)
      self + -ExactDecimal.from(other)
    end

    def *(other)
      other = ExactDecimal.from(other)
      ExactDecimal.new(coefficient * other.coefficient, exponent + other.exponent)
    end

    # int(self): truncation toward zero
    def truncate
      to_r.truncate
    end

    def whole?
      to_r.denominator == 1
    end

    # Python's str(Decimal)
    def to_s
      digits = coefficient.abs.to_s
      lead = exponent + digits.length
      dot = exponent <= 0 && lead > -6 ? lead : 1
      body = if dot <= 0
               "0.#{'0' * -dot}#{digits}"
             elsif dot >= digits.length
               digits + ("0" * (dot - digits.length))
             else
               "#{digits[0...dot]}.#{digits[dot..]}"
             end
      body += format("E%+d", lead - dot) unless lead == dot
      (negative? ? "-" : "") + body
    end
    alias inspect to_s
  end
end
