# frozen_string_literal: true

# This module provides an ISO 8601:2004 duration parser.
#
# It also provides a wrapper to strftime. This wrapper makes it easier to format Timedelta
# or Duration instances as ISO conforming strings.
module Isodate
  ISO8601_PERIOD_REGEX = Regexp.new(
    "\\A(?<sign>[+-])?" \
    "P(?!\\b)" \
    "(?<years>[0-9]+([,.][0-9]+)?Y)?" \
    "(?<months>[0-9]+([,.][0-9]+)?M)?" \
    "(?<weeks>[0-9]+([,.][0-9]+)?W)?" \
    "(?<days>[0-9]+([,.][0-9]+)?D)?" \
    "((?<separator>T)(?<hours>[0-9]+([,.][0-9]+)?H)?" \
    "(?<minutes>[0-9]+([,.][0-9]+)?M)?" \
    "(?<seconds>[0-9]+([,.][0-9]+)?S)?)?\\z"
  )
  # regular expression to parse ISO duration strings.

  module_function

  # Parses an ISO 8601 durations into Timedelta or Duration objects.
  #
  # If the ISO date string does not contain years or months, a Timedelta instance is
  # returned, else a Duration instance is returned.
  #
  # The following duration formats are supported:
  #   -PnnW                  duration in weeks
  #   -PnnYnnMnnDTnnHnnMnnS  complete duration specification
  #
  # The '-' is optional.
  #
  # Limitations:  ISO standard defines some restrictions about where to use fractional
  #   numbers and which component and format combinations are allowed. This parser
  #   implementation ignores all those restrictions and returns something when it is able
  #   to find all necessary components.
  #   In detail:
  #     it does not check, whether only the last component has fractions.
  #     it allows weeks specified with all other combinations
  #
  #   The alternative formats (PYYYYMMDDThhmmss, ...) are not supported by this port.
  def parse_duration(datestring, as_timedelta_if_possible = true)
    raise TypeError, "Expecting a string #{datestring.inspect}" unless datestring.is_a?(String)

    match = ISO8601_PERIOD_REGEX.match(datestring)
    raise ISO8601Error, "Unable to parse duration string '#{datestring}'" unless match

    groups = match.names.to_h { |name| [name, match[name]] }
    groups.each_key do |key|
      next if %w[separator sign].include?(key)

      groups[key] = "0n" if groups[key].nil?
      groups[key] = if %w[years months].include?(key)
                      Decimal.parse(groups[key][0...-1].tr(",", "."))
                    else
                      # these values are passed into a Timedelta object,
                      # which works with floats.
                      Float(groups[key][0...-1].tr(",", "."))
                    end
    end
    if as_timedelta_if_possible && groups["years"].zero? && groups["months"].zero?
      ret = Timedelta.new(days: groups["days"], hours: groups["hours"], minutes: groups["minutes"],
                          seconds: groups["seconds"], weeks: groups["weeks"])
      ret = Timedelta::ZERO - ret if groups["sign"] == "-"
    else
      ret = Duration.new(years: groups["years"], months: groups["months"], days: groups["days"],
                         hours: groups["hours"], minutes: groups["minutes"], seconds: groups["seconds"],
                         weeks: groups["weeks"])
      ret = Duration.new - ret if groups["sign"] == "-"
    end
    ret
  end

  # Format duration strings.
  #
  # This method is just a wrapper around Isodate.strftime and uses P%P (D_DEFAULT) as
  # default format.
  def duration_isoformat(tduration, format_ = D_DEFAULT)
    # TODO: implement better decision for negative Durations.
    #       should be done in Duration class in consistent way with timedelta.
    ret = if (tduration.is_a?(Duration) &&
              (tduration.years.negative? || tduration.months.negative? || tduration.tdelta < Timedelta::ZERO)) ||
             (tduration.is_a?(Timedelta) && tduration < Timedelta::ZERO)
            "-"
          else
            ""
          end
    ret + strftime(tduration, format_)
  end
end
