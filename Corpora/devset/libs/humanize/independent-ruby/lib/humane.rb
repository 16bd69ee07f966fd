# frozen_string_literal: true

# Numbers and time spans rendered for people (English), with Python humanize's results.
require_relative "humane/py_number"
require_relative "humane/numbers"
require_relative "humane/spans"
