// Package webcolors provides functions for working with the color names and color
// value formats defined by the HTML and CSS specifications for use in documents on
// the web.
//
// See documentation for details of the supported formats, conventions and
// conversions.
//
// SPDX-License-Identifier: BSD-3-Clause
package webcolors
