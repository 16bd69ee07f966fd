# frozen_string_literal: true

# ISO 8601 durations: parsing, calendar-aware arithmetic and strftime-style formatting.
require "date"
require_relative "iso_duration/exact_decimal"
require_relative "iso_duration/span"
require_relative "iso_duration/duration"
require_relative "iso_duration/parser"
require_relative "iso_duration/formatter"
