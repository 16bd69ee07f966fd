# frozen_string_literal: true

module ISODuration
  D_DEFAULT = "P%P"
  D_WEEK = "P%p"
  D_ALT_EXT = "P%Y-%m-%dT%H:%M:%S"
  D_ALT_BAS = "P%Y%m%dT%H%M%S"

  # strftime-style rendering of spans and durations.
  module Formatter
    module_function

    def span_of(value)
      value.is_a?(Duration) ? value.tdelta : value
    end

    def designators(value)
      out = +""
      if value.is_a?(Duration)
        out << "#{value.years.abs}Y" unless value.years.zero?
        out << "#{value.months.abs}M" unless value.months.zero?
      end
      span = span_of(value).abs
      out << "#{span.days}D" unless span.days.zero?
      hours, rest = span.seconds.divmod(3600)
      minutes, secs = rest.divmod(60)
      if [hours, minutes, secs, span.microseconds].any?(&:nonzero?)
        out << "T"
        out << "#{hours}H" unless hours.zero?
        out << "#{minutes}M" unless minutes.zero?
        if span.microseconds.nonzero?
          out << "#{secs}.#{format('%06d', span.microseconds).sub(/0+\z/, '')}S"
        elsif secs.nonzero?
          out << "#{secs}S"
        end
      end
      out.empty? ? "0D" : out
    end

    def year_field(number, width, yeardigits)
      text = width.positive? ? format("%0#{width}d", number) : number.to_s
      yeardigits == 4 ? text : "+#{text}"
    end

    def expand(value, code, yeardigits)
      span = span_of(value)
      case code
      when "%" then "%"
      when "d" then format("%02d", span.days)
      when "f" then format("%06d", span.microseconds)
      when "H" then format("%02d", span.seconds / 3600)
      when "M" then format("%02d", span.seconds / 60 % 60)
      when "S" then format("%02d", span.seconds % 60)
      when "W" then format("%02d", (span.days / 7.0).abs.truncate)
      when "p" then "#{span.days.div(7).abs}W"
      when "P" then designators(value)
      when "Y" then year_field(value.years.truncate, yeardigits, yeardigits)
      when "C" then year_field((value.years.to_r / 100).truncate, yeardigits - 2, yeardigits)
      when "m" then format("%02d", value.months.truncate)
      end
    end
  end

  def self.strftime(value, format, yeardigits = 4)
    format.gsub(/%[dfHMSWYCmPp%]/) { |code| Formatter.expand(value, code[1], yeardigits) }
  end

  def self.negative?(value)
    return value.years.negative? || value.months.negative? || value.tdelta.negative? if value.is_a?(Duration)

    value.negative?
  end

  def self.duration_isoformat(value, format = D_DEFAULT)
    (negative?(value) ? "-" : "") + strftime(value, format)
  end
end
