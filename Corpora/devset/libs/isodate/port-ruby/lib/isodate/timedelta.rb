# frozen_string_literal: true

module Isodate
  # The parts of Python's datetime.timedelta that durations rely on: a duration normalised to
  # days, seconds (0..86399) and microseconds (0..999999); only days may be negative.
  class Timedelta
    include Comparable

    attr_reader :days, :seconds, :microseconds

    # microseconds per unit, in timedelta's argument order
    FACTORS = {
      days: 86_400_000_000, seconds: 1_000_000, microseconds: 1, milliseconds: 1000,
      minutes: 60_000_000, hours: 3_600_000_000, weeks: 604_800_000_000
    }.freeze

    def self.from_micros(total)
      secs, us = total.divmod(1_000_000)
      d, s = secs.divmod(86_400)
      allocate.tap { |t| t.send(:set, d, s, us) }
    end

    # Integral parts are summed exactly, fractional parts as floats that are rounded once,
    # half to even.
    def initialize(days: 0, seconds: 0, microseconds: 0, milliseconds: 0, minutes: 0, hours: 0, weeks: 0)
      values = { days: days, seconds: seconds, microseconds: microseconds, milliseconds: milliseconds,
                 minutes: minutes, hours: hours, weeks: weeks }
      x = 0
      leftover = 0.0
      values.each do |unit, v|
        whole = v.truncate
        frac = v - whole
        x += whole * FACTORS[unit]
        next if frac.zero?

        prod = frac.to_f * FACTORS[unit]
        prod_whole = prod.truncate
        x += prod_whole
        leftover += prod - prod_whole
      end
      unless leftover.zero?
        whole_us = leftover.round
        if (whole_us - leftover).abs == 0.5
          # exactly halfway: round so that the total is even
          x_is_odd = x & 1
          whole_us = (2.0 * ((leftover + x_is_odd) * 0.5).round - x_is_odd).to_i
        end
        x += whole_us
      end
      secs, us = x.divmod(1_000_000)
      d, s = secs.divmod(86_400)
      set(d, s, us)
    end

    def total_micros
      (days * 86_400 + seconds) * 1_000_000 + microseconds
    end

    def +(other)
      Timedelta.from_micros(total_micros + other.total_micros)
    end

    def -(other)
      Timedelta.from_micros(total_micros - other.total_micros)
    end

    def -@
      Timedelta.from_micros(-total_micros)
    end

    def *(other)
      Timedelta.from_micros(total_micros * other)
    end

    def <=>(other)
      return nil unless other.is_a?(Timedelta)

      total_micros <=> other.total_micros
    end

    def ==(other)
      other.is_a?(Timedelta) && total_micros == other.total_micros
    end

    # Same text as Python's str(timedelta).
    def to_s
      mm, ss = seconds.divmod(60)
      hh, mm = mm.divmod(60)
      s = format("%d:%02d:%02d", hh, mm, ss)
      s = format("%d day%s, ", days, days.abs != 1 ? "s" : "") + s if days != 0
      s += format(".%06d", microseconds) if microseconds != 0
      s
    end

    private

    def set(days, seconds, microseconds)
      @days = days
      @seconds = seconds
      @microseconds = microseconds
    end

    public

    ZERO = from_micros(0)
  end
end
