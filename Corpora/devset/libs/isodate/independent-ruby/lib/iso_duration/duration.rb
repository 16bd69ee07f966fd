# frozen_string_literal: true

module ISODuration
  # A span plus calendar years and months (exact decimals).
  class Duration
    attr_reader :years, :months, :tdelta

    def initialize(years: 0, months: 0, tdelta: Span::ZERO)
      @years = ExactDecimal.from(years)
      @months = ExactDecimal.from(months)
      @tdelta = tdelta
    end

    def days = tdelta.days
    def seconds = tdelta.seconds
    def microseconds = tdelta.microseconds

    def ==(other)
      case other
      when Duration then (years * 12) + months == (other.years * 12) + other.months && tdelta == other.tdelta
      when Span then years.zero? && months.zero? && tdelta == other
      else false
      end
    end

    def hash
      [tdelta, years, months].hash
    end

    def -@
      Duration.new(years: -years, months: -months, tdelta: -tdelta)
    end

    def *(other)
      Duration.new(years: years * other, months: months * other, tdelta: tdelta * other)
    end

    def +(other)
      case other
      when Duration then Duration.new(years: years + other.years, months: months + other.months, tdelta: tdelta + other.tdelta)
      when Span then Duration.new(years: years, months: months, tdelta: tdelta + other)
      when Date then Duration.shift(other, years, months) + tdelta.days
      else raise TypeError, "cannot add #{other.class} to a Duration"
      end
    end

    def -(other)
      case other
      when Duration then Duration.new(years: years - other.years, months: months - other.months, tdelta: tdelta - other.tdelta)
      when Span then Duration.new(years: years, months: months, tdelta: tdelta - other)
      else raise TypeError, "cannot subtract #{other.class} from a Duration"
      end
    end

    # other - self, for a Span or a Date on the left
    def subtracted_from(other)
      case other
      when Span then Duration.new(years: -years, months: -months, tdelta: other - tdelta)
      when Date then Duration.shift(other, -years, -months) - tdelta.days
      else raise TypeError, "cannot subtract a Duration from #{other.class}"
      end
    end

    def totimedelta(start: nil, finish: nil)
      raise ArgumentError, "start or end required" if start.nil? && finish.nil?
      raise ArgumentError, "only start or end allowed" if start && finish

      return Span.build(days: ((self + start) - start).to_i) if start

      Span.build(days: (finish - subtracted_from(finish)).to_i)
    end

    def to_s
      text = +""
      text << "#{years.truncate} years, " unless years.zero?
      text << "#{months.truncate} #{months <= 1 ? 'month' : 'months'}, " unless months.zero?
      text << tdelta.to_s
    end

    def self.shift(day, years, months)
      unless years.whole? && months.whole?
        raise ArgumentError, "fractional years or months not supported for date calculations"
      end

      zero_based = day.month - 1 + months.truncate
      year = day.year + years.truncate + zero_based.div(12)
      month = (zero_based % 12) + 1
      last = Date.new(year, month, -1).day
      Date.new(year, month, [day.day, last].min)
    end
  end
end
