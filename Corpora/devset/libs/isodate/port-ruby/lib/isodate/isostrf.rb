# frozen_string_literal: true

# This module provides an alternative strftime method.
#
# The strftime method in this module allows only a subset of Python's strftime format
# codes, plus a few additional. There are several pre-defined format strings in this module
# to make ease producing of ISO 8601 conforming strings. Only the duration part
# (Timedelta and Duration) is provided here.
module Isodate
  # Date specific format strings
  DATE_BAS_COMPLETE = "%Y%m%d"
  DATE_EXT_COMPLETE = "%Y-%m-%d"
  DATE_BAS_WEEK_COMPLETE = "%YW%W%w"
  DATE_EXT_WEEK_COMPLETE = "%Y-W%W-%w"
  DATE_BAS_ORD_COMPLETE = "%Y%j"
  DATE_EXT_ORD_COMPLETE = "%Y-%j"
  DATE_BAS_WEEK = "%YW%W"
  DATE_EXT_WEEK = "%Y-W%W"
  DATE_BAS_MONTH = "%Y%m"
  DATE_EXT_MONTH = "%Y-%m"
  DATE_YEAR = "%Y"
  DATE_CENTURY = "%C"

  # Time specific format strings
  TIME_BAS_COMPLETE = "%H%M%S"
  TIME_EXT_COMPLETE = "%H:%M:%S"
  TIME_BAS_MINUTE = "%H%M"
  TIME_EXT_MINUTE = "%H:%M"
  TIME_HOUR = "%H"

  # Duration formts
  D_DEFAULT = "P%P"
  D_WEEK = "P%p"
  D_ALT_EXT = "P" + DATE_EXT_COMPLETE + "T" + TIME_EXT_COMPLETE
  D_ALT_BAS = "P" + DATE_BAS_COMPLETE + "T" + TIME_BAS_COMPLETE
  D_ALT_EXT_ORD = "P" + DATE_EXT_ORD_COMPLETE + "T" + TIME_EXT_COMPLETE
  D_ALT_BAS_ORD = "P" + DATE_BAS_ORD_COMPLETE + "T" + TIME_BAS_COMPLETE

  STRF_D_MAP = {
    "%d" => ->(tdt, _yds) { format("%02d", tdt.days) },
    "%f" => ->(tdt, _yds) { format("%06d", tdt.microseconds) },
    "%H" => ->(tdt, _yds) { format("%02d", (tdt.seconds / 60.0 / 60).truncate) },
    "%m" => ->(tdt, _yds) { format("%02d", tdt.months.to_i) },
    "%M" => ->(tdt, _yds) { format("%02d", ((tdt.seconds / 60.0) % 60).truncate) },
    "%S" => ->(tdt, _yds) { format("%02d", tdt.seconds % 60) },
    "%W" => ->(tdt, _yds) { format("%02d", (tdt.days / 7.0).abs.truncate) },
    "%Y" => ->(tdt, yds) { (yds != 4 ? "+" : "") + format("%0#{yds}d", tdt.years.to_i) },
    "%C" => lambda { |tdt, yds|
      (yds != 4 ? "+" : "") + format("%0#{yds - 2}d", Decimal.new(tdt.years.coef, tdt.years.exp - 2).to_i)
    },
    "%%" => ->(_tdt, _yds) { "%" }
  }.freeze

  module_function

  # this is the work method for Timedelta and Duration instances.
  # see strftime for more details.
  def strfduration(tdt, format_, yeardigits = 4)
    # lookup format command and return corresponding replacement.
    repl = lambda do |match|
      if STRF_D_MAP.key?(match)
        STRF_D_MAP[match].call(tdt, yeardigits)
      elsif match == "%P"
        ret = []
        if tdt.is_a?(Duration)
          ret << "#{tdt.years.abs}Y" unless tdt.years.zero?
          ret << "#{tdt.months.abs}M" unless tdt.months.zero?
        end
        usecs = ((tdt.days * 24 * 60 * 60 + tdt.seconds) * 1_000_000 + tdt.microseconds).abs
        seconds, usecs = usecs.divmod(1_000_000)
        minutes, seconds = seconds.divmod(60)
        hours, minutes = minutes.divmod(60)
        days, hours = hours.divmod(24)
        ret << "#{days}D" if days != 0
        if hours != 0 || minutes != 0 || seconds != 0 || usecs != 0
          ret << "T"
          ret << "#{hours}H" if hours != 0
          ret << "#{minutes}M" if minutes != 0
          if seconds != 0 || usecs != 0
            if usecs != 0
              ret << format("%d.%06d", seconds, usecs).sub(/0+\z/, "")
            else
              ret << format("%d", seconds)
            end
            ret << "S"
          end
        end
        # at least one component has to be there.
        ret.empty? ? "0D" : ret.join
      elsif match == "%p"
        "#{tdt.days.div(7).abs}W"
      else
        match
      end
    end
    format_.gsub(/%d|%f|%H|%m|%M|%S|%W|%Y|%C|%%|%P|%p/) { |m| repl.call(m) }
  end

  # Directive    Meaning
  #   %d    Day of the month as a decimal number [01,31].
  #   %f    Microsecond as a decimal number [0,999999], zero-padded on the left
  #   %H    Hour (24-hour clock) as a decimal number [00,23].
  #   %m    Month as a decimal number [01,12].
  #   %M    Minute as a decimal number [00,59].
  #   %S    Second as a decimal number [00,61].
  #   %W    Week number of the year as a decimal number [00,53].
  #   %Y    Year with century as a decimal number. [0000,9999]
  #   %C    Century as a decimal number. [00,99]
  #   %P    ISO8601 duration format.
  #   %p    ISO8601 duration format in weeks.
  #   %%    A literal '%' character.
  def strftime(tdt, format_, yeardigits = 4)
    strfduration(tdt, format_, yeardigits)
  end
end
