# frozen_string_literal: true

module ISODuration
  # A fixed-length span in microseconds, exposed like Python's timedelta (days, seconds, microseconds).
  class Span
    include Comparable
    US_PER_SECOND = 1_000_000
    US_PER_DAY = 86_400 * US_PER_SECOND

    attr_reader :total_us

    def initialize(total_us)
      @total_us = total_us
    end

    def self.build(days: 0, seconds: 0, microseconds: 0)
      new((days * US_PER_DAY) + (seconds * US_PER_SECOND) + microseconds)
    end

    ZERO = new(0)

    # Floating amounts combined as CPython's timedelta does: exact whole parts, scaled fractions, and a
    # final half-to-even rounding of the sub-microsecond leftover.
    def self.from_amounts(weeks: 0.0, days: 0.0, hours: 0.0, minutes: 0.0, seconds: 0.0)
      whole = 0
      leftover = 0.0
      [[seconds, US_PER_SECOND], [minutes, 60 * US_PER_SECOND], [hours, 3600 * US_PER_SECOND],
       [days, US_PER_DAY], [weeks, 7 * US_PER_DAY]].each do |amount, scale|
        next if amount.zero?

        int_part = amount.truncate
        whole += int_part * scale
        frac = amount - int_part
        next if frac.zero?

        scaled = scale * frac
        scaled_int = scaled.truncate
        whole += scaled_int
        leftover += scaled - scaled_int
      end
      unless leftover.zero?
        nearest = leftover.round
        if (nearest - leftover).abs == 0.5
          odd = whole & 1
          nearest = (2 * ((leftover + odd) * 0.5).round) - odd
        end
        whole += nearest.to_i
      end
      new(whole)
    end

    def days
      total_us.div(US_PER_DAY)
    end

    def seconds
      (total_us % US_PER_DAY) / US_PER_SECOND
    end

    def microseconds
      total_us % US_PER_SECOND
    end

    def +(other)
      Span.new(total_us + other.total_us)
    end

    def -(other)
      Span.new(total_us - other.total_us)
    end

    def -@
      Span.new(-total_us)
    end

    def *(other)
      Span.new(total_us * other)
    end

    def abs
      Span.new(total_us.abs)
    end

    def negative?
      total_us.negative?
    end

    def <=>(other)
      other.is_a?(Span) ? total_us <=> other.total_us : nil
    end

    def ==(other)
      other.is_a?(Span) && other.total_us == total_us
    end

    def hash
      total_us.hash
    end

    # Python's str(timedelta)
    def to_s
      text = days.zero? ? "" : "#{days} #{days.abs == 1 ? 'day' : 'days'}, "
      text += format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
      text += format(".%06d", microseconds) unless microseconds.zero?
      text
    end
  end
end
