# frozen_string_literal: true

module ISODuration
  # The string is not a valid ISO 8601 duration.
  class ISO8601Error < ArgumentError; end

  NUMBER = "([0-9]+(?:[,.][0-9]+)?)"
  SHAPE = /\A([+-])?P(?=[A-Za-z0-9])(?:#{NUMBER}Y)?(?:#{NUMBER}M)?(?:#{NUMBER}W)?(?:#{NUMBER}D)?(?:T(?:#{NUMBER}H)?(?:#{NUMBER}M)?(?:#{NUMBER}S)?)?\z/

  def self.python_repr(text)
    quote = text.include?("'") && !text.include?('"') ? '"' : "'"
    inner = text.each_char.map do |ch|
      case ch
      when quote, "\\" then "\\#{ch}"
      when "\n" then "\\n"
      when "\t" then "\\t"
      when "\r" then "\\r"
      else ch.ord < 0x20 || ch.ord == 0x7f ? format("\\x%02x", ch.ord) : ch
      end
    end
    quote + inner.join + quote
  end

  # Returns a Span when allowed and years and months are zero, otherwise a Duration.
  def self.parse_duration(text, as_timedelta_if_possible = true)
    raise TypeError, "Expecting a string #{text.inspect}" unless text.is_a?(String)

    m = SHAPE.match(text)
    raise ISO8601Error, "Unable to parse duration string #{python_repr(text)}" unless m

    field = ->(i) { (m[i] || "0").tr(",", ".") }
    years = ExactDecimal.parse(field.call(2))
    months = ExactDecimal.parse(field.call(3))
    span = Span.from_amounts(weeks: Float(field.call(4)), days: Float(field.call(5)), hours: Float(field.call(6)),
                             minutes: Float(field.call(7)), seconds: Float(field.call(8)))
    negative = m[1] == "-"
    if as_timedelta_if_possible && years.zero? && months.zero?
      return negative ? Span::ZERO - span : span
    end

    result = Duration.new(years: years, months: months, tdelta: span)
    negative ? Duration.new - result : result
  end
end
