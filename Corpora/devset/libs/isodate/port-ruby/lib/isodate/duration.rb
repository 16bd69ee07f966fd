# frozen_string_literal: true

require "date"

# This module defines a Duration class.
#
# The class Duration allows to define durations in years and months and can be
# used as limited replacement for Timedelta objects.
module Isodate
  module_function

  # A divmod function with boundaries.
  def fquotmod(val, low, high)
    # assumes that all the maths is done with Decimals.
    a = val - Decimal.from(low)
    b = high - low
    # Decimal division truncates, so floor with an exact rational instead.
    div = (Rational(a.coef) * Rational(10)**a.exp / b).floor
    mod = a - Decimal.from(div * b)
    # if we were not using Decimal, it would look like this.
    # div, mod = divmod(val - low, high - low)
    mod += Decimal.from(low)
    [div, mod]
  end

  # Determines the number of days of a specific month in a specific year.
  def max_days_in_month(year, month)
    return 31 if [1, 3, 5, 7, 8, 10, 12].include?(month)
    return 30 if [4, 6, 9, 11].include?(month)
    return 29 if (year % 400).zero? || (year % 100 != 0) && (year % 4).zero?

    28
  end

  # A class which represents a duration.
  #
  # The difference to Timedelta is, that this class handles also differences given in
  # years and months. A Duration treats differences given in year, months separately from
  # all other components.
  #
  # A Duration can be used almost like any Timedelta object, however there are some
  # restrictions:
  #   * It is not really possible to compare Durations, because it is unclear, whether a
  #     duration of 1 year is bigger than 365 days or not.
  #   * Equality is only tested between the two (year, month vs. timedelta) basic
  #     components.
  #
  # A Duration can also be converted into a Date, but this requires a start date or an end
  # date.
  #
  # The algorithm to add a duration to a date is defined at
  # http://www.w3.org/TR/xmlschema-2/#adding-durations-to-dateTimes
  class Duration
    attr_accessor :years, :months, :tdelta

    # Initialise this Duration instance with the given parameters.
    def initialize(days: 0, seconds: 0, microseconds: 0, milliseconds: 0, minutes: 0, hours: 0, weeks: 0,
                   months: 0, years: 0)
      @months = Decimal.from(months)
      @years = Decimal.from(years)
      @tdelta = Timedelta.new(days: days, seconds: seconds, microseconds: microseconds,
                              milliseconds: milliseconds, minutes: minutes, hours: hours, weeks: weeks)
    end

    # Provide direct access to attributes of included timedelta instance.
    def days = tdelta.days
    def seconds = tdelta.seconds
    def microseconds = tdelta.microseconds

    # Return a string representation of this duration similar to timedelta.
    def to_s
      params = []
      params << format("%d years", years.to_i) unless years.zero?
      unless months.zero?
        fmt = "%d months"
        fmt = "%d month" if months <= 1
        params << format(fmt, months.to_i)
      end
      params << tdelta.to_s
      params.join(", ")
    end

    # Return a string suitable for debugging.
    def inspect
      format("isodate.duration.Duration(%d, %d, %d, years=%d, months=%d)",
             tdelta.days, tdelta.seconds, tdelta.microseconds, years.to_i, months.to_i)
    end

    def hash
      [tdelta.total_micros, (years * 12 + months).to_s].hash
    end

    # A simple unary minus.
    #
    # Returns a new Duration instance with all it's negated.
    def -@
      negduration = Duration.new(years: -years, months: -months)
      negduration.tdelta = -tdelta
      negduration
    end

    # Durations can be added with Duration, Timedelta and Date objects.
    def +(other)
      if other.is_a?(Duration)
        newduration = Duration.new(years: years + other.years, months: months + other.months)
        newduration.tdelta = tdelta + other.tdelta
        return newduration
      end
      if other.respond_to?(:year) && other.respond_to?(:month) && other.respond_to?(:day)
        # try anything that looks like a date
        unless years.integer? && months.integer?
          raise ArgumentError, "fractional years or months not supported for date calculations"
        end

        newmonth = Decimal.from(other.month) + months
        carry, newmonth = Isodate.fquotmod(newmonth, 1, 13)
        newyear = Decimal.from(other.year) + years + Decimal.from(carry)
        maxdays = Isodate.max_days_in_month(newyear.to_i, newmonth.to_i)
        newday = other.day > maxdays ? maxdays : other.day
        newdt = Date.new(newyear.to_i, newmonth.to_i, newday)
        # does a timedelta + date
        return newdt + tdelta.days
      end
      if other.is_a?(Timedelta)
        newduration = Duration.new(years: years, months: months)
        newduration.tdelta = tdelta + other
        return newduration
      end
      raise TypeError, "unsupported operand type for +: Duration and #{other.class}"
    end

    def *(other)
      raise TypeError, "unsupported operand type for *: Duration and #{other.class}" unless other.is_a?(Integer)

      newduration = Duration.new(years: years * other, months: months * other)
      newduration.tdelta = tdelta * other
      newduration
    end

    # It is possible to subtract Duration and Timedelta objects from Duration objects.
    def -(other)
      if other.is_a?(Duration)
        newduration = Duration.new(years: years - other.years, months: months - other.months)
        newduration.tdelta = tdelta - other.tdelta
        return newduration
      end
      raise TypeError, "unsupported operand type for -: Duration and #{other.class}" unless other.is_a?(Timedelta)

      # do maths with our timedelta object ....
      newduration = Duration.new(years: years, months: months)
      newduration.tdelta = tdelta - other
      newduration
    end

    # It is possible to subtract Duration objects from Date and Timedelta objects
    # (other - self).
    #
    # TODO: there is some weird behaviour in date - timedelta ...
    #       if timedelta has seconds or microseconds set, then
    #       date - timedelta != date + (-timedelta)
    #       for now we follow this behaviour to avoid surprises when mixing
    #       timedeltas with Durations.
    def rsub(other)
      if other.is_a?(Timedelta)
        tmpdur = Duration.new
        tmpdur.tdelta = other
        return tmpdur - self
      end
      # check if other behaves like a date object
      unless years.integer? && months.integer?
        raise ArgumentError, "fractional years or months not supported for date calculations"
      end

      newmonth = Decimal.from(other.month) - months
      carry, newmonth = Isodate.fquotmod(newmonth, 1, 13)
      newyear = Decimal.from(other.year) - years + Decimal.from(carry)
      maxdays = Isodate.max_days_in_month(newyear.to_i, newmonth.to_i)
      newday = other.day > maxdays ? maxdays : other.day
      newdt = Date.new(newyear.to_i, newmonth.to_i, newday)
      newdt - tdelta.days
    end

    # If the years, month part and the timedelta part are both equal, then the two
    # Durations are considered equal.
    def ==(other)
      if other.is_a?(Duration)
        return (years * 12 + months) == (other.years * 12 + other.months) && tdelta == other.tdelta
      end
      # check if other can be compared against timedelta object
      return tdelta == other if years.zero? && months.zero?

      false
    end

    # Convert this duration into a Timedelta object.
    #
    # This method requires a start date or end date, but raises an exception if both
    # are given.
    def totimedelta(start: nil, end_: nil)
      raise ArgumentError, "start or end required" if start.nil? && end_.nil?
      raise ArgumentError, "only start or end allowed" if !start.nil? && !end_.nil?
      return Timedelta.new(days: ((self + start) - start).to_i) unless start.nil?

      Timedelta.new(days: (end_ - rsub(end_)).to_i)
    end
  end
end
