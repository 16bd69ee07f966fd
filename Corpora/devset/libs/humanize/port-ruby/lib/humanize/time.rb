# frozen_string_literal: true

# Time humanizing functions.
#
# These are largely borrowed from Django's contrib.humanize.
module Humanize
  module Unit
    MICROSECONDS = 0
    MILLISECONDS = 1
    SECONDS = 2
    MINUTES = 3
    HOURS = 4
    DAYS = 5
    MONTHS = 6
    YEARS = 7
  end

  US_PER_SECOND = 1_000_000
  US_PER_DAY = 86_400 * US_PER_SECOND

  # A span of time, normalised like Python's datetime.timedelta: days (may be negative),
  # seconds in 0...86400 and microseconds in 0...1_000_000.
  class Timedelta
    attr_reader :days, :seconds, :microseconds

    # Integral parts are exact; a fractional part is rounded once to the nearest
    # microsecond, ties to an even total.
    def initialize(days: 0, seconds: 0, microseconds: 0)
      total = 0
      leftover = 0.0
      [[days, US_PER_DAY], [seconds, US_PER_SECOND], [microseconds, 1]].each do |value, factor|
        whole = value.truncate
        total += whole * factor
        frac = value - whole
        next if frac.zero?

        prod = frac * factor
        total += prod.truncate
        leftover += prod - prod.truncate
      end
      unless leftover.zero?
        whole_us = leftover.round
        if (whole_us - leftover).abs == 0.5
          odd = total & 1
          whole_us = 2 * ((leftover + odd) * 0.5).round - odd
        end
        total += whole_us
      end
      assign(total)
    end

    def self.from_microseconds(total)
      allocate.tap { |td| td.send(:assign, total) }
    end

    def total_microseconds
      days * US_PER_DAY + seconds * US_PER_SECOND + microseconds
    end

    def abs
      Timedelta.from_microseconds(total_microseconds.abs)
    end

    private

    def assign(total)
      @days, rest = total.divmod(US_PER_DAY)
      @seconds, @microseconds = rest.divmod(US_PER_SECOND)
    end
  end

  # A naive date and time with microseconds (Python's datetime without tzinfo).
  class DateTime
    attr_reader :epoch_microseconds

    def initialize(year, month, day, hour = 0, minute = 0, second = 0, microsecond = 0)
      @epoch_microseconds = ::Time.utc(year, month, day, hour, minute, second).to_i * US_PER_SECOND + microsecond
    end

    def self.from_epoch_microseconds(micros)
      allocate.tap { |dt| dt.instance_variable_set(:@epoch_microseconds, micros) }
    end

    def -(other)
      return Timedelta.from_microseconds(epoch_microseconds - other.epoch_microseconds) if other.is_a?(DateTime)

      DateTime.from_epoch_microseconds(epoch_microseconds - other.total_microseconds)
    end

    def >(other)
      epoch_microseconds > other.epoch_microseconds
    end
  end

  module_function

  def _now
    t = ::Time.now # naive local time is intentional
    DateTime.new(t.year, t.month, t.day, t.hour, t.min, t.sec, t.usec)
  end

  # Return an "absolute" value for a timedelta, always representing a time distance.
  def _abs_timedelta(delta)
    delta.abs
  end

  # Turn a value into a date and a timedelta which represents how long ago it was.
  #
  # If that's not possible, return [nil, value].
  def _date_and_delta(value, now: nil, precise: false)
    now ||= _now
    if value.is_a?(DateTime)
      date = value
      delta = now - value
    elsif value.is_a?(Timedelta)
      date = now - value
      delta = value
    else
      return [nil, value] unless value.is_a?(Numeric) && !(value.is_a?(Float) && value.nan?)

      value = precise ? value : value.round(half: :even)
      delta = Timedelta.new(seconds: value)
      date = now - delta
    end
    [date, _abs_timedelta(delta)]
  end

  # Return a natural representation of a timedelta or number of seconds.
  #
  # This is similar to naturaltime, but does not add tense to the result.
  #
  # months: if true, then a number of months (based on 30.5 days) will be used for
  # fuzziness between years. minimum_unit: the lowest unit that can be used.
  #
  # Returns a natural representation of the amount of time elapsed unless value is not
  # a Timedelta or cannot be converted to int; in that case str(value) is returned.
  def naturaldelta(value, months = true, minimum_unit = "seconds")
    tmp = Unit.const_get(minimum_unit.upcase)
    unless [Unit::SECONDS, Unit::MILLISECONDS, Unit::MICROSECONDS].include?(tmp)
      raise ArgumentError, "Minimum unit '#{minimum_unit}' not supported"
    end

    min_unit = tmp

    if value.is_a?(Timedelta)
      delta = value
    else
      begin
        PyFormat.py_int(value) # Explicitly don't support string such as "NaN" or "inf"
        value = PyFormat.py_float(value)
        delta = Timedelta.new(seconds: value)
      rescue PyFormat::ConversionError
        return PyFormat.py_str(value)
      end
    end

    use_months = months

    delta = delta.abs
    years = delta.days / 365
    days = delta.days % 365
    num_months = (days / 30.5).round(half: :even)

    if years.zero? && days < 1
      if delta.seconds.zero?
        if min_unit == Unit::MICROSECONDS && delta.microseconds < 1000
          return format(I18n.ngettext("%d microsecond", "%d microseconds", delta.microseconds), delta.microseconds)
        end

        if min_unit == Unit::MILLISECONDS ||
           (min_unit == Unit::MICROSECONDS && delta.microseconds >= 1000 && delta.microseconds < 1_000_000)
          milliseconds = delta.microseconds / 1000.0
          return format(I18n.ngettext("%d millisecond", "%d milliseconds", milliseconds.to_i), milliseconds)
        end

        return I18n.gettext("a moment")
      end

      return I18n.gettext("a second") if delta.seconds == 1
      return format(I18n.ngettext("%d second", "%d seconds", delta.seconds), delta.seconds) if delta.seconds < 60

      if delta.seconds >= 60 && delta.seconds < 3600
        minutes = (delta.seconds / 60.0).round(half: :even)
        return I18n.gettext("a minute") if minutes == 1
        return I18n.gettext("an hour") if minutes == 60

        return format(I18n.ngettext("%d minute", "%d minutes", minutes), minutes)
      end

      if delta.seconds >= 3600
        hours = (delta.seconds / 3600.0).round(half: :even)
        return I18n.gettext("an hour") if hours == 1
        return I18n.gettext("a day") if hours == 24

        return format(I18n.ngettext("%d hour", "%d hours", hours), hours)
      end
    elsif years.zero?
      return I18n.gettext("a day") if days == 1
      return format(I18n.ngettext("%d day", "%d days", days), days) unless use_months
      return format(I18n.ngettext("%d day", "%d days", days), days) if num_months.zero?
      return I18n.gettext("a month") if num_months == 1
      return I18n.gettext("a year") if num_months == 12

      return format(I18n.ngettext("%d month", "%d months", num_months), num_months)
    elsif years == 1
      return I18n.gettext("a year") if num_months.zero? && days.zero?
      return format(I18n.ngettext("1 year, %d day", "1 year, %d days", days), days) if num_months.zero?

      if use_months
        return I18n.gettext("1 year, 1 month") if num_months == 1

        if num_months == 12
          years += 1
          return format(I18n.ngettext("%d year", "%d years", years), years)
        end

        return format(I18n.ngettext("1 year, %d month", "1 year, %d months", num_months), num_months)
      end

      return format(I18n.ngettext("1 year, %d day", "1 year, %d days", days), days)
    end

    years = (delta.days / 365.0).round(half: :even)
    format(I18n.ngettext("%d year", "%d years", years).sub("%d", "%s"), intcomma(years))
  end

  # Return a natural representation of a time in a resolution that makes sense.
  #
  # This is more or less compatible with Django's naturaltime filter.
  #
  # value: a DateTime, a Timedelta, or a number of seconds. future: ignored for
  # DateTimes and Timedeltas, where the tense is always figured out based on the
  # current time; for numbers, the return value will be past tense by default, unless
  # future is true. when: point in time relative to which value is interpreted;
  # defaults to the current local time.
  def naturaltime(value, future = false, months = true, minimum_unit = "seconds", when_ = nil)
    value = _convert_aware_datetime(value)
    when_ = _convert_aware_datetime(when_)

    now = when_ || _now

    date, delta = _date_and_delta(value, now: now)
    return PyFormat.py_str(value) if date.nil?

    # determine tense by value only if datetime/timedelta were passed
    future = date > now if value.is_a?(DateTime) || value.is_a?(Timedelta)

    ago = future ? I18n.gettext("%s from now") : I18n.gettext("%s ago")
    delta = naturaldelta(delta, months, minimum_unit)

    return I18n.gettext("now") if delta == I18n.gettext("a moment")

    format(ago, delta)
  end

  # Convert aware datetime to naive datetime and pass through any other type.
  def _convert_aware_datetime(value)
    return nil if value.nil?

    # DateTime values of this port are always naive.
    value
  end
end
