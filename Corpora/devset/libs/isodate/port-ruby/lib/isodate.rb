# frozen_string_literal: true

# ISO 8601 duration parsing and formatting: a Ruby port of the duration part of isodate.
require_relative "isodate/isoerror"
require_relative "isodate/decimal"
require_relative "isodate/timedelta"
require_relative "isodate/duration"
require_relative "isodate/isostrf"
require_relative "isodate/isoduration"
