# frozen_string_literal: true

module Humane
  US_PER_SECOND = 1_000_000
  US_PER_DAY = 86_400 * US_PER_SECOND

  # A timedelta: whole microseconds, exposed as days/seconds/microseconds.
  class Span
    attr_reader :us

    def initialize(days: 0, seconds: 0, microseconds: 0)
      @us = (days * US_PER_DAY) + (seconds * US_PER_SECOND) + microseconds
    end

    def self.of_micros(us)
      new(microseconds: us)
    end

    # timedelta(seconds=x) the CPython way: exact whole part, scaled fraction, leftover rounded half to even.
    def self.of_seconds(x)
      return of_micros(x * US_PER_SECOND) if x.is_a?(Integer)

      whole = x.truncate
      total = whole * US_PER_SECOND
      scaled = 1e6 * (x - whole)
      scaled_whole = scaled.truncate
      total += scaled_whole
      leftover = scaled - scaled_whole
      unless leftover.zero?
        nearest = leftover.round
        if (nearest - leftover).abs == 0.5
          odd = total & 1
          nearest = (2 * ((leftover + odd) * 0.5).round) - odd
        end
        total += nearest
      end
      of_micros(total)
    end

    def days = us.div(US_PER_DAY)
    def seconds = (us % US_PER_DAY) / US_PER_SECOND
    def microseconds = us % US_PER_SECOND
    def abs = Span.of_micros(us.abs)
  end

  # A naive datetime as microseconds since 1970-01-01T00:00.
  class Moment
    attr_reader :us

    def initialize(year, month, day, hour = 0, minute = 0, second = 0, microsecond = 0)
      @us = (Time.utc(year, month, day, hour, minute, second).to_i * US_PER_SECOND) + microsecond
    end

    def self.now
      t = Time.now
      new(t.year, t.month, t.day, t.hour, t.min, t.sec, t.usec)
    end

    def -(other)
      Span.of_micros(us - other.us)
    end
  end

  LOWEST_UNITS = %w[seconds milliseconds microseconds].freeze
  ALL_UNITS = %w[microseconds milliseconds seconds minutes hours days months years].freeze

  module_function

  def plural(n, one, many)
    format(n == 1 ? one : many, n)
  end

  def minimum_unit(name)
    lowered = name.downcase
    raise KeyError, name.upcase unless ALL_UNITS.include?(lowered)
    raise Invalid, "Minimum unit '#{name}' not supported" unless LOWEST_UNITS.include?(lowered)

    lowered
  end

  def within_day(delta, unit)
    secs = delta.seconds
    if secs.zero?
      us = delta.microseconds
      return plural(us, "%d microsecond", "%d microseconds") if unit == "microseconds" && us < 1000
      return plural(us / 1000, "%d millisecond", "%d milliseconds") unless unit == "seconds"

      return "a moment"
    end
    return "a second" if secs == 1
    return plural(secs, "%d second", "%d seconds") if secs < 60

    if secs < 3600
      minutes = PyNumber.round_even(secs / 60.0)
      return "a minute" if minutes == 1
      return "an hour" if minutes == 60

      return plural(minutes, "%d minute", "%d minutes")
    end
    hours = PyNumber.round_even(secs / 3600.0)
    return "an hour" if hours == 1
    return "a day" if hours == 24

    plural(hours, "%d hour", "%d hours")
  end

  def naturaldelta(value, months = true, minimum_unit = "seconds")
    unit = minimum_unit(minimum_unit)
    delta = if value.is_a?(Span)
              value
            else
              begin
                n = PyNumber.to_int(value)
                Span.of_seconds(value.is_a?(String) ? n : value)
              rescue PyNumber::ConversionError
                return PyNumber.py_str(value)
              end
            end
    delta = delta.abs
    years, days = delta.days.divmod(365)
    month_count = PyNumber.round_even(days / 30.5)
    return within_day(delta, unit) if years.zero? && days < 1

    if years.zero?
      return "a day" if days == 1
      return plural(days, "%d day", "%d days") if !months || month_count.zero?
      return "a month" if month_count == 1
      return "a year" if month_count == 12

      return plural(month_count, "%d month", "%d months")
    end
    if years == 1
      return "a year" if month_count.zero? && days.zero?
      return plural(days, "1 year, %d day", "1 year, %d days") if month_count.zero? || !months
      return "1 year, 1 month" if month_count == 1
      return "2 years" if month_count == 12

      return plural(month_count, "1 year, %d month", "1 year, %d months")
    end
    count = PyNumber.round_even(delta.days / 365.0)
    "#{intcomma(count)} #{count == 1 ? 'year' : 'years'}"
  end

  def naturaltime(value, future = false, months = true, minimum_unit = "seconds", when_ = nil)
    now = when_ || Moment.now
    case value
    when Moment
      delta = now - value
      ahead = value.us > now.us
    when Span
      delta = value
      ahead = value.us.negative?
    when Integer, Float
      delta = Span.of_seconds(value.is_a?(Float) ? PyNumber.round_even(value) : value)
      ahead = future
    else
      return PyNumber.py_str(value)
    end
    text = naturaldelta(delta, months, minimum_unit)
    return "now" if text == "a moment"

    ahead ? "#{text} from now" : "#{text} ago"
  end
end
