// Conformance sample: a tiny tokenizer for arithmetic expressions.
package sample

import scala.collection.mutable.ListBuffer

case class Token(kind: String, text: String, line: Int) {
  def describe(): String = {
    var label = kind.toUpperCase
    if (text.nonEmpty) {
      label += " \"" + text + "\""
    } else {
      label += " <empty>"
    }
    label + " @" + line
  }
}

object Tokenizer {
  val Digits: String = "0123456789"
  val Operators: String = "+-*/"

  def scanNumber(source: String, start: Int): Int = {
    var stop = start
    while (stop < source.length && Digits.indexOf(source(stop)) >= 0) {
      stop += 1
    }
    if (stop < source.length && source(stop) == '.') {
      stop += 1
      while (stop < source.length && Digits.indexOf(source(stop)) >= 0) {
        stop += 1
      }
    }
    stop
  }

  def tokenize(source: String, line: Int = 1): List[Token] = {
    val tokens = ListBuffer[Token]()
    var index = 0
    while (index < source.length) {
      val ch = source(index)
      if (ch.isWhitespace) {
        index += 1
      } else if (Digits.indexOf(ch) >= 0) {
        val stop = scanNumber(source, index)
        tokens += Token("number", source.substring(index, stop), line)
        index = stop
      } else if (Operators.indexOf(ch) >= 0) {
        tokens += Token("operator", ch.toString, line)
        index += 1
      } else {
        throw new IllegalArgumentException("invalid token at line %d".format(line))
      }
    }
    tokens.toList
  }

  def main(args: Array[String]): Unit = {
    // Tokenize each argument and print one token per line.
    var total = 0
    for ((text, i) <- args.zipWithIndex) {
      for (token <- tokenize(text, i + 1)) {
        println(token.describe())
        total += 1
      }
    }
    println("tokens: " + total)
  }
}
