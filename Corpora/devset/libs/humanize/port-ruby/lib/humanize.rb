# frozen_string_literal: true

# Main module for humanize.
require_relative "humanize/i18n"
require_relative "humanize/py_format"
require_relative "humanize/number"
require_relative "humanize/time"
