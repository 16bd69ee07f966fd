let a = #"raw \(x) "quoted" text"#
let b = ##"""
multi "# line
"""##
let c = "plain"
