// Conformance sample: a tiny tokenizer for arithmetic expressions.
using System;
using System.Collections.Generic;

namespace Sample
{
    public record Token(string Kind, string Text, int Line);

    public class Tokenizer
    {
        private const string Digits = "0123456789";
        private const string Operators = "+-*/";

        public static int ScanNumber(string source, int start)
        {
            int end = start;
            while (end < source.Length && Digits.IndexOf(source[end]) >= 0)
            {
                end++;
            }
            if (end < source.Length && source[end] == '.')
            {
                end++;
                while (end < source.Length && Digits.IndexOf(source[end]) >= 0)
                {
                    end++;
                }
            }
            return end;
        }

        public static List<Token> Tokenize(string source, int line)
        {
            var tokens = new List<Token>();
            int index = 0;
            while (index < source.Length)
            {
                char ch = source[index];
                if (char.IsWhiteSpace(ch))
                {
                    index++;
                }
                else if (Digits.IndexOf(ch) >= 0)
                {
                    int end = ScanNumber(source, index);
                    tokens.Add(new Token("number", source.Substring(index, end - index), line));
                    index = end;
                }
                else if (Operators.IndexOf(ch) >= 0)
                {
                    tokens.Add(new Token("operator", ch.ToString(), line));
                    index++;
                }
                else
                {
                    throw new FormatException(string.Format("invalid token at line {0}", line));
                }
            }
            return tokens;
        }

        public static void Main(string[] args)
        {
            // Tokenize each argument and print one token per line.
            int total = 0;
            for (int i = 0; i < args.Length; i++)
            {
                foreach (Token token in Tokenize(args[i], i + 1))
                {
                    Console.WriteLine($"{token.Kind} '{token.Text}' @{token.Line}");
                    total += 1;
                }
            }
            Console.WriteLine("tokens: " + total);
        }
    }
}
